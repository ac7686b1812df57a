"""Make the municipalities' offer sheets (PDF) ahead of time, so staff printing one need not wait.

    manage.py prepare_sheets [--municipality SLUG ...] [--language CODE ...] [--force]

A municipality's whole list takes WeasyPrint seconds to make (bench/sheets.py times it), and
the sheet view keeps each PDF it makes in the "sheets" cache, keyed by the page it
was made from (offers/views/sheets.py). This command asks for each municipality's PDF the way
a visitor at PORTAL_BASE_URL would, in each language, through the portal's own request
handling, so the PDF is made now and the staff member who asks for it later gets it at once.

By default it prepares every municipality with an offer of its own, in every language. A
sheet whose page has not changed is not made again, and a run when no content has changed
since the last complete run (same content version, same day) does nothing, so it can run
often: every ten minutes from cron picks up the coordinators' changes, and the first run after
midnight makes the new day's sheets (they print the date).
"""

import hashlib
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from municipalities.models import Municipality
from offers.models import Offer
from offers.views.sheets import PDF_CACHE_SECONDS
from portal.content import current_version

# What the last complete run prepared: a run finding the same has nothing to do.
LAST_RUN_KEY = "portal:sheets-prepared"


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
        sheets = caches["sheets"]

        # The sheets print the date and every piece of content; the version changes with the
        # content and with every deploy (migrate), so an unchanged stamp means ready sheets.
        stamp = hashlib.sha256(
            repr(
                (
                    current_version().token,
                    timezone.localdate().isoformat(),
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

        client = self._client(base_url)
        started = time.perf_counter()
        for municipality in municipalities:
            path = reverse("offers:municipality_sheet_pdf", args=[municipality.slug])
            for language in languages:
                client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
                sheet_started = time.perf_counter()
                response = client.get(path, secure=base_url.startswith("https://"))
                if response.status_code != 200:
                    raise CommandError(
                        f"{base_url}{path} in {language} answered {response.status_code}: "
                        "check PORTAL_BASE_URL and DJANGO_ALLOWED_HOSTS."
                    )
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

    def _municipalities(self, slugs):
        if not slugs:
            with_offers = Offer.objects.public().values("municipalities")
            return list(Municipality.objects.filter(pk__in=with_offers).order_by("name"))
        found = {m.slug: m for m in Municipality.objects.filter(slug__in=slugs)}
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise CommandError(f"No municipality has the address name {', '.join(unknown)}.")
        return [found[slug] for slug in dict.fromkeys(slugs)]

    def _client(self, base_url):
        host = urlsplit(base_url).netloc
        headers = {"host": host}
        if base_url.startswith("https://") and getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
            # Behind a proxy the portal believes only the proxy's word that a request is https.
            header, value = settings.SECURE_PROXY_SSL_HEADER
            headers[header.removeprefix("HTTP_").replace("_", "-").lower()] = value
        return Client(headers=headers)
