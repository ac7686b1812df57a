"""The PDF of a printed sheet: Typst lays out the sheet's data (offers/sheets.py), within a
time, a few at a time, once per sheet.

- The key is the hash of what is printed (the sheet's data: its offers as they read now, the
  language, the date and the site's address) and of the template, never the request's query:
  a query that changes nothing printed finds the same PDF.
- One render per key at a time: a request for a sheet being made waits for that render.
- At most SHEET_RENDERS renders at once, on this host or, with REDIS_URL, on all of them,
  and as many requests waiting for one; a request that finds no place in that line, or no
  slot within a few seconds, is told to try again (SheetBusy).
- Each render has SHEET_RENDER_SECONDS; a sheet not made by then (SheetTooSlow) is not tried
  again for a while, and its worker is free at once (portal.pdf).

A made PDF is kept a day in the "sheets" cache, which every worker process shares.
"""

import hashlib
import json
import logging
import re
import time
from importlib.metadata import version

from django.conf import settings
from django.core.cache import caches

from portal import locks
from portal import pdf as typst_pdf

logger = logging.getLogger(__name__)

TEMPLATE = settings.BASE_DIR / "templates" / "offers" / "sheets" / "sheet.typ"
# A made PDF is kept a day: its key holds the date printed.
PDF_CACHE_SECONDS = 24 * 60 * 60
# A sheet that could not be made in time is not tried again for this long.
TOO_SLOW_SECONDS = 10 * 60
# How long a request waits for a free render slot, or for the same sheet made by another.
WAIT_SECONDS = 3
# Typst never breaks a line inside a word: a run of more letters than this without a space
# gets an invisible break opportunity (a zero-width space) after every this many.
_LONGEST_WORD = 30
_LONG_WORD = re.compile(rf"[^\s\u200b]{{{_LONGEST_WORD + 1},}}")
_ENGINE = f"typst {version('typst')}"
_AS_IS = {"qr", "anchor"}


class SheetBusy(Exception):
    """Every render slot stayed taken, or the same sheet is still being made elsewhere."""

    retry_after = 5


class SheetTooSlow(Exception):
    """The sheet was not made within its time."""

    retry_after = TOO_SLOW_SECONDS


def _breakable(text: str) -> str:
    return _LONG_WORD.sub(
        lambda m: "\u200b".join(
            m[0][i : i + _LONGEST_WORD] for i in range(0, len(m[0]), _LONGEST_WORD)
        ),
        text,
    )


def typeset(value):
    """The sheet's data as Typst gets it: long words made breakable (but QR codes and the
    anchors the contents link to)."""
    if isinstance(value, str):
        return _breakable(value)
    if isinstance(value, list):
        return [typeset(item) for item in value]
    if isinstance(value, dict):
        return {key: item if key in _AS_IS else typeset(item) for key, item in value.items()}
    return value


def pdf_key(sheet: dict) -> str:
    """The PDF's identity: the hash of the template, the engine and the data."""
    digest = hashlib.sha256(TEMPLATE.read_bytes())
    digest.update(_ENGINE.encode())
    digest.update(json.dumps(sheet, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def _cache_get(key):
    try:
        return caches["sheets"].get(key)
    except Exception:  # each backend fails with its own errors
        logger.warning("Could not read the sheets cache; making the sheet", exc_info=True)
        return None


def _cache_set(key, value, seconds):
    try:
        caches["sheets"].set(key, value, seconds)
    except Exception:
        logger.warning("Could not keep a made sheet in the sheets cache", exc_info=True)


def is_kept(key: str) -> bool:
    """Whether the sheet's PDF is made and kept (asking for it then makes nothing)."""
    try:
        return caches["sheets"].has_key(f"portal:sheet-pdf:{key}")
    except Exception:  # sheet_pdf() logs the store's failure
        return False


def render_pdf(sheet: dict, printed_on) -> bytes:
    """Lay the sheet out as a PDF, now (the seam tests replace)."""
    return typst_pdf.render(
        TEMPLATE.read_bytes(),
        typeset(sheet),
        date=printed_on,
        seconds=settings.SHEET_RENDER_SECONDS,
    )


def _render_in_a_slot(sheet, printed_on, slots, expire, slow_name) -> bytes:
    with locks.first_free_lock(slots, wait=WAIT_SECONDS, expire=expire) as slot:
        if slot is None:
            raise SheetBusy
        started = time.perf_counter()
        try:
            pdf = render_pdf(sheet, printed_on)
        except typst_pdf.RenderBusy:
            raise SheetBusy from None
        except typst_pdf.RenderTimeout:
            logger.warning("A sheet PDF was not made within %s s", settings.SHEET_RENDER_SECONDS)
            _cache_set(slow_name, True, TOO_SLOW_SECONDS)
            raise SheetTooSlow from None
        milliseconds = round((time.perf_counter() - started) * 1000, 1)
        logger.info(
            "Made a sheet PDF (%s) in %s ms",
            sheet["kind"],
            milliseconds,
            extra={"duration_ms": milliseconds},
        )
        return pdf


def sheet_pdf(sheet: dict, key: str, printed_on) -> bytes:
    """The sheet's PDF: kept, or made now (SheetBusy, SheetTooSlow when it cannot be)."""
    pdf_name, slow_name = f"portal:sheet-pdf:{key}", f"portal:sheet-slow:{key}"
    if (pdf := _cache_get(pdf_name)) is not None:
        return pdf
    expire = settings.SHEET_RENDER_SECONDS + WAIT_SECONDS

    with locks.first_free_lock(
        [f"sheet:{key}"], wait=WAIT_SECONDS, expire=expire, stop=lambda: is_kept(key)
    ) as flight:
        if (pdf := _cache_get(pdf_name)) is not None:
            return pdf
        if flight is None:
            raise SheetBusy
        if _cache_get(slow_name) is not None:
            raise SheetTooSlow
        # As many may wait for a slot as may render: the rest are told at once, so a burst of
        # PDFs never holds every worker (and /healthz and the pages keep theirs).
        renders = settings.SHEET_RENDERS
        line = [f"sheet-line:{n}" for n in range(2 * renders)]
        slots = [f"sheet-slot:{n}" for n in range(renders)]
        with locks.first_free_lock(line, wait=0, expire=expire) as place:
            if place is None:
                raise SheetBusy
            pdf = _render_in_a_slot(sheet, printed_on, slots, expire, slow_name)
        _cache_set(pdf_name, pdf, PDF_CACHE_SECONDS)
        return pdf
