"""An ended offer's old links (its page, the short address under a sheet's QR code): 410
Gone, when it ended, and current offers of the same type where it was. Drafts stay unknown."""

import datetime
import importlib

import pytest
from django.apps import apps as django_apps
from django.utils import timezone

from offers.models import Offer
from tests import factories


@pytest.fixture
def group_type(db):
    return factories.offer_type("Samtalegruppe")


@pytest.fixture
def ended(asker, group_type):
    offer = factories.offer(
        "Samtalegruppe for pårørende i Asker",
        slug="samtalegruppe-asker",
        offer_type=group_type,
        provider=factories.provider("Asker kommune"),
        municipalities=[asker],
        status="ended",
    )
    Offer.objects.filter(pk=offer.pk).update(ended_on=datetime.date(2026, 3, 12))
    return Offer.objects.get(pk=offer.pk)


def test_ended_offer_page_is_gone_and_says_when_it_ended(client, ended):
    response = client.get("/tilbud/samtalegruppe-asker/")

    html = response.content.decode()
    assert response.status_code == 410
    assert "<h1>Tilbudet er avsluttet</h1>" in html
    assert (
        "«Samtalegruppe for pårørende i Asker» fra Asker kommune ble avsluttet 12. mars 2026."
        in html
    )
    assert 'name="robots" content="noindex"' in html


def test_short_address_of_an_ended_offer_is_gone_too(client, ended):
    response = client.get(f"/t/{ended.pk}/")

    assert response.status_code == 410
    assert "ble avsluttet 12. mars 2026" in response.content.decode()


def test_ended_offer_shows_current_offers_of_its_type_serving_its_municipality(
    client, ended, asker, baerum, akershus, group_type
):
    factories.offer("Gruppe i Asker", municipalities=[asker], offer_type=group_type)
    factories.offer("Gruppe i hele Akershus", counties=[akershus], offer_type=group_type)
    factories.offer("Gruppe for hele landet", nationwide=True, offer_type=group_type)
    factories.offer("Gruppe i Bærum", municipalities=[baerum], offer_type=group_type)
    factories.offer("Kurs i Asker", municipalities=[asker], offer_type=factories.offer_type("Kurs"))
    factories.offer(
        "Utkast i Asker", municipalities=[asker], offer_type=group_type, is_published=False
    )
    factories.offer("Også avsluttet", municipalities=[asker], offer_type=group_type, status="ended")

    html = client.get("/tilbud/samtalegruppe-asker/").content.decode()

    for shown in ["Gruppe i Asker", "Gruppe i hele Akershus", "Gruppe for hele landet"]:
        assert shown in html
    for hidden in ["Gruppe i Bærum", "Kurs i Asker", "Utkast i Asker", "Også avsluttet"]:
        assert hidden not in html
    # Local first, as on the list.
    assert html.index("Gruppe i Asker") < html.index("Gruppe i hele Akershus")
    assert html.index("Gruppe i hele Akershus") < html.index("Gruppe for hele landet")
    assert 'href="/tilbud/?type=samtalegruppe&amp;kommune=asker"' in html


def test_ended_offer_shows_at_most_five_alternatives(client, ended, asker, group_type):
    for n in range(7):
        factories.offer(f"Alternativ {n}", municipalities=[asker], offer_type=group_type)

    html = client.get("/tilbud/samtalegruppe-asker/").content.decode()

    assert sum(f"Alternativ {n}" in html for n in range(7)) == 5


def test_ended_offer_without_alternatives_says_so(client, ended):
    html = client.get("/tilbud/samtalegruppe-asker/").content.decode()

    assert "Vi fant ingen andre tilbud av samme type der dette tilbudet var." in html


def test_ended_offer_page_query_count_is_fixed(
    client, ended, asker, group_type, django_assert_num_queries
):
    for n in range(5):
        factories.offer(f"Alternativ {n}", municipalities=[asker], offer_type=group_type)
    # The content version; the offer with its diagnoses, counties, municipalities, rounds,
    # sessions, partners and contacts; the alternatives with the places they list, public
    # contacts and rounds (no sessions: none has a round), and, once per content version, the
    # counties and municipalities the cards name; the footer's helplines.
    with django_assert_num_queries(15):
        response = client.get("/tilbud/samtalegruppe-asker/")
    assert response.status_code == 410


def test_short_address_query_count_is_fixed(
    client, ended, asker, group_type, django_assert_num_queries
):
    for n in range(5):
        factories.offer(f"Alternativ {n}", municipalities=[asker], offer_type=group_type)
    # Whether it is public; then the ended offer and the alternatives, each with the places
    # they list, public contacts and rounds; once per content version, the counties and
    # municipalities the cards name; the content version and the footer's helplines (a short
    # address is not a cached page).
    with django_assert_num_queries(15):
        assert client.get(f"/t/{ended.pk}/").status_code == 410


def test_ending_an_offer_records_the_day_and_running_again_forgets_it(asker, group_type):
    offer = factories.offer("Kafé", municipalities=[asker], offer_type=group_type)
    assert offer.ended_on is None

    offer.status = "ended"
    offer.save()
    assert Offer.objects.get(pk=offer.pk).ended_on == timezone.localdate()

    offer.status = "active"
    offer.save(update_fields=["status"])
    assert Offer.objects.get(pk=offer.pk).ended_on is None


def test_a_given_end_date_is_kept(asker, group_type):
    offer = factories.offer(
        "Kafé", status="ended", ended_on=datetime.date(2025, 6, 1), offer_type=group_type
    )

    assert Offer.objects.get(pk=offer.pk).ended_on == datetime.date(2025, 6, 1)


def test_a_nationwide_ended_offer_suggests_nationwide_ones(client, db, group_type, asker):
    gone = factories.offer("Nasjonal linje", nationwide=True, status="ended", offer_type=group_type)
    factories.offer("Ny nasjonal linje", nationwide=True, offer_type=group_type)
    factories.offer("Lokal gruppe", municipalities=[asker], offer_type=group_type)

    html = client.get(gone.get_absolute_url()).content.decode()

    assert "Ny nasjonal linje" in html
    assert "Lokal gruppe" not in html
    assert 'href="/tilbud/?type=samtalegruppe"' in html


def test_the_migration_dates_offers_that_ended_before_from_their_history(asker, group_type):
    migration = importlib.import_module("offers.migrations.0008_offer_translations")
    offer = factories.offer("Kafé", municipalities=[asker], offer_type=group_type)
    offer.status = "ended"
    offer.save()
    offer.title = "Kafé (avsluttet)"
    offer.save()
    # Its history: versions while it ran, the one where it ended, an edit after that.
    when = {
        "active": datetime.datetime(2024, 1, 2, 10, tzinfo=datetime.UTC),
        "ended": datetime.datetime(2025, 5, 2, 10, tzinfo=datetime.UTC),
        "Kafé (avsluttet)": datetime.datetime(2025, 9, 1, 10, tzinfo=datetime.UTC),
    }
    for record in offer.history.all():
        key = record.title if record.title in when else record.status
        offer.history.filter(pk=record.pk).update(history_date=when[key])
    Offer.objects.filter(pk=offer.pk).update(ended_on=None)

    migration.date_offers_ended(django_apps, None)

    assert Offer.objects.get(pk=offer.pk).ended_on == datetime.date(2025, 5, 2)
