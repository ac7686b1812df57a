"""Where staff start printing: "Skriv ut" on an offer and a municipality, picks on the list."""

import re

from tests import factories


def test_offer_page_links_to_its_sheet_and_pdf(client, asker):
    factories.offer("Kafé", slug="kafe", municipalities=[asker])

    html = client.get("/tilbud/kafe/").content.decode()

    assert '<a href="/tilbud/kafe/tilbudsark/">Skriv ut tilbudet</a>' in html
    assert '<a href="/tilbud/kafe/tilbudsark.pdf">Last ned som PDF</a>' in html


def test_municipality_page_links_to_its_whole_list(client, asker):
    html = client.get("/kommuner/asker/").content.decode()

    assert '<a href="/kommuner/asker/tilbudsark/">Skriv ut alle tilbudene</a>' in html
    assert '<a href="/kommuner/asker/tilbudsark.pdf">Last ned som PDF</a>' in html


def test_offer_list_lets_staff_tick_offers_and_print_them_without_javascript(client, asker):
    factories.offer("Kafé", slug="kafe", municipalities=[asker])
    factories.offer("Skole", slug="skole", municipalities=[asker])

    html = client.get("/tilbud/").content.decode()

    assert re.search(
        r'<form id="print-selection" class="print-selection" method="get" action="/tilbudsark/"',
        html,
    )
    for slug in ["kafe", "skole"]:
        assert (
            f'<input type="checkbox" name="tilbud" value="{slug}" form="print-selection">' in html
        )
    assert html.count(">Skriv ut valgte</button>") == 2
    assert '<button class="button button--secondary" type="submit" form="print-selection">' in html
    # No form inside another: each <form> closes before the next opens.
    tags = re.findall(r"<(/?)form\b", html)
    assert tags == ["", "/"] * (len(tags) // 2)


def test_offer_list_for_a_municipality_links_to_its_whole_list(client, asker):
    factories.offer("Kafé", municipalities=[asker])

    html = client.get("/tilbud/?kommune=asker").content.decode()

    assert '<a href="/kommuner/asker/tilbudsark/">Skriv ut alle tilbudene i Asker</a>' in html


def test_ticked_offers_arrive_on_the_sheet_in_the_lists_order(client, asker):
    factories.offer("A-kafé", slug="a-kafe", municipalities=[asker])
    factories.offer("B-skole", slug="b-skole", municipalities=[asker])

    # What a browser sends when both boxes are ticked and «Skriv ut valgte» is pressed.
    html = client.get("/tilbudsark/?tilbud=a-kafe&tilbud=b-skole").content.decode()

    assert html.index("A-kafé") < html.index("B-skole")
