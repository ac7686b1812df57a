from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from opendata.export import write_export


class Command(BaseCommand):
    help = (
        "Writes every public offer as HSDS 3.0 open data (JSON, and tabular CSV with a "
        "datapackage.json in a ZIP) into PORTAL_OPEN_DATA_DIR, with today's date in the names; "
        "/data/ links the newest. Run nightly."
    )

    def add_arguments(self, parser):
        parser.add_argument("--directory", help="another folder than PORTAL_OPEN_DATA_DIR")

    def handle(self, *args, directory=None, **options):
        target = (
            settings.OPEN_DATA_DIR if directory is None else type(settings.OPEN_DATA_DIR)(directory)
        )
        for path in write_export(target, timezone.localdate()):
            self.stdout.write(f"{path} ({path.stat().st_size} bytes)")
