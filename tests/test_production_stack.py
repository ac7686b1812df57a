"""The production stack as `make serve` runs it: collectstatic, then gunicorn with debug off."""

import json

import pytest

from tests.processes import PROJECT, fetch, gunicorn, production_environment

HOST = {"Host": "parorende.example.no"}
# What a load balancer that ends TLS sends on.
BEHIND_TLS = {"X-Forwarded-Proto": "https", **HOST}
TEN_YEARS = 10 * 365 * 24 * 60 * 60


@pytest.fixture(scope="module")
def production(tmp_path_factory, collected_static):
    """Environment of a production server with its static files collected."""
    folder = tmp_path_factory.mktemp("production")
    return production_environment(
        DJANGO_STATIC_ROOT=str(collected_static),
        DATABASE_URL=f"sqlite:///{folder / 'empty.sqlite3'}",
    )


@pytest.fixture(scope="module")
def server(production):
    """The portal behind a load balancer that ends TLS, as docs/deployment.md sets it up."""
    with gunicorn({**production, "DJANGO_TRUST_X_FORWARDED_PROTO": "1"}) as running:
        yield running


def test_hashed_static_files_are_served_compressed_and_cached_for_years(production, server):
    base_url, _ = server
    with open(production["DJANGO_STATIC_ROOT"] + "/staticfiles.json") as manifest:
        hashed = json.load(manifest)["paths"]["css/portal.css"]

    brotli = fetch(f"{base_url}/static/{hashed}", {"Accept-Encoding": "br", **BEHIND_TLS})
    gzip = fetch(f"{base_url}/static/{hashed}", {"Accept-Encoding": "gzip", **BEHIND_TLS})

    for (status, headers, _), encoding in [(brotli, "br"), (gzip, "gzip")]:
        assert status == 200
        assert headers["Content-Encoding"] == encoding
        assert headers["Content-Type"].startswith("text/css")
        cache = {part.strip() for part in headers["Cache-Control"].split(",")}
        assert f"max-age={TEN_YEARS}" in cache
        assert "immutable" in cache
        assert "public" in cache


def test_unhashed_static_file_is_cached_only_briefly(server):
    base_url, _ = server

    status, headers, _ = fetch(f"{base_url}/static/css/portal.css", BEHIND_TLS)

    assert status == 200
    assert "immutable" not in headers["Cache-Control"]


def test_pages_behind_the_tls_proxy_carry_hsts(server):
    base_url, _ = server

    status, headers, body = fetch(f"{base_url}/finnes-ikke/", BEHIND_TLS)

    assert status == 404
    assert "Vi fant ikke siden" in body.decode()
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "upgrade-insecure-requests" in headers["Content-Security-Policy"]


def test_the_language_cookie_is_secure_and_for_this_site_only(server):
    base_url, _ = server

    status, headers, _ = fetch(
        f"{base_url}/sprak/", BEHIND_TLS, data={"language": "nn", "next": "/tilbud/"}
    )

    cookie = headers["Set-Cookie"]
    assert status == 302
    assert cookie.startswith("django_language=nn;")
    assert "Secure" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_plain_http_is_sent_to_https_and_a_forged_proto_header_is_not_believed(production):
    with gunicorn(production) as (base_url, _):
        plain = fetch(f"{base_url}/tilbud/?kommune=asker", HOST)
        forged = fetch(f"{base_url}/tilbud/", BEHIND_TLS)

    assert plain[0] == 301
    assert plain[1]["Location"] == "https://parorende.example.no/tilbud/?kommune=asker"
    assert forged[0] == 301


def test_health_check_answers_over_plain_http_by_ip_address(server):
    base_url, _ = server

    status, _, body = fetch(f"{base_url}/healthz")

    assert status == 200
    assert json.loads(body) == {"status": "ok", "database": "ok"}


def test_server_logs_json_lines_without_an_access_log(server):
    base_url, log_path = server
    fetch(f"{base_url}/healthz?probe=zzhemmelig")

    lines = [json.loads(line) for line in log_path.read_text().splitlines()]

    assert {"gunicorn.error", "portal.request"} <= {line["logger"] for line in lines}
    assert "gunicorn.access" not in {line["logger"] for line in lines}
    assert "zzhemmelig" not in log_path.read_text()
    assert any(line["message"].startswith("Starting gunicorn") for line in lines)


def test_the_app_is_warm_before_the_first_request_and_loads_without_the_database(production):
    """Loading portal.wsgi (what a gunicorn worker does before its first request) imports the
    views, compiles the main templates and starts the sheets' PDF compiler, and needs no
    database."""
    from tests.processes import free_port, run_python

    env = {**production, "DATABASE_URL": f"postgresql://nobody@127.0.0.1:{free_port()}/none"}
    code = (
        "import sys, portal.wsgi\n"
        "from django.template import engines\n"
        "loader = engines['django'].engine.template_loaders[0]\n"
        "from portal import pdf\n"
        "print(pdf._compiler.process is not None, 'offers.views.sheets' in sys.modules,"
        " len(loader.get_template_cache))"
    )

    result = run_python(code, env)

    assert result.returncode == 0, result.stderr
    compiler, views, templates = result.stdout.split()
    assert (compiler, views) == ("True", "True")
    assert int(templates) >= 7


def test_each_worker_freezes_what_loading_the_portal_made(monkeypatch):
    """So its garbage collector never walks Django, the views and the templates again."""
    import gc
    import runpy

    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    config = runpy.run_path(str(PROJECT / "gunicorn.conf.py"))

    config["post_worker_init"](worker=None)

    assert frozen == [True]
    assert not config.get("preload_app")  # SIGHUP must still load new code
