"""/tilbud/<slug>/tilbudsark/ and .pdf: one offer on one A4 page, to hand to a carer."""

import datetime

import pytest

from offers.sheets import qr_code_svg
from tests import factories, test_offer_detail
from tests.pdf import pdf_pages, pdf_text

school = test_offer_detail.school  # the same offer as on its page, now on paper

EVERYTHING_A_CARER_NEEDS = [
    "Pårørendeskole for pårørende til personer med demens",  # title
    "Åtte kvelder om demens og om å være pårørende.",  # summary
    "Første avsnitt. Andre avsnitt.",  # what it is, in full
    "Diagnose: Demens",  # for whom
    "Din alder: 18 år og eldre",
    "under 65 år",
    "Gjelder for: Asker og Bærum",
    "Når: 8 kvelder à 2 timer, oppstart i september",  # when
    "Sted: Bærum helsehus, Testveien 1",  # where
    "Pris: 300 kr for hele kurset",  # price
    "Slik får du tilbudet: Du melder deg på",  # registration
    "Meld deg på til demenskoordinatoren innen 1. september.",
    "https://baerum.kommune.example/pamelding",
    "Demenskoordinator, Kari Eksempel",  # contact: role, name, phone, e-mail
    "Telefon +47 012 34 567",
    "E-post demens@baerum.kommune.example",
    "Hverdager kl. 9–15",
    "Drives av Bærum kommune, i samarbeid med Demensforeningen.",  # who runs it
    "Sist bekreftet 12. mars 2026",
]


def test_offer_sheet_pdf_tells_a_carer_everything_on_one_page(client, school):
    response = client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf")

    pages = pdf_pages(response)
    assert len(pages) == 1
    for text in EVERYTHING_A_CARER_NEEDS:
        assert text in pages[0]
    assert "Intern merkantil" not in pages[0]
    assert "intern@baerum.kommune.example" not in pages[0]


def test_offer_sheet_page_shows_the_same_as_the_pdf(client, school):
    response = client.get("/tilbud/parorendeskole-demens/tilbudsark/")

    html = " ".join(response.content.decode().split())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert '<h1 class="sheet-offer__title">Pårørendeskole for pårørende' in html
    for text in ["Åtte kvelder om demens", "Kari Eksempel", "+47 012 34 567", "12. mars 2026"]:
        assert text in html
    assert "Intern merkantil" not in html
    assert 'href="/tilbud/parorendeskole-demens/tilbudsark.pdf"' in html
    assert 'href="/tilbud/parorendeskole-demens/"' in html  # the way back


def test_offer_sheet_has_a_qr_code_and_the_short_address_in_text(client, school):
    html = client.get("/tilbud/parorendeskole-demens/tilbudsark/").content.decode()
    text = pdf_text(client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf"))

    short_url = f"http://testserver/t/{school.pk}/"
    assert qr_code_svg(short_url) in html
    assert f"Les mer: testserver/t/{school.pk}" in text  # on one line


def test_short_address_leads_to_the_offer_page(client, school):
    response = client.get(f"/t/{school.pk}/")

    assert response.status_code == 302
    assert response["Location"] == "/tilbud/parorendeskole-demens/"


def test_short_address_still_leads_to_the_offer_after_its_slug_changes(client, school):
    school.slug = "parorendeskole-demens-asker-og-baerum"
    school.save()

    response = client.get(f"/t/{school.pk}/")

    assert response["Location"] == "/tilbud/parorendeskole-demens-asker-og-baerum/"


@pytest.mark.parametrize(
    "fields", [{"is_published": False}, {"status": "ended"}], ids=["draft", "ended"]
)
def test_drafts_and_ended_offers_have_no_sheet(client, db, fields):
    factories.offer("Skjult", slug="skjult", **fields)

    for url in ["/tilbud/skjult/tilbudsark/", "/tilbud/skjult/tilbudsark.pdf"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Skjult" not in response.content


def test_a_draft_has_no_short_address(client, db):
    offer = factories.offer("Skjult", slug="skjult", is_published=False)

    response = client.get(f"/t/{offer.pk}/")

    assert response.status_code == 404
    assert b"Skjult" not in response.content


def test_unknown_offer_has_no_sheet(client, db):
    assert client.get("/tilbud/finnes-ikke/tilbudsark/").status_code == 404
    assert client.get("/tilbud/finnes-ikke/tilbudsark.pdf").status_code == 404
    assert client.get("/t/999999/").status_code == 404


@pytest.mark.parametrize(
    ("status", "note"),
    [
        ("pilot", "Dette er et prøveprosjekt. Tilbudet prøves ut og kan bli endret."),
        ("paused", "Tilbudet har pause nå."),
    ],
)
def test_pilot_and_paused_offers_say_so_on_paper(client, db, status, note):
    offer = factories.offer("Spesielt", slug="spesielt", status=status)

    assert note in pdf_text(client.get(f"/tilbud/{offer.slug}/tilbudsark.pdf"))


def test_unconfirmed_offer_says_so_on_paper(client, db):
    factories.offer("Nytt", slug="nytt")

    text = pdf_text(client.get("/tilbud/nytt/tilbudsark.pdf"))

    assert "Opplysningene er ikke bekreftet av kommunen ennå." in text


def test_a_long_but_normal_offer_still_fits_one_page(client, asker):
    """Longer than the longest demo offer (681 characters of description), every field used."""
    paragraph = (
        "Et avsnitt om hva som skjer på kurset, hvem som leder det og hva du får ut av det. "
    )
    offer = factories.offer(
        "Pårørendeskole for familier til yngre personer med demens, over en helg",
        slug="lang",
        summary="Et kurs over en helg for hele familien når en i familien under 65 år har fått "
        "demens. Den som er syk har sitt eget program, og barn og unge under 18 år får et "
        "eget opplegg.",
        description="\n\n".join([paragraph * 2] * 5),  # 850 characters
        partners=[factories.provider("Demensforeningen"), factories.provider("Vestre Viken HF")],
        municipalities=[asker],
        diagnoses=[factories.diagnosis("Demens"), factories.diagnosis("Hjerneslag")],
        carer_age_min=18,
        patient_age_max=64,
        schedule="En helg hver høst, fra fredag kl. 16.00 til søndag kl. 14.00, med overnatting",
        place="Lommedalen kursgård, Lommedalsveien 250, 1350 Lommedalen",
        is_free=False,
        price="600 kr for voksne for hele helgen, med overnatting og alle måltider",
        registration_required=True,
        registration_info="Meld dere på hos demenskoordinatoren innen 1. september. "
        "Det er et begrenset antall plasser.",
        signup_url="https://www.baerum.kommune.example/parorende/pamelding/helg-yngre-med-demens",
    )
    offer.contacts.set(
        factories.contact(
            f"Koordinator for pårørendeskolen nummer {n}",
            name="Kari Nordmann",
            email=f"parorendeskolen.nummer{n}@baerum.kommune.example",
            availability="Tirsdager og torsdager kl. 9.00–14.00",
        )
        for n in range(2)
    )

    pages = pdf_pages(client.get("/tilbud/lang/tilbudsark.pdf"))

    assert len(offer.description) > 800
    assert len(pages) == 1
    assert "parorendeskolen.nummer1@baerum.kommune.example" in pages[0]


def test_offer_sheet_query_count_is_fixed(client, school, django_assert_num_queries):
    factories.round_of(school, 10, 17)
    # The offer, then its diagnoses, counties, municipalities, upcoming rounds and their
    # sessions, partners and contacts.
    with django_assert_num_queries(8):
        client.get("/tilbud/parorendeskole-demens/tilbudsark/")
    with django_assert_num_queries(8):
        client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf")


def test_offer_sheet_page_has_the_language_switcher_but_the_paper_does_not(client, school):
    html = client.get("/tilbud/parorendeskole-demens/tilbudsark/").content.decode()
    text = pdf_text(client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf"))

    assert '<form class="language-switcher" action="/sprak/" method="post"' in html
    assert 'name="next" value="/tilbud/parorendeskole-demens/tilbudsark/"' in html
    assert 'value="nn" lang="nn">Nynorsk</button>' in html
    assert "Nynorsk" not in text
    assert "Last ned PDF" not in text


def test_partners_are_listed_as_a_sentence_lists_them(client, school):
    school.partners.add(factories.provider("Frivilligsentralen", kind="voluntary"))
    school.partners.add(factories.provider("Nasjonalforeningen", kind="voluntary"))

    text = " ".join(pdf_text(client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf")).split())
    client.post("/sprak/", {"language": "en", "next": "/"})
    english = " ".join(client.get("/tilbud/parorendeskole-demens/tilbudsark/").text.split())

    assert (
        "Drives av Bærum kommune, i samarbeid med Demensforeningen, Frivilligsentralen"
        " og Nasjonalforeningen." in text
    )
    assert "Demensforeningen, Frivilligsentralen and Nasjonalforeningen." in english


def test_an_app_can_add_a_line_under_every_offer(client, school, monkeypatch):
    from offers import sheets

    monkeypatch.setattr(sheets, "_offer_lines", [])
    sheets.register_offer_line(lambda offer, site: f"Neste kurs: {offer.slug} på {site.host}")
    sheets.register_offer_line(lambda offer, site: "")  # nothing to say for this offer

    html = client.get("/tilbud/parorendeskole-demens/tilbudsark/").content.decode()
    text = pdf_text(client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf"))

    assert (
        '<p class="sheet-offer__line">Neste kurs: parorendeskole-demens på testserver</p>' in html
    )
    assert "Neste kurs: parorendeskole-demens på testserver" in text


def test_the_sheet_speaks_english_all_through(client, school):
    client.post("/sprak/", {"language": "en", "next": "/"})

    text = pdf_text(client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf"))

    assert "Run by Bærum kommune, in partnership with Demensforeningen." in text
    assert "Sign up online: https://baerum.kommune.example/pamelding" in text
    assert "Read more:" in text


def test_the_pdf_shows_the_next_round_as_the_page_does(client, school):
    factories.round_of(school, datetime.date(2030, 3, 5), datetime.date(2030, 3, 12))

    text = pdf_text(client.get("/tilbud/parorendeskole-demens/tilbudsark.pdf"))

    assert "Neste kurs: tirsdag 5. mars 2030 kl. 18.00–20.00, 2 kvelder." in text


def test_a_line_may_be_for_the_offers_own_sheet_only(client, school, monkeypatch):
    from offers import sheets

    monkeypatch.setattr(sheets, "_offer_lines", [])
    monkeypatch.setattr(sheets, "_own_sheet_lines", set())
    sheets.register_offer_line(lambda offer, site: f"Bare her: {offer.slug}", own_sheet_only=True)

    own = client.get("/tilbud/parorendeskole-demens/tilbudsark/").content.decode()
    listed = client.get("/tilbudsark/?tilbud=parorendeskole-demens").content.decode()

    assert "Bare her: parorendeskole-demens" in own
    assert "Bare her: parorendeskole-demens" not in listed
