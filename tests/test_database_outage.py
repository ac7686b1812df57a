"""A real outage: gunicorn on PostgreSQL through a proxy that the test cuts off and restores."""

import json
import time

import pytest
from django.db import connection

from tests import factories
from tests.processes import TcpProxy, fetch, gunicorn, production_environment

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs a database server that can go away"
    ),
    pytest.mark.django_db(transaction=True),
]

PAGE = "/tilbud/samtalegruppe/"


def wait_for(url, status, timeout=15.0) -> float:
    """Seconds until the URL answers with this status."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if fetch(url)[0] == status:
            return time.monotonic() - started
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer {status} within {timeout} s")


def assert_outage_page(base_url):
    status, headers, body = fetch(base_url + PAGE)
    html = body.decode()
    assert status == 503
    assert headers["Retry-After"] == "30"
    assert "Vi får ikke hentet tilbudene akkurat nå" in html
    assert "Traceback" not in html
    assert "OperationalError" not in html


def test_portal_answers_503_while_the_database_is_away_and_recovers_by_itself(asker):
    factories.offer("Samtalegruppe for pårørende", slug="samtalegruppe", municipalities=[asker])
    database = connection.settings_dict
    proxy = TcpProxy((database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)))
    env = production_environment(
        # Plain static files: the outage, not collectstatic, is what this test is about.
        DJANGO_SETTINGS_MODULE="portal.settings_test",
        DATABASE_URL=(
            f"postgresql://{database['USER']}:{database['PASSWORD']}"
            f"@127.0.0.1:{proxy.port}/{database['NAME']}"
        ),
    )

    with gunicorn(env, workers=2) as (base_url, log_path):
        # Started while nothing listens where the database should be.
        assert_outage_page(base_url)
        status, _, body = fetch(base_url + "/healthz")
        assert status == 503
        assert json.loads(body)["database"] == "unavailable"

        proxy.start()
        recovery = wait_for(base_url + PAGE, 200)
        assert recovery < 5
        # Every worker holds a connection now, to be broken in the middle of its life.
        assert {fetch(base_url + PAGE)[0] for _ in range(8)} == {200}

        proxy.stop()
        for _ in range(4):
            assert_outage_page(base_url)

        proxy.start()
        recovery = wait_for(base_url + PAGE, 200)
        assert recovery < 5
        assert {fetch(base_url + PAGE)[0] for _ in range(8)} == {200}
        assert fetch(base_url + "/healthz")[0] == 200

    proxy.stop()
    log = log_path.read_text()
    warnings = [json.loads(line) for line in log.splitlines() if "Database unavailable" in line]
    assert warnings
    assert all(w["request_id"] and w["level"] == "WARNING" for w in warnings)
    assert "Traceback" not in log
