"""Make the municipalities' offer sheets (PDF) ahead of time, so staff printing one need not wait.

    manage.py prepare_sheets [--municipality SLUG ...] [--language CODE ...] [--force]

A PDF is made when it is first asked for and kept for the day in the "sheets" cache under
the hash of what it prints (offers/sheet_pdf.py). This command builds each municipality's
sheet as a visitor at PORTAL_BASE_URL would get it, in each language, and makes its PDF now
if it is not kept yet, so the staff member who asks for it later gets it at once.

By default it prepares every municipality with an offer of its own, in every language. A
sheet whose content has not changed is not made again, and a run when no content has changed
since the last complete run (same content version, same day) does nothing, so it can run
often: every ten minutes from cron picks up the coordinators' changes, and the first run after
midnight makes the new day's sheets (they print the date).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.http.request import split_domain_port, validate_host
from django.utils import timezone, translation

from municipalities.models import Municipality
from offers.models import Offer
from offers.sheet_pdf import PDF_CACHE_SECONDS, SheetBusy, SheetTooSlow, pdf_key, sheet_pdf
from offers.sheets import Site, municipality_sheet
from portal.content import current_version

# What the last complete run prepared: a run finding the same has nothing to do.
LAST_RUN_KEY = "portal:sheets-prepared"
# A sheet that finds every render slot taken (the portal is busy printing) is tried again.
ATTEMPTS = 5


class Command(BaseCommand):
    help = "Make the municipalities' offer sheets (PDF) ahead of time, in every language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--municipality",
            action="append",
            dest="slugs",
            metavar="SLUG",
            help="only this municipality (its address name, e.g. asker); may be repeated",
        )
        parser.add_argument(
            "--language",
            action="append",
            dest="languages",
            metavar="CODE",
            choices=[code for code, _ in settings.LANGUAGES],
            help="only this language (nb, nn or en); may be repeated",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="look at every sheet even if no content has changed since the last run",
        )

    def handle(self, *args, slugs, languages, force, **options):
        municipalities = self._municipalities(slugs)
        languages = languages or [code for code, _ in settings.LANGUAGES]
        base_url = settings.PORTAL_BASE_URL
        site = Site.of_url(base_url)
        domain, _port = split_domain_port(site.host)
        if not validate_host(domain, settings.ALLOWED_HOSTS):
            raise CommandError(
                f"A visitor at {base_url} would be answered 400: check PORTAL_BASE_URL and "
                "DJANGO_ALLOWED_HOSTS."
            )
        sheets = caches["sheets"]
        printed_on = timezone.localdate()

        # The sheets print the date and every piece of content; the version changes with the
        # content and with every deploy (migrate), so an unchanged stamp means ready sheets.
        stamp = hashlib.sha256(
            repr(
                (
                    current_version().token,
                    printed_on.isoformat(),
                    base_url,
                    languages,
                    [municipality.slug for municipality in municipalities],
                )
            ).encode()
        ).hexdigest()
        if not force and sheets.get(LAST_RUN_KEY) == stamp:
            self.stdout.write(
                "Nothing has changed since the last run: the sheets are ready "
                "(--force looks at each of them again)."
            )
            return

        started = time.perf_counter()
        for municipality in municipalities:
            for language in languages:
                sheet_started = time.perf_counter()
                with translation.override(language):
                    self._prepare(municipality_sheet(municipality, site, printed_on), printed_on)
                seconds = time.perf_counter() - sheet_started
                self.stdout.write(f"{municipality.name} ({language}): {seconds:.2f} s")
        sheets.set(LAST_RUN_KEY, stamp, PDF_CACHE_SECONDS)
        count = len(municipalities) * len(languages)
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} sheet{'' if count == 1 else 's'} ready for {base_url} "
                f"in {time.perf_counter() - started:.1f} s."
            )
        )

    def _prepare(self, sheet, printed_on):
        """Make the sheet's PDF unless it is kept; wait and try again while the portal is busy."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                sheet_pdf(sheet, pdf_key(sheet), printed_on)
                return
            except SheetBusy as busy:
                if attempt == ATTEMPTS:
                    raise CommandError("Every render slot stayed taken; try again later.") from None
                time.sleep(busy.retry_after)
            except SheetTooSlow:
                self.stderr.write(f"{sheet['title']}: not made within the time for one sheet.")
                return

    def _municipalities(self, slugs):
        if not slugs:
            with_offers = Offer.objects.public().values("municipalities")
            return list(Municipality.objects.filter(pk__in=with_offers).order_by("name"))
        found = {m.slug: m for m in Municipality.objects.filter(slug__in=slugs)}
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise CommandError(f"No municipality has the address name {', '.join(unknown)}.")
        return [found[slug] for slug in dict.fromkeys(slugs)]
