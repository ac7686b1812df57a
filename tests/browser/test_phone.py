"""Phones: nothing scrolls sideways at 360 px, text reflows at 400 % zoom, the filter works.

Screenshots of every page type (the carer's pages, the printed sheets, the admin login) at
phone width in bokmål, nynorsk and English, and at desktop width in bokmål, go to
test-artifacts/screenshots/ (git-ignored) for a person to look at.
"""

import re

from django.conf import settings
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, SCREENSHOTS


def page_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_no_page_scrolls_sideways_on_a_phone_and_screenshots_are_written(
    page, live_server, site, sheets
):
    """Every page type, in each language at phone width and in bokmål at desktop width."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pages = {**site, **sheets, "admin-login": "/admin/login/"}
    too_wide = {}
    runs = [("nb", PHONE, "phone"), ("nn", PHONE, "phone"), ("en", PHONE, "phone")]
    runs.append(("nb", DESKTOP, "desktop"))
    for language, viewport, label in runs:
        page.context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
        )
        page.set_viewport_size(viewport)
        for name, path in pages.items():
            page.goto(live_server.url + path)
            assert page.locator("html").get_attribute("lang") == language, (language, path)
            page.screenshot(path=SCREENSHOTS / f"{name}-{label}-{language}.png", full_page=True)
            if page_width(page) > viewport["width"]:
                too_wide[f"{name} ({label}, {language})"] = page_width(page)

    assert not too_wide
    assert (SCREENSHOTS / "offer-phone-nn.png").stat().st_size > 0


def test_text_reflows_at_400_percent_zoom(page, live_server, site, sheets):
    # 1280 CSS px at 400 % zoom leaves 320 CSS px: WCAG 1.4.10's reflow width.
    page.set_viewport_size({"width": 320, "height": 256})
    for path in [*site.values(), *sheets.values(), "/admin/login/"]:
        page.goto(live_server.url + path)
        assert page_width(page) <= 320, path


def test_filter_form_is_usable_on_a_phone(page, live_server, site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/tilbud/?kommune=asker")

    page.get_by_text("Endre valg").click()
    page.get_by_label("Diagnosen til den du er pårørende til").select_option("demens")
    button = page.get_by_role("button", name="Vis tilbud")
    box = button.bounding_box()
    assert box["height"] >= 24
    assert box["width"] >= 24
    button.click()

    page.wait_for_url(re.compile(r"diagnose=demens"))
    expect(page.get_by_role("heading", name="3 tilbud")).to_be_visible()
