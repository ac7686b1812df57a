"""Structural rules live in the database, so no form or script can break them."""

import pytest
from django.db import IntegrityError, transaction

from offers.models import AgeGroup
from tests import factories


def assert_refused(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_age_ranges_cannot_run_backwards(db):
    assert_refused(lambda: factories.offer(carer_age_min=18, carer_age_max=6))
    assert_refused(lambda: factories.offer(patient_age_min=65, patient_age_max=30))
    assert_refused(lambda: AgeGroup.objects.create(name="Feil", slug="feil", min_age=9, max_age=3))
    factories.offer(carer_age_min=6, carer_age_max=6)  # a one-year range is fine


def test_a_price_is_required_unless_the_offer_is_free(db):
    assert_refused(lambda: factories.offer(is_free=False, price=""))
    factories.offer(is_free=False, price="200 kr")


def test_registration_must_say_how_when_required(db):
    assert_refused(lambda: factories.offer(registration_required=True))
    factories.offer(registration_required=True, registration_info="Ring oss")
    factories.offer(registration_required=True, signup_url="https://pamelding.example/")


def test_slugs_are_unique(db):
    factories.offer(slug="samme")
    assert_refused(lambda: factories.offer(slug="samme"))


def test_a_contact_needs_a_phone_or_an_email(db):
    assert_refused(lambda: factories.contact(phone="", email=""))
    factories.contact(phone="", email="post@kommune.example")


def test_a_way_in_belongs_to_a_municipality(asker):
    assert_refused(lambda: factories.contact(is_way_in=True, municipality=None))
    factories.contact(is_way_in=True, municipality=asker)
