"""Sheet PDFs under abuse, against the production stack (`make serve`), in one run.

    DATABASE_URL=postgresql://... [REDIS_URL=redis://...] .venv/bin/python bench/sheets_abuse.py \
        [--port 8000]

Starts `make serve` on the port (gunicorn in production mode on the given database, which
needs the demo data: `manage.py load_demo_data`), empties the sheets cache, and then:
1. asks for 8 different selection PDFs at once while asking for /healthz every 50 ms: the
   health check's slowest answer (goal: under 0.5 s) and the PDFs' answers;
2. asks for one PDF 21 times at once, plain and with ?x=1 ... ?x=20: how many PDFs the
   server made, counted from its log (goal: one);
3. saves an offer whose description is one word of 60,000 letters (as an import or an old
   row could hold; the admin refuses it) and asks for its sheet and Asker's: the time and
   the answer (goal: a sheet or a clear message within 10 s, and no 5xx), then deletes it.
Prints what it saw and stops the server. Not a test: the figures depend on the machine.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
RENDERED = "Made a sheet PDF"


def get(url, timeout=30):
    """(status, seconds, body) of a GET; an HTTP error is an answer too."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback
            body, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return status, time.perf_counter() - started, body


def serve(port, log_path):
    env = {
        "DJANGO_SECRET_KEY": "bench-sheets-abuse-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_HTTPS": "0",
        **os.environ,
        "DJANGO_DEBUG": "0",
    }
    log = open(log_path, "w")  # noqa: SIM115 - open while the server runs
    # make from the PATH, as a developer runs it
    server = subprocess.Popen(
        ["make", "serve", "HOST=127.0.0.1", f"PORT={port}"],  # noqa: S607
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if get(f"{base}/healthz", timeout=2)[0] == 200:
                time.sleep(3)  # every worker loaded
                return server, base
        except OSError:
            pass
        time.sleep(0.5)
    os.killpg(server.pid, 15)
    raise SystemExit(f"make serve did not answer; see {log_path}")


def renders(log_path):
    return Path(log_path).read_text().count(RENDERED)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("Set DATABASE_URL to the PostgreSQL database make serve should use.")

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-sheets-abuse-" + "x" * 40)
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    sys.path.insert(0, str(PROJECT))
    import django

    django.setup()
    from django.core.cache import caches

    from municipalities.models import Municipality
    from offers.models import Offer

    slugs = list(
        Offer.objects.public().filter(municipalities__slug="asker").values_list("slug", flat=True)
    )
    if len(slugs) < 9:
        raise SystemExit("Load the demo data first: manage.py load_demo_data")
    log_path = Path(tempfile.mkdtemp()) / "serve.log"
    server, base = serve(args.port, log_path)
    problems = []
    try:
        caches["sheets"].clear()
        print(
            f"make serve on {base}, {os.environ.get('REDIS_URL') or 'no Redis (file locks)'}, "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )

        # 1. Eight different selections at once, and the health check meanwhile.
        selections = [
            f"{base}/tilbudsark.pdf?tilbud={slugs[n]}&tilbud={slugs[n + 1]}" for n in range(8)
        ]
        health, stop = [], threading.Event()

        def probe():
            while not stop.is_set():
                health.append(get(f"{base}/healthz", timeout=10)[1])
                time.sleep(0.05)

        # The health check alone first: what the machine gives it without any PDF.
        prober = threading.Thread(target=probe)
        prober.start()
        time.sleep(1.5)
        baseline, health[:] = list(health), []
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(get, selections))
        time.sleep(0.2)
        stop.set()
        prober.join()
        statuses = sorted(status for status, _, _ in answers)
        slowest_pdf = max(seconds for _, seconds, _ in answers)
        print("1. 8 different selection PDFs at once")
        print(f"   answers {statuses}, slowest {slowest_pdf * 1000:.0f} ms")
        print(
            f"   /healthz before, alone: {len(baseline)} answers, median "
            f"{statistics.median(baseline) * 1000:.0f} ms, slowest {max(baseline) * 1000:.0f} ms"
        )
        print(
            f"   /healthz meanwhile: {len(health)} answers, median "
            f"{statistics.median(health) * 1000:.0f} ms, slowest {max(health) * 1000:.0f} ms "
            f"(goal under 500 ms)"
        )
        if max(health) >= 0.5:
            problems.append("the health check was slow")

        # 2. One PDF, asked for 21 times at once with query strings that change nothing.
        before = renders(log_path)
        same = f"{base}/kommuner/asker/tilbudsark.pdf"
        urls = [same] + [f"{same}?x={n}" for n in range(1, 21)]
        with ThreadPoolExecutor(21) as pool:
            answers = list(pool.map(get, urls))
        time.sleep(0.5)  # the log is written
        made = renders(log_path) - before
        bodies = {body for status, _, body in answers if status == 200}
        print("2. Asker's PDF 21 times at once, plain and with ?x=1 ... ?x=20")
        print(
            f"   answers {sorted(status for status, _, _ in answers)}, "
            f"{len(bodies)} different PDF(s), made {made} time(s) (goal: once)"
        )
        if made != 1:
            problems.append("the same PDF was made more than once")

        # 3. A word of 60,000 letters.
        offer = Offer.objects.public().filter(municipalities__slug="asker").first()
        offer.pk, offer.slug = None, "bench-langt-ord"
        offer.save()
        offer.municipalities.set([Municipality.objects.get(slug="asker")])
        Offer.objects.filter(pk=offer.pk).update(description="x" * 60_000)
        try:
            print("3. A description of one word of 60,000 letters")
            for path in [
                "/tilbud/bench-langt-ord/tilbudsark.pdf",
                "/tilbud/bench-langt-ord/tilbudsark/",
                "/kommuner/asker/tilbudsark.pdf",
            ]:
                status, seconds, body = get(f"{base}{path}")
                kind = "PDF" if body.startswith(b"%PDF-") else "HTML"
                print(f"   {path}: {status} {kind} in {seconds * 1000:.0f} ms")
                if status >= 500 or seconds >= 10:
                    problems.append(f"{path} answered {status} in {seconds:.1f} s")
        finally:
            offer.delete()
        log = Path(log_path).read_text()
        errors, busy = log.count('"status": 500'), log.count('"status": 503')
        print(f"In the server's log: {errors} answers 500, {busy} answers 503 (busy)")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
    print("All goals met." if not problems else "Missed: " + "; ".join(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
