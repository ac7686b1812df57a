"""«Hull i tilbudet» in the admin: a coordinator's gaps, offers from comparable municipalities
to start from («Bruk som mal»), scoped to their own municipality and kept in the history."""

import pytest

from coverage.models import Population, UnmetSearch
from offers.models import Offer
from tests import factories, project_factories

GAPS = "/admin/coverage/unmetsearch/"


@pytest.fixture
def school_type(db):
    return factories.offer_type("Pårørendeskole", position=10, runs_in_rounds=True)


@pytest.fixture
def weekend_school(baerum, school_type):
    offer = factories.offer(
        "Pårørendeskole i helg for pårørende til yngre personer med demens",
        municipalities=[baerum],
        owner=baerum,
        offer_type=school_type,
        provider=factories.provider("Bærum kommune", municipality=baerum),
        diagnoses=[factories.diagnosis("Demens")],
        format="residential",
        patient_age_max=64,
        carer_age_min=18,
        place="Hotell ved fjorden",
        description="To helger med foredrag og samtaler.",
    )
    offer.contacts.set([factories.contact("Demensteamet", municipality=baerum)])
    factories.round_of(offer, 20, 21)
    return offer


def test_coordinator_sees_their_gaps_with_offers_from_the_same_county(
    client, asker, asker_coordinator, weekend_school
):
    far = factories.municipality("Tromsø", "5501", factories.county("Troms", "55"))
    factories.offer(
        "Skole i Tromsø", municipalities=[far], owner=far, offer_type=weekend_school.offer_type
    )
    client.force_login(asker_coordinator)

    html = client.get(GAPS).content.decode()

    assert "Asker: " in html
    assert "slags hjelp finnes bare nasjonalt eller ikke" in html
    assert "Pårørendeskole" in html
    assert "hull" in html
    assert html.index(weekend_school.title) < html.index("Skole i Tromsø")  # same county first
    assert "Bruk som mal" in html


def test_offers_of_similar_population_come_first_outside_the_county(
    client, asker, asker_coordinator, school_type
):
    Population.objects.create(municipality=asker, inhabitants=98_000, year=2024)
    big = factories.municipality("Bergen", "4601", factories.county("Vestland", "46"))
    near = factories.municipality("Drammen", "3301", factories.county("Buskerud", "33"))
    Population.objects.create(municipality=big, inhabitants=290_000, year=2024)
    Population.objects.create(municipality=near, inhabitants=104_000, year=2024)
    factories.offer("Bergens skole", municipalities=[big], owner=big, offer_type=school_type)
    factories.offer("Drammens skole", municipalities=[near], owner=near, offer_type=school_type)
    client.force_login(asker_coordinator)

    html = client.get(GAPS).content.decode()

    assert html.index("Drammens skole") < html.index("Bergens skole")


def test_asker_coordinator_copies_baerums_weekend_school_as_a_draft(
    client, asker, asker_coordinator, weekend_school
):
    client.force_login(asker_coordinator)

    response = client.post(
        f"/admin/coverage/unmetsearch/mal/{weekend_school.pk}/", {"kommune": asker.pk}
    )

    draft = Offer.objects.exclude(pk=weekend_school.pk).get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/offers/offer/{draft.pk}/change/"
    assert draft.title == weekend_school.title
    assert draft.description == weekend_school.description
    assert draft.owner == asker
    assert list(draft.municipalities.all()) == [asker]
    assert draft.is_published is False
    assert not draft.is_public
    assert draft.format == "residential"
    assert (draft.carer_age_min, draft.patient_age_max) == (18, 64)
    assert [d.slug for d in draft.diagnoses.all()] == ["demens"]
    assert draft.provider.municipality == asker  # Asker's own provider, not Bærum's
    # Where, whom to contact and when are Asker's to fill in.
    assert draft.place == ""
    assert not draft.contacts.exists()
    assert not draft.rounds.exists()
    # In the history: who, and where it came from.
    [version] = draft.history.all()
    assert version.history_user == asker_coordinator
    assert version.history_type == "+"
    reason = version.history_change_reason
    assert reason.startswith(
        f"Kopiert som mal fra Bærum (tilbud {weekend_school.pk}): «Pårørendeskole"
    )
    assert len(reason) <= 100  # what the history keeps
    assert [m.municipality.name for m in version.municipalities.all()] == ["Asker"]
    # The source is untouched.
    weekend_school.refresh_from_db()
    assert weekend_school.owner.name == "Bærum"
    assert weekend_school.is_public


def test_baerum_coordinator_cannot_create_for_asker(
    client, asker, baerum_coordinator, weekend_school
):
    client.force_login(baerum_coordinator)

    copy = client.post(
        f"/admin/coverage/unmetsearch/mal/{weekend_school.pk}/", {"kommune": asker.pk}
    )
    look = client.get(f"{GAPS}?kommune={asker.pk}")

    assert copy.status_code == 404
    assert look.status_code == 404
    assert Offer.objects.count() == 1


def test_a_draft_cannot_be_used_as_a_template(
    client, asker, asker_coordinator, baerum, school_type
):
    draft = factories.offer(
        "Bærums utkast", municipalities=[baerum], owner=baerum, is_published=False
    )
    client.force_login(asker_coordinator)

    response = client.post(f"/admin/coverage/unmetsearch/mal/{draft.pk}/", {"kommune": asker.pk})

    assert response.status_code == 404
    assert Offer.objects.count() == 1


def test_copying_needs_post_and_a_login(client, asker, asker_coordinator, weekend_school):
    url = f"/admin/coverage/unmetsearch/mal/{weekend_school.pk}/"
    assert client.post(url, {"kommune": asker.pk}).status_code == 302  # to the login
    client.force_login(asker_coordinator)
    assert client.get(url).status_code == 405
    assert client.post(url, {"kommune": "x"}).status_code == 404
    assert Offer.objects.count() == 1


def test_gaps_page_shows_searches_that_found_nothing_for_their_municipality(
    client, asker, baerum, asker_coordinator, national_editor, school_type
):
    UnmetSearch.objects.create(
        week="2026-W01", municipality=asker, offer_type="parorendeskole", count=4
    )
    UnmetSearch.objects.create(
        week="2026-W01", municipality=baerum, offer_type="avlastning", count=9
    )
    from django.utils import timezone

    from coverage.demand import iso_week

    UnmetSearch.objects.update(week=iso_week(timezone.localdate()))
    client.force_login(asker_coordinator)

    coordinator_html = client.get(GAPS).content.decode()
    client.force_login(national_editor)
    editor_html = client.get(GAPS).content.decode()

    assert "Søk uten treff" in coordinator_html
    assert "<td>4</td>" in coordinator_html
    assert "<td>9</td>" not in coordinator_html
    assert "Ordene som ble skrevet, adressen og tidspunktet lagres ikke" in coordinator_html
    assert ">Bærum</a>" in editor_html
    assert "<td>9</td>" in editor_html


def test_start_page_links_a_coordinator_to_their_gaps(client, asker, asker_coordinator):
    client.force_login(asker_coordinator)

    html = client.get("/admin/").content.decode()

    assert f'href="{GAPS}?kommune={asker.pk}"' in html


def test_a_proven_offer_shows_the_project_it_grew_from(
    client, asker, baerum, asker_coordinator, weekend_school
):
    project = project_factories.project(
        "Helgeskole for yngre", owner=baerum, municipalities=[baerum], offers=[weekend_school]
    )
    project_factories.project(
        "Et utkast", owner=baerum, offers=[weekend_school], is_published=False
    )
    client.force_login(asker_coordinator)

    html = client.get(GAPS).content.decode()

    assert f'Utviklet i prosjektet <a href="{project.get_absolute_url()}">' in html
    assert "Et utkast" not in html
