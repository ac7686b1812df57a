"""Generate synthetic, clearly marked offers at national scale (see offers.synthetic)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from offers import synthetic


class Command(BaseCommand):
    help = (
        "Generate synthetic offers over all municipalities for development and benchmarks. "
        "They are run by «Syntetiske testdata» and marked (testdata); --delete removes them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=0, help="how many offers to add")
        parser.add_argument("--seed", type=int, default=1, help="for the same offers again")
        parser.add_argument(
            "--delete", action="store_true", help="remove all synthetic offers first"
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="run even with DJANGO_DEBUG off (never in production)",
        )

    def handle(self, *args, count, seed, delete, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "generate_offers fills the database with test data. It runs only with "
                "DJANGO_DEBUG=1, or with --force on a database that is not production's."
            )
        if count < 0:
            raise CommandError("--count must be 0 or more.")
        if not count and not delete:
            raise CommandError("Say how many offers to add with --count N, or use --delete.")
        if delete:
            deleted = synthetic.delete_synthetic_offers()
            self.stdout.write(f"Deleted {deleted} synthetic offers.")
        if count:
            started = time.monotonic()
            result = synthetic.generate_offers(count, seed=seed)
            self.stdout.write(
                f"Generated {result.offers} synthetic offers serving "
                f"{result.municipalities_served} municipalities in "
                f"{time.monotonic() - started:.1f} s."
            )
