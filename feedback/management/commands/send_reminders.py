"""The coordinators' reminders and the reports' retention, run by a timer (every hour; a
digest goes at most once per period): queue each coordinator's digest, delete reports closed
longer ago than PORTAL_REPORT_KEEP_MONTHS, then send what is in the outbox."""

from django.core.management.base import BaseCommand

from feedback.reminders import send_reminders
from feedback.services import delete_expired
from portal.mail import send_queued


class Command(BaseCommand):
    help = (
        "Queue this period's reminder e-mail to each coordinator with offers to confirm, open "
        "reports or courses without dates; delete reports closed more than "
        "PORTAL_REPORT_KEEP_MONTHS ago; send the queued e-mail."
    )

    def handle(self, *args, **options):
        queued = send_reminders()
        deleted = delete_expired()
        sent = send_queued()
        if queued or deleted or sent.tried or options["verbosity"] > 1:
            self.stdout.write(
                f"Reminders: {queued} queued. Reports: {deleted} deleted after their time. "
                f"Mail: {sent.sent} sent, {sent.retrying} to try again, {sent.given_up} given up."
            )
