"""Several app servers behind a load balancer (docs/deployment.md): two gunicorn instances
with one DATABASE_URL and one REDIS_URL. What one is told, the other knows at its very next
request: an edit in the admin on the public pages and sheets, a login, and the failed logins
that lock an account or an address out.

Runs on PostgreSQL with a Redis at PORTAL_TEST_REDIS_URL (default redis://127.0.0.1:6379/0);
skipped, saying which is missing, otherwise.
"""

import re

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from tests import factories
from tests.admin_forms import change_url, offer_form_data
from tests.processes import Browser, app_servers, fetch

pytestmark = pytest.mark.django_db(transaction=True)

ACCOUNT_LIMIT, ADDRESS_LIMIT = 3, 5
EMAIL, PASSWORD = "kari@asker.kommune.example", "et-langt-passord-for-test"


@pytest.fixture(scope="module")
def servers(shared_environment):
    """The base URLs of two app servers; lockouts come after fewer failures, to be quick."""
    env = {
        **shared_environment,
        "PORTAL_LOGIN_FAILURE_LIMIT": str(ACCOUNT_LIMIT),
        "PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT": str(ADDRESS_LIMIT),
    }
    with app_servers(env, count=2) as running:
        yield [base_url for base_url, _log in running]


@pytest.fixture
def kari(asker):
    user = factories.coordinator(EMAIL, asker)
    # The servers hash as production does; the tests' own hasher is a quick one.
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "saltforthetest")
    user.save()
    return user


@pytest.fixture
def offer(asker):
    return factories.offer(
        "Samtalegruppe i Asker", slug="samtalegruppe", owner=asker, municipalities=[asker]
    )


def page(base_url, path, headers=None):
    status, response_headers, body = fetch(base_url + path, headers)
    return status, response_headers, body.decode()


def test_an_edit_through_one_server_is_on_the_others_pages_at_its_next_request(
    servers, kari, offer
):
    one, other = servers
    addresses = ["/tilbud/samtalegruppe/", "/tilbud/samtalegruppe/tilbudsark/", "/kommuner/asker/"]
    # The other server has the pages, and a browser has the offer's page with its ETag.
    for address in addresses:
        status, _, html = page(other, address)
        assert (status, "Samtalegruppe i Asker" in html) == (200, True), address
    _, headers, _ = page(other, addresses[0])
    etag = headers["ETag"]
    assert page(other, addresses[0], {"If-None-Match": etag})[0] == 304

    browser = Browser()
    assert browser.log_in(one, EMAIL, PASSWORD)[0] == 302
    edited = offer_form_data(offer, title="Samtalegruppe for pårørende i Asker")
    status, headers, _ = browser.submit(one + change_url(offer), edited)
    assert (status, headers["Location"]) == (302, "/admin/offers/offer/")

    status, headers, html = page(other, addresses[0], {"If-None-Match": etag})
    assert status == 200
    assert headers["ETag"] != etag  # the content version moved, for the other server too
    assert "Samtalegruppe for pårørende i Asker" in html
    for address in addresses[1:]:
        assert "Samtalegruppe for pårørende i Asker" in page(other, address)[2], address


def test_a_login_through_one_server_holds_on_the_other(servers, kari):
    one, other = servers
    browser = Browser()

    browser.log_in(one, EMAIL, PASSWORD)
    status, _, body = browser.get(other + "/admin/")

    assert status == 200
    assert EMAIL in body.decode()


def test_failed_logins_through_both_servers_lock_the_account_out(servers, kari):
    statuses = [
        Browser().log_in(servers[attempt % 2], EMAIL, "feil passord")[0]
        for attempt in range(ACCOUNT_LIMIT)
    ]

    assert statuses == [200] * (ACCOUNT_LIMIT - 1) + [429]
    for base_url in servers:
        status, _, body = Browser().log_in(base_url, EMAIL, PASSWORD)
        assert status == 429
        assert "Innlogging for denne kontoen er stengt en stund" in body.decode()


def test_failed_logins_for_many_accounts_through_both_servers_lock_the_address_out(servers, kari):
    statuses = [
        Browser().log_in(servers[n % 2], f"bruker{n}@kommune.example", "Sommer2026!")[0]
        for n in range(ADDRESS_LIMIT)
    ]

    assert statuses == [200] * (ADDRESS_LIMIT - 1) + [429]
    for base_url in servers:
        status, _, body = Browser().log_in(base_url, EMAIL, PASSWORD)
        assert status == 429
        assert re.search("Innlogging fra nettverket du er på, er stengt", body.decode())
