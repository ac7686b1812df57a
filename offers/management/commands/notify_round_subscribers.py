"""Tell carers who asked that a new round of a course is out, and forget addresses past their
time (offers/subscriptions.py); run every 15 minutes by a timer. It queues the e-mail;
`send_queued_mail` sends it."""

from django.core.management.base import BaseCommand

from offers.subscriptions import notify_subscribers


class Command(BaseCommand):
    help = (
        "Queue one e-mail to each carer waiting for a new round of a course that now has one, "
        "and delete addresses that are unconfirmed after a week or older than 12 months."
    )

    def handle(self, *args, **options):
        result = notify_subscribers()
        if result.notified or result.deleted or options["verbosity"] > 1:
            self.stdout.write(
                f"Round subscriptions: {result.notified} notified and deleted, "
                f"{result.deleted} expired and deleted."
            )
