"""Turn Kartverket's county and municipality lists into the committed fixture.

Run by a developer when the administrative division changes; the portal itself never reads
the source files, only fixtures/geography.json.
"""

import csv
import json
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.slugs import norwegian_slugify


class Command(BaseCommand):
    help = "Build fixtures/geography.json from counties.csv and municipalities.csv."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=settings.BASE_DIR / "../shared/data")
        parser.add_argument(
            "--output", type=Path, default=settings.BASE_DIR / "fixtures/geography.json"
        )

    def handle(self, *args, source, output, **options):
        counties = self._read(source / "counties.csv")
        municipalities = self._read(source / "municipalities.csv")
        county_slugs = {c["number"]: norwegian_slugify(c["name"]) for c in counties}
        name_counts = Counter(m["name"] for m in municipalities)

        records = [
            {
                "model": "municipalities.county",
                "fields": {
                    "number": c["number"],
                    "name": c["name"],
                    "slug": county_slugs[c["number"]],
                },
            }
            for c in counties
        ]
        for m in municipalities:
            if m["number"][:2] != m["county_number"] or m["county_number"] not in county_slugs:
                raise CommandError(
                    f"{m['number']} {m['name']}: county {m['county_number']} is off."
                )
            slug = norwegian_slugify(m["name"])
            if name_counts[m["name"]] > 1:
                # Herøy and Våler: the contract appends the county's slug to both of a pair.
                slug = f"{slug}-{county_slugs[m['county_number']]}"
            records.append(
                {
                    "model": "municipalities.municipality",
                    "fields": {
                        "number": m["number"],
                        "name": m["name"],
                        "alt_names": m["alt_names"],
                        "slug": slug,
                        "county": [m["county_number"]],
                    },
                }
            )

        slugs = [r["fields"]["slug"] for r in records if r["model"].endswith("municipality")]
        if len(set(slugs)) != len(slugs):
            raise CommandError("Two municipalities would share a slug.")
        output.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", "utf-8")
        self.stdout.write(
            f"Wrote {len(counties)} counties and {len(municipalities)} municipalities to {output}."
        )

    def _read(self, path: Path) -> list[dict]:
        try:
            with path.open(encoding="utf-8", newline="") as file:
                return list(csv.DictReader(file))
        except FileNotFoundError:
            raise CommandError(f"{path} not found; pass --source.") from None
