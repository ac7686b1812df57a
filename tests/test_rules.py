"""The rules a carer relies on (DESIGN.md), at the level of the offer queryset."""

import pytest

from offers.models import Offer
from tests import factories


def public_titles(queryset):
    return set(queryset.values_list("title", flat=True))


@pytest.fixture
def dementia(db):
    return factories.diagnosis("Demens")


@pytest.fixture
def cancer(db):
    return factories.diagnosis("Kreft")


def test_diagnosis_independent_offer_matches_every_diagnosis(dementia, cancer, asker):
    factories.offer("For alle", diagnosis_independent=True, municipalities=[asker])
    factories.offer("Demensgruppe", diagnoses=[dementia], municipalities=[asker])
    factories.offer("Kreftkafé", diagnoses=[cancer], municipalities=[asker])

    assert public_titles(Offer.objects.for_diagnosis(dementia)) == {"For alle", "Demensgruppe"}
    assert public_titles(Offer.objects.for_diagnosis(cancer)) == {"For alle", "Kreftkafé"}


def test_offer_with_several_diagnoses_is_found_once_for_each(dementia, cancer):
    factories.offer("Samtaler", diagnoses=[dementia, cancer])

    assert list(Offer.objects.for_diagnosis(dementia).values_list("title", flat=True)) == [
        "Samtaler"
    ]


def test_offer_serves_listed_municipalities_only(asker, baerum, trondheim):
    factories.offer("Asker og Bærum", municipalities=[asker, baerum])

    assert public_titles(Offer.objects.serving(asker)) == {"Asker og Bærum"}
    assert public_titles(Offer.objects.serving(baerum)) == {"Asker og Bærum"}
    assert public_titles(Offer.objects.serving(trondheim)) == set()


def test_county_wide_offer_serves_every_municipality_in_the_county(asker, baerum, trondheim):
    factories.offer("Hele Akershus", counties=[asker.county])

    assert public_titles(Offer.objects.serving(asker)) == {"Hele Akershus"}
    assert public_titles(Offer.objects.serving(baerum)) == {"Hele Akershus"}
    assert public_titles(Offer.objects.serving(trondheim)) == set()


def test_nationwide_offer_serves_every_municipality(asker, trondheim):
    factories.offer("Nasjonal telefon", nationwide=True)

    assert public_titles(Offer.objects.serving(asker)) == {"Nasjonal telefon"}
    assert public_titles(Offer.objects.serving(trondheim)) == {"Nasjonal telefon"}


def test_offer_listed_and_county_wide_is_found_once(asker):
    factories.offer("Begge deler", municipalities=[asker], counties=[asker.county])

    assert Offer.objects.serving(asker).count() == 1


@pytest.mark.parametrize(
    ("offer_ages", "band", "matches"),
    [
        ((None, None), (0, 12), True),  # no age limit matches every band
        ((None, None), (67, None), True),
        ((6, 17), (0, 12), True),  # overlaps at the top of the band
        ((6, 17), (13, 17), True),
        ((6, 17), (18, 25), False),
        ((18, None), (67, None), True),  # open upper end
        ((18, None), (13, 17), False),
        ((None, 17), (13, 17), True),  # open lower end
        ((None, 17), (18, 25), False),
        ((25, 30), (18, 25), True),  # touching ends overlap
        ((26, 30), (18, 25), False),
        ((None, 64), (67, None), False),  # people under 65 are not 'eldre'
        ((None, 64), (26, 66), True),
    ],
)
def test_age_band_matches_offers_whose_range_overlaps_it(db, offer_ages, band, matches):
    carer_band = factories.age_group("Band", *band)
    offer = factories.offer(carer_age_min=offer_ages[0], carer_age_max=offer_ages[1])
    patient_offer = factories.offer(patient_age_min=offer_ages[0], patient_age_max=offer_ages[1])

    assert Offer.objects.for_carer_age(carer_band).filter(pk=offer.pk).exists() is matches
    assert Offer.objects.for_patient_age(carer_band).filter(pk=patient_offer.pk).exists() is matches


def test_carer_age_and_patient_age_are_filtered_separately(db):
    children = factories.age_group("Barn", 0, 12)
    young_carers = factories.offer("For barn", carer_age_min=6, carer_age_max=17)
    factories.offer("For eldre pasienter", carer_age_min=18, patient_age_min=0, patient_age_max=12)

    assert list(Offer.objects.for_carer_age(children)) == [young_carers]


def test_only_published_offers_that_have_not_ended_are_public(db):
    factories.offer("Aktivt")
    factories.offer("Prøveprosjekt", status="pilot")
    factories.offer("Pause", status="paused")
    factories.offer("Utkast", is_published=False)
    factories.offer("Avsluttet", status="ended")

    assert public_titles(Offer.objects.public()) == {"Aktivt", "Prøveprosjekt", "Pause"}


def test_local_offers_come_before_county_wide_and_nationwide_ones(asker):
    factories.offer("A nasjonalt", nationwide=True)
    factories.offer("B fylket", counties=[asker.county])
    factories.offer("C lokalt", municipalities=[asker])

    titles = [offer.title for offer in Offer.objects.serving(asker).local_first()]

    assert titles == ["C lokalt", "B fylket", "A nasjonalt"]
