"""What carers type, and the demo offers it must find on /tilbud/?q=...

The demo data (load_demo_data) is loaded once for the module. Every query passes on both
PostgreSQL and SQLite: the search finds and ranks the same on both (offers.search).

The queries are written as carers type them: typos, everyday words for diagnoses and offer
kinds, family and filler words around them, nynorsk, English, two words, and the name of a
municipality typed into the search box (which finds what serves that municipality).
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection, transaction

# Marks every test as using the database, so that pytest-django sets up the test database
# even when this module runs alone; without it, demo_data loaded into the configured one.
pytestmark = pytest.mark.django_db

DEMENTIA = {
    "parorendeskole-demens-asker",
    "parorendeskole-demens-baerum",
    "parorendeskole-demens-trondheim",
    "parorendeskole-helg-yngre-personer-med-demens-baerum",
    "samtalegruppe-demens-asker",
    "samtalegruppe-demens-gjovik",
    "samtaler-demensteamet-asker",
    "veiledningssamtaler-demens-baerum",
    "samtaletelefon-demens-nasjonalforeningen",
}
CARER_SCHOOLS = {
    "parorendeskole-demens-asker",
    "parorendeskole-demens-baerum",
    "parorendeskole-demens-trondheim",
    "parorendeskole-helg-yngre-personer-med-demens-baerum",
}
DRUGS_AND_ALCOHOL = {
    "avlastning-psykisk-helse-og-rus-baerum",
    "kurs-parorende-psykisk-helse-og-rus-baerum",
    "radgivning-parorende-rus-asker",
    "parorendesamling-psykisk-helse-og-rus-asker",
    "likepersoner-parorende-psykisk-helse-lpp",
    "du-er-ikke-den-eneste-baerum-asker",
}
MENTAL_HEALTH = {
    "parorendeoppfolging-psykologtjenesten-asker",
    "avlastning-psykisk-helse-og-rus-baerum",
    "likepersoner-parorende-psykisk-helse-lpp",
    "stottesamtaler-barn-og-familier-baerum",
}
CHILDREN = {
    "du-er-ikke-den-eneste-baerum-asker",
    "stottesamtaler-barn-og-familier-baerum",
    "treffpunkt-barn-og-unge-asker-baerum",
    "samtale-barn-og-unge-parorende-sykehjem-gjovik",
}
RESPITE = {
    "avlastning-parorende-trondheim",
    "avlastning-psykisk-helse-og-rus-baerum",
    "fleksibel-avlastning-asker",
}
CANCER = {
    "veiledningssamtaler-kreft-baerum",
    "radgivning-kreft-telefon-og-chat-kreftforeningen",
    "treffpunkt-barn-og-unge-asker-baerum",
}
CONVERSATION_GROUPS = {
    "samtalegruppe-demens-asker",
    "samtalegruppe-demens-gjovik",
    "samtalegruppe-hjerneslag-trondheim",
    "samtalegruppe-unge-voksne-parorende-trondheim",
}
CAFES = {"parorendekafe-asker", "temakafe-asker-baerum"}
ASKER_DEMENTIA = {
    "parorendeskole-demens-asker",
    "samtalegruppe-demens-asker",
    "samtaler-demensteamet-asker",
}
ELSEWHERE_DEMENTIA = {"parorendeskole-demens-baerum", "parorendeskole-demens-trondheim"}
PHONE_AND_CHAT = {
    "samtaletelefon-demens-nasjonalforeningen",
    "radgivning-kreft-telefon-og-chat-kreftforeningen",
}
MAMMA_OR_PAPPA = {
    "du-er-ikke-den-eneste-baerum-asker",
    "stottesamtaler-barn-og-familier-baerum",
    "samtale-barn-og-unge-parorende-sykehjem-gjovik",
    "treffpunkt-barn-og-unge-asker-baerum",
}

# (what the carer types, offers it must find, offers it must not find)
CASES = [
    ("alzheimer", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("Alzheimers", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("alzeimer", DEMENTIA, {"veiledningssamtaler-kreft-baerum"}),  # a misspelt synonym
    ("demens", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("demente", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("demense", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("pårørendeskolen", CARER_SCHOOLS, {"samtalegruppe-demens-asker"}),
    ("pårørendeskol", CARER_SCHOOLS, {"samtalegruppe-demens-asker", "fleksibel-avlastning-asker"}),
    ("PÅRØRENDESKOLE", CARER_SCHOOLS, {"samtalegruppe-demens-asker"}),
    ("parorendeskole", CARER_SCHOOLS, {"samtalegruppe-demens-asker"}),
    ("skole", CARER_SCHOOLS, {"samtalegruppe-demens-asker"}),
    ("rusavhengig", DRUGS_AND_ALCOHOL, {"parorendeskole-demens-asker"}),
    ("rusavhengighet", DRUGS_AND_ALCOHOL, {"parorendeskole-demens-asker"}),
    ("alkohol", DRUGS_AND_ALCOHOL, {"samtalegruppe-demens-gjovik"}),
    ("psykiatri", MENTAL_HEALTH, {"samtalegruppe-demens-asker"}),
    ("psykisk syk", MENTAL_HEALTH, {"samtalegruppe-demens-asker"}),
    ("depresjon", MENTAL_HEALTH, {"parorendeskole-demens-trondheim"}),
    ("barn", CHILDREN, {"samtalegruppe-hjerneslag-trondheim"}),
    ("barn som pårørende", CHILDREN, {"samtalegruppe-hjerneslag-trondheim"}),
    ("avlastning", RESPITE, {"samtalegruppe-hjerneslag-trondheim"}),
    ("pusterom", RESPITE, {"samtalegruppe-hjerneslag-trondheim"}),
    ("avlasning", RESPITE, {"chat"}),
    ("kreft", CANCER, {"parorendeskole-demens-asker"}),
    ("kreftsyk", CANCER, {"parorendeskole-demens-asker"}),
    ("hjerneslag", {"samtalegruppe-hjerneslag-trondheim"}, {"samtalegruppe-demens-asker"}),
    ("slag", {"samtalegruppe-hjerneslag-trondheim"}, {"samtalegruppe-demens-asker"}),
    (
        "utviklingshemmet",
        {"nettverk-parorende-utviklingshemming-baerum"},
        {"samtalegruppe-demens-asker"},
    ),
    (
        "samtalegruppe demens",
        {"samtalegruppe-demens-asker", "samtalegruppe-demens-gjovik"},
        {
            "parorendeskole-demens-asker",
            "samtalegruppe-hjerneslag-trondheim",
        },
    ),
    ("samtalegrupe", CONVERSATION_GROUPS, {"parorendeskole-demens-asker"}),
    ("kafé", CAFES, {"parorendekafe-gjovik"}),  # Gjøvik's café is a draft
    ("kafe", CAFES, {"parorendekafe-gjovik"}),
    ("temakveld", {"temakvelder-parorende-asker"}, {"samtalegruppe-demens-asker"}),
    (
        "telefon",
        {
            "samtaletelefon-demens-nasjonalforeningen",
            "radgivning-kreft-telefon-og-chat-kreftforeningen",
        },
        {"samtalegruppe-demens-asker"},
    ),
    ("chat", {"radgivning-kreft-telefon-og-chat-kreftforeningen"}, {"parorendekafe-asker"}),
    (
        "likeperson",
        {"likepersoner-parorende-psykisk-helse-lpp"},
        {"avlastning-parorende-trondheim"},
    ),
    ("koordinator", {"parorendekoordinator-asker"}, {"samtalegruppe-hjerneslag-trondheim"}),
    (
        "unge voksne",
        {"samtalegruppe-unge-voksne-parorende-trondheim"},
        {"parorendeskole-demens-asker"},
    ),
    (
        "yngre personer med demens",
        {"parorendeskole-helg-yngre-personer-med-demens-baerum"},
        {"parorendeskole-demens-asker"},
    ),
    (
        "BÆRUM",
        {"parorendeskole-demens-baerum", "temakafe-asker-baerum"},
        {"parorendeskole-demens-trondheim"},
    ),
    ("demensforeningen", {"samtalegruppe-demens-gjovik"}, {"radgivning-parorende-rus-asker"}),
    (
        "sykehjem",
        {"samtale-barn-og-unge-parorende-sykehjem-gjovik"},
        {"fleksibel-avlastning-asker"},
    ),
    ("rus asker", {"radgivning-parorende-rus-asker"}, {"avlastning-psykisk-helse-og-rus-baerum"}),
    ("workshop", set(), {"workshop-parorendes-behov-gjovik"}),  # it has ended
    # Typos: a letter missing, one too many, two swapped, in a word or in a synonym.
    ("demes", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("demnes", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("avlsatning", RESPITE, {"samtalegruppe-demens-asker"}),
    ("hjerneslg", {"samtalegruppe-hjerneslag-trondheim"}, {"samtalegruppe-demens-asker"}),
    ("hukomelse", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("pårørndeskole", CARER_SCHOOLS, {"samtalegruppe-demens-asker"}),
    ("psykisk hesle", MENTAL_HEALTH, {"parorendeskole-demens-asker"}),
    ("kreff", CANCER, {"parorendeskole-demens-asker"}),
    ("utviklingshemning", {"nettverk-parorende-utviklingshemming-baerum"}, DEMENTIA),
    # Everyday words, and the family and filler words around them that must not narrow.
    ("hukommelse", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("hukommelsestap", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("glemsk far", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("mamma har demens", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("rusavhengig sønn", DRUGS_AND_ALCOHOL, {"parorendeskole-demens-asker"}),
    ("pappa drikker", DRUGS_AND_ALCOHOL, {"samtalegruppe-demens-gjovik"}),
    ("drikker for mye", DRUGS_AND_ALCOHOL, {"samtalegruppe-demens-gjovik"}),
    ("psykisk syk far", MENTAL_HEALTH, {"samtalegruppe-demens-asker"}),
    ("deprimert mor", MENTAL_HEALTH, {"parorendeskole-demens-trondheim"}),
    ("hjelp til kona som har kreft", CANCER, {"parorendeskole-demens-asker"}),
    ("støttegruppe", CONVERSATION_GROUPS, {"parorendeskole-demens-asker"}),
    ("likemann", {"likepersoner-parorende-psykisk-helse-lpp"}, {"avlastning-parorende-trondheim"}),
    ("mamma", MAMMA_OR_PAPPA, {"parorendeskole-demens-asker"}),  # only a family word: it counts
    # Nynorsk.
    ("pårørandeskule", CARER_SCHOOLS, {"samtalegruppe-demens-asker"}),
    ("avlasting", RESPITE, {"samtalegruppe-hjerneslag-trondheim"}),
    ("psykisk sjuk", MENTAL_HEALTH, {"samtalegruppe-demens-asker"}),
    ("kreftsjuk", CANCER, {"parorendeskole-demens-asker"}),
    (
        "sjukeheim",
        {"samtale-barn-og-unge-parorende-sykehjem-gjovik"},
        {"fleksibel-avlastning-asker"},
    ),
    (
        "rettleiing demens",
        {"veiledningssamtaler-demens-baerum"},
        {"veiledningssamtaler-kreft-baerum"},
    ),
    # English.
    ("dementia", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("Alzheimer's", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    ("respite", RESPITE, {"samtalegruppe-hjerneslag-trondheim"}),
    ("young carers", CHILDREN, {"nettverk-parorende-utviklingshemming-baerum"}),
    ("carer school", CARER_SCHOOLS, {"samtalegruppe-demens-asker"}),
    ("support group", CONVERSATION_GROUPS, {"parorendeskole-demens-asker"}),
    ("stroke", {"samtalegruppe-hjerneslag-trondheim"}, {"samtalegruppe-demens-asker"}),
    ("mental health", MENTAL_HEALTH, {"samtalegruppe-demens-asker"}),
    ("addiction", DRUGS_AND_ALCOHOL, {"parorendeskole-demens-asker"}),
    ("support for carers of people with dementia", DEMENTIA, {"radgivning-parorende-rus-asker"}),
    # Two words.
    ("kurs demens", CARER_SCHOOLS, {"samtalegruppe-hjerneslag-trondheim", "parorendekafe-asker"}),
    ("demens telefon", {"samtaletelefon-demens-nasjonalforeningen"}, {"parorendekafe-asker"}),
    ("ringe noen", PHONE_AND_CHAT, {"samtalegruppe-demens-gjovik"}),
    ("kreft chat", {"radgivning-kreft-telefon-og-chat-kreftforeningen"}, {"temakafe-asker-baerum"}),
    (
        "barn sykehjem",
        {"samtale-barn-og-unge-parorende-sykehjem-gjovik"},
        CHILDREN - {"samtale-barn-og-unge-parorende-sykehjem-gjovik"},
    ),
    # A municipality typed into the search box: what serves it (there, its county, the country).
    (
        "asker demens",
        ASKER_DEMENTIA | {"samtaletelefon-demens-nasjonalforeningen"},
        ELSEWHERE_DEMENTIA,
    ),
    ("demens i asker", ASKER_DEMENTIA, ELSEWHERE_DEMENTIA),
    (
        "trondheim samtalegruppe",
        {"samtalegruppe-hjerneslag-trondheim", "samtalegruppe-unge-voksne-parorende-trondheim"},
        {"samtalegruppe-demens-asker", "samtalegruppe-demens-gjovik"},
    ),
    (
        "gjøvik demens",
        {"samtalegruppe-demens-gjovik", "temadager-parorende-innlandet"},
        ASKER_DEMENTIA,
    ),
    (
        "barum avlastning",
        {"avlastning-psykisk-helse-og-rus-baerum"},
        {"fleksibel-avlastning-asker", "avlastning-parorende-trondheim"},
    ),
]


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo data, loaded once for the module and rolled back after it."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            call_command("load_demo_data", stdout=io.StringIO())
            yield
            transaction.set_rollback(True)
        # Opened outside any test's database fixture, so nothing else closes it; left open,
        # PostgreSQL refuses to drop the test database at the end ("accessed by other users").
        connection.close()


def found(client, query) -> set[str]:
    response = client.get("/tilbud/", {"q": query})
    assert response.status_code == 200
    return set(
        re.findall(r'class="offer-card__title"><a href="/tilbud/([^/]+)/[?"]', response.text)
    )


@pytest.mark.parametrize(("query", "must_find", "must_not_find"), CASES)
def test_carer_query_finds_the_offers_it_should(
    demo_data, client, settings, query, must_find, must_not_find
):
    settings.OFFERS_PER_PAGE = 100

    results = found(client, query)

    assert must_find <= results, f"{query!r} missed {sorted(must_find - results)}"
    assert not must_not_find & results, f"{query!r} found {sorted(must_not_find & results)}"


def test_there_are_at_least_sixty_carer_queries():
    assert len(CASES) >= 60


def ranked(client, query) -> list[str]:
    html = client.get("/tilbud/", {"q": query}).text
    return re.findall(r'class="offer-card__title"><a href="/tilbud/([^/]+)/[?"]', html)


def test_best_matches_come_first(demo_data, client):
    first = ranked(client, "avlastning")[:3]

    assert set(first) == RESPITE  # "avlastning" in the title before mentions in descriptions


def test_a_title_match_comes_first_and_local_before_national_within_it(demo_data, client):
    order = ranked(client, "demens")

    national = order.index("samtaletelefon-demens-nasjonalforeningen")
    assert set(order[:national]) == DEMENTIA - {"samtaletelefon-demens-nasjonalforeningen"}
    # Demens only in its description: after every title, however local.
    assert national < order.index("parorendeprogram-temamoter-gjovik")


def test_a_named_municipality_ranks_its_own_offers_first(demo_data, client):
    order = ranked(client, "asker demens")

    assert set(order[:3]) == ASKER_DEMENTIA
    assert order[3] == "samtaletelefon-demens-nasjonalforeningen"  # serves Asker too
