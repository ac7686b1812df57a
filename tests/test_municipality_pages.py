"""/kommuner/ and /kommuner/<slug>/: every municipality, its way in and the offers serving it."""

import re

import pytest

from tests import factories


def test_municipality_list_groups_municipalities_by_county_with_offer_counts(
    client, asker, baerum, trondheim
):
    factories.offer("Lokalt", municipalities=[asker])
    factories.offer("Lokalt og fylket", municipalities=[asker], counties=[asker.county])
    factories.offer("Fylket", counties=[asker.county])
    factories.offer("Landet", nationwide=True)
    factories.offer("Utkast", municipalities=[asker], is_published=False)

    html = client.get("/kommuner/").content.decode()

    akershus = html.index('<h2 id="fylke-akershus-heading">Akershus</h2>')
    trondelag = html.index('<h2 id="fylke-trondelag-heading">Trøndelag</h2>')
    assert akershus < html.index('href="/kommuner/asker/"') < trondelag
    assert akershus < html.index('href="/kommuner/baerum/"') < trondelag
    assert html.index('href="/kommuner/trondheim/"') > trondelag

    def count(slug):
        match = re.search(
            rf'href="/kommuner/{slug}/">[^<]+</a>\s*<span class="count">(\d+) tilbud', html
        )
        return int(match.group(1))

    assert count("asker") == 4  # two listed, one county-wide, one nationwide; no draft
    assert count("baerum") == 3
    assert count("trondheim") == 1


def test_municipality_list_query_count_is_fixed(client, asker, django_assert_num_queries):
    for n in range(10):
        factories.offer(f"Tilbud {n}", municipalities=[asker], counties=[asker.county])

    # The content version; municipalities with counties; the offers serving each, counted
    # in OfferReach; the footer's helplines.
    with django_assert_num_queries(4):
        client.get("/kommuner/")


def test_municipality_page_starts_with_the_way_in(client, asker):
    asker.carer_page_url = "https://asker.kommune.example/parorende"
    asker.save()
    factories.contact(
        "Pårørendekoordinator",
        municipality=asker,
        is_way_in=True,
        phone="+47 011 11 111",
        email="koordinator@asker.kommune.example",
    )
    factories.contact("Ikke vei inn", municipality=asker)

    html = client.get("/kommuner/asker/").content.decode()

    assert "<h1>Asker</h1>" in html
    way_in = html[html.index("Start her") : html.index('id="offers-heading"')]
    assert "Pårørendekoordinator" in way_in
    assert 'href="tel:+4701111111"' in way_in
    assert "koordinator@asker.kommune.example" in way_in
    assert 'href="https://asker.kommune.example/parorende"' in way_in
    assert "Ikke vei inn" not in html


def test_municipality_without_a_way_in_says_whom_to_call(client, asker):
    html = client.get("/kommuner/asker/").content.decode()

    assert "Ring kommunens sentralbord eller servicetorg" in html


def test_municipality_page_groups_own_shared_county_and_national_offers_by_type(
    client, asker, baerum, trondheim
):
    school = factories.offer_type("Pårørendeskole", position=1)
    group = factories.offer_type("Samtalegruppe", position=2)
    factories.offer("Egen gruppe", offer_type=group, municipalities=[asker])
    factories.offer("Felles skole", offer_type=school, municipalities=[asker, baerum])
    factories.offer("Fylkesgruppe", offer_type=group, counties=[asker.county])
    factories.offer("Nasjonal gruppe", offer_type=group, nationwide=True)
    factories.offer("Bare Bærum", offer_type=group, municipalities=[baerum])
    factories.offer("Trondheim", offer_type=group, municipalities=[trondheim])

    html = client.get("/kommuner/asker/").content.decode()

    assert "4 tilbud for pårørende i Asker" in html
    order = [
        html.index('<h3 id="type-parorendeskole">Pårørendeskole</h3>'),
        html.index("Felles skole"),
        html.index('<h3 id="type-samtalegruppe">Samtalegruppe</h3>'),
        html.index("Egen gruppe"),
        html.index("Fylkesgruppe"),
        html.index("Nasjonal gruppe"),
    ]
    assert order == sorted(order)
    assert "Bare Bærum" not in html
    assert "Trondheim" not in html
    assert "Asker og Bærum" in html  # a shared offer says whom it is shared with


def test_municipality_page_shows_sami_and_kven_names_beside_the_norwegian_one(client, trondheim):
    html = client.get("/kommuner/trondheim/").content.decode()

    assert '<h1>Trondheim<span class="other-name"> – Tråante</span></h1>' in html


def test_municipality_page_hides_drafts_and_ended_offers(client, asker):
    factories.offer("Utkast", municipalities=[asker], is_published=False)
    factories.offer("Avsluttet", municipalities=[asker], status="ended")

    html = client.get("/kommuner/asker/").content.decode()

    assert "Utkast" not in html
    assert "Avsluttet" not in html
    assert "Ingen tilbud er registrert for kommunen ennå." in html


def test_unknown_municipality_is_not_found(client, db):
    assert client.get("/kommuner/atlantis/").status_code == 404


@pytest.mark.parametrize("matching", [1, 25])
def test_municipality_page_query_count_is_fixed(client, asker, django_assert_num_queries, matching):
    factories.contact("Koordinator", municipality=asker, is_way_in=True)
    for n in range(matching):
        offer = factories.offer(
            f"Tilbud {n}",
            municipalities=[asker],
            diagnoses=[factories.diagnosis("Demens")],
            offer_type=factories.offer_type(f"Type {n % 3}"),
        )
        factories.round_of(offer, 10, 17)

    # The content version; the municipality, its way in, the offers, the places they list,
    # their public contacts, upcoming rounds and their sessions; the footer's helplines; and,
    # once per content version for every page, the counties and municipalities the cards name
    # and the coverage grid its row comes from (offer types, municipalities, offers).
    with django_assert_num_queries(14):
        client.get("/kommuner/asker/")
