"""How long staff wait for a sheet's HTML page and for its PDF made on request, in one run.

    .venv/bin/python bench/sheets.py [--offers 40] [--runs 7] [--save FOLDER]

Loads the demo data into a temporary SQLite database and times, for Asker's demo sheet and
then for a municipality's list of OFFERS offers (the demo offers repeated, with their texts,
contacts and partners, all serving Asker):
- the HTML page, and
- the PDF made on request, with every cache emptied: before each request an offer is saved
  (so the content version, the page cache and the sheet's key all change) and the sheets
  cache is cleared, so Typst lays out new data, as for the first print after an edit. The
  worker's compiler process is running, as in a worker that has printed before;
- the first PDF in a new worker (its compiler process not started yet), once.
Prints medians, the PDF's pages and the ratio of PDF to HTML (the goal: at most 8x). Not a
test: the figures depend on the machine.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL_RATIO = 8


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
    parser.add_argument("--offers", type=int, default=40, help="offers on the long sheet (40)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (7)")
    parser.add_argument("--save", type=Path, help="a folder to keep the sheets' PDFs in")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings_test")
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        import django

        django.setup()
        from django.core.cache import caches
        from django.core.management import call_command
        from django.test import Client
        from pypdf import PdfReader

        from municipalities.models import Municipality
        from offers.models import Offer
        from portal import pdf

        call_command("migrate", verbosity=0)
        call_command("load_demo_data", stdout=io.StringIO())
        client = Client()
        edits = iter(range(1_000_000))

        asker = Municipality.objects.get(slug="asker")

        def edit():
            """An offer on the sheet changes, as a coordinator's save would change it."""
            offer = Offer.objects.public().serving(asker).first()
            offer.summary = f"{offer.summary.split(' #')[0]} #{next(edits)}"
            offer.save()
            for cache in caches.all():
                cache.clear()

        def timed(url):
            edit()
            start = time.perf_counter()
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            return time.perf_counter() - start, response

        def measure(label):
            html_url, pdf_url = "/kommuner/asker/tilbudsark/", "/kommuner/asker/tilbudsark.pdf"
            pdf.stop()
            cold, _ = timed(pdf_url)  # a new worker's first PDF: its compiler starts
            timed(html_url)  # warm-up of the page's templates
            html = statistics.median(timed(html_url)[0] for _ in range(args.runs))
            made = [timed(pdf_url) for _ in range(args.runs)]
            seconds = statistics.median(duration for duration, _ in made)
            content = made[-1][1].content
            pages = len(PdfReader(io.BytesIO(content)).pages)
            ratio = seconds / html
            verdict = "within" if ratio <= GOAL_RATIO else "over"
            print(f"{label}: {pages} A4 pages")
            print(f"  HTML page:            median {html * 1000:6.0f} ms")
            print(
                f"  PDF made on request:  median {seconds * 1000:6.0f} ms "
                f"(fastest {min(d for d, _ in made) * 1000:.0f}, "
                f"slowest {max(d for d, _ in made) * 1000:.0f})"
            )
            print(f"  PDF / HTML:           {ratio:6.1f}x, {verdict} the goal of {GOAL_RATIO}x")
            print(f"  a new worker's first PDF (its compiler starting): {cold * 1000:.0f} ms")
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{label.split()[0].lower()}.pdf").write_bytes(content)

        count = Offer.objects.public().serving(asker).count()
        measure(f"Asker's demo sheet ({count} offers)")
        make_offers(args.offers)
        measure(f"Long sheet ({args.offers} offers)")
        print(f"  load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
