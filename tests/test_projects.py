"""The register of development projects: /prosjekter/ with its filters, and one project."""

import re
from html import unescape
from urllib.parse import quote

import pytest

from offers.models import Offer
from projects.views import projects as project_views
from tests import factories
from tests import project_factories as make


@pytest.fixture
def usht(db):
    gjovik = make.gjovik()
    return make.project(
        "Helhetlig pårørendearbeid",
        slug="helhetlig-parorendearbeid",
        organisation="USHT Oppland",
        owner=gjovik,
        municipalities=[gjovik],
        counties=[gjovik.county],
        themes=[make.theme("Pårørendeprogram"), make.theme("Barn som pårørende")],
        status="avsluttet",
        start_year=2016,
        end_year=2018,
        goals="Systematisere pårørendearbeidet.\n• Kartlegge pårørendes situasjon.",
        partners="NTNU, Gjøvik demensforening",
    )


@pytest.fixture
def asker_project(asker):
    return make.project(
        "Styrket pårørendestøtte",
        slug="styrket-parorendestotte",
        owner=asker,
        municipalities=[asker],
        themes=[make.theme("Organisering")],
        status="avsluttet",
        start_year=2017,
        end_year=2020,
    )


@pytest.fixture
def baerum_project(baerum):
    return make.project(
        "Kartlegging av tilbud",
        owner=baerum,
        municipalities=[baerum],
        themes=[make.theme("Kartlegging")],
        status="pagar",
        start_year=2017,
        background="Det er viktig å kartlegge hva kommunen allerede har.",
    )


def titles(response) -> list[str]:
    html = response.content.decode()
    return [unescape(t) for t in re.findall(r'class="offer-card__title"><a [^>]*>([^<]+)<', html)]


def test_the_county_filter_lists_usht_opplands_project_with_status_and_period(
    client, usht, asker_project
):
    response = client.get("/prosjekter/?fylke=innlandet")

    html = response.content.decode()
    assert titles(response) == ["Helhetlig pårørendearbeid"]
    assert "1 prosjekt" in html
    assert "Avsluttet" in html
    assert "2016–2018" in html
    assert "USHT Oppland" in html
    assert "Hele Innlandet (Gjøvik)" in html


def test_a_project_is_in_a_county_through_a_municipality_or_its_owner_too(client, asker):
    make.project("Gjennom kommunen", municipalities=[asker])
    make.project("Gjennom eieren", owner=asker)
    make.project("Et annet sted", municipalities=[make.gjovik()])

    response = client.get("/prosjekter/?fylke=akershus")

    assert sorted(titles(response)) == ["Gjennom eieren", "Gjennom kommunen"]


def test_theme_and_status_combine(client, usht, asker_project, baerum_project):
    also_mapping_but_ended = make.project(
        "Kartlagt og avsluttet", themes=[make.theme("Kartlegging")], status="avsluttet"
    )

    mapping_ended = client.get("/prosjekter/?tema=kartlegging&status=avsluttet")
    mapping = client.get("/prosjekter/?tema=kartlegging")
    ended = client.get("/prosjekter/?status=avsluttet")

    assert titles(mapping_ended) == [also_mapping_but_ended.title]
    assert set(titles(mapping)) == {also_mapping_but_ended.title, baerum_project.title}
    assert set(titles(ended)) == {also_mapping_but_ended.title, usht.title, asker_project.title}


def test_county_theme_status_and_search_all_combine(client, usht, asker_project, baerum_project):
    response = client.get("/prosjekter/?fylke=akershus&tema=kartlegging&status=pagar&q=kartlegge")
    none = client.get("/prosjekter/?fylke=innlandet&tema=kartlegging")

    assert titles(response) == ["Kartlegging av tilbud"]
    assert titles(none) == []
    assert "Ingen prosjekter passer til valgene dine." in none.content.decode()


def test_text_search_reads_title_organisation_and_the_texts(client, usht, asker_project):
    assert titles(client.get("/prosjekter/?q=ntnu")) == ["Helhetlig pårørendearbeid"]
    assert titles(client.get("/prosjekter/?q=usht+oppland")) == ["Helhetlig pårørendearbeid"]
    assert titles(client.get("/prosjekter/?q=styrket")) == ["Styrket pårørendestøtte"]


def test_newest_first_and_ongoing_before_ended_within_a_year(
    client, usht, asker_project, baerum_project
):
    make.project("Planlagt", status="planlagt", start_year=2027)
    make.project("Uten år")

    response = client.get("/prosjekter/")

    assert titles(response) == [
        "Planlagt",
        "Kartlegging av tilbud",  # 2017 and ongoing
        "Styrket pårørendestøtte",  # 2017-2020
        "Helhetlig pårørendearbeid",
        "Uten år",
    ]


def test_the_list_is_paginated(client, monkeypatch, db):
    monkeypatch.setattr(project_views, "PROJECTS_PER_PAGE", 2)
    for year in range(2010, 2015):
        make.project(f"Prosjekt fra {year}", start_year=year)

    first = client.get("/prosjekter/")
    last = client.get("/prosjekter/?side=3")

    assert titles(first) == ["Prosjekt fra 2014", "Prosjekt fra 2013"]
    assert "5 prosjekter" in first.content.decode()
    assert titles(last) == ["Prosjekt fra 2010"]
    assert 'href="?side=2"' in first.content.decode()


def test_drafts_are_never_shown(client, asker):
    draft = make.project("Utkast", owner=asker, is_published=False)

    assert titles(client.get("/prosjekter/")) == []
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "fylke=atlantis",
        "tema=%3Cscript%3E",
        "status=kanskje",
        "q=" + "x" * 500,
        "fylke=innlandet&fylke=akershus",
        "side=999",
        "side=-1",
        "status=%00",
    ],
)
def test_odd_filters_explain_and_never_fail(client, usht, query):
    response = client.get(f"/prosjekter/?{query}")

    assert response.status_code == 200
    html = response.content.decode()
    if not query.startswith(("side", "fylke=innlandet")):
        assert "Noe av det du valgte, forsto vi ikke." in html
        assert titles(response) == ["Helhetlig pårørendearbeid"]  # the rest still applies


def test_an_unknown_county_is_named_in_the_message(client, usht):
    html = client.get("/prosjekter/?fylke=atlantis&status=avsluttet").content.decode()

    assert "Vi fant ikke noe fylke som heter «atlantis»." in html


def test_list_query_count_is_fixed(
    client, usht, asker_project, baerum_project, django_assert_num_queries
):
    for n in range(5):
        make.project(f"Ekstra {n}", municipalities=[make.gjovik()], themes=[make.theme("Demens")])
    # The content version, counties and themes for the filters; count, projects, and their
    # themes, counties and municipalities; the footer's helplines.
    with django_assert_num_queries(9):
        response = client.get("/prosjekter/?fylke=innlandet&tema=demens&status=pagar&q=ekstra")
    assert len(titles(response)) == 5


def test_the_project_page_shows_what_the_seed_page_does(client, usht):
    lead = factories.contact(
        "Prosjektleder",
        municipality=usht.owner,
        email="prosjekt@usht.example",
        phone="+47 014 40 310",
    )
    usht.lead = lead
    usht.measures = "- Fokusgruppeintervjuer\n- Workshoper med pårørende"
    usht.results = "Pårørendeprogram innført"
    usht.report_url = "https://usht.example/sluttrapport.pdf"
    usht.save()

    html = client.get("/prosjekter/helhetlig-parorendearbeid/").content.decode()

    assert "<h1>Helhetlig pårørendearbeid</h1>" in html
    assert "Alle prosjekter" in html
    for text in [
        "USHT Oppland",
        "Avsluttet",
        "2016–2018",
        "Hele Innlandet (Gjøvik)",
        "Barn som pårørende, Pårørendeprogram",  # the taxonomy's order
        "<li>Systematisere pårørendearbeidet.</li>",
        "<li>Kartlegge pårørendes situasjon.</li>",
        "NTNU, Gjøvik demensforening",
        "<li>Pårørendeprogram innført</li>",
        'href="https://usht.example/sluttrapport.pdf"',
        "Prosjektleder",
        'href="mailto:prosjekt@usht.example"',
        "Tips en venn",
    ]:
        assert text in html, text


def test_a_lead_not_marked_public_is_not_shown(client, usht):
    usht.lead = factories.contact("Intern prosjektleder", is_public=False, email="intern@x.example")
    usht.save()

    html = client.get(usht.get_absolute_url()).content.decode()

    assert "Intern prosjektleder" not in html
    assert "intern@x.example" not in html


def test_the_share_block_carries_the_projects_address(client, usht, settings):
    settings.PORTAL_BASE_URL = "https://parorende.example.no"
    address = "https://parorende.example.no/prosjekter/helhetlig-parorendearbeid/"

    html = client.get(usht.get_absolute_url()).content.decode()

    [mailto] = re.findall(r'href="(mailto:\?[^"]+)"', html)
    [sms] = re.findall(r'href="(sms:[^"]+)"', html)
    encoded = quote(address, safe="")
    assert unescape(mailto).startswith(
        "mailto:?subject=Helhetlig%20p%C3%A5r%C3%B8rendearbeid&body="
    )
    assert encoded in mailto
    assert encoded in sms
    assert f'value="{address}"' in html  # the short link to copy


def test_the_project_page_lists_only_its_public_offers(client, usht):
    programme = factories.offer("Pårørendeprogram med temamøter", owner=usht.owner)
    ended = factories.offer("Workshop", owner=usht.owner, status="ended")
    draft = factories.offer("Utkast til tilbud", owner=usht.owner, is_published=False)
    usht.offers.set([programme, ended, draft])

    html = client.get(usht.get_absolute_url()).content.decode()

    assert "Tilbud som kom ut av prosjektet" in html
    assert f'href="{programme.get_absolute_url()}"' in html
    assert "Workshop" not in html
    assert "Utkast til tilbud" not in html


def test_project_page_query_count_is_fixed(client, usht, django_assert_num_queries):
    usht.lead = factories.contact(municipality=usht.owner)
    usht.save()
    usht.offers.set([factories.offer(f"Tilbud {n}", owner=usht.owner) for n in range(4)])
    # The content version; the project with its owner and lead, then its themes, counties,
    # municipalities and public offers; the footer's helplines.
    with django_assert_num_queries(7):
        response = client.get(usht.get_absolute_url())
    assert response.content.decode().count('<li><a href="/tilbud/tilbud-') == 4


def test_an_unknown_project_is_404(client, db):
    assert client.get("/prosjekter/finnes-ikke/").status_code == 404


def test_the_offer_page_names_the_project_it_grew_from(client, usht):
    offer = factories.offer("Pårørendeprogram med temamøter", owner=usht.owner)
    usht.offers.add(offer)
    make.project("Et utkast", is_published=False).offers.add(offer)

    html = client.get(offer.get_absolute_url()).content.decode()

    assert "Utviklet i prosjektet" in html
    assert f'<a href="{usht.get_absolute_url()}">Helhetlig pårørendearbeid</a>' in html
    assert "Et utkast" not in html


def test_an_offer_from_no_project_says_nothing_of_projects(client, db):
    offer = factories.offer("Samtalegruppe")

    assert "Utviklet i prosjektet" not in client.get(offer.get_absolute_url()).content.decode()


def test_offers_know_nothing_of_projects(db):
    assert not hasattr(Offer, "scope_field") or Offer.scope_field == "owner"
    assert "projects" not in {f.name for f in Offer._meta.concrete_fields}


def test_a_change_to_a_project_is_on_the_very_next_request(client, usht):
    offer = factories.offer("Pårørendeprogram med temamøter", owner=usht.owner)
    client.get("/prosjekter/")
    client.get(usht.get_absolute_url())
    client.get(offer.get_absolute_url())  # all three cached now

    usht.title = "Helhetlig pårørendearbeid i Gjøvik"
    usht.save()
    usht.offers.add(offer)

    assert "Helhetlig pårørendearbeid i Gjøvik" in client.get("/prosjekter/").content.decode()
    assert offer.get_absolute_url() in client.get(usht.get_absolute_url()).content.decode()
    assert "Utviklet i prosjektet" in client.get(offer.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("nn", ["Utviklingsprosjekt", "Avslutta", "Alle fylke", "Tips ein ven"]),
        ("en", ["Development projects", "Ended", "All counties", "Tell a friend"]),
    ],
)
def test_the_project_pages_speak_nynorsk_and_english(client, usht, language, texts):
    headers = {"HTTP_ACCEPT_LANGUAGE": language}
    html = client.get("/prosjekter/", **headers).content.decode()
    html += client.get(usht.get_absolute_url(), **headers).content.decode()

    for text in texts:
        assert text in html, text
