"""When something fails a carer gets a friendly page in Norwegian, never technical detail."""

import logging

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory

from offers.querysets import OfferQuerySet
from portal import views
from portal.log import current_request_id


@pytest.fixture
def failing_client(client):
    """A client that sees the error page, as a browser would, instead of the exception."""
    client.raise_request_exception = False
    return client


def fail_offer_list_with(monkeypatch, error):
    def raiser(*args, **kwargs):
        raise error

    monkeypatch.setattr(OfferQuerySet, "for_list", raiser)


def assert_no_technical_detail(html: str):
    for detail in ("Traceback", "OperationalError", "Exception", "psycopg", 'File "'):
        assert detail not in html


def test_unknown_address_shows_a_friendly_not_found_page(client, db):
    response = client.get("/tilbud/finnes-ikke/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Vi fant ikke siden</h1>" in html
    assert 'href="/tilbud/"' in html  # a way on
    assert '<html lang="nb">' in html
    assert_no_technical_detail(html)


def test_a_bug_shows_a_friendly_error_page_with_a_reference(failing_client, db, monkeypatch):
    fail_offer_list_with(monkeypatch, RuntimeError("a bug with a secret detail"))

    response = failing_client.get("/tilbud/", HTTP_X_REQUEST_ID="req-0123456789")

    html = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Noe gikk galt hos oss</h1>" in html
    assert "req-0123456789" in html
    assert "secret detail" not in html
    assert_no_technical_detail(html)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("error", [OperationalError("db down"), InterfaceError("closed")])
def test_database_outage_in_a_view_answers_503_with_retry_after(
    failing_client, db, monkeypatch, error
):
    fail_offer_list_with(monkeypatch, error)

    response = failing_client.get("/tilbud/?kommune=asker")

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Vi får ikke hentet tilbudene akkurat nå" in html
    assert str(error) not in html
    assert_no_technical_detail(html)


def test_an_outage_is_logged_once_in_a_while_not_once_per_request(
    failing_client, db, monkeypatch, caplog
):
    """Found under load: 4,809 ERROR lines in 10 s, one per 503 (and a warning each)."""
    fail_offer_list_with(monkeypatch, OperationalError("db down"))
    monkeypatch.setattr(views, "outage_log", views._OutageLog())
    clock = [1000.0]
    monkeypatch.setattr(views.time, "monotonic", lambda: clock[0])

    statuses = []
    for _ in range(3):  # three 10-second intervals
        for _ in range(20):
            statuses.append(failing_client.get("/tilbud/").status_code)
            clock[0] += 0.4
        clock[0] += views.OUTAGE_LOG_INTERVAL

    assert set(statuses) == {503}
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelname for r in records] == ["WARNING"] * 3
    assert all(r.getMessage().startswith("Database unavailable: OperationalError") for r in records)
    assert not [r for r in caplog.records if r.name == "django.request"]


def test_database_outage_outside_a_view_is_a_503_too(failing_client, db, monkeypatch):
    def session_store_gone(self, request, response):
        raise OperationalError("could not save the session")

    monkeypatch.setattr(SessionMiddleware, "process_response", session_store_gone)

    response = failing_client.get("/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Vi får ikke hentet tilbudene akkurat nå" in response.content.decode()


@pytest.mark.parametrize("template", ["500.html", "503.html"])
def test_error_pages_render_without_touching_the_database(db, django_assert_num_queries, template):
    token = current_request_id.set("ref-42")
    try:
        with django_assert_num_queries(0):
            response = views.error_page(template, 500)
    finally:
        current_request_id.reset(token)

    html = response.content.decode()
    assert "Pårørendeportalen" in html
    assert "ref-42" in html


def test_server_error_handler_tells_an_outage_from_a_bug(rf: RequestFactory):
    request = rf.get("/")
    try:
        raise OperationalError("gone")
    except OperationalError:
        outage = views.server_error(request)
    try:
        raise ValueError("bug")
    except ValueError:
        bug = views.server_error(request)

    assert outage.status_code == 503
    assert bug.status_code == 500


def test_a_coordinator_refused_a_part_of_the_admin_is_sent_back_to_the_admin(coordinator_client):
    response = coordinator_client.get("/admin/offers/offertype/")

    html = " ".join(response.text.split())
    assert response.status_code == 403
    assert "Du har ikke tilgang til denne siden" in html
    assert "kontoen din har ikke tilgang til denne delen av administrasjonen" in html
    assert '<a href="/admin/">Tilbake til administrasjonen</a>' in html
    assert "Siden er bare for kommunens koordinatorer" not in html
