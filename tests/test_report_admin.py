"""Reports in the admin: scoped like offers, a status and an internal note, answers to the
reporter by e-mail, open reports first on the start page, and deleted a year after closing."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback import services
from feedback.models import Report, ReportAnswer, ReportKind, ReportStatus
from portal.mail import send_queued
from portal.models import OutgoingMail
from tests import factories


@pytest.fixture
def cafe(asker):
    return factories.offer(
        "Pårørendekafé", slug="parorendekafe", owner=asker, municipalities=[asker]
    )


@pytest.fixture
def asker_report(cafe):
    return services.submit(
        kind=ReportKind.WRONG,
        offer=cafe,
        text="Telefonnummeret virker ikke.",
        email="kari@eksempel.example",
        language="en",
    )


@pytest.fixture
def baerum_report(baerum):
    return services.submit(
        kind=ReportKind.MISSING, municipality=baerum, text="Savner en gruppe for søsken."
    )


def change_url(report):
    return f"/admin/feedback/report/{report.pk}/change/"


def test_coordinators_see_only_their_municipalitys_reports(
    persona_client, asker_report, baerum_report
):
    client = persona_client("asker_coordinator")

    listing = client.get("/admin/feedback/report/").content.decode()

    assert "Pårørendekafé" in listing
    assert "Bærum" not in listing
    assert client.get(change_url(asker_report)).status_code == 200
    assert client.get(change_url(baerum_report)).status_code == 302  # "does not exist"
    assert client.get(f"/admin/feedback/report/{baerum_report.pk}/svar/").status_code == 302


def test_national_editors_see_every_report(persona_client, asker_report, baerum_report):
    listing = persona_client("national_editor").get("/admin/feedback/report/").content.decode()

    assert "Pårørendekafé" in listing
    assert "Bærum" in listing


def test_carers_and_strangers_get_no_admin(client, asker_report):
    response = client.get(change_url(asker_report))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_status_filter_shows_open_reports(persona_client, asker_report, cafe):
    done = services.submit(kind=ReportKind.WRONG, offer=cafe, text="Gammel sak om adressen.")
    done.status = ReportStatus.DONE
    done.save()
    client = persona_client("asker_coordinator")

    open_list = client.get("/admin/feedback/report/", {"status": "apne"}).content.decode()
    done_list = client.get("/admin/feedback/report/", {"status": "done"}).content.decode()

    assert f"/admin/feedback/report/{asker_report.pk}/change/" in open_list
    assert f"/admin/feedback/report/{done.pk}/change/" not in open_list
    assert f"/admin/feedback/report/{done.pk}/change/" in done_list


def test_a_coordinator_sets_status_and_an_internal_note_but_not_what_the_carer_wrote(
    persona_client, asker_report
):
    client = persona_client("asker_coordinator")

    response = client.post(
        change_url(asker_report),
        {"status": "done", "internal_note": "Rettet nummeret.", "text": "Endret av koordinator"},
    )

    assert response.status_code == 302
    asker_report.refresh_from_db()
    assert asker_report.status == ReportStatus.DONE
    assert asker_report.internal_note == "Rettet nummeret."
    assert asker_report.text == "Telefonnummeret virker ikke."
    assert asker_report.closed_at is not None
    assert asker_report.history.count() >= 2  # received, then handled


def test_reports_cannot_be_added_in_the_admin(persona_client):
    assert persona_client("national_editor").get("/admin/feedback/report/add/").status_code == 403


def test_the_reporter_is_answered_by_email_in_their_language_and_it_is_recorded(
    persona_client, asker_report, asker_coordinator, smtp_server
):
    client = persona_client("asker_coordinator")
    OutgoingMail.objects.all().delete()  # the notification to the coordinator

    form = client.get(f"/admin/feedback/report/{asker_report.pk}/svar/").content.decode()
    response = client.post(
        f"/admin/feedback/report/{asker_report.pk}/svar/", {"text": "Takk, nå er det rettet."}
    )
    send_queued()

    assert "Svaret sendes til kari@eksempel.example." in form
    assert response.status_code == 302
    answer = ReportAnswer.objects.get()
    assert (answer.report, answer.sent_by, answer.text) == (
        asker_report,
        asker_coordinator,
        "Takk, nå er det rettet.",
    )
    [message] = smtp_server.messages
    assert message["To"] == "kari@eksempel.example"
    assert message["Reply-To"] == asker_coordinator.email
    assert message["Subject"] == "Answer to your report: Pårørendekafé"
    assert "Takk, nå er det rettet." in message.get_body(("plain",)).get_content()
    page = client.get(change_url(asker_report)).content.decode()
    assert "Takk, nå er det rettet." in page


def test_an_empty_answer_is_refused_and_a_report_without_address_cannot_be_answered(
    persona_client, asker_report, baerum_report
):
    client = persona_client("national_editor")

    empty = client.post(f"/admin/feedback/report/{asker_report.pk}/svar/", {"text": " "})
    no_address = client.get(f"/admin/feedback/report/{baerum_report.pk}/svar/")

    assert empty.status_code == 200
    assert "errorlist" in empty.content.decode()
    assert no_address.status_code == 302
    assert ReportAnswer.objects.count() == 0


def test_open_reports_come_first_on_the_admin_start_page(
    persona_client, asker_report, baerum_report, cafe
):
    cafe.confirmed_on = None
    cafe.save()
    html = persona_client("asker_coordinator").get("/admin/").content.decode()

    assert "Tilbakemeldinger fra pårørende" in html
    assert html.index('id="open-reports"') < html.index('id="needs-confirmation"')
    assert "Pårørendekafé" in html
    assert "Bærum" not in html


def test_closed_reports_are_deleted_with_their_history_after_the_retention_time(
    asker_report, baerum_report, settings
):
    settings.REPORT_KEEP_MONTHS = 12
    asker_report.status = ReportStatus.REJECTED
    asker_report.save()
    Report.objects.filter(pk=asker_report.pk).update(closed_at=timezone.now() - timedelta(days=370))
    recently_closed = services.submit(
        kind=ReportKind.MISSING, municipality=baerum_report.municipality, text="Nylig lukket."
    )
    recently_closed.status = ReportStatus.DONE
    recently_closed.save()

    call_command("send_reminders", verbosity=0)

    assert set(Report.objects.values_list("pk", flat=True)) == {
        baerum_report.pk,
        recently_closed.pk,
    }
    assert not Report.history.filter(id=asker_report.pk).exists()
    assert not Report.history.filter(email="kari@eksempel.example").exists()
