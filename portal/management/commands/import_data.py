"""Load a file written by `export_data` into a freshly migrated database: the restore.

The file carries the change history itself; while it loads, the many-to-many links it sets
must not record history of their own (they would collide with the history in the file).
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from portal.content import content_changed
from portal.signals import data_restored


class Command(BaseCommand):
    help = "Restore a backup made by export_data (JSON) into a freshly migrated database."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the JSON file export_data wrote")

    def handle(self, *args, file, **options):
        with override_settings(SIMPLE_HISTORY_ENABLED=False), transaction.atomic():
            call_command("loaddata", file, verbosity=options["verbosity"], stdout=self.stdout)
            data_restored.send(sender=self.__class__)
        # Pages cached before the restore must not be served after it.
        content_changed()
