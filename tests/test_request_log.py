"""One JSON log line per request, tagged with a request id, and no personal data in the logs."""

import io
import json
import logging
import re
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offers.querysets import OfferQuerySet
from portal.log import JsonFormatter, RequestIdFilter
from portal.middleware import query_keys

SECRET = "zzhemmelig"  # stands for what a carer typed: it must never reach the log


class Log:
    """What the portal logs while a test runs, formatted exactly as in production."""

    def __init__(self):
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.setFormatter(JsonFormatter())
        self.handler.addFilter(RequestIdFilter())

    @property
    def text(self) -> str:
        return self.stream.getvalue()

    def lines(self, logger=None) -> list[dict]:
        lines = [json.loads(line) for line in self.text.splitlines()]
        return [line for line in lines if logger in (None, line["logger"])]

    def clear(self):
        self.stream.seek(0)
        self.stream.truncate()


@pytest.fixture
def log():
    log = Log()
    logging.getLogger().addHandler(log.handler)
    yield log
    logging.getLogger().removeHandler(log.handler)


def test_each_request_is_one_json_line_with_query_keys_but_not_their_values(client, db, log):
    response = client.get(f"/tilbud/?q={SECRET}&kommune={SECRET}&q=again")

    [line] = log.lines("portal.request")
    assert line["method"] == "GET"
    assert line["path"] == "/tilbud/"
    assert line["query_keys"] == ["q", "kommune"]
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert line["level"] == "INFO"
    assert line["request_id"] == response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", line["request_id"])
    assert SECRET not in log.text


def test_a_sane_request_id_from_the_load_balancer_is_kept(client, db, log):
    response = client.get("/", HTTP_X_REQUEST_ID="lb-2f1c9a7e-0001")

    assert response["X-Request-ID"] == "lb-2f1c9a7e-0001"
    assert log.lines("portal.request")[0]["request_id"] == "lb-2f1c9a7e-0001"


@pytest.mark.parametrize("sent", ["<script>alert(1)</script>", "x" * 500, "short", "a b c d e f"])
def test_an_odd_request_id_is_replaced_by_a_new_one(client, db, sent):
    response = client.get("/", HTTP_X_REQUEST_ID=sent)

    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_errors_are_logged_with_their_request_id_and_traceback(client, db, log, monkeypatch):
    def bug(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(OfferQuerySet, "for_list", bug)
    client.raise_request_exception = False

    response = client.get(f"/tilbud/?q={SECRET}")

    [error] = log.lines("django.request")
    assert error["level"] == "ERROR"
    assert error["message"] == "Internal Server Error: /tilbud/"
    assert error["request_id"] == response["X-Request-ID"]
    assert "RuntimeError: a bug" in error["exception"]
    assert log.lines("portal.request")[0]["status"] == 500
    assert SECRET not in log.text


def test_no_addresses_cookies_e_mails_or_user_agents_in_the_log(client, db, log, monkeypatch):
    client.cookies["sessionid"] = "cookie-value-1234"
    client.raise_request_exception = False
    monkeypatch.setattr(OfferQuerySet, "for_list", lambda *a, **k: 1 / 0)

    client.get(
        "/tilbud/?epost=ola.nordmann%40example.no",
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
        HTTP_USER_AGENT="Mozilla/5.0 (Pårørende-PC)",
    )

    assert log.lines("portal.request")
    for private in ("203.0.113.7", "198.51.100.9", "cookie-value-1234", "ola.nordmann", "Mozilla"):
        assert private not in log.text


def test_query_keys_are_capped_and_odd_names_hidden():
    assert query_keys("a=1&b=2&a=3&&=x") == ["a", "b"]
    assert query_keys("ola%40example.no=1&%3Cscript%3E=2") == ["?"]
    assert len(query_keys("&".join(f"k{i}=v" for i in range(500)))) == 20


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pairs=st.lists(
        st.tuples(st.sampled_from(["q", "kommune", "diagnose", "side", "x"]), st.text()),
        max_size=5,
    )
)
def test_query_values_never_reach_the_log_whatever_they_are(client, db, log, pairs):
    log.clear()
    query = "&".join(f"{key}={quote(SECRET + value)}" for key, value in pairs)

    client.get(f"/tilbud/?{query}")

    assert len(log.lines("portal.request")) == 1
    assert SECRET not in log.text
