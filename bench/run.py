#!/usr/bin/env python3
"""Benchmark the public pages at national scale: 12,000 offers, gunicorn in production mode,
wrk from loopback. See the README's "Benchmark" section.

    .venv/bin/python bench/run.py                      # a scratch PostgreSQL database
    .venv/bin/python bench/run.py --database-url postgresql://portal:portal@127.0.0.1/x

It creates (and afterwards drops) a scratch database portal_bench_<n> unless given one,
migrates it, loads the demo data and `bench/generate_offers.py --count 12000`, counts each page's
database queries through Django's test client, starts gunicorn with DJANGO_DEBUG=0, and
runs wrk against each page. It prints requests/s, p50 and p99 latency, throughput as a
share of the baseline (/healthz) and the query counts, and exits 1 if a target is missed.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WRK = shutil.which("wrk") or "/usr/bin/wrk"

# (name, path, minimum share of the baseline's throughput or None)
PAGES = [
    ("filtered list", "/tilbud/?kommune=bergen&diagnose=demens", 0.5),
    ("search", "/tilbud/?q=" + quote("pårørendeskole"), 0.4),
    ("municipality page", "/kommuner/bergen/", 0.5),
    ("offer page", "/tilbud/parorendeskole-demens-asker/", None),
    ("municipality list", "/kommuner/", None),
]
P99_LIMIT_MS = 50.0

# Each request gets its own address, so every one misses the page cache (--misses).
MISS_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "bench=" .. counter .. "-" .. math.random(1e9))
end
"""

# Run inside Django (a subprocess with the benchmark's environment): queries per page.
COUNT_QUERIES = """
import json, sys
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for path in json.loads(sys.argv[1]):
    cache.clear()
    runs = []
    for _ in range(3):  # cold caches; then the page cached
        with CaptureQueriesContext(connection) as queries:
            status = client.get(path).status_code
        runs.append(len(queries))
    counts[path] = {"status": status, "cold": runs[0], "cached": runs[-1]}
print(json.dumps(counts))
"""


def main() -> int:
    args = parse_args()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_HTTPS": "0",  # plain http on loopback
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    else:
        env.pop("REDIS_URL", None)
    scratch = None
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    else:
        scratch = f"portal_bench_{os.getpid()}"
        env["DATABASE_URL"] = database_url(args.server_url, scratch)
        admin_sql(args.server_url, f'CREATE DATABASE "{scratch}"')
        print(f"Created the scratch database {scratch}.")
    gunicorn = None
    try:
        prepare(env, args.count)
        paths = [path for _, path, _ in PAGES]
        counts = count_queries(env, paths)
        gunicorn = start_gunicorn(env, args)
        base = f"http://127.0.0.1:{args.port}"
        baseline_path = choose_baseline(base, args.baseline)
        rows = [("baseline", baseline_path, None), *PAGES]
        results = {}
        for name, path, _ in rows:
            # Fill every worker's caches first, as earlier visitors would have.
            wrk(base + path, args, duration="2s")
            results[name] = wrk(base + path, args)
            if args.misses and name != "baseline":
                results[name + " (cache miss)"] = wrk(base + path, args, script=MISS_SCRIPT)
        return report(rows, results, counts, args)
    finally:
        if gunicorn:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        if scratch and not args.keep:
            admin_sql(args.server_url, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
            print(f"Dropped the scratch database {scratch}.")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="an existing PostgreSQL database to fill")
    parser.add_argument(
        "--server-url",
        default="postgresql://portal:portal@127.0.0.1:5432/postgres",
        help="where to create the scratch database (the role needs CREATEDB)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("REDIS_URL"),
        help="the page cache shared by the workers, as in production behind several workers "
        "(default: REDIS_URL; without it each worker caches in its own memory)",
    )
    parser.add_argument("--count", type=int, default=12_000, help="synthetic offers to load")
    parser.add_argument("--port", type=int, default=8079)
    parser.add_argument(
        "--workers", type=int, help="gunicorn workers (default: gunicorn.conf.py's, 2 per core + 1)"
    )
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--duration", default="10s", help="per page, as wrk takes it")
    parser.add_argument("--baseline", default="/healthz", help="the page others compare to")
    parser.add_argument(
        "--misses", action="store_true", help="also measure each page missing the page cache"
    )
    return parser.parse_args()


def database_url(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_sql(server_url: str, sql: str):
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(sql)


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env, count: int):
    started = time.monotonic()
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "collectstatic", "--no-input", "-v", "0")
    manage(env, "load_demo_data")
    subprocess.run(
        [PYTHON, "bench/generate_offers.py", "--delete", "--count", str(count), "--force"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    # Settle the database as a live one would be: no autovacuum of the 12,000 new rows
    # stealing one of the two cores mid-measurement.
    admin_sql(env["DATABASE_URL"], "VACUUM")  # generate_offers has analysed the tables
    print(f"Prepared the database in {time.monotonic() - started:.0f} s.")


def count_queries(env, paths) -> dict:
    output = subprocess.run(
        [PYTHON, "-c", "import django; django.setup()\n" + COUNT_QUERIES, json.dumps(paths)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def start_gunicorn(env, args):
    command = [
        str(Path(PYTHON).with_name("gunicorn")),
        "portal.wsgi",
        "--config",
        "gunicorn.conf.py",
    ]
    if args.workers:
        command += ["--workers", str(args.workers)]
    command += ["--bind", f"127.0.0.1:{args.port}", "--no-control-socket"]
    log = tempfile.NamedTemporaryFile(prefix="bench-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
    print("Starting:", " ".join(command), f"(log: {log.name})")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        wait_until_answering(process, args.port, log.name)
    except BaseException:
        process.terminate()
        process.wait(timeout=30)
        raise
    return process


def wait_until_answering(process, port: int, log_name: str):
    for _ in range(100):
        time.sleep(0.2)
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped; see {log_name}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10)
            return
        except OSError:  # not listening yet, or still starting up
            continue
    raise SystemExit(f"gunicorn did not answer; see {log_name}")


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def choose_baseline(base: str, path: str) -> str:
    if get(base + path) == 404:
        print(f"WARNING: {path} answers 404; using /favicon.ico as the baseline instead.")
        return "/favicon.ico"
    return path


def wrk(url: str, args, script: str | None = None, duration: str | None = None) -> dict:
    duration = duration or args.duration
    command = [WRK, f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}", "--latency"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        if script:
            lua.write(script)
            lua.flush()
            command += ["-s", lua.name]
        output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency_ms(output, "50%"),
        "p99": latency_ms(output, "99%"),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


def latency_ms(output: str, percentile: str) -> float:
    value, unit = re.search(rf"^\s+{percentile}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def report(rows, results, counts, args) -> int:
    baseline = results["baseline"]["rps"]
    print()
    print(
        f"{args.count} synthetic offers; wrk {args.threads} threads, {args.connections} "
        f"connections, {args.duration} a page; gunicorn in production mode; cache: "
        + (f"Redis ({args.redis_url})" if args.redis_url else "each worker's own memory")
        + "."
    )
    header = (
        f"{'page':32} {'req/s':>9} {'share':>6} {'p50 ms':>7} {'p99 ms':>7} {'queries':>11}  target"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for name, path, minimum in rows:
        for label in (name, name + " (cache miss)"):
            if label not in results:
                continue
            result = results[label]
            share = result["rps"] / baseline
            queries = counts.get(path)
            query_text = f"{queries['cold']} / {queries['cached']}" if queries else "-"
            verdict = ""
            if label == name and name != "baseline":
                ok = result["p99"] < P99_LIMIT_MS and not result["errors"]
                verdict = f"p99 < {P99_LIMIT_MS:.0f} ms"
                if minimum is not None:
                    ok = ok and share >= minimum
                    verdict = f"≥ {minimum:.1f} of baseline, " + verdict
                verdict += " ok" if ok else " MISSED"
                failed = failed or not ok
            if result["errors"]:
                verdict += f" ({result['errors']} non-2xx/3xx)"
            print(
                f"{label:32} {result['rps']:9.0f} {share:6.2f} {result['p50']:7.2f} "
                f"{result['p99']:7.2f} {query_text:>11}  {verdict}"
            )
    print("\nqueries: database queries per request with cold caches / once the page is cached")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
