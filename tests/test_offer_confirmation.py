"""Confirming an offer is true: a button and a bulk action, not a save. Offers whose
confirmation is older than PORTAL_CONFIRM_WITHIN_MONTHS are flagged for coordinators and
carry a gentle note for carers."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from offers.confirmation import months_before
from offers.models import Offer
from tests import factories
from tests.admin_forms import change_url, offer_form_data

TODAY = timezone.localdate()
STALE = months_before(TODAY, 12) - datetime.timedelta(days=1)
FRESH = months_before(TODAY, 12)


@pytest.fixture
def offer(asker):
    return factories.offer("Samtalegruppe", owner=asker, municipalities=[asker])


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2026-11-23", 12, "2025-11-23"),
        ("2026-03-31", 1, "2026-02-28"),
        ("2024-02-29", 12, "2023-02-28"),
        ("2026-01-15", 1, "2025-12-15"),
    ],
)
def test_months_before(day, months, expected):
    parse = datetime.date.fromisoformat
    assert months_before(parse(day), months) == parse(expected)


@pytest.mark.parametrize(
    ("fields", "needs_confirmation"),
    [
        ({"confirmed_on": None}, True),
        ({"confirmed_on": STALE}, True),
        ({"confirmed_on": FRESH}, False),
        ({"confirmed_on": TODAY}, False),
        ({"confirmed_on": None, "is_published": False}, False),
        ({"confirmed_on": None, "status": "ended"}, False),
    ],
    ids=["never", "stale", "on-the-day", "today", "draft", "ended"],
)
def test_queryset_and_property_agree_on_what_needs_confirming(db, fields, needs_confirmation):
    offer = factories.offer(**fields)

    assert offer.needs_confirmation is needs_confirmation
    assert Offer.objects.needing_confirmation().filter(pk=offer.pk).exists() is needs_confirmation


def test_the_period_is_a_setting(db, settings):
    settings.CONFIRM_WITHIN_MONTHS = 1
    offer = factories.offer(confirmed_on=TODAY - datetime.timedelta(days=40))

    assert offer.needs_confirmation
    assert Offer.objects.needing_confirmation().filter(pk=offer.pk).exists()


def test_the_button_records_today_and_who_without_counting_as_an_edit(
    coordinator_client, offer, asker_coordinator
):
    updated_at, version, versions = offer.updated_at, offer.version, offer.history.count()

    response = coordinator_client.post(change_url(offer), offer_form_data(offer, _confirm="1"))

    offer.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == change_url(offer)
    assert (offer.confirmed_on, offer.confirmed_by) == (TODAY, asker_coordinator)
    assert (offer.updated_at, offer.version) == (updated_at, version)
    assert offer.history.count() == versions + 1
    page = coordinator_client.get(response["Location"]).content.decode()
    assert "er bekreftet i dag" in page


def test_confirming_does_not_save_changes_typed_into_the_form(coordinator_client, offer):
    response = coordinator_client.post(
        change_url(offer), offer_form_data(offer, title="Skrevet inn, ikke lagret", _confirm="1")
    )

    offer.refresh_from_db()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Å bekrefte lagrer ikke endringer" in html
    assert 'value="Skrevet inn, ikke lagret"' in html
    assert offer.title == "Samtalegruppe"
    assert offer.confirmed_on is None


def test_line_endings_from_the_browser_do_not_count_as_changes(coordinator_client, asker):
    offer = factories.offer(owner=asker, description="Første avsnitt.\n\nAndre avsnitt.")

    response = coordinator_client.post(
        change_url(offer),
        offer_form_data(offer, description="Første avsnitt.\r\n\r\nAndre avsnitt.", _confirm="1"),
    )

    assert response.status_code == 302
    assert Offer.objects.get(pk=offer.pk).confirmed_on == TODAY


def test_saving_is_not_confirming(coordinator_client, offer):
    coordinator_client.post(change_url(offer), offer_form_data(offer, title="Ny tittel"))

    assert Offer.objects.get(pk=offer.pk).confirmed_on is None


def test_the_change_form_has_the_button_and_shows_the_last_confirmation(
    coordinator_client, asker, asker_coordinator
):
    offer = factories.offer(owner=asker, confirmed_on=STALE, confirmed_by=asker_coordinator)

    html = coordinator_client.get(change_url(offer)).content.decode()

    assert 'name="_confirm"' in html
    assert "Bekreft at tilbudet stemmer" in html
    assert "koordinator@asker.kommune.example" in html
    assert "Må bekreftes." in html


def test_the_list_flags_offers_that_need_confirming_and_filters_them(coordinator_client, asker):
    factories.offer("Gammel", owner=asker, confirmed_on=STALE)
    factories.offer("Fersk", owner=asker, confirmed_on=TODAY)
    url = reverse("admin:offers_offer_changelist")

    everything = coordinator_client.get(url)
    flagged = coordinator_client.get(url, {"ma_bekreftes": "ja"}).content.decode()

    rows = {o.title: o.needs_confirmation for o in everything.context["cl"].result_list}
    assert rows == {"Gammel": True, "Fersk": False}
    assert "Må bekreftes" in everything.content.decode()
    assert "Gammel" in flagged
    assert "Fersk" not in flagged


def test_the_start_page_lists_the_coordinators_offers_to_confirm(coordinator_client, asker, baerum):
    stale = factories.offer("Gammel i Asker", owner=asker, confirmed_on=STALE)
    factories.offer("Fersk i Asker", owner=asker, confirmed_on=TODAY)
    factories.offer("Gammel i Bærum", owner=baerum, confirmed_on=STALE)

    html = coordinator_client.get(reverse("admin:index")).content.decode()

    assert "Må bekreftes" in html
    assert f'href="{change_url(stale)}">Gammel i Asker</a>' in html
    assert "Fersk i Asker" not in html
    assert "Gammel i Bærum" not in html


def test_carers_get_a_gentle_note_when_the_confirmation_is_stale(client, db):
    stale = factories.offer("Gammel", confirmed_on=STALE)
    fresh = factories.offer("Fersk", confirmed_on=TODAY)
    note = "noe kan ha endret seg"

    assert note in client.get(stale.get_absolute_url()).content.decode()
    assert note not in client.get(fresh.get_absolute_url()).content.decode()


def test_a_never_confirmed_offer_says_so_to_carers(client, db):
    offer = factories.offer("Nytt")

    html = client.get(offer.get_absolute_url()).content.decode()

    assert "Kommunen har ikke bekreftet disse opplysningene ennå." in html
    assert "Det er en stund siden" not in html


def test_reverting_leaves_the_confirmation_as_it_stands(
    coordinator_client, offer, asker_coordinator
):
    first = offer.history.earliest("history_date")
    coordinator_client.post(change_url(offer), offer_form_data(offer, _confirm="1"))
    offer.refresh_from_db()
    url = reverse("admin:offers_offer_simple_history", args=[offer.pk, first.history_id])

    response = coordinator_client.post(url, offer_form_data(offer, title=first.title))

    offer.refresh_from_db()
    assert response.status_code == 302
    assert (offer.confirmed_on, offer.confirmed_by) == (TODAY, asker_coordinator)
