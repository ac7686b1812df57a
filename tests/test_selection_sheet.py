"""/tilbudsark/?tilbud=<slug>&tilbud=<slug> and /tilbudsark.pdf: the offers staff picked."""

import pytest

from tests import factories
from tests.pdf import pdf_pages, pdf_text
from tests.test_settings import start_with


@pytest.fixture
def offers(asker):
    made = {}
    for slug, title in [
        ("kafe", "Pårørendekafé"),
        ("skole", "Pårørendeskole"),
        ("gruppe", "Gruppe"),
    ]:
        made[slug] = factories.offer(title, slug=slug, municipalities=[asker])
        made[slug].contacts.set(
            [factories.contact(f"Kontakt for {title}", email=f"{slug}@x.example")]
        )
    return made


def test_selection_prints_the_picked_offers_in_the_order_picked(client, offers):
    response = client.get("/tilbudsark.pdf?tilbud=skole&tilbud=gruppe&tilbud=kafe")

    text = pdf_text(response)
    assert "Utvalgte tilbud til pårørende" in text
    order = [text.index(f"Kontakt for {title}") for title in ["Pårørendeskole", "Gruppe"]]
    order.append(text.index("Kontakt for Pårørendekafé"))
    assert order == sorted(order)
    assert "skole@x.example" in text


def test_selection_page_shows_the_same_offers_with_a_link_to_its_pdf(client, offers):
    html = client.get("/tilbudsark/?tilbud=kafe&tilbud=skole").content.decode()

    assert html.index("Kontakt for Pårørendekafé") < html.index("Kontakt for Pårørendeskole")
    assert "Kontakt for Gruppe" not in html
    assert 'href="/tilbudsark.pdf?tilbud=kafe&amp;tilbud=skole"' in html


def test_a_slug_picked_twice_is_printed_once(client, offers):
    text = pdf_text(client.get("/tilbudsark.pdf?tilbud=kafe&tilbud=skole&tilbud=kafe"))

    assert text.count("kafe@x.example") == 1


def test_unknown_malformed_draft_and_ended_picks_are_skipped_and_named(client, offers, asker):
    factories.offer("Utkast", slug="utkast", municipalities=[asker], is_published=False)
    factories.offer("Avsluttet", slug="avsluttet", municipalities=[asker], status="ended")
    query = "tilbud=kafe&tilbud=finnes-ikke&tilbud=<b>ond</b>&tilbud=utkast&tilbud=avsluttet"

    html = client.get(f"/tilbudsark/?{query}").content.decode()
    text = pdf_text(client.get(f"/tilbudsark.pdf?{query}"))

    for printed in [html, text]:
        assert "kafe@x.example" in printed
        assert "4 valg kom ikke med" in printed
        assert "«finnes-ikke»" in printed
        assert "«utkast»" in printed  # named as picked, but nothing of the draft is told
        assert "Utkast" not in printed
        assert "Avsluttet" not in printed
    assert "«&lt;b&gt;ond&lt;/b&gt;»" in html
    assert "<b>ond</b>" not in html
    assert "«<b>ond</b>»" in text


def test_a_very_long_skipped_value_is_shortened(client, offers):
    html = client.get(f"/tilbudsark/?tilbud=kafe&tilbud={'x' * 300}").content.decode()
    skipped = html[html.index('<div class="sheet-skipped"') :]
    skipped = skipped[: skipped.index("</div>")]

    assert "«" + "x" * 39 + "…»" in skipped
    assert "x" * 40 not in skipped
    # Only the language switcher's way back keeps the address as it was.
    assert html.count("x" * 300) == 1
    assert f'name="next" value="/tilbudsark/?tilbud=kafe&amp;tilbud={"x" * 300}"' in html


def test_the_pdf_link_leaves_the_skipped_picks_out(client, offers):
    html = client.get("/tilbudsark/?tilbud=kafe&tilbud=finnes-ikke").content.decode()

    assert 'href="/tilbudsark.pdf?tilbud=kafe"' in html


def test_nothing_picked_explains_how_to_pick(client, db):
    for url in ["/tilbudsark/", "/tilbudsark.pdf", "/tilbudsark/?tilbud="]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "text/html; charset=utf-8"
        assert "Du har ikke valgt noen tilbud ennå." in response.content.decode()
        assert 'href="/tilbud/"' in response.content.decode()


def test_nothing_printable_says_what_was_skipped(client, db, asker):
    factories.offer("Utkast", slug="utkast", municipalities=[asker], is_published=False)

    for url in ["/tilbudsark/", "/tilbudsark.pdf"]:
        response = client.get(f"{url}?tilbud=utkast&tilbud=../../etc/passwd")
        html = response.content.decode()
        assert response.status_code == 404, url
        assert "Vi fant ingen av tilbudene du valgte." in html
        assert "«utkast»" in html
        assert "«../../etc/passwd»" in html
        assert "Utkast" not in html


def test_too_many_picks_are_refused_with_a_clear_message(client, db, settings, asker):
    settings.SHEET_MAX_OFFERS = 3
    for n in range(4):
        factories.offer(f"Tilbud {n}", slug=f"t{n}", municipalities=[asker])
    query = "&".join(f"tilbud=t{n}" for n in range(4))

    for url in ["/tilbudsark/", "/tilbudsark.pdf"]:
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400, url
        assert (
            "Du valgte 4 tilbud. Et tilbudsark kan ha høyst 3 tilbud." in response.content.decode()
        )

    response = client.get("/tilbudsark.pdf?" + "&".join(f"tilbud=t{n}" for n in range(3)))
    assert len(pdf_pages(response)) >= 1


def test_thousands_of_picks_never_give_a_server_error(client, db):
    query = "&".join(f"tilbud=t{n}" for n in range(2000))

    assert client.get(f"/tilbudsark.pdf?{query}").status_code == 400


def test_selection_query_count_does_not_grow_with_the_picks(
    client, offers, django_assert_num_queries
):
    for offer in offers.values():
        factories.round_of(offer, 10, 17)
    # The offers, then their diagnoses, counties, municipalities, upcoming rounds and their
    # sessions, partners and contacts, and the way in of the municipality they all serve.
    with django_assert_num_queries(9):
        client.get("/tilbudsark/?tilbud=kafe")
    with django_assert_num_queries(9):
        client.get("/tilbudsark.pdf?tilbud=kafe&tilbud=skole&tilbud=gruppe&tilbud=ukjent")


@pytest.mark.parametrize("value", ["0", "many"])
def test_a_nonsensical_pick_limit_stops_the_portal_at_start(value):
    result = start_with(DJANGO_DEBUG="1", PORTAL_SHEET_MAX_OFFERS=value)

    assert result.returncode != 0
    assert f"PORTAL_SHEET_MAX_OFFERS={value!r}" in result.stderr
