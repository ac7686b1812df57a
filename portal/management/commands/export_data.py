"""Export what the portal keeps as JSON: a backup for SQLite, or a move to another database.

Restore into a freshly migrated database with `manage.py import_data <file>`. Rows that
`migrate` makes by itself (content types, permissions) are left out and matched by their
natural keys, as are counties, municipalities and taxonomies, so the export also loads into
a database where `load_reference_data` has already run.
"""

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Left out: what migrate rebuilds, logins in progress, short-lived failed-login records
# with IP addresses (django-axes, when installed), and which municipalities each offer
# serves (import_data rebuilds it from the offers).
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes", "offers.offerreach"]


class Command(BaseCommand):
    help = "Write the portal's data as JSON (to standard output, or to --output FILE)."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="file to write instead of standard output")

    def handle(self, *args, output=None, **options):
        installed = {config.label for config in apps.get_app_configs()}
        call_command(
            "dumpdata",
            natural_foreign=True,
            natural_primary=True,
            exclude=[label for label in EXCLUDED if label.split(".")[0] in installed],
            indent=1,
            output=output,
            stdout=self.stdout,
        )
