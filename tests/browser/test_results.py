"""Results at a glance, measured in Chromium: on a phone the heading, the chosen filters and
the first result are in the first screen and a card is short; on a desktop the filters stand
open beside the results; the staff's print mode works without JavaScript."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE

CARD_MAX_HEIGHT = 300  # CSS px at 360 px wide: three cards and more to a phone's screen


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_heading_chosen_filters_and_first_result_are_in_a_phones_first_screen(
    page, live_server, site, language
):
    cookie = {"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}
    page.context.add_cookies([cookie])
    page.set_viewport_size(PHONE)
    for path in [site["offer-list-filtered"], site["offer-list-baerum"]]:
        page.goto(live_server.url + path)

        chosen = page.locator(".filter-panel__chosen")
        expect(chosen).to_be_visible()
        assert re.search(r"Asker|Bærum", chosen.inner_text())
        expect(page.locator(".filter-panel__toggle")).to_be_visible()  # the way to change them
        for selector in ["h1", ".filter-panel__chosen", ".offer-card__title"]:
            assert box(page, selector)["y"] + box(page, selector)["height"] <= PHONE["height"], (
                path,
                selector,
            )
        assert page.evaluate("window.scrollY") == 0


def test_a_card_is_at_most_about_300_px_tall_on_a_phone(page, live_server, site):
    page.set_viewport_size(PHONE)
    heights = {}
    for path in [site["offer-list"], site["municipality"], site["offer-list-filtered"]]:
        page.goto(live_server.url + path)
        for card in page.locator(".offer-card").all():
            title = card.locator(".offer-card__title").inner_text()
            heights[title] = max(heights.get(title, 0), card.bounding_box()["height"])

    assert len(heights) >= 6
    assert max(heights.values()) <= CARD_MAX_HEIGHT, heights


def test_each_kind_of_offer_shows_its_own_line_on_the_card(page, live_server, site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + site["offer-list-baerum"])

    expect(page.get_by_text("Søk hos Tildelingskontoret, Bærum kommune")).to_be_visible()
    expect(page.get_by_role("link", name="Ring 800 00 000")).to_have_attribute(
        "href", "tel:+4780000000"
    )
    expect(page.locator(".offer-card__access strong", has_text="Bare møt opp")).to_be_visible()
    expect(page.get_by_text("Velg for utskrift")).to_have_count(0)


def test_desktop_shows_the_filters_open_beside_the_results(page, live_server, site):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + site["offer-list-filtered"])

    form = page.get_by_role("form", name="Finn det som passer deg")
    expect(form).to_be_visible()
    expect(page.get_by_label("Diagnosen til den du er pårørende til")).to_be_visible()
    expect(page.locator(".filter-panel__toggle")).to_be_hidden()
    filters, results = form.bounding_box(), box(page, ".results")
    assert filters["x"] + filters["width"] <= results["x"]
    assert filters["y"] < results["y"] + 100
    assert box(page, ".offer-card__title")["y"] < DESKTOP["height"] / 2


def test_staff_make_a_sheet_in_print_mode_without_javascript(browser, live_server, site):
    context = browser.new_context(java_script_enabled=False, locale="nb-NO", viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + site["offer-list-filtered"])
    expect(page.get_by_role("checkbox")).to_have_count(0)

    page.get_by_role("link", name="Lag tilbudsark").click()
    page.get_by_role("checkbox", name=re.compile("Samtalegruppe for pårørende")).check()
    page.get_by_role("button", name="Skriv ut valgte").first.click()

    page.wait_for_url(re.compile(r"/tilbudsark/\?"))
    expect(page.locator("h1")).to_contain_text("Utvalgte tilbud til pårørende i Asker")
    expect(page.get_by_text("Samtalegruppe for pårørende til personer med demens")).to_be_visible()
    page.get_by_role("link", name=re.compile("Tilbake")).first.click()
    assert page.url.endswith("/tilbud/?kommune=asker&diagnose=demens&utskrift=1")
    context.close()


def test_the_offer_page_leads_back_to_the_filtered_list(page, live_server, site):
    page.goto(live_server.url + site["offer-list-filtered"])
    page.get_by_role("link", name="Samtalegruppe for pårørende til personer med demens").click()

    page.get_by_role("link", name="Tilbake til listen").click()

    assert page.url.endswith("/tilbud/?kommune=asker&diagnose=demens")
    expect(page.get_by_role("heading", name="3 tilbud")).to_be_visible()
