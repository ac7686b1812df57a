"""Load the demo data: reference data plus the offers described in the seed articles.

Idempotent: the files in fixtures/demo/ name each row by a key (an offer's slug, a contact's
e-mail), and loading again brings those rows back to the demo's state; nothing else in the
database is touched. See portal/demo.py for how the files are read.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal import demo


class Command(BaseCommand):
    help = "Load the demo offers from the seed articles (Trondheim, Asker, Bærum, Gjøvik)."

    @transaction.atomic
    def handle(self, *args, **options):
        call_command("load_reference_data", stdout=self.stdout)
        try:
            counts = demo.load(sorted((settings.BASE_DIR / "fixtures" / "demo").glob("*.yaml")))
        except demo.DemoDataError as error:
            raise CommandError(f"The demo data could not be loaded: {error}") from error
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(f"Demo data: {summary}.")
