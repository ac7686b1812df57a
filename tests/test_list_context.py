"""The carer's place is kept: a card leads to the offer with the list's filters, and the
offer page, its sheet and a printed selection lead back to that list; nothing else that is
put in those addresses gets through."""

import re

import pytest
from django.conf import settings

from tests import factories


@pytest.fixture
def kafe(asker):
    return factories.offer(
        "Kafé", slug="kafe", municipalities=[asker], diagnoses=[factories.diagnosis("Demens")]
    )


def test_a_card_links_to_the_offer_with_the_lists_filters_and_page(client, kafe):
    html = client.get("/tilbud/?kommune=asker&diagnose=demens&side=1&utm=x").content.decode()

    assert '<a href="/tilbud/kafe/?kommune=asker&amp;diagnose=demens&amp;side=1">Kafé</a>' in html


def test_a_card_on_an_unfiltered_list_links_to_the_plain_offer_address(client, kafe):
    html = client.get("/tilbud/").content.decode()

    assert '<a href="/tilbud/kafe/">Kafé</a>' in html


def test_the_offer_page_leads_back_to_the_list_the_carer_came_from(client, kafe):
    html = client.get("/tilbud/kafe/?kommune=asker&diagnose=demens&side=2").content.decode()

    assert (
        '<a href="/tilbud/?kommune=asker&amp;diagnose=demens&amp;side=2">Tilbake til listen</a>'
        in html
    )
    assert (
        '<a href="/tilbud/kafe/tilbudsark/?kommune=asker&amp;diagnose=demens&amp;side=2">' in html
    )
    # One address for search engines, whatever list it was reached from.
    assert f'<link rel="canonical" href="{settings.PORTAL_BASE_URL}/tilbud/kafe/">' in html


def test_the_offer_page_reached_directly_leads_to_all_offers(client, kafe):
    html = client.get("/tilbud/kafe/").content.decode()

    assert '<p class="breadcrumb"><a href="/tilbud/">Alle tilbud</a></p>' in html
    # Its own address is the canonical one (the open data's link previews want it always).
    assert html.count('rel="canonical"') == 1
    assert f'<link rel="canonical" href="{settings.PORTAL_BASE_URL}/tilbud/kafe/">' in html


@pytest.mark.parametrize(
    "query",
    [
        "next=https://evil.example/",
        "fra=//evil.example",
        "side=//evil.example",
        "side=-1",
        "utm_source=nyhetsbrev",
        f"q={'x' * 201}",
    ],
)
def test_nothing_but_the_lists_own_filters_comes_back(client, kafe, query):
    html = client.get(f"/tilbud/kafe/?{query}").content.decode()

    assert '<p class="breadcrumb"><a href="/tilbud/">Alle tilbud</a></p>' in html
    # Only the language switcher keeps the address as it was (its own, same-site check).
    assert "evil.example" not in re.sub(r'name="next" value="[^"]*"', "", html)


def test_a_hostile_filter_value_stays_a_value_on_this_site(client, kafe):
    html = client.get(
        "/tilbud/kafe/", {"kommune": "//evil.example", "q": '"><script>alert(1)</script>'}
    ).content.decode()

    back = re.search(r'<p class="breadcrumb"><a href="([^"]+)">', html)[1]
    assert back.startswith("/tilbud/?")
    assert (
        back
        == "/tilbud/?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&amp;kommune=%2F%2Fevil.example"
    )
    assert "<script>alert(1)</script>" not in html


def test_the_offer_sheet_leads_back_to_the_offer_and_its_list(client, kafe):
    html = client.get("/tilbud/kafe/tilbudsark/?kommune=asker&diagnose=demens").content.decode()

    assert '<a href="/tilbud/kafe/?kommune=asker&amp;diagnose=demens">' in html


def test_a_printed_selection_leads_back_to_the_print_mode_of_its_list(client, kafe):
    listing = client.get("/tilbud/?kommune=asker&diagnose=demens&utskrift=1").content.decode()
    sheet = client.get(
        "/tilbudsark/?kommune=asker&fra=kommune%3Dasker%26diagnose%3Ddemens&tilbud=kafe"
    ).content.decode()
    filtered = client.get("/tilbudsark/?kommune=asker&diagnose=demens").content.decode()
    hostile = client.get("/tilbudsark/?tilbud=kafe&fra=https://evil.example/").content.decode()

    assert '<input type="hidden" name="fra" value="kommune=asker&amp;diagnose=demens">' in listing
    back = '<a href="/tilbud/?kommune=asker&amp;diagnose=demens&amp;utskrift=1">'
    assert back in sheet
    assert back in filtered
    assert '<a href="/tilbud/?utskrift=1">' in hostile
    # The choice of the way back is not printed, nor part of the sheet's own addresses.
    assert 'href="/tilbudsark.pdf?tilbud=kafe&amp;kommune=asker"' in sheet


def test_changing_filters_in_print_mode_and_clearing_them_stays_in_print_mode(client, kafe):
    html = client.get("/tilbud/?kommune=asker&utskrift=1").content.decode()

    assert '<a href="/tilbud/?utskrift=1">Fjern alle valg</a>' in html
