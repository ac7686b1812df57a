"""OfferReach: which municipalities each offer serves and how, kept current at save time, so
the lists find "offers serving X" in one indexed lookup and an edit shows on the next request."""

import io

import pytest
from django.core.management import call_command

from municipalities.models import Municipality
from offers.choices import Reach
from offers.models import OfferReach
from offers.reach import refresh_reach
from portal.signals import data_restored
from tests import factories
from tests.admin_forms import change_url, offer_form_data

LIST = "/tilbud/"


def reach_of(offer) -> dict[str, int]:
    rows = OfferReach.objects.filter(offer=offer).select_related("municipality")
    return {row.municipality.slug: row.how for row in rows}


def titles(response) -> list[str]:
    return [offer.title for offer in response.context["page"].object_list]


def test_one_named_municipality_is_own_several_are_shared(asker, baerum, trondheim):
    own = factories.offer("Egen", municipalities=[asker])
    shared = factories.offer("Asker og Bærum", municipalities=[asker, baerum])

    assert reach_of(own) == {"asker": Reach.OWN}
    assert reach_of(shared) == {"asker": Reach.SHARED, "baerum": Reach.SHARED}


def test_a_county_reaches_each_of_its_municipalities_and_the_country_all(asker, baerum, trondheim):
    county_wide = factories.offer("Hele Akershus", counties=[asker.county])
    national = factories.offer("Hele landet", nationwide=True)

    assert reach_of(county_wide) == {"asker": Reach.COUNTY, "baerum": Reach.COUNTY}
    assert reach_of(national) == {
        "asker": Reach.NATIONAL,
        "baerum": Reach.NATIONAL,
        "trondheim": Reach.NATIONAL,
    }


def test_a_municipality_served_in_several_ways_gets_the_most_local_once(asker, baerum):
    offer = factories.offer(
        "Alt på en gang", municipalities=[asker], counties=[asker.county], nationwide=True
    )

    assert reach_of(offer) == {"asker": Reach.OWN, "baerum": Reach.COUNTY}


def test_changing_an_offers_municipalities_counties_or_nationwide_changes_its_reach(
    asker, baerum, trondheim
):
    offer = factories.offer("Flytter", municipalities=[asker])

    offer.municipalities.add(baerum)
    assert reach_of(offer) == {"asker": Reach.SHARED, "baerum": Reach.SHARED}

    offer.municipalities.remove(asker)
    assert reach_of(offer) == {"baerum": Reach.OWN}

    offer.municipalities.clear()
    offer.counties.add(trondheim.county)
    assert reach_of(offer) == {"trondheim": Reach.COUNTY}

    offer.counties.clear()
    offer.nationwide = True
    offer.save()
    assert set(reach_of(offer)) == {"asker", "baerum", "trondheim"}

    offer.nationwide = False
    offer.save()
    assert reach_of(offer) == {}


def test_links_changed_from_the_municipalitys_side_change_the_reach(asker, baerum):
    first = factories.offer("Første", municipalities=[baerum])
    second = factories.offer("Andre")

    asker.offers.add(first, second)
    assert reach_of(first) == {"asker": Reach.SHARED, "baerum": Reach.SHARED}
    assert reach_of(second) == {"asker": Reach.OWN}

    asker.offers.clear()
    assert reach_of(first) == {"baerum": Reach.OWN}
    assert reach_of(second) == {}


def test_a_municipality_moving_county_takes_that_countys_offers(asker, trondheim):
    akershus_offer = factories.offer("Hele Akershus", counties=[asker.county])
    trondelag_offer = factories.offer("Hele Trøndelag", counties=[trondheim.county])

    asker.county = trondheim.county
    asker.save()

    assert "asker" not in reach_of(akershus_offer)
    assert reach_of(trondelag_offer) == {"asker": Reach.COUNTY, "trondheim": Reach.COUNTY}


def test_a_new_municipality_is_served_by_national_and_its_countys_offers(asker):
    county_wide = factories.offer("Hele Akershus", counties=[asker.county])
    national = factories.offer("Hele landet", nationwide=True)

    factories.municipality("Bærum", "3201", asker.county)

    assert reach_of(county_wide)["baerum"] == Reach.COUNTY
    assert reach_of(national)["baerum"] == Reach.NATIONAL


def test_reference_data_moving_a_municipality_moves_its_reach(reference_data):
    """load_reference_data saves Kartverket's county for a municipality that moved."""
    asker = Municipality.objects.get(slug="asker")
    akershus = asker.county
    akershus_offer = factories.offer("Hele Akershus", counties=[akershus])
    oslo = Municipality.objects.get(slug="oslo").county
    oslo_offer = factories.offer("Hele Oslo", counties=[oslo])
    Municipality.objects.filter(pk=asker.pk).update(county=oslo)  # as if it had moved
    refresh_reach(municipality_ids=[asker.pk])
    assert "asker" in reach_of(oslo_offer)

    call_command("load_reference_data", stdout=io.StringIO())

    assert reach_of(akershus_offer)["asker"] == Reach.COUNTY
    assert "asker" not in reach_of(oslo_offer)


def test_a_restore_rebuilds_every_row(asker, baerum):
    offer = factories.offer("Gjenopprettet", municipalities=[asker, baerum])
    OfferReach.objects.all().delete()

    data_restored.send(sender=None)

    assert reach_of(offer) == {"asker": Reach.SHARED, "baerum": Reach.SHARED}


def test_deleting_an_offer_or_a_municipality_deletes_its_rows(asker, baerum):
    offer = factories.offer("Borte", municipalities=[asker, baerum])
    factories.offer("Blir", municipalities=[asker])

    offer.delete()
    baerum.delete()

    assert list(OfferReach.objects.values_list("offer__title", "municipality__slug")) == [
        ("Blir", "asker")
    ]


def test_best_by_type_says_how_each_municipality_gets_each_type_of_offer(asker, baerum):
    school = factories.offer_type("Pårørendeskole")
    group = factories.offer_type("Samtalegruppe")
    factories.offer("Skole", offer_type=school, municipalities=[asker, baerum])
    factories.offer("Gruppe", offer_type=group, counties=[asker.county])
    factories.offer("Egen gruppe", offer_type=group, municipalities=[asker])
    factories.offer("Utkast", offer_type=school, municipalities=[baerum], is_published=False)

    best = OfferReach.objects.of_public_offers().best_by_type()

    assert best == {
        (asker.pk, school.pk): Reach.SHARED,
        (baerum.pk, school.pk): Reach.SHARED,
        (asker.pk, group.pk): Reach.OWN,
        (baerum.pk, group.pk): Reach.COUNTY,
    }


@pytest.mark.parametrize("cached_first", [True, False])
def test_an_admin_edit_of_where_an_offer_applies_is_in_the_list_at_once(
    client, national_editor, asker, baerum, trondheim, cached_first
):
    offer = factories.offer("Flyttes i admin", owner=asker, municipalities=[asker])
    if cached_first:  # the lists as carers saw them before the edit, in the page cache
        assert titles(client.get(LIST, {"kommune": "asker"})) == ["Flyttes i admin"]
        assert titles(client.get(LIST, {"kommune": "trondheim"})) == []

    client.force_login(national_editor)
    response = client.post(
        change_url(offer),
        offer_form_data(offer, municipalities=[trondheim.pk], counties=[baerum.county_id]),
    )
    assert response.status_code == 302
    client.logout()

    assert titles(client.get(LIST, {"kommune": "trondheim"})) == ["Flyttes i admin"]
    assert titles(client.get(LIST, {"kommune": "baerum"})) == ["Flyttes i admin"]
    assert titles(client.get(LIST, {"kommune": "asker"})) == ["Flyttes i admin"]  # Akershus
    html = client.get("/kommuner/trondheim/").content.decode()
    assert "Flyttes i admin" in html

    offer.refresh_from_db()
    client.force_login(national_editor)
    client.post(change_url(offer), offer_form_data(offer, municipalities=[baerum.pk], counties=[]))
    client.logout()

    assert titles(client.get(LIST, {"kommune": "asker"})) == []
    assert titles(client.get(LIST, {"kommune": "trondheim"})) == []
    assert titles(client.get(LIST, {"kommune": "baerum"})) == ["Flyttes i admin"]
