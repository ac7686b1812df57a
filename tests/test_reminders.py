"""`manage.py send_reminders`: one digest per coordinator per period, only when something
waits, with one-click confirm links that are signed, expire and work only for their user and
offer; it drains the outbox. Publishing an offer confirms it."""

import datetime
import io
import re

import pytest
from django.core import signing
from django.core.management import call_command
from django.utils import timezone

from feedback import services
from feedback.models import ReminderDigest, ReportKind
from feedback.reminders import period_start, send_reminders
from offers.confirmation import CONFIRM_LINK_VALID, confirm_link
from offers.models import Offer
from portal import timers
from portal.models import OutgoingMail
from tests import factories
from tests.admin_forms import change_url, new_offer_data, offer_form_data

LONG_AGO = datetime.date(2020, 1, 1)


@pytest.fixture
def overdue(asker):
    return factories.offer(
        "Samtalegruppe for pårørende",
        slug="samtalegruppe",
        owner=asker,
        municipalities=[asker],
        confirmed_on=LONG_AGO,
    )


def run():
    call_command("send_reminders", stdout=io.StringIO())


def confirm_path(message, offer):
    text = message.get_body(("plain",)).get_content()
    return re.search(
        rf"http://127\.0\.0\.1:8000(/admin/offers/offer/{offer.pk}/bekreft/\S+)", text
    )[1]


def test_run_twice_in_a_period_sends_one_digest(
    overdue, asker_coordinator, baerum_coordinator, smtp_server
):
    run()
    run()

    assert [m["To"] for m in smtp_server.messages] == [asker_coordinator.email]  # Bærum: nothing
    digest = ReminderDigest.objects.get()
    assert (digest.user, digest.offers_to_confirm) == (asker_coordinator, 1)
    assert digest.period_start == period_start(timezone.localdate())
    message = smtp_server.messages[0]
    assert message["Subject"] == "Påminnelse: tilbud og tilbakemeldinger som venter på deg"
    text = message.get_body(("plain",)).get_content()
    assert "1 tilbud er ikke bekreftet de siste 12 månedene." in text
    assert "Samtalegruppe for pårørende (sist bekreftet 1. januar 2020)" in text
    assert "Bekreft at det stemmer" in message.get_body(("html",)).get_content()


def test_the_next_period_brings_a_new_digest(overdue, asker_coordinator):
    today = timezone.localdate()
    assert send_reminders(today) == 1
    assert send_reminders(today) == 0
    assert send_reminders(today + datetime.timedelta(days=7)) == 1
    assert ReminderDigest.objects.count() == 2
    send_reminders(today + datetime.timedelta(days=400))
    assert ReminderDigest.objects.count() == 1  # only this period's is kept after a year


def test_nothing_is_sent_when_nothing_waits(asker, asker_coordinator, smtp_server):
    factories.offer("Nylig bekreftet", owner=asker, confirmed_on=timezone.localdate())

    run()

    assert smtp_server.messages == []
    assert ReminderDigest.objects.count() == 0


def test_the_digest_lists_open_reports_and_courses_without_rounds(
    asker, asker_coordinator, smtp_server
):
    course = factories.offer(
        "Pårørendeskole",
        owner=asker,
        confirmed_on=timezone.localdate(),
        offer_type=factories.offer_type("Pårørendeskole", runs_in_rounds=True),
    )
    services.submit(kind=ReportKind.MISSING, municipality=asker, text="Savner avlastning.")
    OutgoingMail.objects.all().delete()  # the report's own notification

    run()

    [message] = smtp_server.messages
    text = message.get_body(("plain",)).get_content()
    assert "1 tilbakemelding fra pårørende er ikke ferdig behandlet:" in text
    assert "Savner et tilbud: Asker" in text
    assert "1 kurs har ingen kommende kursrunde." in text
    assert f"/admin/offers/offer/{course.pk}/change/" in text


def test_national_editors_hear_of_national_offers_and_municipalities_without_coordinators(
    baerum, national_editor, asker_coordinator, smtp_server
):
    factories.offer("Pårørendelinjen", nationwide=True, confirmed_on=LONG_AGO)
    services.submit(kind=ReportKind.MISSING, municipality=baerum, text="Savner kurs.")
    OutgoingMail.objects.all().delete()

    run()

    [message] = smtp_server.messages
    assert message["To"] == national_editor.email
    text = message.get_body(("plain",)).get_content()
    assert "Pårørendelinjen" in text
    assert "Savner et tilbud: Bærum" in text


def test_the_confirm_link_confirms_the_offer_after_login(
    client, overdue, asker_coordinator, smtp_server
):
    run()
    path = confirm_path(smtp_server.messages[0], overdue)

    login = client.get(path)
    assert login.status_code == 302
    assert login["Location"].startswith("/admin/login/")
    client.force_login(asker_coordinator)
    response = client.get(path, follow=True)

    overdue.refresh_from_db()
    assert overdue.confirmed_on == timezone.localdate()
    assert overdue.confirmed_by == asker_coordinator
    assert "er bekreftet i dag" in response.content.decode()


def test_a_confirm_link_with_a_wrong_signature_confirms_nothing(client, overdue, asker_coordinator):
    client.force_login(asker_coordinator)
    token = confirm_link(overdue, asker_coordinator).split("lenke=")[1]

    response = client.get(f"/admin/offers/offer/{overdue.pk}/bekreft/", {"lenke": token + "x"})

    overdue.refresh_from_db()
    assert overdue.confirmed_on == LONG_AGO
    assert response.status_code == 200
    assert "Lenken i e-posten er for gammel" in response.content.decode()
    assert "Bekreft at tilbudet stemmer" in response.content.decode()  # the button is there


def test_an_expired_confirm_link_confirms_nothing(client, overdue, asker_coordinator, monkeypatch):
    client.force_login(asker_coordinator)
    link = confirm_link(overdue, asker_coordinator)
    later = timezone.now().timestamp() + CONFIRM_LINK_VALID.total_seconds() + 60
    monkeypatch.setattr(signing.time, "time", lambda: later)

    client.get(link.removeprefix("http://127.0.0.1:8000"))

    overdue.refresh_from_db()
    assert overdue.confirmed_on == LONG_AGO


def test_a_confirm_link_works_only_for_its_user_and_offer(
    client, overdue, asker, asker_coordinator, baerum, baerum_coordinator
):
    colleague = factories.coordinator("kollega@asker.kommune.example", asker)
    other = factories.offer("Annet", owner=asker, confirmed_on=LONG_AGO)
    baerum_offer = factories.offer("Bærums", owner=baerum, confirmed_on=LONG_AGO)
    token = confirm_link(overdue, asker_coordinator).split("lenke=")[1]

    client.force_login(colleague)  # another user with the same link
    client.get(f"/admin/offers/offer/{overdue.pk}/bekreft/", {"lenke": token})
    client.get(f"/admin/offers/offer/{other.pk}/bekreft/", {"lenke": token})  # another offer
    client.force_login(baerum_coordinator)  # another municipality's offer, its own link
    own_link = confirm_link(baerum_offer, baerum_coordinator).split("lenke=")[1]
    client.force_login(asker_coordinator)
    refused = client.get(f"/admin/offers/offer/{baerum_offer.pk}/bekreft/", {"lenke": own_link})

    assert refused.status_code == 302  # not theirs: "does not exist"
    confirmed = Offer.objects.filter(confirmed_on=timezone.localdate())
    assert list(confirmed) == []


def test_send_reminders_drains_the_outbox(asker, asker_coordinator, smtp_server):
    services.submit(kind=ReportKind.MISSING, municipality=asker, text="Savner en kafé.")
    ReminderDigest.objects.create(
        user=asker_coordinator, period_start=period_start(timezone.localdate())
    )

    run()

    assert [m["Subject"] for m in smtp_server.messages] == ["Savner et tilbud i Asker"]
    assert OutgoingMail.objects.filter(sent_at__isnull=True).count() == 0


@pytest.mark.django_db
def test_an_overdue_asker_demo_offer_is_in_askers_digest(smtp_server):
    call_command("load_demo_data", stdout=io.StringIO())
    asker_coordinator = factories.coordinator(
        "koordinator@asker.kommune.example", factories.municipality("Asker", "3203")
    )

    run()

    [message] = [m for m in smtp_server.messages if m["To"] == asker_coordinator.email]
    text = message.get_body(("plain",)).get_content()
    assert "Opplæring for pårørende i hverdagsrehabilitering" in text
    assert "/admin/offers/offer/" in text
    assert "/bekreft/?lenke=" in text
    assert "Pårørendekafé" in text  # the demo's open report


# Publishing confirms


def test_publishing_a_new_offer_records_it_confirmed_by_its_author_today(
    persona_client, asker, asker_coordinator
):
    client = persona_client("asker_coordinator")
    data = new_offer_data(
        owner=asker,
        provider=factories.provider(),
        offer_type=factories.offer_type(),
        title="Ny samtalegruppe",
        is_published="on",
    )

    response = client.post("/admin/offers/offer/add/", data)

    assert response.status_code == 302
    offer = Offer.objects.get(title="Ny samtalegruppe")
    assert (offer.confirmed_on, offer.confirmed_by) == (timezone.localdate(), asker_coordinator)
    html = persona_client("anonymous").get(offer.get_absolute_url()).content.decode()
    assert "Kommunen har ikke bekreftet" not in html


def test_a_draft_is_confirmed_when_it_is_published_not_when_it_is_saved(persona_client, asker):
    client = persona_client("asker_coordinator")
    draft = factories.offer("Utkast", owner=asker, is_published=False)

    client.post(change_url(draft), offer_form_data(draft, summary="Endret."))
    draft.refresh_from_db()
    assert draft.confirmed_on is None
    client.post(change_url(draft), offer_form_data(draft, is_published=True))
    draft.refresh_from_db()
    assert draft.is_published
    assert draft.confirmed_on == timezone.localdate()


def test_editing_a_published_offer_does_not_confirm_it(persona_client, overdue):
    persona_client("asker_coordinator").post(
        change_url(overdue), offer_form_data(overdue, summary="Endret.")
    )

    overdue.refresh_from_db()
    assert (overdue.summary, overdue.confirmed_on) == ("Endret.", LONG_AGO)


def test_the_offer_list_filters_confirmed_in_time_and_overdue(persona_client, overdue, asker):
    fresh = factories.offer("Fersk", owner=asker, confirmed_on=timezone.localdate())
    client = persona_client("asker_coordinator")

    page = client.get("/admin/offers/offer/").content.decode()
    in_time = client.get("/admin/offers/offer/", {"ma_bekreftes": "nei"}).content.decode()
    late = client.get("/admin/offers/offer/", {"ma_bekreftes": "ja"}).content.decode()

    assert "bekreftet innen fristen" in page
    assert "forfalt" in page
    assert f"/admin/offers/offer/{fresh.pk}/change/" in in_time
    assert f"/admin/offers/offer/{overdue.pk}/change/" not in in_time
    assert f"/admin/offers/offer/{overdue.pk}/change/" in late


def test_the_timers_run_send_reminders_every_hour():
    [timer] = [t for t in timers.timers() if t.command == "send_reminders"]

    assert timer.every == datetime.timedelta(hours=1)
