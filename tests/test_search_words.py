"""The words carers type: each word class of the editors' synonym list, typos corrected
against the offers' own words, phrases, and a municipality named in the search box. Each
runs on SQLite and PostgreSQL alike."""

import re

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offers.choices import WordClass
from offers.models import Offer, SearchSynonym
from offers.search import parse
from tests import factories

URL = "/tilbud/"


def found(client, query) -> set[str]:
    html = client.get(URL, {"q": query}).text
    return set(re.findall(r'class="offer-card__title"><a href="/tilbud/([^/]+)/[?"]', html))


@pytest.fixture
def offers(db):
    """Offers on dementia, drugs, respite and carer schools, with plain titles."""
    factories.offer(
        "Samtalegruppe om demens", slug="demens", diagnoses=[factories.diagnosis("Demens")]
    )
    factories.offer("Rådgivning for pårørende", slug="rus", diagnoses=[factories.diagnosis("Rus")])
    factories.offer("Avlastning i helgene", slug="avlastning")
    factories.offer("Pårørendeskole om hjerneslag", slug="skole")


def synonym(words, terms="", word_class=WordClass.EVERYDAY):
    return SearchSynonym.objects.create(words=words, terms=terms, word_class=word_class)


# ---- A test per word class ------------------------------------------------------------------


def test_an_everyday_word_finds_what_the_offers_call_it(client, offers):
    synonym("hukommelse", "demens")
    synonym("drikker", "rus")

    assert found(client, "hukommelse") == {"demens"}
    assert found(client, "drikker") == {"rus"}


def test_a_family_word_neither_narrows_nor_drowns_the_search(client, offers):
    synonym("hukommelse", "demens")
    synonym("far", word_class=WordClass.FAMILY)
    factories.offer("Kurs om demens for barn med en syk far", slug="far", summary="For barn.")

    assert found(client, "hukommelse far") == found(client, "hukommelse") == {"demens", "far"}
    # It still ranks: the offer that says "far" comes first.
    html = client.get(URL, {"q": "hukommelse far"}).text
    assert html.index('href="/tilbud/far/?') < html.index('href="/tilbud/demens/?')


def test_a_filler_word_does_not_narrow_the_search(client, offers):
    synonym("hjelp", word_class=WordClass.FILLER)

    assert found(client, "hjelp avlastning") == {"avlastning"}


def test_family_words_alone_are_the_search(client, offers):
    synonym("pappa", word_class=WordClass.FAMILY)
    factories.offer("Når pappa er syk", slug="pappa")

    assert found(client, "pappa") == {"pappa"}


def test_a_nynorsk_word_finds_the_bokmal_offer(client, offers):
    synonym("pårørandeskule", "pårørendeskole", WordClass.NYNORSK)
    synonym("avlasting", "avlastning", WordClass.NYNORSK)

    assert found(client, "pårørandeskule") == {"skole"}
    assert found(client, "avlasting") == {"avlastning"}


def test_an_english_phrase_finds_the_norwegian_offer(client, offers):
    synonym("respite care", "avlastning", WordClass.ENGLISH)
    synonym("dementia", "demens", WordClass.ENGLISH)

    assert found(client, "Respite care") == {"avlastning"}
    assert found(client, "dementia") == {"demens"}


def test_another_spelling_finds_the_offer(client, offers):
    synonym("parorendeskole", "pårørendeskole", WordClass.SPELLING)

    assert found(client, "parorendeskole") == {"skole"}


def test_only_family_and_filler_words_may_leave_the_terms_empty(db):
    SearchSynonym(words="mor", terms="", word_class=WordClass.FAMILY).full_clean()
    with pytest.raises(ValidationError) as refused:
        SearchSynonym(words="glemsk", terms=" , ", word_class=WordClass.EVERYDAY).full_clean()

    assert "terms" in refused.value.message_dict


def test_the_seeded_synonyms_have_every_word_class(reference_data):
    classes = set(SearchSynonym.objects.values_list("word_class", flat=True))

    assert classes == set(WordClass.values)
    assert SearchSynonym.objects.get(words="glemsk").term_list == ["demens", "hukommelse"]
    assert SearchSynonym.objects.get(words="far").word_class == WordClass.FAMILY


# ---- Typos, word forms and phrases ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("demes", "demens"),  # a letter missing
        ("demnes", "demens"),  # two letters swapped
        ("avlasning", "avlastning"),
        ("avlsatning", "avlastning"),
        ("hjerneslg", "skole"),
        ("pårørendeskol", "skole"),  # the start of a word
        ("skole", "skole"),  # the end of a compound word
        ("HJERNESLAG", "skole"),
    ],
)
def test_typos_word_starts_and_compound_ends_are_found(client, offers, typed, slug):
    assert found(client, typed) == {slug}


def test_a_short_word_is_not_corrected_into_another(client, offers):
    factories.offer("Bussreise for pårørende", slug="buss")

    assert found(client, "rus") == {"rus"}  # "rus" is not a typo of "bus"


def test_a_synonyms_phrase_must_stand_in_that_order(client, db):
    synonym("young carers", "barn som pårørende", WordClass.ENGLISH)
    factories.offer("Gruppe for barn som pårørende", slug="unge", summary="For unge.")
    factories.offer("Nettverk for pårørende til barn", slug="foreldre", summary="For foreldre.")

    assert found(client, "young carers") == {"unge"}


def test_an_apostrophe_does_not_split_a_word(client, offers):
    synonym("alzheimer", "demens")

    assert found(client, "Alzheimer's") == {"demens"}


# ---- A municipality named in the search box ----------------------------------------------------


@pytest.fixture
def places(asker, baerum):
    neutral = factories.provider("Frivilligsentralen", kind="voluntary")
    dementia = factories.diagnosis("Demens")

    def dementia_offer(slug, **where):
        return factories.offer(
            "Samtalegruppe om demens",
            slug=slug,
            summary="For pårørende.",
            provider=neutral,
            diagnoses=[dementia],
            **where,
        )

    dementia_offer("i-asker", municipalities=[asker])
    dementia_offer("i-baerum", municipalities=[baerum])
    dementia_offer("i-akershus", counties=[asker.county])
    dementia_offer("i-hele-landet", nationwide=True)
    dementia_offer("nevner-asker", municipalities=[baerum], description="Også for folk fra Asker.")


def test_a_municipality_in_the_search_finds_what_serves_it(client, places):
    expected = {"i-asker", "i-akershus", "i-hele-landet", "nevner-asker"}

    assert found(client, "asker demens") == expected
    assert found(client, "demens i Asker") == expected


def test_a_municipalitys_own_offers_come_first(client, places):
    html = client.get(URL, {"q": "asker demens"}).text
    order = re.findall(r'class="offer-card__title"><a href="/tilbud/([^/]+)/[?"]', html)

    # Serving Asker is worth as much as "Asker" in a description; then local before county
    # before national.
    assert order == ["i-asker", "nevner-asker", "i-akershus", "i-hele-landet"]


def test_a_municipality_is_read_without_norwegian_letters_too(client, places):
    assert "i-baerum" in found(client, "barum demens")
    assert "i-baerum" in found(client, "baerum demens")
    assert "i-asker" not in found(client, "barum demens")


def test_parse_names_the_municipality_it_read(asker):
    term = parse("Asker")

    assert [(t.typed, [p.municipality_id for p in t.places]) for t in term.terms] == [
        ("asker", [asker.pk])
    ]


def test_search_finds_the_same_through_the_queryset(offers):
    synonym("alzheimer", "demens")

    assert list(Offer.objects.search("alzheimers").values_list("slug", flat=True)) == ["demens"]


# Words from many scripts, with marks, digits, quotes and the search syntax of both databases.
search_words = st.text(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
        st.sampled_from(list("\"*:&|!()<->{}^_'’ ")),
    ),
    max_size=40,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(search_words, st.lists(search_words, max_size=6).map(" ".join)))
def test_any_text_is_a_search_on_either_database(offers, text):
    SearchSynonym.objects.get_or_create(words="alzheimer", defaults={"terms": "demens"})

    list(Offer.objects.search(text))  # no syntax of FTS5 or tsquery, no error


def test_a_word_close_to_a_family_word_still_narrows(client, offers):
    synonym("tante", word_class=WordClass.FAMILY)

    assert found(client, "avlastning tanke") == set()  # "tanke" is not a misspelt "tante"
