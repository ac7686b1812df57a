"""`manage.py prepare_sheets` makes the municipality sheets' PDFs before staff ask for them."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from pypdf import PdfReader

from offers import sheet_pdf
from tests import factories


@pytest.fixture(autouse=True)
def portal_address(settings):
    # The address the sheets are made for: the test client's.
    settings.PORTAL_BASE_URL = "http://testserver"


@pytest.fixture
def offers(asker, baerum):
    kafe = factories.offer("Pårørendekafé", slug="parorendekafe", municipalities=[asker])
    kafe.contacts.set([factories.contact("Kafévert", phone="+47 011 11 111")])
    factories.offer("Samtalegruppe i Bærum", municipalities=[baerum])
    return kafe


def prepare(*args):
    out = io.StringIO()
    call_command("prepare_sheets", *args, stdout=out)
    return out.getvalue()


def no_rendering(monkeypatch):
    monkeypatch.setattr(sheet_pdf, "render_pdf", lambda *args, **kwargs: pytest.fail("rendered"))


def pdf_text(response):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_a_prepared_sheet_is_served_without_being_made_while_staff_wait(offers, monkeypatch):
    output = prepare("--municipality", "asker", "--language", "nb")
    no_rendering(monkeypatch)

    response = Client().get("/kommuner/asker/tilbudsark.pdf")

    assert "Asker (nb):" in output
    assert "1 sheet ready for http://testserver" in output
    assert response.status_code == 200
    assert "Pårørendekafé" in pdf_text(response)
    assert "Kafévert" in pdf_text(response)


def test_every_language_is_prepared_by_default(offers, monkeypatch):
    prepare("--municipality", "asker")
    no_rendering(monkeypatch)

    for language, heading in [
        ("nb", "Tilbud til pårørende i Asker"),
        ("nn", "Tilbod til pårørande i Asker"),
        ("en", "Offers for carers in Asker"),
    ]:
        client = Client(headers={"accept-language": language})
        response = client.get("/kommuner/asker/tilbudsark.pdf")
        assert heading in pdf_text(response)


def test_by_default_every_municipality_with_an_offer_of_its_own_is_prepared(offers, trondheim):
    output = prepare("--language", "nb")

    assert "Asker (nb):" in output
    assert "Bærum (nb):" in output
    assert "Trondheim" not in output  # no offer of its own
    assert "2 sheets ready" in output


def test_a_run_with_nothing_changed_does_nothing(offers, monkeypatch):
    prepare("--municipality", "asker")
    no_rendering(monkeypatch)

    assert "Nothing has changed since the last run" in prepare("--municipality", "asker")
    # --force looks at each sheet again, and finds each PDF already made.
    assert "3 sheets ready" in prepare("--municipality", "asker", "--force")


def test_a_changed_offer_is_on_the_next_prepared_sheet(offers, monkeypatch):
    prepare("--municipality", "asker", "--language", "nb")
    offers.title = "Pårørendekafé på biblioteket"
    offers.save()

    output = prepare("--municipality", "asker", "--language", "nb")
    no_rendering(monkeypatch)
    response = Client().get("/kommuner/asker/tilbudsark.pdf")

    assert "Asker (nb):" in output
    assert "Pårørendekafé på biblioteket" in pdf_text(response)


def test_an_unknown_municipality_is_named(offers):
    with pytest.raises(CommandError, match="No municipality has the address name atlantis"):
        prepare("--municipality", "atlantis")


def test_an_address_the_portal_does_not_answer_to_is_explained(offers, settings):
    settings.PORTAL_BASE_URL = "http://elsewhere.example"

    with pytest.raises(CommandError, match="answered 400: check PORTAL_BASE_URL"):
        prepare("--municipality", "asker", "--language", "nb")
