"""The list's cards are made once per offer (offers.cards) and reused on every list that shows
the offer: each use still links back to its own list, says «Gjelder for» only where it adds
something, marks its own search's words, speaks the page's language, and shows an edit on
the very next request."""

import re
from unittest import mock

import pytest

from offers.cards import OfferCards
from tests import factories

URL = "/tilbud/"


def card_of(html: str, text: str) -> str:
    """The card that holds the text (its title, say)."""
    start = html.index(text)
    return html[
        html.rindex('<article class="offer-card">', 0, start) : html.index("</article>", start)
    ]


def link_of(card: str) -> str:
    return re.search(r'class="offer-card__title"><a href="([^"]+)"', card)[1]


@pytest.fixture
def cafe(asker):
    return factories.offer(
        "Pårørendekafé",
        slug="parorendekafe",
        municipalities=[asker],
        diagnoses=[factories.diagnosis("Demens")],
        summary="Et uformelt treff for pårørende.",
    )


def test_a_card_made_for_one_list_links_back_to_each_list_it_is_shown_on(client, cafe):
    first = client.get(URL, {"kommune": "asker"}).text
    second = client.get(URL, {"kommune": "asker", "diagnose": "demens", "side": "1"}).text

    assert link_of(card_of(first, "Pårørendekafé")) == "/tilbud/parorendekafe/?kommune=asker"
    assert (
        link_of(card_of(second, "Pårørendekafé"))
        == "/tilbud/parorendekafe/?kommune=asker&amp;diagnose=demens&amp;side=1"
    )


def test_a_card_says_gjelder_for_except_in_the_one_municipality_it_serves(client, cafe, baerum):
    everywhere = client.get(URL).text
    in_asker = client.get(URL, {"kommune": "asker"}).text
    factories.offer("Hele Akershus", counties=[baerum.county])
    in_baerum = client.get(URL, {"kommune": "baerum"}).text

    assert "Gjelder for: Asker" in card_of(everywhere, "Pårørendekafé")
    assert "Gjelder for" not in card_of(in_asker, "Pårørendekafé")
    assert "Gjelder for: Hele Akershus" in card_of(in_baerum, "Hele Akershus")
    # The other way round: first in its own municipality, then where it is not the only one.
    factories.offer("Kafé i to kommuner", municipalities=[factories.municipality("Lier", "3312")])
    assert "Gjelder for" not in card_of(client.get(URL, {"kommune": "lier"}).text, "Kafé i to")
    assert "Gjelder for: Lier" in card_of(client.get(URL, {"side": "1"}).text, "Kafé i to")


def test_an_edit_is_on_the_next_list_whatever_its_question(client, cafe):
    client.get(URL, {"kommune": "asker"})

    cafe.title = "Pårørendekafé på Asker helsehus"
    cafe.save()
    html = client.get(URL, {"kommune": "asker", "side": "1"}).text

    assert "Pårørendekafé på Asker helsehus" in html


def test_a_search_marks_its_own_words_on_a_card_another_search_made(client, cafe):
    first = client.get(URL, {"q": "treff"}).text
    second = client.get(URL, {"q": "uformelt"}).text
    plain = client.get(URL, {"kommune": "asker"}).text

    assert "<mark>treff</mark>" in card_of(first, 'href="/tilbud/parorendekafe/')
    assert "<mark>uformelt</mark>" in card_of(second, 'href="/tilbud/parorendekafe/')
    assert "<mark>treff</mark>" not in card_of(second, 'href="/tilbud/parorendekafe/')
    assert "<mark>" not in card_of(plain, "Pårørendekafé")


def test_a_card_made_for_one_search_serves_every_search_with_its_own_marks(client, cafe):
    cafe.description = "Vi møtes på biblioteket hver tirsdag."
    cafe.save()
    first = client.get(URL, {"q": "treff"}).text

    with mock.patch.object(OfferCards, "_render", side_effect=AssertionError("made again")):
        second = client.get(URL, {"q": "biblioteket"}).text
        third = client.get(URL, {"q": "uformelt biblioteket", "kommune": "asker"}).text

    first_card, second_card = card_of(first, "Pårørendekafé"), card_of(second, "Pårørendekafé")
    assert "<mark>treff</mark>" in first_card
    assert "Treff i" not in first_card
    assert "<mark>" not in second_card
    assert '<p class="offer-card__matched">Treff i: beskrivelse</p>' in second_card
    assert "<mark>uformelt</mark>" in card_of(third, "Pårørendekafé")
    assert "Treff i" not in card_of(third, "Pårørendekafé")
    assert "Gjelder for" not in card_of(third, "Pårørendekafé")  # only Asker, chosen


def test_an_offer_text_that_looks_like_a_mark_is_shown_as_typed(client, asker):
    factories.offer(
        "Kurs <marked-1> og <matched-line>",
        slug="rart-kurs",
        municipalities=[asker],
        summary="Om <marked-0> & <script>alert(1)</script>",
    )
    client.get(URL, {"q": "kurs"})  # makes the card for searches

    card = card_of(client.get(URL, {"q": "kurs", "side": "1"}).text, 'href="/tilbud/rart-kurs/')

    assert "<mark>Kurs</mark> &lt;marked-1&gt; og &lt;matched-line&gt;" in card
    assert "Om &lt;marked-0&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "<script>" not in card


def test_a_search_card_from_the_cache_says_where_it_matched_in_the_page_language(client, cafe):
    cafe.description = "Vi møtes på biblioteket hver tirsdag."
    cafe.save()
    client.post("/sprak/", {"language": "en", "next": "/"})
    client.get(URL, {"q": "treff"})  # makes the card for searches, in English

    with mock.patch.object(OfferCards, "_render", side_effect=AssertionError("made again")):
        card = card_of(client.get(URL, {"q": "biblioteket"}).text, "Pårørendekafé")

    assert '<p class="offer-card__matched">Matched in: description</p>' in card


def test_on_a_page_in_english_a_match_the_english_title_hides_is_explained(client, asker):
    factories.offer(
        "Samtalegruppe om demens",
        slug="samtalegruppe-demens",
        title_en="Support group",
        summary="For pårørende.",
        municipalities=[asker],
        diagnoses=[factories.diagnosis("Demens")],
    )
    client.post("/sprak/", {"language": "en", "next": "/"})

    card = card_of(client.get(URL, {"q": "demens"}).text, "Support group")

    # The card shows the English title, with no word of the search in it: it says why.
    assert "<mark>" not in card
    assert '<p class="offer-card__matched">Matched in: diagnosis</p>' in card


def test_a_card_is_in_the_page_language(client, cafe):
    client.get(URL, {"kommune": "asker"})
    client.post("/sprak/", {"language": "en", "next": "/"})

    card = card_of(client.get(URL, {"kommune": "asker", "side": "1"}).text, "Pårørendekafé")

    assert 'lang="nb"' in card  # its Norwegian title, marked as such on an English page
    assert "Gratis" not in card
    assert "Free" in card


def test_staff_print_mode_cards_have_the_checkbox_and_carers_cards_do_not(client, cafe):
    carers = client.get(URL, {"kommune": "asker"}).text
    staff = client.get(URL, {"kommune": "asker", "utskrift": "1"}).text

    assert 'name="tilbud"' not in card_of(carers, "Pårørendekafé")
    assert 'value="parorendekafe"' in card_of(staff, "Pårørendekafé")


def test_a_list_whose_cards_are_made_reads_no_offer_rows(client, asker, django_assert_num_queries):
    for n in range(5):
        offer = factories.offer(f"Tilbud {n}", municipalities=[asker])
        factories.round_of(offer, 10, 17)
    client.get(URL, {"kommune": "asker"})  # makes the cards, caches the choices

    # The content version, then the page's ids with the count: the cards come from the cache.
    with django_assert_num_queries(2):
        html = client.get(URL, {"kommune": "asker", "side": "1"}).text

    assert html.count('<article class="offer-card">') == 5
