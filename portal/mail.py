"""E-mail, in one place: queued in the database by the request that wants it sent, sent by
`manage.py send_queued_mail` (a timer runs it every minute).

A mail is rendered when it is queued, from three templates in the reader's language:
mail/<name>_subject.txt, mail/<name>.txt and mail/<name>.html (both bodies extend
mail/base.*). Queueing is part of the caller's transaction: what is rolled back is never sent.
Sending goes through the "default" mailer (EMAIL_URL). A mail the server refuses, or that
cannot reach it, is tried again later, waiting twice as long each time; after
MAIL_MAX_ATTEMPTS it is given up and logged. Sent mail is deleted after MAIL_KEEP_SENT_DAYS.
"""

import logging
import smtplib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mailers
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from portal.models import OutgoingMail

logger = logging.getLogger(__name__)

FIRST_RETRY = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=6)


def queue_mail(to: str, template: str, context: dict, *, language: str, reply_to: str = ""):
    """Render mail/<template>.* in `language` for `to`, and keep it for sending."""
    context = {"portal_name": settings.PORTAL_NAME, "base_url": settings.PORTAL_BASE_URL, **context}
    with translation.override(language):
        subject = " ".join(render_to_string(f"mail/{template}_subject.txt", context).split())
        text = render_to_string(f"mail/{template}.txt", context)
        html = render_to_string(f"mail/{template}.html", context)
    return OutgoingMail.objects.create(
        to=to,
        reply_to=reply_to,
        subject=subject[:300],
        text=text,
        html=html,
        send_after=timezone.now(),
    )


@dataclass
class Sent:
    sent: int = 0
    retrying: int = 0
    given_up: int = 0
    deleted: int = 0

    @property
    def tried(self) -> int:
        return self.sent + self.retrying + self.given_up


# What a mail server that is away, slow or refusing looks like to smtplib.
SENDING_ERRORS = (smtplib.SMTPException, OSError)


def send_queued(limit: int = 1000) -> Sent:
    """Send the mail that is due, over one connection; returns what happened. Safe to run on
    several hosts at once on PostgreSQL: each mail is locked by the one sending it."""
    result = Sent()
    connection = mailers.default
    try:
        while result.tried < limit:
            with transaction.atomic():
                mail = (
                    OutgoingMail.objects.due(timezone.now())
                    .select_for_update(skip_locked=True)
                    .order_by("send_after", "pk")
                    .first()
                )
                if mail is None:
                    break
                try:
                    connection.open()  # once; the connection then stays open for the rest
                    _message(mail, connection).send()
                except smtplib.SMTPRecipientsRefused as error:
                    _failed(mail, error, result)  # this address only: go on with the rest
                    continue
                except SENDING_ERRORS as error:
                    _failed(mail, error, result)
                    break  # the server is away or refusing: the rest waits for the next run
                mail.sent_at = timezone.now()
                mail.save(update_fields=["sent_at"])
                result.sent += 1
    finally:
        connection.close()
    cutoff = timezone.now() - timedelta(days=settings.MAIL_KEEP_SENT_DAYS)
    result.deleted, _ = OutgoingMail.objects.filter(sent_at__lt=cutoff).delete()
    return result


def _message(mail: OutgoingMail, connection) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        reply_to=[mail.reply_to] if mail.reply_to else None,
        connection=connection,
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    return message


def _failed(mail: OutgoingMail, error: Exception, result: Sent) -> None:
    mail.attempts += 1
    mail.last_error = f"{type(error).__name__}: {error}"[:2000]
    if mail.attempts >= settings.MAIL_MAX_ATTEMPTS:
        mail.gave_up_at = timezone.now()
        result.given_up += 1
        logger.error(
            "Gave up sending mail %s after %s attempts: %s", mail.pk, mail.attempts, mail.last_error
        )
    else:
        wait = min(FIRST_RETRY * 2 ** (mail.attempts - 1), LONGEST_WAIT)
        mail.send_after = timezone.now() + wait
        result.retrying += 1
        logger.warning("Could not send mail %s (attempt %s): %s", mail.pk, mail.attempts, error)
    mail.save(update_fields=["attempts", "last_error", "gave_up_at", "send_after"])
