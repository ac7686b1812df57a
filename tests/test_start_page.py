from tests import factories


def test_start_page_offers_search_municipality_picker_and_offer_types(client, asker):
    factories.offer_type("Pårørendeskole", description="Kurs over flere kvelder.", position=1)
    factories.offer_type("Avlastning", position=2)

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'action="/tilbud/"' in html
    assert 'name="q"' in html
    assert '<input type="text" name="kommune"' in html
    assert '<option value="Asker"></option>' in html  # a suggestion
    assert 'name="diagnose"' in html
    assert 'href="/tilbud/?type=parorendeskole"' in html
    assert "Kurs over flere kvelder." in html
    assert html.index("Pårørendeskole") < html.index("Avlastning")
    assert 'href="/kommuner/"' in html


def test_every_page_has_a_title_and_description_in_norwegian(client, asker):
    offer = factories.offer("Samtalegruppe", municipalities=[asker], summary="Møt andre.")
    pages = {
        "/": "Finn støtte som pårørende – Pårørendeportalen",
        "/tilbud/": "Tilbud til pårørende – Pårørendeportalen",
        "/tilbud/?kommune=asker": "Tilbud til pårørende i Asker – Pårørendeportalen",
        offer.get_absolute_url(): "Samtalegruppe – Pårørendeportalen",
        "/kommuner/": "Alle kommuner – Pårørendeportalen",
        "/kommuner/asker/": "Pårørende i Asker – Pårørendeportalen",
    }
    for url, title in pages.items():
        html = client.get(url).content.decode()
        assert '<html lang="nb">' in html, url
        assert f"<title>{title}</title>" in html, url
        assert '<meta name="description" content="' in html, url
        assert 'rel="icon"' in html, url
    offer_html = client.get(offer.get_absolute_url()).content.decode()
    assert '<meta name="description" content="Møt andre.">' in offer_html


def test_favicon_is_served(client, db):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"].endswith("favicon.svg")
