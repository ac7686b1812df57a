"""Where staff start printing: "Skriv ut" on an offer and a municipality, and the offer list's
print mode («Lag tilbudsark», /tilbud/?utskrift=1), where they tick offers for a sheet."""

import re

from tests import factories
from tests.pdf import pdf_text


def test_offer_page_links_to_its_sheet_and_pdf(client, asker):
    factories.offer("Kafé", slug="kafe", municipalities=[asker])

    html = client.get("/tilbud/kafe/").content.decode()

    assert '<a href="/tilbud/kafe/tilbudsark/">Skriv ut tilbudet</a>' in html
    assert '<a href="/tilbud/kafe/tilbudsark.pdf">Last ned som PDF</a>' in html


def test_municipality_page_links_to_its_whole_list(client, asker):
    html = client.get("/kommuner/asker/").content.decode()

    assert '<a href="/kommuner/asker/tilbudsark/">Skriv ut alle tilbudene</a>' in html
    assert '<a href="/kommuner/asker/tilbudsark.pdf">Last ned som PDF</a>' in html


def test_the_plain_list_has_no_checkboxes_only_one_quiet_link_to_the_print_mode(client, asker):
    factories.offer("Kafé", slug="kafe", municipalities=[asker])

    html = client.get("/tilbud/?kommune=asker&side=1").content.decode()

    assert 'type="checkbox" name="tilbud"' not in html
    assert "Skriv ut valgte" not in html
    assert "Skriv ut alle tilbudene i Asker" not in html
    assert html.count("Lag tilbudsark") == 1
    assert (
        '<a class="quiet-link" href="/tilbud/?kommune=asker&amp;side=1&amp;utskrift=1">'
        "Lag tilbudsark</a>" in html
    )


def test_offer_list_lets_staff_tick_offers_and_print_them_without_javascript(client, asker):
    factories.offer("Kafé", slug="kafe", municipalities=[asker])
    factories.offer("Skole", slug="skole", municipalities=[asker])

    html = client.get("/tilbud/?utskrift=1").content.decode()

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

    html = client.get("/tilbud/?kommune=asker&utskrift=1").content.decode()

    assert '<a href="/kommuner/asker/tilbudsark/">Skriv ut alle tilbudene i Asker</a>' in html


def test_ticked_offers_arrive_on_the_sheet_in_the_lists_order(client, asker):
    factories.offer("A-kafé", slug="a-kafe", municipalities=[asker])
    factories.offer("B-skole", slug="b-skole", municipalities=[asker])

    # What a browser sends when both boxes are ticked and «Skriv ut valgte» is pressed.
    html = client.get("/tilbudsark/?tilbud=a-kafe&tilbud=b-skole").content.decode()

    assert html.index("A-kafé") < html.index("B-skole")


def test_a_filtered_list_prints_the_offers_it_shows_not_the_municipalitys_whole_list(
    client, asker, baerum
):
    demens = factories.diagnosis("Demens")
    factories.offer("Demenskafé", slug="demenskafe", municipalities=[asker], diagnoses=[demens])
    factories.offer("Demensskole", slug="demensskole", municipalities=[asker], diagnoses=[demens])
    factories.offer("Rusgruppe", slug="rusgruppe", municipalities=[asker])
    factories.offer("Demens i Bærum", municipalities=[baerum], diagnoses=[demens])

    html = client.get("/tilbud/?kommune=asker&diagnose=demens&side=1&utskrift=1").content.decode()
    link = re.search(r'<a href="(/tilbudsark/\?[^"]+)">Skriv ut disse 2 tilbudene</a>', html)
    sheet = client.get(link[1].replace("&amp;", "&")).content.decode()
    text = pdf_text(
        client.get(link[1].replace("&amp;", "&").replace("tilbudsark/", "tilbudsark.pdf"))
    )

    assert link[1] == "/tilbudsark/?kommune=asker&amp;diagnose=demens"
    assert "Skriv ut alle tilbudene i Asker" not in html
    for printed in [sheet, text]:
        assert "Utvalgte tilbud til pårørende i Asker" in printed
        assert "Utvalg: Demens" in printed
        assert "Start her" in printed
        assert "Demenskafé" in printed
        assert "Demensskole" in printed
        assert "Rusgruppe" not in printed
        assert "Demens i Bærum" not in printed


def test_a_list_with_more_offers_than_a_sheet_may_hold_offers_no_print_of_them_all(
    client, asker, settings
):
    settings.SHEET_MAX_OFFERS = 2
    for n in range(3):
        factories.offer(f"Kafé {n}", municipalities=[asker], diagnoses=[factories.diagnosis()])

    html = client.get("/tilbud/?kommune=asker&diagnose=demens").content.decode()
    response = client.get("/tilbudsark/?kommune=asker&diagnose=demens")

    assert "Skriv ut disse" not in html
    assert response.status_code == 400
    assert "Du valgte 3 tilbud. Et tilbudsark kan ha høyst 2 tilbud." in response.content.decode()


def test_offers_ticked_on_a_municipalitys_list_print_its_way_in(client, asker, baerum):
    factories.offer("Nasjonal linje", slug="linje", nationwide=True)
    factories.contact(
        "Pårørendekoordinator", municipality=asker, is_way_in=True, phone="+47 011 11 111"
    )

    html = client.get("/tilbud/?kommune=asker&utskrift=1").content.decode()
    sheet = client.get("/tilbudsark/?tilbud=linje&kommune=asker").content.decode()
    unnamed = client.get("/tilbudsark/?tilbud=linje").content.decode()

    assert '<input type="hidden" name="kommune" value="asker">' in html
    assert "Start her" in sheet
    assert "+47 011 11 111" in sheet
    assert 'href="/tilbudsark.pdf?tilbud=linje&amp;kommune=asker"' in sheet
    assert "Start her" not in unnamed  # a nationwide offer alone names no municipality


def test_a_filter_that_matches_nothing_says_so(client, asker):
    factories.offer("Kafé", municipalities=[asker])
    factories.diagnosis("Demens")

    response = client.get("/tilbudsark.pdf?kommune=asker&diagnose=demens")

    assert response.status_code == 404
    assert "Ingen tilbud passer valgene dine nå" in response.content.decode()


def test_the_print_mode_keeps_itself_and_the_filters_and_leads_back_to_the_plain_list(
    client, asker
):
    factories.offer("Kafé", municipalities=[asker], diagnoses=[factories.diagnosis("Demens")])

    html = client.get("/tilbud/?kommune=asker&diagnose=demens&utskrift=1").content.decode()

    # Changing a filter in print mode stays in print mode; the way back keeps the filters.
    form = html[html.index('<form class="filter-form"') :]
    assert '<input type="hidden" name="utskrift" value="1">' in form[: form.index("</form>")]
    assert '<a href="/tilbud/?kommune=asker&amp;diagnose=demens">Tilbake til listen</a>' in html
    assert '<meta name="robots" content="noindex">' in html  # a tool, not a page to find
    assert "Lag tilbudsark</h2>" in html
