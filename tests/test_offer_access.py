"""How a carer gets an offer (Offer.access), said in the same words on the card, the offer
page and the printed sheet; addresses that open a map, numbers a phone can dial."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from offers.choices import Access, OfferFormat
from portal.links import map_search_url, phone_uri
from tests import factories


def card(html: str, title: str) -> str:
    start = html.index(title)
    return html[
        html.rindex('<article class="offer-card">', 0, start) : html.index("</article>", start)
    ]


@pytest.mark.parametrize(
    ("fields", "access"),
    [
        ({"format": OfferFormat.SERVICE, "registration_required": True}, Access.APPLY),
        ({"format": OfferFormat.GROUP, "registration_required": True}, Access.ENROL),
        ({"format": OfferFormat.RESIDENTIAL, "registration_required": True}, Access.ENROL),
        ({"format": OfferFormat.DROP_IN}, Access.DROP_IN),
        ({"format": OfferFormat.PHONE}, Access.CALL),
        ({"format": OfferFormat.INDIVIDUAL, "registration_required": True}, Access.CONTACT),
        ({"format": OfferFormat.GROUP}, Access.CONTACT),
    ],
)
def test_how_a_carer_gets_an_offer_follows_from_its_format_and_sign_up(db, fields, access):
    fields.setdefault("registration_info", "Slik gjør du.")
    assert factories.offer(**fields).access == access


def test_a_course_type_is_enrolled_in_even_without_a_required_sign_up(db):
    school = factories.offer_type("Pårørendeskole", runs_in_rounds=True)

    assert factories.offer(offer_type=school).access == Access.ENROL


def test_respite_granted_by_decision_says_how_to_apply_and_how_to_appeal(client, asker):
    factories.offer(
        "Avlastning",
        slug="avlastning",
        format=OfferFormat.SERVICE,
        offer_type=factories.offer_type("Avlastning"),
        provider=factories.provider("Tildelingskontoret"),
        municipalities=[asker],
        registration_required=True,
        registration_info="Søk om avlastning hos Tildelingskontoret.",
        signup_url="https://asker.kommune.example/sok",
    )

    page = client.get("/tilbud/avlastning/").content.decode()
    listed = card(client.get("/tilbud/").content.decode(), "Avlastning</a>")
    sheet = client.get("/tilbud/avlastning/tilbudsark/").content.decode()

    assert '<h2 id="act-heading">Slik søker du</h2>' in page
    assert '<a class="button" href="https://asker.kommune.example/sok">Søk på nett</a>' in page
    assert "kan du klage" in page
    assert '<a href="https://www.statsforvalteren.no/">Om å klage til Statsforvalteren</a>' in page
    assert "Du søker, og kommunen avgjør" in page
    assert "Hjelp du søker kommunen om" in page  # its format, in plain words
    for text in [page, listed, sheet]:
        assert "Slik melder du deg på" not in text
        assert "Meld deg på" not in text
        assert "Krever påmelding" not in text
        assert "Tjeneste etter vedtak" not in text
    assert '<p class="offer-card__access">Søk hos Tildelingskontoret</p>' in listed
    assert "Slik søker du:" in sheet


def test_without_a_web_form_the_municipalitys_page_for_carers_says_where_to_apply(client, asker):
    asker.carer_page_url = "https://asker.kommune.example/parorende"
    asker.save()
    factories.offer(
        "Omsorgsstønad", slug="stonad", format=OfferFormat.SERVICE, owner=asker,
        municipalities=[asker], provider=factories.provider("Asker kommune"),
    )  # fmt: skip

    page = client.get("/tilbud/stonad/").content.decode()

    assert (
        '<a href="https://asker.kommune.example/parorende">'
        "Les hvordan du søker hos Asker kommune</a>" in page
    )


def test_a_course_says_how_to_enrol(client, asker):
    factories.offer(
        "Kurs", slug="kurs", municipalities=[asker], registration_required=True,
        registration_info="Meld deg på hos demensteamet.",
        signup_url="https://asker.kommune.example/kurs",
    )  # fmt: skip

    page = client.get("/tilbud/kurs/").content.decode()
    listed = card(client.get("/tilbud/").content.decode(), "Kurs</a>")

    assert '<h2 id="act-heading">Slik melder du deg på</h2>' in page
    assert '<a class="button" href="https://asker.kommune.example/kurs">Meld deg på</a>' in page
    assert "Statsforvalteren" not in page
    assert '<p class="offer-card__access">Meld deg på hos demensteamet.</p>' in listed


def test_a_drop_in_says_just_turn_up(client, asker):
    factories.offer(
        "Kafé", slug="kafe", format=OfferFormat.DROP_IN, municipalities=[asker],
        schedule="Første tirsdag i måneden kl. 18–20",
    )  # fmt: skip

    page = client.get("/tilbud/kafe/").content.decode()
    listed = card(client.get("/tilbud/").content.decode(), "Kafé</a>")

    assert '<h2 id="act-heading">Bare møt opp</h2>' in page
    assert (
        '<p class="offer-card__access"><strong>Bare møt opp</strong>: '
        "Første tirsdag i måneden kl. 18–20</p>" in listed
    )


def test_a_phone_line_card_gives_the_number_to_call(client, db):
    line = factories.offer("Linja", slug="linja", format=OfferFormat.PHONE, nationwide=True)
    line.contacts.set(
        [
            factories.contact("Skjult", phone="+47 011 00 000", is_public=False),
            factories.contact("Rådgiver", phone="800 00 000", availability="Hverdager 9–15"),
        ]
    )

    listed = card(client.get("/tilbud/").content.decode(), "Linja</a>")

    assert '<a href="tel:+4780000000">Ring 800 00 000</a>' in listed
    assert "Hverdager 9–15" in listed
    assert "011 00 000" not in listed  # not public


def test_an_address_opens_a_map_search_and_a_place_without_one_does_not(client, asker):
    factories.offer("Kafé", slug="kafe", place="Asker bibliotek, Stasjonsgata 4, 1383 Asker")
    factories.offer("Hjemme", slug="hjemme", place="Hjemme hos deg")

    page = client.get("/tilbud/kafe/").content.decode()
    home = client.get("/tilbud/hjemme/").content.decode()

    link = re.search(r'<a href="(https://www\.google\.com/maps/search/[^"]+)">Asker bib', page)
    query = parse_qs(urlsplit(link[1].replace("&amp;", "&")).query)
    assert query == {"api": ["1"], "query": ["Asker bibliotek, Stasjonsgata 4, 1383 Asker"]}
    assert "(åpner kart)" in page
    assert "<dd>Hjemme hos deg</dd>" in home


def test_a_place_with_markup_is_escaped_in_the_map_link(client, db):
    factories.offer("Ond", slug="ond", place='Gata 1 "><script>alert(1)</script>')

    page = client.get("/tilbud/ond/").content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "Gata 1 &quot;&gt;&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("number", "uri"),
    [
        ("800 33 321", "tel:+4780033321"),
        ("+47 800 33 321", "tel:+4780033321"),
        ("0047 800 33 321", "tel:+4780033321"),
        ("116 111", "tel:116111"),
        ("", ""),
    ],
)
def test_phone_numbers_become_dialable_links_with_the_country_code(number, uri):
    assert phone_uri(number) == uri


def test_only_a_place_with_a_number_is_searched_on_a_map():
    assert map_search_url("På bo- og omsorgssenteret der din nærmeste bor") == ""
    assert map_search_url("Torvveien 12, 1384 Asker").endswith("query=Torvveien+12%2C+1384+Asker")
