#!/usr/bin/env python3
"""The small costs the code's comments point to, measured on this machine.

    .venv/bin/python bench/micro.py [--repeat 200]

In a throwaway SQLite database with the reference data (all 357 municipalities):
- the municipality picker rendered by Django's Select (a template per option) and by the
  portal's QuickSelect (offers/filters.py);
- reading the municipalities from the shared cache (unpickling) against the worker's own copy
  of the current version's values (portal/content.py);
- making an offer's QR code against looking it up once made (offers/sheets.py);
- one full garbage collection in a worker that has loaded the portal, before and after
  gc.freeze() (gunicorn.conf.py).
Prints medians. Not a test: the figures depend on the machine.
"""

import argparse
import gc
import io
import os
import pickle
import statistics
import tempfile
import time

import django_setup


def median_ms(function, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=200, help="runs per figure (200)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/micro.sqlite3"
        django_setup.setup("portal.settings_test")
        # After setup: these import the models.
        from django import forms
        from django.core.management import call_command

        from municipalities.models import Municipality
        from offers import sheets
        from offers.filters import OfferFilter, QuickSelect
        from portal import wsgi

        call_command("migrate", verbosity=0)
        call_command("load_reference_data", stdout=io.StringIO())
        field = OfferFilter().form.fields["kommune"]
        choices = list(field.choices)

        def render(widget_class):
            return lambda: widget_class(choices=choices).render("kommune", "asker")

        municipalities = Municipality.objects.for_picker()
        pickled = pickle.dumps(municipalities)
        in_process = {"choices:municipalities": municipalities}
        urls = [f"https://parorende.example/t/{n}" for n in range(args.repeat)]
        made = iter(urls)
        sheets.qr_code_svg(urls[0])

        options = sum(len(group) for _county, group in choices if isinstance(group, list))
        print(f"Municipality picker ({options} options), median of {args.repeat} renders:")
        print(f"  Django's Select:       {median_ms(render(forms.Select), args.repeat):7.2f} ms")
        print(f"  QuickSelect:           {median_ms(render(QuickSelect), args.repeat):7.2f} ms")
        print(f"The {len(municipalities)} municipalities, cached:")
        unpickle = median_ms(lambda: pickle.loads(pickled), args.repeat)  # noqa: S301 - our own
        print(f"  from the shared cache: {unpickle:7.2f} ms (unpickling)")
        in_copy = median_ms(lambda: in_process["choices:municipalities"], args.repeat)
        print(f"  the process's copy:    {in_copy:7.4f} ms")
        print("An offer's QR code:")
        make = median_ms(lambda: sheets.qr_code_svg.__wrapped__(next(made)), args.repeat - 1)
        print(f"  made:                  {make:7.2f} ms")
        kept = median_ms(lambda: sheets.qr_code_svg(urls[0]), args.repeat)
        print(f"  kept:                  {kept:7.4f} ms")

        wsgi.warm_up()
        objects = len(gc.get_objects())
        print(f"A full garbage collection after loading the portal ({objects} objects):")
        print(f"  unfrozen:              {median_ms(gc.collect, 10):7.2f} ms")
        gc.freeze()
        print(f"  after gc.freeze():     {median_ms(gc.collect, 10):7.2f} ms")
        gc.unfreeze()


if __name__ == "__main__":
    main()
