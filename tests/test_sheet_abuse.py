"""Sheet PDFs under abuse: a query string makes no new PDF, one render per sheet at a time, a
cap on renders at once, a rate per address, a time per render, and text that cannot blow up."""

import datetime
import threading
import time

import pytest
from django.db import connection
from django.test import Client
from django.utils.timezone import localdate

from offers import sheet_pdf, sheets
from portal import locks
from portal import pdf as typst_pdf
from tests import factories
from tests.admin_forms import change_url, offer_form_data
from tests.pdf import pdf_pages, pdf_text
from tests.test_settings import start_with

URL = "/kommuner/asker/tilbudsark.pdf"


@pytest.fixture
def offer(asker):
    offer = factories.offer("Pårørendekafé", slug="kafe", municipalities=[asker])
    offer.contacts.set([factories.contact("Kafévert", phone="+47 011 11 111")])
    return offer


@pytest.fixture
def renders(monkeypatch):
    """Counts the PDFs made (each really made, after a pause that lets others arrive)."""
    made = []
    real = sheet_pdf.render_pdf

    def counted(sheet, printed_on):
        made.append(sheet["title"])
        time.sleep(0.3)
        return real(sheet, printed_on)

    monkeypatch.setattr(sheet_pdf, "render_pdf", counted)
    return made


@pytest.fixture
def quick_waits(monkeypatch):
    monkeypatch.setattr(sheet_pdf, "WAIT_SECONDS", 0.3)


def test_query_strings_that_change_nothing_printed_find_the_same_pdf(client, offer, renders):
    first = client.get(URL)
    others = [client.get(f"{URL}?x={n}") for n in range(1, 21)]
    others.append(client.get(f"{URL}?next=/kommuner/asker/tilbudsark/?a=1&tilbud=kafe"))

    assert len(renders) == 1
    for response in others:
        assert response.status_code == 200
        assert response["ETag"] == first["ETag"]
        assert response.content == first.content


def test_the_pdf_does_not_change_with_the_preview_pages_address(client, offer):
    """The HTML preview carries its own address (the language switcher's way back); the PDF
    is made from the sheet's data, which does not."""
    page = client.get("/kommuner/asker/tilbudsark/?x=1").content.decode()

    assert 'name="next" value="/kommuner/asker/tilbudsark/?x=1"' in page
    assert client.get(f"{URL}?x=1")["ETag"] == client.get(URL)["ETag"]


def test_identical_requests_at_once_wait_for_one_render(client, asker, offer, renders):
    sheet = sheets.municipality_sheet(asker, sheets.Site("http", "testserver"), localdate())
    key = sheet_pdf.pdf_key(sheet)
    made = []

    def ask():  # as four workers would, each in its own thread
        made.append(sheet_pdf.sheet_pdf(sheet, key, localdate()))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(renders) == 1
    assert len(made) == 4
    assert len(set(made)) == 1
    assert client.get(URL).content == made[0]


def test_over_the_cap_the_answer_is_a_friendly_503_with_retry_after(
    client, offer, settings, quick_waits
):
    settings.SHEET_RENDERS = 1
    release = locks.try_lock("sheet-slot:0", expire=30)  # another worker is rendering
    try:
        started = time.monotonic()
        response = client.get(URL)
        waited = time.monotonic() - started
    finally:
        release()

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert waited < 2
    assert "Mange skriver ut akkurat nå. Vent noen sekunder og prøv igjen." in response.text
    assert 'href="/kommuner/asker/tilbudsark/"' in response.text  # the preview, to print
    assert client.get(URL).status_code == 200  # a slot is free again


def test_a_sheet_being_made_elsewhere_is_waited_for_and_then_given(
    client, asker, offer, quick_waits
):
    sheet = sheets.municipality_sheet(asker, sheets.Site("http", "testserver"), localdate())
    key = sheet_pdf.pdf_key(sheet)
    release = locks.try_lock(f"sheet:{key}", expire=30)
    try:
        busy = client.get(URL)
    finally:
        release()

    assert busy.status_code == 503
    assert client.get(URL).status_code == 200


def test_pdfs_made_are_limited_per_address_but_kept_ones_are_not(client, asker, settings):
    settings.SHEET_PDF_RATE = "2/m"
    for slug in ["a", "b", "c"]:
        factories.offer(f"Tilbud {slug}", slug=slug, municipalities=[asker])

    made = [client.get(f"/tilbud/{slug}/tilbudsark.pdf") for slug in ["a", "b", "c"]]
    again = client.get("/tilbud/a/tilbudsark.pdf")
    elsewhere = Client(REMOTE_ADDR="192.0.2.9").get("/tilbud/c/tilbudsark.pdf")

    assert [response.status_code for response in made] == [200, 200, 429]
    assert int(made[2]["Retry-After"]) > 0
    assert "Prøv igjen om" in made[2].text
    assert again.status_code == 200  # kept: asking again makes nothing
    assert elsewhere.status_code == 200


def test_a_render_over_its_time_ends_in_a_message_and_is_not_tried_again_at_once(
    client, offer, monkeypatch
):
    tries = []

    def too_slow(sheet, printed_on):
        tries.append(1)
        raise typst_pdf.RenderTimeout

    monkeypatch.setattr(sheet_pdf, "render_pdf", too_slow)

    first, second = client.get(URL), client.get(URL)

    assert len(tries) == 1
    for response in [first, second]:
        assert response.status_code == 503
        assert response["Retry-After"] == "600"
        assert "Dette arket tok for lang tid å lage som PDF" in response.text
        assert "no-store" in response["Cache-Control"]


def test_the_compiler_is_stopped_at_the_time_and_the_next_pdf_is_made():
    endless = b"#for n in range(100000000) { }"
    started = time.monotonic()
    with pytest.raises(typst_pdf.RenderTimeout):
        typst_pdf.render(endless, {}, date=datetime.date(2026, 11, 22), seconds=0.5)
    stopped = time.monotonic() - started

    pdf = typst_pdf.render(b"Hei", {}, date=datetime.date(2026, 11, 22), seconds=10)

    assert stopped < 2
    assert pdf.startswith(b"%PDF-")


@pytest.mark.parametrize("field", ["description", "title", "summary", "place"])
def test_a_word_of_60000_letters_gives_a_sheet_within_seconds(client, asker, field):
    """Fields are held to their length on paper even where the database allows more (SQLite,
    or a description saved before the limit), and long words get break opportunities."""
    offer = factories.offer("Langt ord", slug="langt", municipalities=[asker])
    # PostgreSQL holds a character field to its length itself; SQLite and text fields do not.
    limit = type(offer)._meta.get_field(field).max_length
    length = 60_000 if field == "description" or connection.vendor == "sqlite" else limit
    type(offer).objects.filter(pk=offer.pk).update(**{field: "x" * length})

    started = time.monotonic()
    own = client.get("/tilbud/langt/tilbudsark.pdf")
    listed = client.get(URL)
    seconds = time.monotonic() - started

    assert seconds < 10
    for response in [own, listed] if field != "description" else [own]:  # lists leave it out
        pages = pdf_pages(response)
        assert len(pages) <= 3
        assert "x" * 150 in "".join(pages).replace(" ", "")
    assert listed.status_code == 200


def test_user_text_prints_as_written_never_as_typst(client, asker):
    title = '#read("/etc/passwd") *fet* ] [ #{ while true {} } = Overskrift'
    factories.offer(title, slug="kode", municipalities=[asker])

    text = pdf_text(client.get("/tilbud/kode/tilbudsark.pdf"))

    assert title in text
    assert "root:" not in text


def test_invisible_and_direction_changing_characters_are_left_out(client, asker):
    nul = "\x00" if connection.vendor == "sqlite" else ""  # PostgreSQL refuses to store it
    factories.offer(
        f"Kafé\u202e omvendt\u202c og{nul} null\x07", slug="kafe", municipalities=[asker]
    )

    html = client.get("/tilbud/kafe/tilbudsark/").text
    text = pdf_text(client.get("/tilbud/kafe/tilbudsark.pdf"))

    for printed in [html, text]:
        assert "Kafé omvendt og null" in printed
        for character in ["\u202e", "\u202c", "\x00", "\x07"]:
            assert character not in printed


def test_the_admin_explains_the_length_a_description_may_have(client, asker, asker_coordinator):
    offer = factories.offer("Kafé", slug="kafe", owner=asker, municipalities=[asker])
    client.force_login(asker_coordinator)

    too_long = client.post(change_url(offer), offer_form_data(offer, description="Ord. " * 401))
    fits = client.post(change_url(offer), offer_form_data(offer, description="Ord. " * 400))

    assert too_long.status_code == 200  # the form again, with the message
    assert (
        "Beskrivelsen kan ha høyst 2000 tegn, og denne har 2004. Et tilbudsark skal være lett å "
        "lese: skriv kortere, og legg gjerne resten på kommunens egen side."
    ) in too_long.text
    assert fits.status_code == 302
    offer.refresh_from_db()
    assert len(offer.description) == 1999  # the last space is trimmed


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"PORTAL_SHEET_RENDER_SECONDS": "25"}, "PORTAL_SHEET_RENDER_SECONDS"),
        ({"PORTAL_SHEET_RENDER_SECONDS": "50", "GUNICORN_TIMEOUT": "55"}, "GUNICORN_TIMEOUT"),
        ({"PORTAL_SHEET_PDF_RATE": "many"}, "PORTAL_SHEET_PDF_RATE='many'"),
        ({"PORTAL_SHEET_RENDERS": "0"}, "PORTAL_SHEET_RENDERS='0'"),
    ],
)
def test_sheet_limits_that_make_no_sense_stop_the_portal_at_start(variables, named):
    result = start_with(DJANGO_DEBUG="1", **variables)

    assert result.returncode != 0
    assert named in result.stderr


def test_a_render_time_well_below_gunicorns_timeout_is_accepted():
    result = start_with(DJANGO_DEBUG="1", PORTAL_SHEET_RENDER_SECONDS="50", GUNICORN_TIMEOUT="60")

    assert result.returncode == 0, result.stderr


def test_a_compiler_busy_with_another_thread_is_busy_not_slow(client, offer, monkeypatch):
    real = sheet_pdf.render_pdf

    def busy(sheet, printed_on):
        raise typst_pdf.RenderBusy

    monkeypatch.setattr(sheet_pdf, "render_pdf", busy)
    first = client.get(URL)
    monkeypatch.setattr(sheet_pdf, "render_pdf", real)
    second = client.get(URL)

    assert first.status_code == 503
    assert "Mange skriver ut akkurat nå" in first.text
    assert second.status_code == 200  # not remembered as too slow


def test_with_the_line_for_renders_full_the_answer_comes_at_once(client, offer, settings):
    """As many may wait for a render as may render: a burst never holds every worker."""
    settings.SHEET_RENDERS = 1
    held = [locks.try_lock(f"sheet-line:{n}", expire=30) for n in range(2)]
    try:
        started = time.monotonic()
        response = client.get(URL)
        waited = time.monotonic() - started
    finally:
        for release in held:
            release()

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert waited < 1  # not the 3 s a place in line may wait for a slot
    assert client.get(URL).status_code == 200
