"""Finding the municipality by typing part of its name: the server resolves it (Sami and
Kven names, any case, without Norwegian letters, a prefix); several matches give a short
choice; the `kommune` slug of the URL contract keeps working."""

import pytest

from municipalities.lookup import find
from municipalities.models import Municipality

URL = "/tilbud/"


@pytest.fixture
def register(reference_data):
    return list(Municipality.objects.select_related("county"))


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("asker", "asker"),
        ("Asker", "asker"),
        ("tromsø", "tromso"),
        ("TROMSØ", "tromso"),
        ("tromso", "tromso"),
        ("Guovdageaidnu", "kautokeino"),
        ("guovdageaidnu", "kautokeino"),
        ("bodø", "bodo"),
        ("Bodo", "bodo"),
        ("  bærum ", "baerum"),
        ("barum", None),  # not a name, not a prefix of one: no guess
        ("kautok", "kautokeino"),
        ("Herøy (Nordland)", "heroy-nordland"),
        ("heroy-nordland", "heroy-nordland"),
        ("Tråante", "trondheim"),
        ("Porsáŋgu", "porsanger"),
    ],
)
def test_typed_names_find_their_municipality(register, typed, slug):
    found = find(register, typed)

    assert [m.slug for m in found] == ([slug] if slug else [])


def test_a_prefix_shared_by_several_gives_them_all(register):
    assert {m.slug for m in find(register, "herøy")} == {"heroy-nordland", "heroy-more-og-romsdal"}
    assert len(find(register, "s")) > 8


def test_an_exact_name_wins_over_longer_names_starting_with_it(register):
    assert [m.slug for m in find(register, "os")] == ["os"]


def test_list_resolves_a_typed_name(client, register):
    response = client.get(URL, {"kommune": "Guovdageaidnu"})

    html = response.content.decode()
    assert "<h1>Tilbud til pårørende i Kautokeino</h1>" in html
    assert 'name="kommune" value="Kautokeino"' in html


def test_the_slug_keeps_working(client, register):
    html = client.get(URL, {"kommune": "tromso"}).content.decode()

    assert "<h1>Tilbud til pårørende i Tromsø</h1>" in html
    assert 'name="kommune" value="Tromsø"' in html


def test_several_matches_give_a_short_choice_that_keeps_the_other_filters(client, register):
    html = client.get(URL, {"kommune": "herøy", "q": "kafé"}).content.decode()

    assert "Flere kommuner passer med «herøy». Velg en av dem:" in html
    assert (
        '<a href="?kommune=heroy-more-og-romsdal&amp;q=kaf%C3%A9">Herøy (Møre og Romsdal)</a>'
        in html
    )
    assert '<a href="?kommune=heroy-nordland&amp;q=kaf%C3%A9">Herøy (Nordland)</a>' in html


def test_a_short_prefix_offers_at_most_eight(client, register):
    html = client.get(URL, {"kommune": "s"}).content.decode()
    choices = html[html.index('<ul class="municipality-choices">') :]
    choices = choices[: choices.index("</ul>")]

    assert choices.count("<li>") == 8


def test_an_unknown_name_is_explained_and_the_list_shown_without_it(client, register):
    response = client.get(URL, {"kommune": "Atlantis"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Vi fant ingen kommune som heter «Atlantis»." in html
    assert 'name="kommune" value="Atlantis"' in html


def test_a_huge_value_is_refused_quickly_and_cut_in_the_message(client, register):
    response = client.get(URL, {"kommune": "a" * 5000})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Vi fant ingen kommune som heter «" + "a" * 39 + "…»." in html
    field = html[html.index('<input type="text" name="kommune"') :]
    field = field[: field.index(">")]
    assert f'value="{"a" * 100}"' in field


def test_the_start_page_and_young_carers_page_resolve_names_too(client, register):
    assert 'name="kommune"' in client.get("/").content.decode()
    html = client.get("/unge/", {"kommune": "bodø"}).content.decode()

    assert "Tilbud for unge pårørende i Bodø" in html
