"""E-mail in one place (portal.mail): queued by requests, sent by `send_queued_mail` through a
real SMTP server, tried again while the server is away, in the reader's language."""

import io
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from portal.env import mailer_from_url
from portal.mail import queue_mail, send_queued
from portal.models import OutgoingMail
from tests import factories

TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def sample_templates(settings):
    """mail/sample.* from tests/templates, beside the portal's own templates."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES]}
    ]


def queue(to="kari@asker.kommune.example", language="nb", **context):
    return queue_mail(
        to, "sample", {"title": "Pårørendeskole", **context}, language=language, reply_to=""
    )


def make_due(*mails):
    OutgoingMail.objects.filter(pk__in=[m.pk for m in mails]).update(
        send_after=timezone.now() - timedelta(seconds=1)
    )


@pytest.mark.django_db
def test_a_queued_mail_is_delivered_through_smtp_as_text_and_html(smtp_server, settings):
    settings.DEFAULT_FROM_EMAIL = "Pårørendeportalen <ikke-svar@portal.example>"
    queue_mail(
        "kari@asker.kommune.example",
        "sample",
        {"title": "Pårørendeskole"},
        language="nb",
        reply_to="ola@example.no",
    )

    result = send_queued()

    assert (result.sent, result.retrying) == (1, 0)
    [message] = smtp_server.messages
    assert message["To"] == "kari@asker.kommune.example"
    assert message["Reply-To"] == "ola@example.no"
    assert "ikke-svar@portal.example" in message["From"]
    assert message["Subject"] == "Tilbud: Pårørendeskole"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Hei! Pårørendeskole <&>" in text  # plain text is not HTML-escaped
    assert "Sendt fra Pårørendeportalen: http://127.0.0.1:8000/" in text
    assert "<p>Hei! Pårørendeskole</p>" in html
    assert '<html lang="nb">' in html
    assert OutgoingMail.objects.get().sent_at is not None


@pytest.mark.django_db
def test_the_mail_is_in_the_readers_language(smtp_server):
    queue(language="en")

    send_queued()

    [message] = smtp_server.messages
    assert message["Subject"] == "Offers: Pårørendeskole"
    assert '<html lang="en">' in message.get_body(("html",)).get_content()


@pytest.mark.django_db
def test_a_mail_server_outage_loses_nothing(smtp_server, settings, caplog):
    first, second = queue(), queue(to="ola@asker.kommune.example")
    smtp_server.stop()

    with caplog.at_level(logging.WARNING):
        away = send_queued()

    waiting = OutgoingMail.objects.get(pk=first.pk)
    assert (away.sent, away.retrying) == (0, 1)  # the rest waits: not tried against a dead server
    assert waiting.attempts == 1
    assert waiting.send_after > timezone.now()
    assert "ConnectionRefusedError" in waiting.last_error
    assert "Could not send mail" in caplog.text
    assert send_queued().tried == 1  # the second mail only; the first waits its turn

    smtp_server.start()  # back, on another port
    settings.MAILERS = {"default": smtp_server.mailer()}
    make_due(first, second)
    back = send_queued()

    assert back.sent == 2
    assert sorted(m["To"] for m in smtp_server.messages) == [
        "kari@asker.kommune.example",
        "ola@asker.kommune.example",
    ]


@pytest.mark.django_db
def test_a_refused_address_does_not_hold_up_the_others(smtp_server):
    smtp_server.refuse.add("finnes.ikke@example.no")
    refused = queue(to="finnes.ikke@example.no")
    queue(to="kari@asker.kommune.example")

    result = send_queued()

    assert (result.sent, result.retrying) == (1, 1)
    assert "SMTPRecipientsRefused" in OutgoingMail.objects.get(pk=refused.pk).last_error


@pytest.mark.django_db
def test_a_mail_is_given_up_after_the_last_attempt_and_logged(smtp_server, settings, caplog):
    settings.MAIL_MAX_ATTEMPTS = 2
    smtp_server.refuse.add("finnes.ikke@example.no")
    mail = queue(to="finnes.ikke@example.no")

    send_queued()
    make_due(mail)
    with caplog.at_level(logging.ERROR):
        result = send_queued()
    make_due(mail)
    again = send_queued()

    assert result.given_up == 1
    assert OutgoingMail.objects.get(pk=mail.pk).gave_up_at is not None
    assert "Gave up sending mail" in caplog.text
    assert again.tried == 0


@pytest.mark.django_db
def test_retries_wait_longer_each_time(smtp_server):
    smtp_server.refuse.add("finnes.ikke@example.no")
    mail = queue(to="finnes.ikke@example.no")
    waits = []
    for _ in range(3):
        before = timezone.now()
        send_queued()
        waits.append(OutgoingMail.objects.get(pk=mail.pk).send_after - before)
        make_due(mail)

    assert [round(w.total_seconds() / 60) for w in waits] == [1, 2, 4]


@pytest.mark.django_db(transaction=True)
def test_mail_queued_in_a_transaction_that_fails_is_never_sent(smtp_server):
    def queue_then_fail():
        with transaction.atomic():
            queue()
            raise RuntimeError

    with pytest.raises(RuntimeError):
        queue_then_fail()

    assert send_queued().tried == 0
    assert smtp_server.messages == []


@pytest.mark.django_db
def test_sent_mail_is_deleted_after_the_keeping_time(smtp_server, settings):
    settings.MAIL_KEEP_SENT_DAYS = 7
    old, recent = queue(), queue()
    send_queued()
    OutgoingMail.objects.filter(pk=old.pk).update(sent_at=timezone.now() - timedelta(days=8))

    assert send_queued().deleted == 1
    assert list(OutgoingMail.objects.values_list("pk", flat=True)) == [recent.pk]


@pytest.mark.django_db
def test_the_command_sends_and_says_what_it_did(smtp_server):
    queue()
    out = io.StringIO()

    call_command("send_queued_mail", stdout=out)

    assert "Mail: 1 sent, 0 to try again later, 0 given up" in out.getvalue()
    assert len(smtp_server.messages) == 1


@pytest.mark.django_db(transaction=True)  # as in its own process: not inside a test's transaction
def test_the_timers_run_the_mail_sending(smtp_server):
    queue()

    call_command("run_timers", once=True, stdout=io.StringIO())

    assert len(smtp_server.messages) == 1


@pytest.mark.parametrize(
    ("url", "options"),
    [
        ("smtp://mail.example", {"host": "mail.example", "port": 25, "use_tls": False}),
        ("smtp://u:p%40ss@mail.example:2525?tls=1", {"port": 2525, "use_tls": True}),
        ("submission://u:p@mail.example", {"port": 587, "use_tls": True, "password": "p"}),
        ("smtps://mail.example", {"port": 465, "use_ssl": True, "use_tls": False}),
    ],
)
def test_email_url_names_the_mail_server(url, options):
    mailer = mailer_from_url(url)

    assert mailer["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert options.items() <= mailer["OPTIONS"].items()
    assert mailer["OPTIONS"]["timeout"] == 10


def test_email_url_for_development_and_tests():
    assert mailer_from_url("console://")["BACKEND"].endswith("console.EmailBackend")
    assert mailer_from_url("memory://")["BACKEND"].endswith("locmem.EmailBackend")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://mail.example", "EMAIL_URL must start with smtp://"),
        ("smtp://", "EMAIL_URL names no mail server"),
        ("smtp://mail.example:port", "EMAIL_URL has a port that is not a number"),
    ],
)
def test_a_wrong_email_url_stops_the_portal_with_a_message(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        mailer_from_url(url)


@pytest.mark.django_db
def test_the_outbox_is_for_superusers_only(client, asker_coordinator, national_editor):
    queue()
    url = "/admin/portal/outgoingmail/"

    for user in (asker_coordinator, national_editor):
        client.force_login(user)
        assert client.get(url).status_code == 403
    client.force_login(factories.superuser())
    page = client.get(url)

    assert page.status_code == 200
    assert "Tilbud: Pårørendeskole" in page.content.decode()
