"""Free-text search on /tilbud/: what it matches, how results say why, and that the search
columns follow every change an editor makes."""

import re

import pytest
from django.core.management import call_command
from django.db import connection

from offers.models import Offer, SearchSynonym
from offers.search import edit_distance, highlight, parse
from portal.signals import data_restored
from tests import factories

URL = "/tilbud/"


def found(response) -> list[str]:
    # A card's link carries the list's filters (?q=…), so the offer page leads back to them.
    return re.findall(r'class="offer-card__title"><a href="/tilbud/([^/]+)/[?"]', response.text)


def test_matched_words_are_marked_in_title_and_summary(client, db):
    factories.offer("Pårørendeskole om demens", slug="skole", summary="Seks kvelder om demens.")

    html = client.get(URL, {"q": "demens"}).text

    assert '<a href="/tilbud/skole/?q=demens">Pårørendeskole om <mark>demens</mark></a>' in html
    assert "Seks kvelder om <mark>demens</mark>." in html


def test_marking_escapes_the_text_first(client, db):
    factories.offer("<b>Kafé</b> & prat", slug="kafe", summary='Kom "innom" <script>x</script>')

    html = client.get(URL, {"q": "kafé innom"}).text

    assert "&lt;b&gt;<mark>Kafé</mark>&lt;/b&gt; &amp; prat" in html
    assert "<script>x</script>" not in html
    assert "&quot;<mark>innom</mark>&quot;" in html


def test_a_match_the_card_does_not_show_is_named(client, db):
    factories.offer(
        "Samtaler", slug="samtaler", summary="Prat med en fagperson.", description="Om hjerneslag."
    )

    html = client.get(URL, {"q": "hjerneslag"}).text

    assert found(client.get(URL, {"q": "hjerneslag"})) == ["samtaler"]
    assert '<p class="offer-card__matched">Treff i: beskrivelse</p>' in html


def test_no_marks_without_a_search(client, db):
    factories.offer("Demensskole")

    assert "<mark>" not in client.get(URL).text
    assert "Treff i" not in client.get(URL).text


def test_words_in_any_case_and_with_norwegian_letters_are_found(client, db):
    factories.offer("Støttegruppe på Ås", slug="as")

    assert found(client.get(URL, {"q": "STØTTEGRUPPE"})) == ["as"]
    assert found(client.get(URL, {"q": "ås"})) == ["as"]


def test_a_short_stem_is_not_found_inside_unrelated_words(client, db):
    factories.offer("Samtalegruppe om demens", slug="demens", summary="For pårørende.")
    factories.offer(
        "Pårørendemøter på bo- og omsorgssentrene",
        slug="moter",
        summary="Vi forteller om hverdagen for dem som bor her.",
    )

    # "demens" stems to "dem": in "pårørendemøter" and "dem", neither about dementia.
    assert found(client.get(URL, {"q": "demens"})) == ["demens"]


def test_every_word_must_match(client, db):
    factories.offer("Demens i Asker", slug="asker")
    factories.offer("Demens i Bærum", slug="baerum")

    assert found(client.get(URL, {"q": "demens bærum"})) == ["baerum"]


def test_search_combines_with_the_filters(client, asker, trondheim):
    factories.offer("Demensgruppe", slug="asker", municipalities=[asker])
    factories.offer("Demensgruppe", slug="trondheim", municipalities=[trondheim])

    assert found(client.get(URL, {"q": "demensgruppe", "kommune": "trondheim"})) == ["trondheim"]


def test_a_search_of_only_small_words_shows_every_offer(client, db):
    factories.offer("Tilbud A")
    factories.offer("Tilbud B")

    assert len(found(client.get(URL, {"q": "for og til"}))) == 2


def test_synonyms_expand_the_search(client, db):
    factories.offer("Samtalegruppe", slug="demens", diagnoses=[factories.diagnosis("Demens")])
    factories.offer("Kreftkafé", slug="kreft")
    SearchSynonym.objects.create(words="  Alzheimer ", terms="demens")

    assert SearchSynonym.objects.get().words == "alzheimer"
    assert found(client.get(URL, {"q": "alzheimers"})) == ["demens"]


def test_search_columns_follow_a_renamed_diagnosis_type_and_provider(db):
    diagnosis = factories.diagnosis("Demens")
    offer = factories.offer("Gruppe", diagnoses=[diagnosis])

    diagnosis.name = "Kognitiv svikt"
    diagnosis.save()
    offer.offer_type.name = "Treffpunkt"
    offer.offer_type.save()
    offer.provider.name = "Frivilligsentralen"
    offer.provider.save()

    # The index is searched rather than read: it is a tsvector or an FTS5 table by database.
    assert Offer.objects.search("kognitiv svikt").get() == offer
    assert Offer.objects.search("treffpunkt").get() == offer
    assert Offer.objects.search("frivilligsentralen").get() == offer
    assert Offer.objects.search("kognitiv").get() == offer
    assert not Offer.objects.search("demens").exists()


def test_only_saves_of_searched_fields_refresh_the_search_columns(db, monkeypatch):
    from offers import signals

    offer = factories.offer("Samtalegruppe")
    refreshed = []
    monkeypatch.setattr(signals, "refresh_search_index", refreshed.append)

    offer.save(update_fields=["confirmed_on"])  # as confirming does
    assert refreshed == []
    offer.title = "Pårørendekafé"
    offer.save(update_fields=["title"])
    offer.save()
    assert len(refreshed) == 2


def test_search_columns_follow_the_offers_diagnoses_both_ways(db):
    cancer = factories.diagnosis("Kreft")
    offer = factories.offer("Gruppe")

    offer.diagnoses.add(cancer)
    assert Offer.objects.search("kreft").count() == 1

    cancer.offers.clear()
    assert Offer.objects.search("kreft").count() == 0

    cancer.offers.add(offer)
    assert Offer.objects.search("kreft").count() == 1

    cancer.delete()
    assert Offer.objects.search("kreft").count() == 0


@pytest.mark.parametrize("matching", [1, 30])
def test_search_page_query_count_does_not_grow_with_the_results(
    client, asker, django_assert_num_queries, matching
):
    for n in range(matching):
        offer = factories.offer(f"Demensgruppe {n}", municipalities=[asker])
        factories.round_of(offer, 10, 17)
    client.get(URL, {"q": "kafé"})  # the pickers' choices and the search's lexicon are cached
    client.get(URL)  # and the places the cards name

    # The content version; count and page; the page's rows, public contacts, upcoming rounds
    # and their sessions, the places they list, and (for «Treff i») their diagnoses.
    # Corrections, synonyms and municipality names come from the cached lexicon, on both
    # databases.
    with django_assert_num_queries(8):
        response = client.get(URL, {"q": "demensgruppe"})

    assert f"{matching} tilbud" in response.text


def test_list_pages_far_apart_are_elided(client, db, settings):
    settings.OFFERS_PER_PAGE = 1
    for n in range(30):
        factories.offer(f"Tilbud {n:02}")

    html = client.get(URL, {"side": "15"}).text

    assert '<span class="pagination__gap">…</span>' in html
    assert html.count('class="pagination__gap"') == 2
    assert '<span aria-current="page">15</span>' in html


def test_parse_reads_synonym_phrases_and_drops_small_words(db):
    SearchSynonym.objects.create(words="psykisk syk", terms="psykisk helse")

    parsed = parse("Kurs for psykisk syke")

    assert [(t.typed, t.alternatives) for t in parsed.terms] == [
        ("kurs", ()),
        ("psykisk syke", ("psykisk helse",)),
    ]


def test_highlight_without_a_search_only_escapes():
    assert highlight("<i>Kafé</i>", None) == "&lt;i&gt;Kafé&lt;/i&gt;"


def test_edit_distance():
    assert edit_distance("demense", "demens") == 1
    assert edit_distance("avlasning", "avlastning") == 1
    assert edit_distance("pårørendeskol", "pårørende") == 4


def test_a_title_match_beats_a_description_match(client, db):
    factories.offer("Aaa kafé", slug="beskrivelse", description="Vi snakker om avlastning.")
    factories.offer("Zzz avlastning", slug="tittel")

    assert found(client.get(URL, {"q": "avlastning"})) == ["tittel", "beskrivelse"]


def test_a_type_match_beats_a_description_match(client, db):
    respite = factories.offer_type("Avlastning")
    factories.offer("Aaa kafé", slug="beskrivelse", description="Vi snakker om avlastning.")
    factories.offer("Zzz helgetilbud", slug="type", offer_type=respite)

    assert found(client.get(URL, {"q": "avlastning"})) == ["type", "beskrivelse"]


def test_equal_matches_come_local_then_county_then_national(client, asker):
    factories.offer("Demensgruppe A", slug="nasjonal", nationwide=True)
    factories.offer("Demensgruppe B", slug="fylke", counties=[asker.county])
    factories.offer("Demensgruppe C", slug="lokal", municipalities=[asker])

    assert found(client.get(URL, {"q": "demensgruppe"})) == ["lokal", "fylke", "nasjonal"]


def test_every_term_counts_towards_the_ranking(client, db):
    factories.offer("Samtalegruppe", slug="en", description="Om demens.", summary="Kort.")
    factories.offer("Samtalegruppe om demens", slug="to", summary="Kort.")

    assert found(client.get(URL, {"q": "samtalegruppe demens"})) == ["to", "en"]


def test_search_combines_with_every_filter(client, asker, trondheim):
    dementia, young = factories.diagnosis("Demens"), factories.age_group("Ungdom", 13, 17)
    school = factories.offer_type("Pårørendeskole")
    wanted = factories.offer(
        "Kurs om demens",
        slug="riktig",
        municipalities=[asker],
        diagnoses=[dementia],
        offer_type=school,
        carer_age_min=13,
        carer_age_max=17,
        patient_age_min=13,
    )
    factories.offer("Kurs om demens", slug="trondheim", municipalities=[trondheim])
    factories.offer("Kurs om demens", slug="voksne", municipalities=[asker], carer_age_min=30)

    response = client.get(
        URL,
        {
            "q": "kurs demens",
            "kommune": "asker",
            "diagnose": "demens",
            "type": school.slug,
            "aldersgruppe": young.slug,
            "pasientalder": young.slug,
        },
    )

    assert found(response) == [wanted.slug]


def test_a_deleted_offer_leaves_the_search_index(db):
    kept = factories.offer("Demensgruppe")
    gone = factories.offer("Demensgruppe")
    ids = [kept.pk, gone.pk]

    gone.delete()

    assert list(Offer.objects.search("demensgruppe")) == [kept]
    if connection.vendor == "sqlite":  # PostgreSQL's vector goes with the row itself
        with connection.cursor() as cursor:
            cursor.execute("SELECT rowid FROM offers_search_index WHERE rowid IN (%s, %s)", ids)
            assert [row[0] for row in cursor.fetchall()] == [kept.pk]


@pytest.mark.django_db(transaction=True)
def test_a_flush_leaves_no_offer_in_the_search_index():
    factories.offer("Demensgruppe")

    call_command("flush", interactive=False, verbosity=0)

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM offers_search_index")
            assert cursor.fetchone() == (0,)
    assert not Offer.objects.search("demensgruppe").exists()


def test_a_restore_rebuilds_the_search_index(db):
    offer = factories.offer("Demensgruppe")
    with connection.cursor() as cursor:  # as a backup from another database leaves it
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM offers_search_index")
        else:
            cursor.execute("UPDATE offers_offer SET search_vector = NULL")
    assert not Offer.objects.search("demensgruppe").exists()

    data_restored.send(sender=None)

    assert list(Offer.objects.search("demensgruppe")) == [offer]
