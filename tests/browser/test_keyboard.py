"""A carer who uses only the keyboard can do everything, and always sees where the focus is."""

import re

from playwright.sync_api import expect


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return {tag: e.tagName, text: e.innerText || '', name: e.name || '',"
        " href: e.getAttribute('href') || ''}; }"
    )


def tab_until(page, predicate, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if predicate(focused(page)):
            return focused(page)
    raise AssertionError(f"never reached the element; last focus: {focused(page)}")


def test_skip_link_comes_first_and_moves_focus_to_the_main_content(page, live_server, site):
    for path in site.values():
        page.goto(live_server.url + path)
        page.keyboard.press("Tab")
        first = focused(page)
        assert first["href"] == "#main", path
        expect(page.locator(".skip-link")).to_be_visible()
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main", path


def test_focus_is_always_visible(page, live_server, site):
    page.goto(live_server.url + site["offer-list"])
    for _ in range(12):
        page.keyboard.press("Tab")
        outline = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, parseFloat(s.outlineWidth), s.boxShadow]; }"
        )
        assert outline[0] != "none", (focused(page), outline)
        assert outline[1] >= 2, (focused(page), outline)


def test_every_page_has_one_h1_and_the_main_landmarks(page, live_server, site):
    for path in site.values():
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1, path
        for landmark in ("banner", "main", "contentinfo", "navigation"):
            assert page.get_by_role(landmark).count() >= 1, (path, landmark)


def test_every_sheet_page_has_one_h1_a_main_landmark_and_reachable_tools(page, live_server, sheets):
    for path in sheets.values():
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1, path
        assert page.get_by_role("main").count() == 1, path
        if path != sheets["selection-sheet-empty"]:  # nothing picked: no sheet, no PDF
            # The way back, the languages and the PDF are reached with Tab before the sheet.
            reached = tab_until(page, lambda e: e["href"].endswith(".pdf") or ".pdf?" in e["href"])
            assert reached["text"] == "Last ned PDF", path


def test_carer_finds_an_offer_with_the_keyboard_only(page, live_server, site):
    page.goto(live_server.url + "/")

    tab_until(page, lambda e: e["name"] == "kommune")
    page.keyboard.type("Asker")
    tab_until(page, lambda e: e["name"] == "diagnose")
    page.keyboard.type("Demens")
    tab_until(page, lambda e: e["tag"] == "BUTTON" and "Finn tilbud" in e["text"])
    page.keyboard.press("Enter")

    # The municipality as typed ("Asker"), resolved by the server.
    page.wait_for_url(re.compile(r"/tilbud/\?.*kommune=asker.*", re.IGNORECASE))
    assert "diagnose=demens" in page.url
    expect(page.locator("h1")).to_have_text("Tilbud til pårørende i Asker")
    tab_until(page, lambda e: "Samtalegruppe for pårørende" in e["text"])
    page.keyboard.press("Enter")

    # The offer's address carries the list's filters as given (the municipality as typed),
    # for the way back to them.
    page.wait_for_url(
        re.compile(
            r"/tilbud/samtalegruppe-demens-asker/\?kommune=asker&diagnose=demens$", re.IGNORECASE
        )
    )
    expect(page.locator("h1")).to_have_text("Samtalegruppe for pårørende til personer med demens")
