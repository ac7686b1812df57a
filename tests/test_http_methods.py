"""Each address answers only the methods it is for (portal.methods): pages GET and HEAD, the
language switcher POST, the admin's forms GET, HEAD and POST. Anything else is 405 with the
Allow header, never the page."""

import pytest
from django.urls import reverse

from tests import factories

PAGES = [
    "/",
    "/tilbud/",
    "/tilbud/samtalegruppe/",
    "/kommuner/",
    "/kommuner/asker/",
    "/tilbud/samtalegruppe/tilbudsark/",
    "/kommuner/asker/tilbudsark/",
    "/tilbudsark/?tilbud=samtalegruppe",
    "/favicon.ico",
    "/prosjekter/",
    "/pris/",
]
OTHER_METHODS = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"]


@pytest.fixture
def offer(asker):
    offer = factories.offer("Samtalegruppe", slug="samtalegruppe", municipalities=[asker])
    return offer


def send(client, method, path, **extra):
    path, _, query = path.partition("?")
    return client.generic(method, path, QUERY_STRING=query, **extra)


@pytest.mark.parametrize("path", PAGES)
def test_pages_answer_get_and_head(client, offer, path):
    assert send(client, "GET", path).status_code in {200, 301, 302}
    assert send(client, "HEAD", path).status_code in {200, 301, 302}


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("method", OTHER_METHODS)
def test_pages_refuse_other_methods_with_allow(client, offer, path, method):
    """Found by a probe: TRACE, OPTIONS and PUT were answered with the full page."""
    response = send(client, method, path)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert b"Samtalegruppe" not in response.content


def test_the_short_link_under_a_qr_code_refuses_other_methods(client, offer):
    path = reverse("offers:short_link", args=[offer.pk])

    assert send(client, "GET", path).status_code == 302
    assert send(client, "OPTIONS", path).status_code == 405


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "OPTIONS", "TRACE"])
def test_the_language_switcher_takes_only_a_post(client, db, method):
    response = send(client, method, "/sprak/")

    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_the_language_switcher_still_switches(client, offer):
    response = client.post("/sprak/", {"language": "nn", "next": "/tilbud/"})

    assert response.status_code == 302
    assert response.cookies["django_language"].value == "nn"


@pytest.mark.parametrize("method", ["PUT", "DELETE", "OPTIONS", "TRACE"])
@pytest.mark.parametrize("path", ["/admin/", "/admin/login/", "/admin/offers/offer/"])
def test_the_admin_takes_gets_and_form_posts_only(coordinator_client, offer, method, path):
    response = send(coordinator_client, method, path)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"


def test_the_admin_still_takes_its_forms(coordinator_client, offer):
    response = coordinator_client.post(
        "/admin/offers/offer/",
        {"action": "confirm_selected", "index": "0", "_selected_action": [offer.pk]},
    )

    assert response.status_code == 302
