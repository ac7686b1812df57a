"""axe-core finds no WCAG 2.1 AA violations (nor 2.2's target size) on any page type."""

from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import DESKTOP, PHONE

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


def test_no_accessibility_violations_on_any_page_type(page, live_server, site, sheets):
    axe = Axe()
    pages = {**site, **sheets, "admin-login": "/admin/login/"}
    reports = []
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        for name, path in pages.items():
            page.goto(live_server.url + path)
            results = axe.run(page, options=AXE_OPTIONS)
            if results.violations_count:
                reports.append(f"{name} at {viewport['width']} px:\n{results.generate_report()}")

    assert not reports, "\n\n".join(reports)
