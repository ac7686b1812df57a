"""/tilgjengelighet/: the accessibility statement Norwegian public web services must publish."""

import pytest


def test_statement_says_what_was_tested_how_the_gaps_and_where_to_report(client, db, settings):
    settings.CONTACT_EMAIL = "uu@portal.example"

    html = client.get("/tilgjengelighet/").content.decode()

    assert "<h1>Tilgjengelighetserklæring</h1>" in html
    assert "WCAG 2.1" in html
    for tested in [
        "axe",
        "Nu HTML Checker",
        "Tastatur",
        "Mobilbredde",
        "Uten JavaScript",
        "Lighthouse",
    ]:
        assert tested in html
    assert "Det vet vi ikke er godt nok ennå" in html
    assert '<a href="mailto:uu@portal.example">uu@portal.example</a>' in html
    assert 'href="https://www.uutilsynet.no/"' in html


def test_statement_is_linked_from_every_footer(client, db):
    footer = client.get("/tilbud/").content.decode().split("<footer")[1]

    assert 'href="/tilgjengelighet/"' in footer


@pytest.mark.parametrize(
    ("language", "heading"),
    [("nn", "Tilgjengeerklæring"), ("en", "Accessibility statement")],
)
def test_statement_in_nynorsk_and_english(client, db, language, heading):
    client.post("/sprak/", {"language": language, "next": "/"})

    html = client.get("/tilgjengelighet/").content.decode()

    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
