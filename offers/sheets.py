"""Printed offer sheets: a staff member's picks, QR codes, and the PDF of a sheet's HTML page.

The PDF is WeasyPrint rendering the very HTML page the browser prints, with the same
stylesheet, so the two give the same sheet. WeasyPrint never goes on the network: it may
read the portal's static files from disk, and the QR codes are inline SVG.
"""

import functools
import mimetypes
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.utils.safestring import SafeString, mark_safe
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# What an offer's slug can be (Offer.slug is an ASCII SlugField); anything else is not looked up.
_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,200}")


@dataclass
class Picks:
    """The offers a staff member ticked: distinct values in the order picked."""

    values: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, values: list[str]) -> "Picks":
        picked = []
        for value in values:
            value = value.strip()
            if value and value not in picked:
                picked.append(value)
        return cls(picked)

    @property
    def slugs(self) -> list[str]:
        """The values that could be an offer's address."""
        return [value for value in self.values if _SLUG.fullmatch(value)]

    def __len__(self):
        return len(self.values)


@functools.lru_cache(maxsize=2048)
def qr_code_svg(url: str) -> SafeString:
    """The address as a QR code: an inline <svg> that scales to its box, with a quiet zone.

    Kept per address (an offer's never changes): making one costs more than looking it up
    (bench/micro.py).
    """
    code = segno.make(url, error="m", micro=False)
    # segno writes only numbers and path data here: nothing from the URL reaches the markup.
    return mark_safe(  # noqa: S308
        code.svg_inline(border=4, omitsize=True, svgclass="qr-code", lineclass=None)
    )


def static_file_path(name: str) -> Path:
    """A static file on disk: from the source folders, or collected (with hashed names)."""
    found = finders.find(name)
    if found:
        return Path(found)
    if staticfiles_storage.exists(name):
        return Path(staticfiles_storage.path(name))
    raise FileNotFoundError(f"No static file {name!r}")


class StaticFileFetcher(URLFetcher):
    """Lets WeasyPrint read the portal's static files from disk, and nothing else."""

    def __init__(self, base_url: str):
        super().__init__(allowed_protocols=["http", "https"], allow_redirects=False)
        self.static_url = urljoin(base_url, settings.STATIC_URL)

    def fetch(self, url, headers=None):
        if not url.startswith(self.static_url):
            raise ValueError(f"A sheet loads only the portal's static files, not {url}")
        name = unquote(urlsplit(url[len(self.static_url) :]).path)
        path = static_file_path(name)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})


def render_pdf(html: str, base_url: str) -> bytes:
    """The PDF of a sheet's HTML page; base_url is the portal's address the page came from."""
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFileFetcher(base_url))
    return document.write_pdf()
