"""Every response carries a strict Content-Security-Policy and the other security headers."""

import re

import pytest
from django.db import OperationalError

from offers.querysets import OfferQuerySet
from tests import factories

PUBLIC_PAGES = [
    "/",
    "/tilbud/",
    "/tilbud/?kommune=asker&diagnose=ukjent",
    "/tilbud/samtalegruppe/",
    "/kommuner/",
    "/kommuner/asker/",
]


@pytest.fixture
def portal(asker):
    factories.offer("Samtalegruppe", slug="samtalegruppe", municipalities=[asker])


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [values]}."""
    directives = [d.split() for d in response["Content-Security-Policy"].split(";")]
    return {d[0]: d[1:] for d in directives if d}


def assert_strict_policy(response):
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    for directive in ("script-src", "style-src"):
        assert "'self'" in csp[directive]
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "data:"} & set(csp[directive])
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]


def assert_security_headers(response, *, html=True):
    assert_strict_policy(response)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions
    if html:
        assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_carry_the_security_headers(client, portal, path):
    response = client.get(path)

    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_need_no_nonce_so_their_policy_never_changes(client, portal, path):
    first, second = client.get(path), client.get(path)

    assert "nonce" not in first["Content-Security-Policy"]
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    html = first.content.decode()
    # JSON-LD is data the browser never runs (offers.jsonld); any other inline script fails.
    inline = r'<script(?![^>]*\bsrc=)(?![^>]*\btype="application/ld\+json")'
    assert not re.search(inline, html), "inline script on a public page"
    assert " style=" not in html, "inline style on a public page"
    assert "<style" not in html, "inline style on a public page"


def test_not_found_page_carries_the_security_headers(client, db):
    response = client.get("/finnes-ikke/")

    assert response.status_code == 404
    assert_security_headers(response)


def test_server_error_and_outage_pages_carry_the_security_headers(client, db, monkeypatch):
    client.raise_request_exception = False

    monkeypatch.setattr(OfferQuerySet, "for_list", _raise(RuntimeError("bug")))
    error = client.get("/tilbud/")
    monkeypatch.setattr(OfferQuerySet, "for_list", _raise(OperationalError("gone")))
    outage = client.get("/tilbud/")

    assert error.status_code == 500
    assert_security_headers(error)
    assert outage.status_code == 503
    assert_security_headers(outage)


def test_health_check_and_static_files_carry_the_security_headers(client, db):
    assert_security_headers(client.get("/healthz"), html=False)
    assert_security_headers(client.get("/static/css/portal.css"), html=False)


def test_admin_login_page_carries_the_security_headers(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert_security_headers(response)


def test_admin_inline_blocks_carry_the_nonce_in_the_policy(admin_client, asker):
    offer = factories.offer("Et tilbud", municipalities=[asker])

    change_form = admin_client.get(f"/admin/offers/offer/{offer.pk}/change/")
    change_list = admin_client.get("/admin/offers/offer/")

    assert change_form.status_code == 200
    assert_security_headers(change_form)
    for response in (change_form, change_list):
        nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        html = response.content.decode()
        # Every inline <script> or <style> in the admin's page is allowed by its nonce.
        for tag in re.findall(r"<(?:script|style)(?![^>]*\bsrc=)[^>]*>", html):
            assert f'nonce="{nonce}"' in tag or 'type="application/json"' in tag, tag


def _raise(error):
    def raiser(*args, **kwargs):
        raise error

    return raiser
