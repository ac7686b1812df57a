"""How sheets become PDFs: A4, the portal's own template and fonts, nothing read from the server."""

import datetime
import os
import re

import pytest
from django.utils import timezone

from offers.sheet_pdf import TEMPLATE
from portal import pdf
from portal.pdf_compiler import NICENESS
from tests import factories
from tests.pdf import pdf_font_names, pdf_pages, pdf_reader

A4_IN_POINTS = (595, 842)


@pytest.fixture
def printed_on_22_november(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime.date(2026, 11, 22))


@pytest.fixture
def offer(asker):
    return factories.offer("Pårørendekafé", slug="parorendekafe", municipalities=[asker])


@pytest.mark.parametrize(
    ("url", "filename"),
    [
        ("/tilbud/parorendekafe/tilbudsark.pdf", "tilbudsark-parorendekafe-2026-11-22.pdf"),
        ("/kommuner/asker/tilbudsark.pdf", "tilbudsark-asker-2026-11-22.pdf"),
        ("/tilbudsark.pdf?tilbud=parorendekafe", "tilbudsark-utvalg-2026-11-22.pdf"),
    ],
)
def test_pdfs_are_named_for_what_they_hold_and_the_day_printed(
    client, offer, printed_on_22_november, url, filename
):
    response = client.get(url)

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{filename}"'
    assert "skrevet ut 22. november 2026" in pdf_pages(response)[0]


def test_pdf_is_a4_with_the_portals_fonts_and_title(client, offer):
    response = client.get("/tilbud/parorendekafe/tilbudsark.pdf")

    reader = pdf_reader(response)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == A4_IN_POINTS
    # DejaVu Sans Condensed: the Norwegian and Sami letters, narrow enough for 12 pt.
    assert pdf_font_names(response) == {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}
    assert reader.metadata.title == "Pårørendekafé – Pårørendeportalen"


def test_pdf_reads_no_file_and_asks_for_no_package(client, offer):
    """What Typst may read is its template's own source; the QR codes are data. (WeasyPrint's
    fetcher, which these tests checked before, is gone with WeasyPrint.)"""
    source = "\n".join(
        line for line in TEMPLATE.read_text().splitlines() if not line.lstrip().startswith("//")
    )

    assert "#import" not in source
    assert "#include" not in source
    assert "read(" not in source
    assert not re.search(r'image\(\s*"', source)  # images only from bytes in the data
    response = client.get("/tilbud/parorendekafe/tilbudsark.pdf")
    assert "side 1 av 1" in pdf_pages(response)[0]  # the footer comes from the template


@pytest.mark.parametrize(
    "reading",
    [
        '#read("/etc/passwd")',
        '#read("../../../etc/passwd")',
        '#image("/etc/passwd")',
        '#import "@preview/tablex:0.0.8": tablex',
    ],
)
def test_the_compiler_can_read_nothing_on_the_server(reading):
    """Its project root is an empty folder of its own, and there is no network."""
    with pytest.raises(pdf.RenderError):
        pdf.render(reading.encode(), {}, date=datetime.date(2026, 11, 22), seconds=10)


@pytest.mark.parametrize(
    "url",
    [
        "/tilbud/parorendekafe/tilbudsark/",
        "/kommuner/asker/tilbudsark/",
        "/tilbudsark/?tilbud=parorendekafe",
    ],
)
def test_sheet_pages_have_no_inline_styles_or_scripts(client, offer, url):
    html = client.get(url).content.decode()

    assert "<style" not in html
    assert "<script" not in html
    assert " style=" not in html
    assert '<link rel="stylesheet" href="/static/css/sheet.css">' in html


def test_time_ranges_are_not_broken_after_their_dash(client, asker):
    offer = factories.offer(
        "Kafé", slug="kafe", municipalities=[asker], schedule="Siste torsdag kl. 17.00–19.00"
    )
    offer.contacts.set([factories.contact("Vert", availability="Hverdager kl. 8.00–15.30")])

    html = client.get("/tilbud/kafe/tilbudsark/").content.decode()
    text = pdf_pages(client.get("/tilbud/kafe/tilbudsark.pdf"))[0]

    assert "kl. 17.00–\u206019.00" in html
    assert "kl. 8.00–\u206015.30" in html
    assert "Siste torsdag kl. 17.00–19.00" in text  # the joiner is invisible, also to a reader


def test_missing_fonts_are_named_when_the_portal_starts(settings, tmp_path):
    from django.core import checks

    settings.SHEET_FONT_DIR = tmp_path

    errors = [e for e in checks.run_checks() if e.id == "portal.E001"]

    assert len(errors) == 1
    assert "DejaVuSansCondensed.ttf" in errors[0].msg
    assert "fonts-dejavu-extra" in errors[0].hint


def test_the_compiler_yields_the_processor_to_the_web_workers(client, offer):
    client.get("/tilbud/parorendekafe/tilbudsark.pdf")
    worker, compiler = os.getpid(), pdf._compiler.process.pid
    priority = os.getpriority(os.PRIO_PROCESS, compiler) - os.getpriority(os.PRIO_PROCESS, worker)
    assert priority == NICENESS
