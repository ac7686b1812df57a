"""Rate limits per address (portal.ratelimit): what an anonymous visitor may do many times is
counted per address, and over the limit they get a friendly 429 with Retry-After."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from portal.net import client_address
from portal.ratelimit import rate_limited


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "", "192.0.2.1"),
        (0, "192.0.2.1", "198.51.100.7", "192.0.2.1"),  # no proxy: the header is the client's
        (1, "10.0.0.2", "198.51.100.7", "198.51.100.7"),
        (1, "10.0.0.2", "203.0.113.9, 198.51.100.7", "198.51.100.7"),  # the left is forged
        (2, "10.0.0.3", "203.0.113.9, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (2, "10.0.0.3", "198.51.100.7", "10.0.0.3"),  # fewer entries than proxies: not trusted
        (1, "10.0.0.2", "", "10.0.0.2"),
    ],
)
def test_the_address_is_the_one_the_outermost_proxy_saw(
    settings, proxies, remote, forwarded, expected
):
    settings.PORTAL_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

    assert client_address(request) == expected


@rate_limited("test-form", "3/m")
def form_view(request):
    return HttpResponse("Takk!")


def post(address):
    return form_view(RequestFactory().post("/skjema/", REMOTE_ADDR=address))


@pytest.mark.django_db
def test_over_the_limit_the_answer_is_a_friendly_429_with_retry_after():
    answers = [post("192.0.2.1") for _ in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    refused = answers[-1]
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "no-cache" in refused["Cache-Control"]
    html = refused.content.decode()
    assert "For mange forespørsler på kort tid" in html
    assert "Prøv igjen om et minutt." in html
    assert "står det der fortsatt" in html


@pytest.mark.django_db
def test_each_address_has_its_own_count():
    for _ in range(3):
        post("192.0.2.1")

    assert post("192.0.2.1").status_code == 429
    assert post("192.0.2.2").status_code == 200


@pytest.mark.django_db
def test_only_the_named_methods_count():
    view = rate_limited("test-get", "1/m")(lambda request: HttpResponse("ok"))
    factory = RequestFactory()

    answers = [view(factory.get("/", REMOTE_ADDR="192.0.2.1")) for _ in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 200]


@pytest.mark.django_db
def test_the_rate_may_be_read_from_the_settings_when_asked(settings):
    settings.TEST_RATE = "1/m"
    view = rate_limited("test-setting", lambda: settings.TEST_RATE)(lambda r: HttpResponse())
    factory = RequestFactory()

    first = view(factory.post("/", REMOTE_ADDR="192.0.2.1"))
    second = view(factory.post("/", REMOTE_ADDR="192.0.2.1"))

    assert (first.status_code, second.status_code) == (200, 429)
