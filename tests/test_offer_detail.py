"""/tilbud/<slug>/: everything a carer needs to act on one offer."""

import datetime

import pytest

from tests import factories


@pytest.fixture
def school(asker, baerum):
    offer = factories.offer(
        "Pårørendeskole for pårørende til personer med demens",
        slug="parorendeskole-demens",
        summary="Åtte kvelder om demens og om å være pårørende.",
        description="Første avsnitt.\n\nAndre avsnitt.",
        offer_type=factories.offer_type("Pårørendeskole"),
        provider=factories.provider("Bærum kommune"),
        partners=[factories.provider("Demensforeningen", kind="voluntary")],
        municipalities=[asker, baerum],
        diagnoses=[factories.diagnosis("Demens")],
        carer_age_min=18,
        patient_age_max=64,
        schedule="8 kvelder à 2 timer, oppstart i september",
        place="Bærum helsehus, Testveien 1",
        is_free=False,
        price="300 kr for hele kurset",
        registration_required=True,
        registration_info="Meld deg på til demenskoordinatoren innen 1. september.",
        signup_url="https://baerum.kommune.example/pamelding",
        confirmed_on=datetime.date(2026, 3, 12),
    )
    offer.contacts.set(
        [
            factories.contact(
                "Demenskoordinator",
                name="Kari Eksempel",
                phone="+47 012 34 567",
                email="demens@baerum.kommune.example",
                availability="Hverdager kl. 9–15",
            ),
            factories.contact(
                "Intern merkantil", email="intern@baerum.kommune.example", is_public=False
            ),
        ]
    )
    return offer


def test_offer_page_tells_what_for_whom_when_where_price_and_how_to_sign_up(client, school):
    response = client.get("/tilbud/parorendeskole-demens/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Pårørendeskole for pårørende til personer med demens</h1>" in html
    assert "Åtte kvelder om demens og om å være pårørende." in html
    assert "<p>Første avsnitt.</p>" in html
    assert "Demens" in html
    assert "18 år og eldre" in html
    assert "under 65 år" in html
    assert "8 kvelder à 2 timer, oppstart i september" in html
    assert "Bærum helsehus, Testveien 1" in html
    assert "300 kr for hele kurset" in html
    assert "Meld deg på til demenskoordinatoren innen 1. september." in html
    assert 'href="https://baerum.kommune.example/pamelding"' in html
    assert "Drives av Bærum kommune" in html
    assert "Demensforeningen" in html
    assert "Sist bekreftet 12. mars 2026" in html


def test_offer_page_shows_public_contacts_only(client, school):
    html = client.get(school.get_absolute_url()).content.decode()

    assert "Demenskoordinator" in html
    assert "Kari Eksempel" in html
    assert 'href="tel:+4701234567"' in html
    assert 'href="mailto:demens@baerum.kommune.example"' in html
    assert "Hverdager kl. 9–15" in html
    assert "Intern merkantil" not in html
    assert "intern@baerum.kommune.example" not in html


def test_offer_page_lists_the_municipalities_it_serves_with_links(client, school):
    html = client.get(school.get_absolute_url()).content.decode()

    assert '<a href="/kommuner/asker/">Asker</a>' in html
    assert '<a href="/kommuner/baerum/">Bærum</a>' in html


def test_county_wide_and_nationwide_offers_say_so(client, db):
    county_wide = factories.offer("Fylket", counties=[factories.county("Innlandet", "34")])
    nationwide = factories.offer("Landet", nationwide=True)

    assert "hele Innlandet" in client.get(county_wide.get_absolute_url()).content.decode()
    assert (
        "Tilbudet gjelder for hele landet."
        in client.get(nationwide.get_absolute_url()).content.decode()
    )


def test_unconfirmed_offer_says_it_has_not_been_confirmed(client, db):
    offer = factories.offer("Nytt")

    html = client.get(offer.get_absolute_url()).content.decode()

    assert "Opplysningene er ikke bekreftet av kommunen ennå." in html


@pytest.mark.parametrize(
    ("status", "notice"),
    [
        ("pilot", "Dette er et prøveprosjekt."),
        ("paused", "Tilbudet har pause nå."),
    ],
)
def test_pilot_and_paused_offers_are_shown_with_a_notice(client, db, status, notice):
    offer = factories.offer("Spesielt", status=status)

    assert notice in client.get(offer.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "fields",
    [{"is_published": False}, {"is_published": False, "status": "ended"}],
    ids=["draft", "ended-draft"],
)
def test_drafts_are_not_found_by_guessing_their_address(client, db, fields):
    offer = factories.offer("Skjult", slug="skjult", **fields)

    response = client.get("/tilbud/skjult/")

    assert response.status_code == 404
    assert offer.title not in response.content.decode()


def test_unknown_offer_is_not_found(client, db):
    assert client.get("/tilbud/finnes-ikke/").status_code == 404


def test_offer_page_query_count_is_fixed(client, school, django_assert_num_queries):
    factories.round_of(school, 10, 17)
    factories.round_of(school, 40, 47)
    # The content version; the offer, then its diagnoses, counties, municipalities, upcoming
    # rounds and their sessions, partners and contacts; the projects it was developed in; the
    # footer's helplines.
    with django_assert_num_queries(11):
        client.get(school.get_absolute_url())
