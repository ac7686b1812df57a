#!/usr/bin/env python3
"""Print PostgreSQL's query plans for the public pages' queries, as the pages run them.

    DATABASE_URL=postgresql://portal:portal@127.0.0.1:5432/portal_bench_1 \\
        .venv/bin/python bench/explain.py [PATH ...]

Each page is fetched through Django's test client (the page cache is bypassed); every query it
runs that takes at least --min-ms is shown with EXPLAIN (ANALYZE, BUFFERS). Use a database
filled by `bench/run.py --keep` (12,000 offers) or `bench/cold.py --keep --offers 100000`, so
the plans are the ones at national scale.
"""

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = [
    "/tilbud/?kommune=bergen&diagnose=demens",
    "/tilbud/?q=" + quote("pårørendeskole"),
    "/kommuner/bergen/",
    "/tilbud/parorendeskole-demens-asker/",
    # Carers' questions as bench/cold.py asks them: a page further on, no municipality, words.
    "/tilbud/?kommune=oslo&diagnose=demens&aldersgruppe=voksne&side=2",
    "/tilbud/?diagnose=kreft&type=samtalegruppe",
    # No municipality, an age: from offer_public_list_idx alone (offers.ages.overlaps_band).
    "/tilbud/?diagnose=demens&aldersgruppe=voksne",
    "/tilbud/?kommune=trondheim&q=" + quote("avlastning"),
    "/kommuner/",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=PAGES)
    parser.add_argument("--min-ms", type=float, default=1.0, help="show queries this slow")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        parser.error("set DATABASE_URL to a PostgreSQL database (see bench/run.py --keep)")

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings_test")
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    client = Client(
        HTTP_HOST="127.0.0.1"
    )  # a host DJANGO_ALLOWED_HOSTS lets in, as bench/cold.py sets it
    for path in args.paths:
        queries = []

        def record(execute, sql, params, many, context, queries=queries):
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                queries.append((time.perf_counter() - started, sql, params))

        cache.clear()
        with connection.execute_wrapper(record):
            status = client.get(path).status_code
        print(f"\n=== {path}  ({status}, {len(queries)} queries)")
        for seconds, sql, params in queries:
            if seconds * 1000 < args.min_ms or not sql.lstrip().upper().startswith("SELECT"):
                continue
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
                plan = "\n".join(f"    {row[0]}" for row in cursor.fetchall())
            print(f"\n--- {seconds * 1000:.1f} ms: {sql[:160]}...\n{plan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
