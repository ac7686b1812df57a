"""How long staff wait for the PDF of a municipality's whole list, in a throwaway database.

    .venv/bin/python bench/sheets.py [--offers 40] [--runs 5] [--save FOLDER]

Loads the demo data into a temporary SQLite database, makes OFFERS offers (the demo offers,
repeated as needed, with their texts, contacts and partners) that all serve Asker, then asks
for /kommuner/asker/tilbudsark.pdf RUNS times after one warm-up, twice over:
- made on request: the sheets cache is emptied before each request, so WeasyPrint makes the
  PDF while the staff member waits (the first print after a change, before prepare_sheets);
- prepared: `manage.py prepare_sheets` has made it ahead, as it does from cron in production.
Prints the medians. Not a test: the figures depend on the machine. The goal is under 2 seconds
for 40 offers.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def make_offers(count):
    """COUNT public offers serving Asker only, copied from the demo offers in turn."""
    from municipalities.models import Municipality
    from offers.models import Offer

    asker = Municipality.objects.get(slug="asker")
    demo = list(Offer.objects.prefetch_related("contacts", "partners", "diagnoses"))
    Offer.objects.all().delete()
    for n in range(count):
        source = demo[n % len(demo)]
        relations = {
            "contacts": list(source.contacts.all()),
            "partners": list(source.partners.all()),
            "diagnoses": list(source.diagnoses.all()),
        }
        source.pk = None
        source.slug = f"{source.slug[:180]}-{n}"
        source.nationwide = False
        source.is_published = True
        source.status = "active"
        source.save()
        source.municipalities.set([asker])
        source.counties.clear()
        for name, objects in relations.items():
            getattr(source, name).set(objects)
    return asker


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offers", type=int, default=40, help="offers on the sheet (40)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs after a warm-up (5)")
    parser.add_argument("--save", type=Path, help="a folder to keep the sheet's HTML and PDF in")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings_test")
        # prepare_sheets makes the sheets for this address: the test client's.
        os.environ["PORTAL_BASE_URL"] = "http://testserver"
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        import django

        django.setup()
        from django.core.cache import caches
        from django.core.management import call_command
        from django.test import Client
        from pypdf import PdfReader

        call_command("migrate", verbosity=0)
        call_command("load_demo_data", stdout=io.StringIO())
        municipality = make_offers(args.offers)
        client = Client()
        html_url = f"/kommuner/{municipality.slug}/tilbudsark/"
        pdf_url = f"/kommuner/{municipality.slug}/tilbudsark.pdf"

        def timed(url):
            start, cpu_start = time.perf_counter(), time.process_time()
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            response.cpu_seconds = time.process_time() - cpu_start
            return time.perf_counter() - start, response

        def made_on_request():
            caches["sheets"].clear()
            return timed(pdf_url)

        made_on_request()  # warm-up: fonts, templates and the first database connection
        html_seconds = statistics.median(timed(html_url)[0] for _ in range(args.runs))
        made = [made_on_request() for _ in range(args.runs)]
        caches["sheets"].clear()
        call_command(
            "prepare_sheets",
            municipality=[municipality.slug],
            language=["nb"],
            stdout=io.StringIO(),
        )
        prepared = [timed(pdf_url) for _ in range(args.runs)]
        pdf = prepared[-1][1].content
        if pdf != made[-1][1].content:
            raise SystemExit("The prepared PDF differs from the one made on request.")
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / "sheet.pdf").write_bytes(pdf)
            (args.save / "sheet.html").write_bytes(client.get(html_url).content)
        print(f"Municipality sheet with {args.offers} offers: {pages} A4 pages")
        print(f"  HTML page: median {html_seconds * 1000:.0f} ms")
        for label, runs in [("made on request", made), ("prepared ahead", prepared)]:
            seconds = [duration for duration, _ in runs]
            median = statistics.median(seconds)
            # On a shared machine the wall-clock time includes waiting for a core; CPU time
            # does not.
            cpu = statistics.median(response.cpu_seconds for _, response in runs)
            verdict = "under" if median < 2 else "over"
            print(
                f"  PDF {label}: median {median:.2f} s over {args.runs} runs "
                f"(fastest {min(seconds):.2f} s, slowest {max(seconds):.2f} s; "
                f"{cpu:.2f} s of CPU time): {verdict} the goal of 2 s"
            )
        print(f"  load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
