"""Password guessing is stopped: after PORTAL_LOGIN_FAILURE_LIMIT failed logins an account
is locked out from that address for a while, and the lockout is logged."""

import datetime
import io
import logging

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
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


def test_an_address_too_long_for_any_account_is_a_form_error_not_a_failed_login(client, kari):
    """Found by a probe: 256 characters went on to axes, whose column could not hold them."""
    for username in ["a" * 245 + "@example.no", "İ" * 245 + "@example.no"]:
        response = log_in(client, "feil passord", username=username)

        assert response.status_code == 200
        assert "denne verdien har 254 eller færre tegn" in response.content.decode()
    assert not AccessAttempt.objects.exists()


def test_lower_casing_that_lengthens_the_address_never_breaks_the_login(client, kari):
    """'İ' lower-cases to two characters: 254 of them become 508, more than axes stores."""
    response = log_in(client, "feil passord", username="İ" * 243 + "@example.no")

    assert response.status_code == 200
    assert "oppgi gyldig e-postadresse og passord" in response.content.decode()
    assert len(AccessAttempt.objects.get().username) == 255


def spray(client, count, address="10.0.0.9"):
    """Failed logins from one address, each for another account."""
    return [
        log_in(client, "Sommer2026!", username=f"bruker{n}@kommune.example", address=address)
        for n in range(count)
    ]


def test_many_failed_logins_for_different_accounts_lock_the_address_out(
    client, kari, settings, caplog
):
    """Password spraying: one likely password tried on many accounts from one address."""
    with caplog.at_level(logging.WARNING):
        answers = spray(client, 24)

    limit = settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT
    assert limit < 24
    assert [a.status_code for a in answers] == [200] * (limit - 1) + [429] * (25 - limit)
    refused = answers[-1]
    html = refused.content.decode()
    assert "For mange mislykkede innlogginger" in html
    assert "Innlogging fra nettverket du er på, er stengt en stund" in html
    assert "Prøv igjen om 30 minutter" in html
    assert refused["Retry-After"] == str(30 * 60)
    # Refused before any password is checked, so no account's count grows any more.
    assert AccessAttempt.objects.count() == limit
    lockouts = [r.getMessage() for r in caplog.records if r.name == "accounts.lockout"]
    assert lockouts == [
        f"Logins from address 10.0.0.9 refused after {limit} failures for any accounts"
    ]


def test_a_locked_out_address_is_refused_even_the_right_password(client, kari):
    spray(client, 24, address="10.0.0.9")

    assert log_in(client, factories.PASSWORD, address="10.0.0.9").status_code == 429
    assert "_auth_user_id" not in client.session


def test_another_address_logs_in_while_one_is_locked_out(client, kari):
    spray(client, 24, address="10.0.0.9")

    assert spray(client, 1, address="10.0.0.10")[0].status_code == 200
    assert log_in(client, factories.PASSWORD, address="10.0.0.10").status_code == 302


def test_only_failures_count_against_the_address(client, kari, settings):
    for _ in range(settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT + 5):
        assert log_in(client, factories.PASSWORD).status_code == 302
        client.logout()

    assert spray(client, 1)[0].status_code == 200


def test_the_address_lockout_ends_after_the_cool_off_period(client, kari):
    spray(client, 24)
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(minutes=1)
    )

    assert log_in(client, factories.PASSWORD, address="10.0.0.9").status_code == 302


def test_a_return_address_off_the_site_leads_to_the_admin_start_page(client, kari):
    response = client.post(
        LOGIN,
        {
            "username": "kari@asker.kommune.example",
            "password": factories.PASSWORD,
            "next": "https://evil.example/",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_axes_reset_ip_lifts_an_address_lockout(client, kari):
    spray(client, 24, address="10.0.0.9")

    call_command("axes_reset_ip", "10.0.0.9", stdout=io.StringIO())

    assert log_in(client, factories.PASSWORD, address="10.0.0.9").status_code == 302
