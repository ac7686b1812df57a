"""Password guessing is stopped: after PORTAL_LOGIN_FAILURE_LIMIT failed logins an account
is locked out from that address for a while, and the lockout is logged."""

import datetime
import logging

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse

from tests import factories

LOGIN = reverse("admin:login")


@pytest.fixture
def kari(asker):
    return factories.coordinator("kari@asker.kommune.example", asker)


def log_in(client, password, username="kari@asker.kommune.example", address="10.0.0.1"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def fail_until_locked(client, **kwargs):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "feil passord", **kwargs)


def test_the_right_password_logs_in(client, kari):
    response = log_in(client, factories.PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_repeated_failures_lock_the_account_out_even_with_the_right_password(client, kari, caplog):
    with caplog.at_level(logging.WARNING):
        fail_until_locked(client)

    response = log_in(client, factories.PASSWORD)

    html = response.content.decode()
    assert response.status_code == 429
    assert "For mange mislykkede innlogginger" in html
    assert html.count("<h1") == 1
    assert "<title>For mange mislykkede innlogginger | " in html
    assert "Prøv igjen om 30 minutter" in html
    assert "nav-sidebar" not in html
    assert "_auth_user_id" not in client.session
    assert any(
        "locked out" in r.getMessage() and "kari@asker.kommune.example" in r.getMessage()
        for r in caplog.records
        if r.name == "accounts.signals"
    )


def test_failures_count_for_the_account_whatever_the_case_of_the_address(client, kari):
    for index in range(settings.AXES_FAILURE_LIMIT):
        log_in(
            client,
            "feil",
            username="KARI@asker.kommune.example" if index % 2 else "kari@asker.kommune.example",
        )

    assert log_in(client, factories.PASSWORD).status_code == 429


def test_the_lockout_is_for_the_account_from_that_address_only(client, kari):
    fail_until_locked(client, address="10.0.0.1")

    assert log_in(client, factories.PASSWORD, address="10.0.0.2").status_code == 302


def test_the_lockout_ends_after_the_cool_off_period(client, kari):
    fail_until_locked(client)
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(minutes=1)
    )

    assert log_in(client, factories.PASSWORD).status_code == 302


def test_a_successful_login_resets_the_count(client, kari):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "feil")
    log_in(client, factories.PASSWORD)
    client.logout()

    assert log_in(client, "feil").status_code == 200
    assert log_in(client, factories.PASSWORD).status_code == 302


def test_behind_a_proxy_the_lockout_is_for_the_address_the_proxy_saw(client, kari, settings):
    settings.PORTAL_PROXY_COUNT = 1

    def log_in_from(address, password="feil passord", forged="203.0.113.9"):
        return client.post(
            LOGIN,
            {"username": "kari@asker.kommune.example", "password": password},
            REMOTE_ADDR="10.0.0.2",  # the proxy
            HTTP_X_FORWARDED_FOR=f"{forged}, {address}",
        )

    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in_from("198.51.100.7")

    assert log_in_from("198.51.100.7", factories.PASSWORD).status_code == 429
    assert log_in_from("198.51.100.8", factories.PASSWORD).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}
