"""The demo data: YAML files in fixtures/demo/, loaded by one generic loader (portal.demo)."""

import datetime
import io
import textwrap

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.models import Report, ReportKind
from offers.models import ContactPerson, Offer, Provider
from portal import demo
from tests import factories
from tests.pdf import pdf_pages, pdf_text_sizes


def load_demo_data() -> str:
    out = io.StringIO()
    call_command("load_demo_data", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_the_demo_data_loads_the_seed_offers_relative_to_today():
    output = load_demo_data()

    school = Offer.objects.get(slug="parorendeskole-demens-asker")
    assert (
        "Demo data: 4 municipalities, 19 providers, 32 contacts, 39 offers, 8 rounds, 2 reports, "
        "3 projects, 1 award_rounds, 7 award_winners" in output
    )
    assert school.is_public
    assert school.owner.name == "Asker"
    assert school.confirmed_on == timezone.localdate() - datetime.timedelta(days=21)
    assert school.description.startswith("Pårørendeskolen er for deg")
    assert "Demensforeningen.\n\nHver kveld har et tema" in school.description  # paragraphs
    assert [d.slug for d in school.diagnoses.all()] == ["demens"]
    assert [c.email for c in school.contacts.all()] == ["demensteamet@asker.kommune.example"]
    assert (school.carer_age_min, school.carer_age_max) == (18, None)
    assert school.owner.carer_page_url == "https://www.asker.kommune.example/parorende"
    assert Offer.objects.filter(confirmed_on__isnull=True).exists()  # some never confirmed


@pytest.mark.django_db
def test_the_demo_has_an_open_report_on_an_asker_offer_and_a_missing_offer_in_baerum():
    load_demo_data()
    load_demo_data()  # idempotent

    on_offer = Report.objects.get(kind=ReportKind.WRONG)
    missing = Report.objects.get(kind=ReportKind.MISSING)
    assert (on_offer.offer.slug, on_offer.municipality.name) == ("parorendekafe-asker", "Asker")
    assert on_offer.is_open
    assert on_offer.email.endswith(".example")
    assert (missing.municipality.name, missing.offer_type.slug) == ("Bærum", "samtalegruppe")
    assert Report.objects.count() == 2


@pytest.mark.django_db
def test_loading_again_brings_the_demo_rows_back_and_leaves_the_rest(asker):
    load_demo_data()
    school = Offer.objects.get(slug="parorendeskole-demens-asker")
    school.title = "Endret av en koordinator"
    school.place = "Et annet sted"
    school.save()
    school.diagnoses.clear()
    own = factories.offer("Et tilbud som ikke er demo", owner=asker)
    counts = (Offer.objects.count(), Provider.objects.count(), ContactPerson.objects.count())

    output = load_demo_data()

    school.refresh_from_db()
    assert "Reference data: 0 created" in output
    assert school.title == "Pårørendeskole for pårørende til personer med demens"
    assert school.place == "Asker kulturhus, Strandveien 4, 1383 Asker"
    assert [d.slug for d in school.diagnoses.all()] == ["demens"]
    assert Offer.objects.get(pk=own.pk).title == "Et tilbud som ikke er demo"
    assert (Offer.objects.count(), Provider.objects.count(), ContactPerson.objects.count()) == (
        counts
    )


def write(tmp_path, text):
    path = tmp_path / "demo.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return [path]


@pytest.mark.django_db
def test_a_row_leaving_a_field_out_gets_its_default_and_dates_count_from_today(tmp_path, asker):
    provider = factories.provider("Asker kommune")
    factories.offer(
        "Gammel tittel", slug="demo-tilbud", place="Gammelt sted", provider=provider
    ).diagnoses.set([factories.diagnosis("Demens")])
    paths = write(
        tmp_path,
        """
        offers:
        - slug: demo-tilbud
          title: Nytt tilbud
          summary: Kort.
          offer_type: samtalegruppe
          provider: asker-kommune
          owner: '3203'
          format: group
          schedule: Hver tirsdag
          confirmed_on: !days_from_today -3
        """,
    )

    assert demo.load(paths) == {"offers": 1}

    offer = Offer.objects.get(slug="demo-tilbud")
    assert (offer.title, offer.place, offer.owner) == ("Nytt tilbud", "", asker)
    assert list(offer.diagnoses.all()) == []
    assert offer.confirmed_on == timezone.localdate() - datetime.timedelta(days=3)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tilbud:\n- slug: x\n", "demo.yaml: unknown section 'tilbud'"),
        (
            "offers:\n- slug: x\n  colour: red\n",
            "demo.yaml: offers 'x': no field colour on offers.Offer",
        ),
        (
            "offers:\n- slug: x\n  provider: finnes-ikke\n",
            "demo.yaml: offers 'x': Provider matching query does not exist.",
        ),
    ],
)
def test_a_wrong_file_is_refused_with_where_and_why(tmp_path, text, message):
    with pytest.raises(demo.DemoDataError) as raised:
        demo.load(write(tmp_path, text))

    assert str(raised.value) == message
    assert not Offer.objects.filter(slug="x").exists()


@pytest.mark.django_db
def test_the_demo_courses_have_rounds_to_come_one_full_and_one_with_few_places(client):
    load_demo_data()
    from offers.choices import Enrolment
    from offers.models import Round

    school = Offer.objects.get(slug="parorendeskole-demens-asker")
    next_round = school.next_round
    today = timezone.localdate()
    assert next_round.starts_on > today
    assert next_round.enrolment_deadline > today
    assert next_round.is_open_for_enrolment()
    assert Round.objects.filter(offer=school).count() == 3  # one of them ended, and hidden
    availabilities = {r.availability for r in Round.objects.upcoming()}
    assert {Enrolment.FULL, Enrolment.FEW} <= availabilities
    page = client.get("/tilbud/?paamelding=apen&kommune=asker").content.decode()
    assert school.get_absolute_url() in page


@pytest.mark.django_db
def test_loading_again_replaces_a_rounds_sessions_with_the_demos(asker):
    load_demo_data()
    round_ = Offer.objects.get(slug="parorendeskole-demens-asker").next_round
    round_.sessions.all().delete()

    load_demo_data()

    assert round_.sessions.count() == 6


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "most_pages"),
    [
        ("/kommuner/asker/tilbudsark.pdf", 6),  # Asker's whole list, 18 offers
        ("/tilbudsark.pdf?tilbud=parorendekafe-asker&tilbud=samtalegruppe-demens-asker", 1),
        ("/tilbud/parorendeskole-demens-asker/tilbudsark.pdf", 1),
        ("/kommuner/karasjok/tilbudsark.pdf", 2),  # the way in and the national offers
    ],
)
def test_the_demo_sheets_are_dense_but_12_pt(client, url, most_pages):
    """Issue 13's targets for the printed sheets, on the demo data they were set for."""
    load_demo_data()

    response = client.get(url)
    pages, sizes = pdf_pages(response), pdf_text_sizes(response)

    assert len(pages) <= most_pages
    assert "Sist bekreftet" in pages[0]
    assert sizes.most_common(1)[0][0] == 12  # the body text
    # Nothing under 11 pt but the page footer: the portal, the date and the page number.
    assert sum(n for size, n in sizes.items() if size < 11) <= 80 * len(pages)


@pytest.mark.django_db
def test_offers_for_carers_of_children_no_longer_list_dementia_carer_schools(client):
    load_demo_data()

    html = client.get("/tilbud/?pasientalder=barn").content.decode()

    assert "parorendeskole-demens" not in html
    assert "/tilbud/samtalegruppe-demens-asker/" not in html
    # Offers whose cared-for person may be a child are still there.
    assert "/tilbud/nettverk-parorende-utviklingshemming-baerum/" in html


@pytest.mark.django_db
def test_the_demo_has_an_ended_offer_with_its_end_date(client):
    load_demo_data()
    ended = Offer.objects.get(slug="workshop-parorendes-behov-gjovik")

    assert ended.status == "ended"
    assert ended.ended_on == timezone.localdate() - datetime.timedelta(days=75)
    response = client.get(ended.get_absolute_url())
    assert response.status_code == 410
    assert "Tilbudet er avsluttet" in response.content.decode()


@pytest.mark.django_db
def test_a_fresh_demo_has_the_helplines_and_young_carer_offers(client):
    load_demo_data()

    html = client.get("/unge/?kommune=baerum").content.decode()

    assert "116 111" in html
    assert "800 33 321" in html
    assert "/tilbud/du-er-ikke-den-eneste-baerum-asker/" in html
    assert "/tilbud/parorendeskole-demens-baerum/" not in html


@pytest.mark.django_db
def test_a_demo_offer_has_its_title_and_summary_in_nynorsk_and_english(client):
    load_demo_data()
    client.post("/sprak/", {"language": "en", "next": "/"})

    html = client.get("/tilbud/samtaletelefon-demens-nasjonalforeningen/").content.decode()

    assert "<h1>Helpline for carers of people with dementia</h1>" in html
    assert '<div class="prose" lang="nb">' in html
