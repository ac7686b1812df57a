"""In a real browser the strict Content-Security-Policy blocks nothing the portal or its admin use.

Chromium reports every blocked script, style or image as a violation; the admin's JavaScript
(autocomplete, the "+" popups, the two-box diagnosis picker, slug prefilling) must still work.
"""

import pytest

from tests import factories

# Collects what Chromium reports, even for violations that happen before a page's own code.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
});
"""


class Browser:
    def __init__(self, page, base_url):
        self.page, self.base_url = page, base_url
        self.console = []
        page.on("console", lambda message: self.console.append(message.text))
        page.add_init_script(WATCH_VIOLATIONS)

    def open(self, path):
        response = self.page.goto(self.base_url + path)
        self.page.wait_for_load_state("networkidle")
        return response

    def assert_nothing_blocked(self):
        violations = self.page.evaluate("window.__violations")
        policy_messages = [
            text
            for text in self.console
            if "Content Security Policy" in text or "Permissions-Policy" in text
        ]
        assert violations == []
        assert policy_messages == []


@pytest.fixture
def browser(page, live_server):
    """pytest-playwright's page on the live server, watching for blocked content. Ask for it
    after the data fixtures, so the database work is done before the browser starts."""
    return Browser(page, live_server.url)


@pytest.fixture
def offer(asker, baerum):
    factories.diagnosis("Demens")
    factories.diagnosis("Kreft")
    offer = factories.offer("Samtalegruppe", slug="samtalegruppe", municipalities=[asker])
    factories.round_of(offer, 10, 17)  # the page then carries JSON-LD and the sign-up form
    return offer


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/tilbud/?kommune=asker",
        "/tilbud/samtalegruppe/",
        "/tilbud/samtalegruppe/varsle/",
        "/tilbud/samtalegruppe/meld-fra/",
        "/kommuner/asker/savner/",
        "/kommuner/",
        "/kommuner/asker/",
        "/finnes-ikke/",
        "/prosjekter/",
        "/pris/",
        "/pris/nominer/",
    ],
)
def test_public_pages_load_without_violations(offer, browser, path):
    browser.open(path)

    assert browser.page.locator("h1").count() == 1
    assert browser.page.evaluate("getComputedStyle(document.body).fontFamily") != "Times New Roman"
    browser.assert_nothing_blocked()


@pytest.fixture
def editor(db):
    return factories.superuser("redaktor@portal.example", "et-langt-passord-for-test")


def test_admin_works_under_the_policy(offer, editor, browser):
    page = browser.page

    browser.open("/admin/login/")
    page.fill("#id_username", "redaktor@portal.example")
    page.fill("#id_password", "et-langt-passord-for-test")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    browser.open("/admin/offers/offer/")
    browser.open(f"/admin/offers/offer/{offer.pk}/change/")

    # Autocomplete (select2) finds a municipality by typing.
    page.click("#id_municipalities + .select2 .select2-selection")
    page.keyboard.type("Bær")
    page.click(".select2-results__option >> text=Bærum")
    assert "Bærum" in page.inner_text("#id_municipalities + .select2")

    # The two-box diagnosis picker (filter_horizontal) is built by the admin's JavaScript.
    page.wait_for_selector("#id_diagnoses_from")
    page.select_option("#id_diagnoses_from", label="Kreft")
    page.click("#id_diagnoses_add")
    assert "Kreft" in page.inner_text("#id_diagnoses_to")

    # The "+" popup adds an offer type, prefills its slug, and hands it back to the form.
    with page.expect_popup() as popup_info:
        page.click("#add_id_offer_type")
    popup = popup_info.value
    popup.wait_for_load_state()
    popup.locator("#id_name").press_sequentially("Pårørendekafe")
    assert popup.input_value("#id_slug") == "parorendekafe"
    # Waiting is set up before the click, so a popup that closes at once is not missed; a
    # loaded machine may take a while to save.
    with popup.expect_event("close", timeout=90_000):
        popup.click("input[name=_save]")
    assert (
        page.eval_on_selector("#id_offer_type", "s => s.selectedOptions[0].text") == "Pårørendekafe"
    )

    page.click("input[name=_save]")
    page.wait_for_url("**/admin/offers/offer/")
    assert "ble endret" in page.inner_text(".messagelist") or "changed" in page.inner_text(
        ".messagelist"
    )
    browser.assert_nothing_blocked()
