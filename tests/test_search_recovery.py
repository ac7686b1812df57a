"""When the offer list finds little: «Mente du …?», and when it finds nothing, fewer choices
one click away, the municipality's way in (or how to find it), and someone to talk to."""

import re

import pytest
from django.utils.html import escape

from helplines.models import Audience, Helpline
from tests import factories

URL = "/tilbud/"


def links(html: str) -> list[tuple[str, str]]:
    """The widening links: (address, text), in order."""
    block = (
        html.split('<ul class="widening">', 1)[1].split("</ul>", 1)[0] if "widening" in html else ""
    )
    return [
        (escape_free(url), text)
        for url, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', block)
    ]


def escape_free(url: str) -> str:
    return url.replace("&amp;", "&")


@pytest.fixture
def offers(asker, trondheim):
    dementia, cancer = factories.diagnosis("Demens"), factories.diagnosis("Kreft")
    factories.offer("Samtalegruppe om demens", municipalities=[asker], diagnoses=[dementia])
    factories.offer("Pårørendeskole om demens", municipalities=[trondheim], diagnoses=[dementia])
    factories.offer("Avlastning i helgene", municipalities=[asker])
    factories.offer("Samtalegruppe om kreft", municipalities=[trondheim], diagnoses=[cancer])


# ---- «Mente du …?» -----------------------------------------------------------------------------


def test_a_search_that_finds_nothing_suggests_a_better_spelt_one(client, offers):
    html = client.get(URL, {"q": "trondhiem pårørendeskole"}).text

    assert "0 tilbud" in html
    assert (
        'Mente du <a href="/tilbud/?q=trondheim+p%C3%A5r%C3%B8rendeskole">'
        "«trondheim pårørendeskole»</a>?"
    ) in html


def test_the_suggestion_keeps_the_other_choices(client, offers):
    html = client.get(URL, {"q": "trondhiem", "diagnose": "demens"}).text

    assert 'Mente du <a href="/tilbud/?q=trondheim&amp;diagnose=demens">«trondheim»</a>?' in html
    assert '<span class="suggestion__count">(1 tilbud)</span>' in html


def test_no_suggestion_when_the_search_finds_enough(client, offers):
    factories.offer("Kurs om demens")

    html = client.get(URL, {"q": "demnes"}).text  # corrected without asking

    assert "3 tilbud" in html
    assert "Mente du" not in html


def test_a_suggestion_when_the_correction_finds_less_than_the_word(client, offers):
    factories.offer("Demenskafé", slug="demenskafe")  # "demens" starts it, but is not it

    html = client.get(URL, {"q": "demnes"}).text

    assert "2 tilbud" in html
    assert 'Mente du <a href="/tilbud/?q=demens">«demens»</a>?' in html
    assert '<span class="suggestion__count">(3 tilbud)</span>' in html


def test_no_suggestion_that_would_find_no_more(client, offers):
    html = client.get(URL, {"q": "trondhiem avlastning"}).text

    assert "0 tilbud" in html
    assert "Mente du" not in html  # Trondheim has no avlastning either


def test_the_suggestion_is_in_the_chosen_language(client, offers):
    html = client.get(URL, {"q": "trondhiem pårørendeskole"}, HTTP_ACCEPT_LANGUAGE="en").text

    assert "Did you mean <a href=" in html


# ---- Fewer choices ----------------------------------------------------------------------------


def test_no_results_offer_each_choice_dropped_with_what_it_finds(client, offers):
    html = client.get(URL, {"kommune": "asker", "diagnose": "kreft", "type": "samtalegruppe"}).text

    # Asker has nothing for kreft of any type, so dropping the type is not offered.
    assert links(html) == [
        ("/tilbud/?diagnose=kreft&type=samtalegruppe", "Uten «Asker»"),
        ("/tilbud/?kommune=asker&type=samtalegruppe", "Uten «Kreft»"),
    ]
    assert '«Asker»</a>\n      <span class="widening__count">(1 tilbud)</span>' in html
    assert '«Kreft»</a>\n      <span class="widening__count">(2 tilbud)</span>' in html


def test_no_results_in_an_order_offer_the_choices_dropped_and_keep_the_order(client, offers):
    response = client.get(
        URL, {"kommune": "asker", "diagnose": "kreft", "type": "samtalegruppe", "sorter": "start"}
    )

    assert response.status_code == 200
    assert links(response.text) == [
        ("/tilbud/?diagnose=kreft&type=samtalegruppe&sorter=start", "Uten «Asker»"),
        ("/tilbud/?kommune=asker&type=samtalegruppe&sorter=start", "Uten «Kreft»"),
    ]


def test_a_choice_not_understood_is_left_out_of_the_counts(client, offers):
    html = client.get(URL, {"kommune": "asker", "diagnose": "kreft", "type": "ukjent"}).text

    # The list ignores the type it did not understand; so do the counts of the links.
    assert links(html) == [
        ("/tilbud/?diagnose=kreft&type=ukjent", "Uten «Asker»"),
        ("/tilbud/?kommune=asker&type=ukjent", "Uten «Kreft»"),
    ]
    assert '«Asker»</a>\n      <span class="widening__count">(1 tilbud)</span>' in html
    assert '«Kreft»</a>\n      <span class="widening__count">(2 tilbud)</span>' in html


def test_a_search_dropped_is_a_choice_like_the_others(client, offers):
    html = client.get(URL, {"kommune": "trondheim", "q": "avlastning"}).text

    assert links(html) == [
        ("/tilbud/?kommune=trondheim", "Uten «avlastning»"),
        ("/tilbud/?q=avlastning", "Uten «Trondheim»"),
    ]


def test_a_search_of_several_words_offers_each_word_dropped(client, offers):
    html = client.get(URL, {"q": "avlastning demens"}).text

    assert links(html)[1:] == [
        ("/tilbud/?q=demens", "Søk bare etter «demens»"),
        ("/tilbud/?q=avlastning", "Søk bare etter «avlastning»"),
    ]


def test_the_links_leave_out_the_page_number(client, offers):
    html = client.get(URL, {"q": "avlastning demens", "side": "3"}).text

    assert all("side=" not in url for url, _text in links(html))


# ---- The way in, and someone to talk to --------------------------------------------------------


def test_no_results_in_a_municipality_named_in_the_search_shows_its_way_in(client, offers, asker):
    factories.contact("Pårørendekoordinator", municipality=asker, is_way_in=True)

    html = client.get(URL, {"q": "asker hjerneslag"}).text

    assert "Ta kontakt med Asker kommune" in html
    assert "Pårørendekoordinator" in html


def test_no_results_without_a_municipality_says_how_to_find_one(client, offers):
    html = client.get(URL, {"q": "hjerneslag"}).text

    assert "Kommunen din kan hjelpe deg videre" in html
    assert '<a href="/kommuner/">Finn kommunen din</a>' in html
    assert "Ta kontakt med" not in html


def test_no_results_show_the_national_helpline_for_carers(client, offers):
    Helpline.objects.create(
        name="Pårørendelinjen",
        slug="parorendelinjen",
        number="22 22 49 22",
        description="For alle pårørende.",
        audience=Audience.ADULTS,
    )

    html = client.get(URL, {"q": "hjerneslag"}).text

    assert "Pårørendelinjen" in html
    assert 'href="tel:+4722224922"' in html


def test_results_show_no_recovery(client, offers):
    html = client.get(URL, {"q": "demens"}).text

    assert "Pårørendelinjen" not in html
    assert "Prøv med færre valg" not in html


def test_what_the_recovery_offers_is_escaped(client, offers):
    html = client.get(URL, {"q": "<b>demens</b> trondhiem"}).text

    assert "<b>demens" not in html
    assert escape("Uten «<b>demens</b> trondhiem»") in html


# ---- Cost ---------------------------------------------------------------------------------------


def test_the_no_results_page_asks_the_database_a_bounded_number_of_times(
    client, offers, asker, django_assert_num_queries
):
    client.get(URL, {"q": "kafé"})  # the pickers' choices and the search's lexicon are cached

    # The content version; the page with its count (nothing); «Mente du» finds nothing to
    # suggest; one count per choice dropped (3) and per word dropped (2); the way-in contacts;
    # and the count of searches that found nothing (coverage.demand), the week's first for
    # these choices: an update finding no row, then an insert in a savepoint (4).
    with django_assert_num_queries(12):
        html = client.get(
            URL, {"kommune": "asker", "diagnose": "kreft", "q": "samtalegruppe demens"}
        ).text

    assert "Ta kontakt med Asker kommune" in html


def test_a_page_with_a_suggestion_asks_once_more(client, offers, django_assert_num_queries):
    client.get(URL, {"q": "kafé"})

    # The content version; the count; the suggestion's count; one count per choice dropped
    # (1) and per word dropped (2).
    with django_assert_num_queries(6):
        html = client.get(URL, {"q": "trondhiem pårørendeskole"}).text

    assert "Mente du" in html
