"""With JavaScript turned off the carer's whole flow works, and so does choosing a language."""

import re

import pytest
from playwright.sync_api import expect


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
