"""Send the e-mail waiting in the outbox (portal.mail); run every minute by a timer."""

from django.core.management.base import BaseCommand

from portal.mail import send_queued


class Command(BaseCommand):
    help = "Send the e-mail waiting in the outbox, and delete sent mail older than a week."

    def handle(self, *args, **options):
        result = send_queued()
        if result.sent or result.retrying or result.given_up or options["verbosity"] > 1:
            self.stdout.write(
                f"Mail: {result.sent} sent, {result.retrying} to try again later, "
                f"{result.given_up} given up, {result.deleted} old sent mail deleted."
            )
