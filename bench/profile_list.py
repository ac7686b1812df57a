#!/usr/bin/env python3
"""Profile pages as a cold request makes them: cProfile over Django's test client, the page
cache emptied before each request.

    DATABASE_URL=postgresql://portal:portal@127.0.0.1:5432/portal_bench_1 \\
        .venv/bin/python bench/profile_list.py [PATH ...] [--runs 20] [--top 30]

Use a database filled by `bench/cold.py --keep` or `bench/run.py --keep`. Prints where the
time went (by own time and by cumulative time) and the time per request, SQL included.
"""

import argparse
import cProfile
import io
import pstats
import sys
import time
from urllib.parse import quote

import django_setup

PATHS = [
    "/tilbud/?kommune=bergen&diagnose=demens",
    "/tilbud/?kommune=oslo&aldersgruppe=voksne&side=2",
    "/tilbud/?diagnose=kreft&type=samtalegruppe",
    "/tilbud/?kommune=trondheim&q=" + quote("avlastning"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=PATHS)
    parser.add_argument("--runs", type=int, default=20, help="requests per path")
    parser.add_argument("--top", type=int, default=30, help="functions to show")
    args = parser.parse_args()

    django_setup.setup()
    from django.core.cache import cache
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for path in args.paths:  # warm up: choices, lexicon, templates
        client.get(path)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    for _ in range(args.runs):
        for path in args.paths:
            cache.clear()
            profiler.enable()
            client.get(path)
            profiler.disable()
    elapsed = time.perf_counter() - started
    requests = args.runs * len(args.paths)
    print(f"{requests} requests, {elapsed / requests * 1000:.1f} ms each (profiled)")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
