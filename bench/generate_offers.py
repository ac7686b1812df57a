#!/usr/bin/env python3
"""Add synthetic, clearly marked offers at national scale to the configured database.

    .venv/bin/python bench/generate_offers.py --count 12000 [--seed S] [--delete] [--force]

For development and the benchmarks (bench/run.py runs it): the offers are run by the provider
«Syntetiske testdata», their slugs start with `testdata-` and their titles end with
«(testdata)»; --delete removes them all. It uses the portal's settings, so DATABASE_URL says
which database; with DJANGO_DEBUG off it refuses unless given --force.
"""

import argparse
import sys
import time

import django_setup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=0, help="how many offers to add")
    parser.add_argument("--seed", type=int, default=1, help="for the same offers again")
    parser.add_argument("--delete", action="store_true", help="remove all synthetic offers first")
    parser.add_argument(
        "--force", action="store_true", help="run even with DJANGO_DEBUG off (never in production)"
    )
    args = parser.parse_args()
    if args.count < 0:
        parser.error("--count must be 0 or more.")
    if not args.count and not args.delete:
        parser.error("say how many offers to add with --count N, or use --delete.")

    django_setup.setup()
    import synthetic  # imports the models: only after setup()
    from django.conf import settings

    if not settings.DEBUG and not args.force:
        parser.error(
            "this fills the database with test data. It runs only with DJANGO_DEBUG=1, or "
            "with --force on a database that is not production's."
        )
    if args.delete:
        print(f"Deleted {synthetic.delete_synthetic_offers()} synthetic offers.")
    if args.count:
        started = time.monotonic()
        result = synthetic.generate_offers(args.count, seed=args.seed)
        print(
            f"Generated {result.offers} synthetic offers serving {result.municipalities_served} "
            f"municipalities in {time.monotonic() - started:.1f} s."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
