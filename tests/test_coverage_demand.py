"""Demand where supply is missing: the offer list's searches for a municipality that found
nothing are counted per week and choice, and nothing else of them is kept."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from coverage import demand
from coverage.models import UnmetSearch
from tests import factories


@pytest.fixture
def respite(db):
    return factories.offer_type("Avlastning")


def test_a_search_that_found_nothing_is_counted_without_its_words(client, asker, respite):
    factories.offer("Samtalegruppe i Asker", municipalities=[asker])

    response = client.get("/tilbud/?kommune=asker&type=avlastning&q=hemmeligordxyz")

    [counted] = UnmetSearch.objects.all()
    assert "0 tilbud" in response.content.decode()
    assert "Ordene du skrev og hvem du er, kommer ikke med." in response.content.decode()
    assert counted.municipality == asker
    assert counted.offer_type == "avlastning"
    assert counted.diagnosis == ""
    assert counted.with_text is True
    assert counted.count == 1
    year, week, _ = timezone.localdate().isocalendar()
    assert counted.week == f"{year}-W{week:02d}"  # the week, no finer time
    # The words are nowhere in the database.
    dump = io.StringIO()
    call_command("dumpdata", stdout=dump)
    assert "hemmeligordxyz" not in dump.getvalue()


def test_every_carer_who_finds_nothing_counts_even_when_the_page_was_cached(client, asker, respite):
    for _ in range(3):
        client.get("/tilbud/?kommune=asker&type=avlastning")

    assert UnmetSearch.objects.get().count == 3


def test_a_diagnosis_chosen_is_counted_and_found_offers_are_not(client, asker, respite):
    demens = factories.diagnosis("Demens")
    factories.offer("Avlastning i Asker", municipalities=[asker], offer_type=respite)

    client.get("/tilbud/?kommune=asker&type=avlastning")  # found one
    client.get("/tilbud/?kommune=asker&type=avlastning&diagnose=demens")  # none for demens

    [counted] = UnmetSearch.objects.all()
    assert (counted.offer_type, counted.diagnosis, counted.with_text) == (
        "avlastning",
        "demens",
        False,
    )
    assert demens.slug == "demens"


def test_searches_without_a_municipality_or_with_bad_values_are_not_counted(client, asker, respite):
    client.get("/tilbud/?type=avlastning&q=ingenting")  # nowhere in particular
    client.get("/tilbud/?kommune=atlantis&type=avlastning")  # not understood

    assert not UnmetSearch.objects.exists()


def test_one_address_cannot_inflate_the_counts(client, asker, respite, monkeypatch):
    monkeypatch.setattr(demand, "UNMET_SEARCHES_PER_ADDRESS", "2/d")

    for _ in range(5):
        client.get("/tilbud/?kommune=asker&type=avlastning")

    assert UnmetSearch.objects.get().count == 2
