"""With JavaScript turned off the carer's whole flow works, and so does choosing a language."""

import re

import pytest
from playwright.sync_api import expect

from feedback.models import Report
from tests.browser.conftest import PHONE


@pytest.fixture
def page_without_js(browser, live_server):
    context = browser.new_context(java_script_enabled=False, locale="nb-NO")
    yield context.new_page()
    context.close()


def test_carer_flow_works_without_javascript(page_without_js, live_server, site):
    page = page_without_js
    page.goto(live_server.url + "/")
    page.get_by_label("Kommune").fill("asker")
    page.get_by_label("Diagnosen til den du er pårørende til").select_option("demens")
    page.get_by_role("button", name="Finn tilbud").click()

    page.wait_for_url(re.compile(r"/tilbud/\?"))
    expect(page.get_by_role("heading", name="3 tilbud")).to_be_visible()
    page.get_by_role("link", name="Samtalegruppe for pårørende til personer med demens").click()

    expect(page.locator("h1")).to_have_text("Samtalegruppe for pårørende til personer med demens")
    expect(page.get_by_role("link", name="+47 011 10 100")).to_have_attribute(
        "href", "tel:+4701110100"
    )

    page.get_by_role("link", name="Asker", exact=True).click()
    expect(page.locator("h1")).to_have_text("Asker")
    expect(page.get_by_text("Pårørendekoordinator")).to_be_visible()


def test_filter_panel_opens_and_submits_without_javascript(page_without_js, live_server, site):
    page = page_without_js
    page.set_viewport_size(PHONE)  # wide screens show the filters open (test_results.py)
    page.goto(live_server.url + "/tilbud/?kommune=asker")

    page.get_by_text("Endre valg").click()  # <details> opens without any script
    page.get_by_label("Type tilbud").select_option("parorendeskole")
    page.get_by_role("button", name="Vis tilbud").click()

    expect(page.get_by_role("heading", name="1 tilbud")).to_be_visible()


def test_language_choice_works_without_javascript_and_is_remembered(
    page_without_js, live_server, site
):
    page = page_without_js
    page.goto(live_server.url + "/kommuner/asker/")

    page.get_by_role("button", name="English").click()

    assert page.url == live_server.url + "/kommuner/asker/"
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("button", name="English")).to_have_attribute("aria-current", "true")


def test_a_report_is_sent_without_javascript_and_an_error_keeps_the_text(
    page_without_js, live_server, site
):
    page = page_without_js
    page.goto(live_server.url + site["offer"])
    page.get_by_role("link", name="Meld fra om feil").click()
    expect(page.locator("h1")).to_have_text("Meld fra om feil")
    page.get_by_label("Hva er feil?").fill("Telefonnummeret virker ikke.")
    page.get_by_label("E-postadressen din (valgfritt)").fill("ikke-en-adresse")
    page.wait_for_timeout(3500)  # a person takes longer than the form's minimum fill time
    page.get_by_role("button", name="Send").click()

    expect(page.get_by_text("Skriv en hel e-postadresse")).to_be_visible()
    expect(page.get_by_label("Hva er feil?")).to_have_value("Telefonnummeret virker ikke.")
    page.get_by_label("E-postadressen din (valgfritt)").fill("")
    page.wait_for_timeout(3500)
    page.get_by_role("button", name="Send").click()

    expect(page.locator("h1")).to_have_text("Takk, meldingen er sendt")
    assert Report.objects.get().text == "Telefonnummeret virker ikke."


def test_projects_and_a_nomination_work_without_javascript(page_without_js, live_server, site):
    page = page_without_js
    page.goto(live_server.url + "/prosjekter/")
    page.get_by_label("Status").select_option("avsluttet")
    page.get_by_role("button", name="Vis prosjekter").click()
    page.get_by_role("link", name="Styrket pårørendestøtte").click()
    expect(page.locator("h1")).to_have_text("Styrket pårørendestøtte")
    expect(page.get_by_role("link", name="Send på e-post")).to_have_attribute(
        "href", re.compile(r"^mailto:\?subject=.+prosjekter%2F")
    )

    page.goto(live_server.url + "/pris/nominer/")
    page.get_by_label("Kommunen du nominerer").fill("Asker")
    page.get_by_label("Hvorfor bør kommunen vinne?").fill("En enkel vei inn for pårørende.")
    page.get_by_label("Navnet ditt").fill("Kari Nordmann")
    page.get_by_label("E-postadressen din").fill("kari@eksempel.example")
    page.wait_for_timeout(3100)  # a person takes longer than the form's minimum fill time
    page.get_by_role("button", name="Send nominasjonen").click()

    expect(page.locator("h1")).to_have_text("Takk for nominasjonen")


def test_coverage_overview_filters_and_sorts_without_javascript(page_without_js, live_server, site):
    page = page_without_js
    page.goto(live_server.url + "/oversikt/")

    page.get_by_label("Fylke", exact=True).select_option("akershus")
    page.get_by_label("Sorter etter").select_option("hull")
    page.get_by_role("button", name="Vis", exact=True).click()

    page.wait_for_url(re.compile(r"/oversikt/\?fylke=akershus&sorter=hull"))
    expect(page.locator("h1")).to_have_text("Hva finnes for pårørende i Akershus")
    expect(page.get_by_role("heading", name="21 kommuner")).to_be_visible()
    page.get_by_role("link", name="Delt med Bærum").first.click()
    page.wait_for_url(re.compile(r"/tilbud/\?kommune=asker&type=parorendeskole"))


def test_sharing_an_offer_works_without_javascript(page_without_js, live_server, site):
    page = page_without_js
    page.goto(live_server.url + site["offer"])

    link = page.get_by_label("Lenke du kan kopiere")
    expect(link).to_have_value(re.compile(r"^http://127\.0\.0\.1:8000/t/\d+/$"))
    expect(page.get_by_role("link", name="Send på e-post")).to_have_attribute(
        "href", re.compile(r"^mailto:\?subject=Samtalegruppe%20for%20p%C3%A5r%C3%B8rende")
    )
    expect(page.get_by_role("button", name="Del på andre måter")).to_be_hidden()


def test_young_carers_choose_their_municipality_without_javascript(
    page_without_js, live_server, site
):
    page = page_without_js
    page.goto(live_server.url + "/unge/")

    page.get_by_label("Kommunen du bor i").fill("asker")
    page.get_by_role("button", name="Vis tilbud").click()

    expect(page.get_by_role("link", name="Gruppe for unge pårørende")).to_be_visible()
    expect(page.get_by_label("Kommunen du bor i")).to_have_value("Asker")


def test_a_typed_part_of_a_name_gives_a_choice_without_javascript(
    page_without_js, live_server, site
):
    page = page_without_js
    page.goto(live_server.url + "/tilbud/?kommune=her%C3%B8y")

    page.get_by_role("link", name="Herøy (Nordland)").click()

    expect(page.locator("h1")).to_have_text("Tilbud til pårørende i Herøy (Nordland)")
