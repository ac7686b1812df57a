"""The demo's development projects and award winners, as the seeds tell them."""

import io

import pytest
from django.core.management import call_command

from projects.models import AwardWinner, Project


@pytest.fixture
def demo(db):
    call_command("load_demo_data", stdout=io.StringIO())


def test_usht_opplands_project_is_listed_in_innlandet_as_ended_2016_2018(client, demo):
    html = client.get("/prosjekter/?fylke=innlandet").content.decode()
    project = Project.objects.get(slug="helhetlig-parorendearbeid-usht-oppland")

    assert "Helhetlig pårørendearbeid" in html
    assert "2016–2018" in html
    assert project.get_status_display() == "Avsluttet"
    assert project.owner.name == "Gjøvik"
    assert "Gjøvik demensforening" in project.partners
    assert "NTNU, Senter for omsorgsforskning" in project.partners
    assert project.lead.email.endswith(".example")


def test_askers_project_links_the_offer_that_grew_from_it(client, demo):
    html = client.get("/prosjekter/styrket-parorendestotte-asker/").content.decode()
    offer_html = client.get("/tilbud/fleksibel-avlastning-asker/").content.decode()

    assert "2017–2020" in html
    assert 'href="/tilbud/fleksibel-avlastning-asker/"' in html
    assert "Utviklet i prosjektet" in offer_html
    assert 'href="/prosjekter/styrket-parorendestotte-asker/"' in offer_html


def test_baerums_mapping_started_in_2017(demo):
    project = Project.objects.get(slug="kartlegging-tilbud-parorende-baerum")

    assert project.start_year == 2017
    assert [t.slug for t in project.themes.all()] == ["kartlegging"]


def test_the_winners_are_the_seeds_and_only_asker_has_a_year_and_a_story(client, demo):
    winners = {w.municipality.name: w for w in AwardWinner.objects.select_related("municipality")}
    html = client.get("/pris/").content.decode()

    assert set(winners) == {
        "Alta",
        "Ålesund",
        "Asker",
        "Fredrikstad",
        "Eigersund",
        "Kristiansand",
        "Sandnes",
    }
    assert winners["Asker"].year == 2018
    assert "systematisk og helhetlig" in winners["Asker"].reasons
    assert all(w.year is None and not w.reasons for n, w in winners.items() if n != "Asker")
    assert '2018: <a href="/kommuner/asker/">Asker</a>' in html
    assert 'href="/prosjekter/styrket-parorendestotte-asker/"' in html
