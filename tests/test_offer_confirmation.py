"""Confirming an offer is true: a button and a bulk action, not a save. Offers whose
confirmation is older than PORTAL_CONFIRM_WITHIN_MONTHS are flagged for coordinators and
carry a gentle note for carers."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from offers.confirmation import months_before
from offers.models import Offer
from tests import factories
from tests.admin_forms import change_url, confirm_url, offer_form_data

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

    response = coordinator_client.post(confirm_url(offer), offer_form_data(offer, _confirm="1"))

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
        confirm_url(offer), offer_form_data(offer, title="Skrevet inn, ikke lagret", _confirm="1")
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
        confirm_url(offer),
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
    assert f'formaction="{confirm_url(offer)}"' in html
    assert 'name="_saveandconfirm"' in html
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
    assert f'href="{confirm_url(stale)}">Se over og bekreft</a>' in html
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
    coordinator_client.post(confirm_url(offer), offer_form_data(offer, _confirm="1"))
    offer.refresh_from_db()
    url = reverse("admin:offers_offer_simple_history", args=[offer.pk, first.history_id])

    response = coordinator_client.post(url, offer_form_data(offer, title=first.title))

    offer.refresh_from_db()
    assert response.status_code == 302
    assert (offer.confirmed_on, offer.confirmed_by) == (TODAY, asker_coordinator)


def test_save_and_confirm_saves_the_edit_and_then_confirms(
    coordinator_client, offer, asker_coordinator
):
    versions = offer.history.count()

    response = coordinator_client.post(
        change_url(offer), offer_form_data(offer, title="Rettet tittel", _saveandconfirm="1")
    )

    offer.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == change_url(offer)
    assert offer.title == "Rettet tittel"
    assert (offer.confirmed_on, offer.confirmed_by) == (TODAY, asker_coordinator)
    reasons = list(offer.history.order_by("-history_date")[:2].values_list("history_change_reason"))
    assert offer.history.count() == versions + 2  # the edit, then the confirmation
    assert reasons[0] == ("Bekreftet at tilbudet stemmer",)
    page = coordinator_client.get(response["Location"]).content.decode()
    assert "«Rettet tittel» er bekreftet i dag" in page


def test_the_confirm_page_shows_the_offer_and_confirms_it(coordinator_client, offer):
    page = coordinator_client.get(confirm_url(offer))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Samtalegruppe" in html
    assert "Aldri bekreftet." in html
    assert f'name="loaded_version" value="{offer.version}"' in html

    response = coordinator_client.post(confirm_url(offer), {"loaded_version": offer.version})

    assert response["Location"] == change_url(offer)
    assert Offer.objects.get(pk=offer.pk).confirmed_on == TODAY


def test_confirming_is_logged_in_the_admins_recent_actions(coordinator_client, offer):
    coordinator_client.post(confirm_url(offer), {"loaded_version": offer.version})

    entry = LogEntry.objects.get(object_id=str(offer.pk))
    assert entry.is_change()
    assert "sist bekreftet" in entry.get_change_message()


def test_a_confirm_page_loaded_before_an_edit_does_not_confirm(
    coordinator_client, offer, asker_coordinator
):
    loaded = offer.version
    coordinator_client.post(change_url(offer), offer_form_data(offer, title="Ny tittel"))

    response = coordinator_client.post(confirm_url(offer), {"loaded_version": loaded}, follow=True)

    assert "Endringene dine er ikke lagret" in response.content.decode()
    assert Offer.objects.get(pk=offer.pk).confirmed_on is None


@pytest.mark.parametrize("version", ["", "abc", None])
def test_a_confirm_without_a_loaded_version_is_a_bad_request(coordinator_client, offer, version):
    data = {} if version is None else {"loaded_version": version}

    response = coordinator_client.post(confirm_url(offer), data)

    assert response.status_code == 400
    assert Offer.objects.get(pk=offer.pk).confirmed_on is None


def test_another_municipalitys_offer_cannot_be_confirmed(coordinator_client, baerum):
    other = factories.offer("I Bærum", owner=baerum, municipalities=[baerum])

    for response in (
        coordinator_client.get(confirm_url(other)),
        coordinator_client.post(confirm_url(other), {"loaded_version": other.version}),
    ):
        assert response.status_code == 302  # to the admin's start page, as for any unknown id
        assert response["Location"] == reverse("admin:index")
    assert Offer.objects.get(pk=other.pk).confirmed_on is None


def test_a_carer_cannot_confirm(client, offer):
    response = client.post(confirm_url(offer), {"loaded_version": offer.version})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert Offer.objects.get(pk=offer.pk).confirmed_on is None
