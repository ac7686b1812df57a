"""A repeat download of an unchanged sheet is cheap: ETag, a short max-age, and a 304."""

import datetime

import pytest
from django.utils import timezone

from offers import sheet_pdf
from tests import factories

URLS = [
    "/tilbud/parorendekafe/tilbudsark/",
    "/tilbud/parorendekafe/tilbudsark.pdf",
    "/kommuner/asker/tilbudsark/",
    "/kommuner/asker/tilbudsark.pdf",
    "/tilbudsark/?tilbud=parorendekafe",
    "/tilbudsark.pdf?tilbud=parorendekafe",
]


@pytest.fixture
def offer(asker):
    offer = factories.offer("Pårørendekafé", slug="parorendekafe", municipalities=[asker])
    offer.contacts.set([factories.contact("Kafévert", phone="+47 011 11 111")])
    return offer


@pytest.mark.parametrize("url", URLS)
def test_sheets_carry_an_etag_and_a_short_max_age(client, offer, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Cache-Control"] == "max-age=300"
    # Kept for five minutes, but never across a change of language (a cookie or the browser's).
    assert {"Cookie", "Accept-Language"} <= {v.strip() for v in response["Vary"].split(",")}


@pytest.mark.parametrize("url", URLS)
def test_an_unchanged_sheet_answers_304_without_making_the_pdf(client, offer, monkeypatch, url):
    etag = client.get(url)["ETag"]
    monkeypatch.setattr(sheet_pdf, "render_pdf", lambda *args, **kwargs: pytest.fail("rendered"))

    response = client.get(url, headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response.content == b""


def test_a_second_download_of_an_unchanged_pdf_is_not_rendered_again(client, offer, monkeypatch):
    from django.test import Client

    first = client.get("/kommuner/asker/tilbudsark.pdf")
    monkeypatch.setattr(sheet_pdf, "render_pdf", lambda *args, **kwargs: pytest.fail("rendered"))

    again = Client().get("/kommuner/asker/tilbudsark.pdf")  # another staff member, no ETag

    assert again.status_code == 200
    assert again.content == first.content


def test_a_changed_contact_changes_the_sheet_though_the_offer_was_not_saved(client, offer):
    first = client.get("/tilbud/parorendekafe/tilbudsark.pdf")
    contact = offer.contacts.get()
    contact.phone = "+47 022 22 222"
    contact.save()

    response = client.get(
        "/tilbud/parorendekafe/tilbudsark.pdf", headers={"If-None-Match": first["ETag"]}
    )

    assert response.status_code == 200
    assert response["ETag"] != first["ETag"]


def test_a_new_day_gives_a_new_sheet(client, offer, monkeypatch):
    first = client.get("/kommuner/asker/tilbudsark.pdf")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: tomorrow)

    response = client.get(
        "/kommuner/asker/tilbudsark.pdf", headers={"If-None-Match": first["ETag"]}
    )

    assert response.status_code == 200


def test_the_page_and_the_pdf_have_different_etags(client, offer):
    page = client.get("/tilbud/parorendekafe/tilbudsark/")
    pdf = client.get("/tilbud/parorendekafe/tilbudsark.pdf")

    assert page["ETag"] != pdf["ETag"]


def test_a_sheets_cache_that_cannot_be_written_costs_the_wait_not_the_sheet(
    client, offer, settings, tmp_path, caplog
):
    # A file where the folder should be: every write fails, as on a full disk or a folder
    # the server may not write.
    blocked = tmp_path / "sheets"
    blocked.write_text("not a folder")
    settings.CACHES = {
        **settings.CACHES,
        "sheets": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(blocked),
        },
    }

    response = client.get("/kommuner/asker/tilbudsark.pdf")

    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert "Could not read the sheets cache; making the sheet" in caplog.text


def test_a_sheets_cache_that_fails_to_keep_a_sheet_still_gives_it(
    client, offer, monkeypatch, caplog
):
    from django.core.cache import caches

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(caches["sheets"], "set", full_disk)

    response = client.get("/kommuner/asker/tilbudsark.pdf")

    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert "Could not keep a made sheet in the sheets cache" in caplog.text
