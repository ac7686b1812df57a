"""Production by default: with debug off, HTTPS is on and Django's deployment checks pass."""

import json

import pytest
from django.test import override_settings

from tests.processes import manage, production_environment, run_python

ONE_YEAR = 365 * 24 * 60 * 60
NAMES = [
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_CSP",
    "CACHES",
    "DATABASES",
    "LOG_LEVEL",
    "STATIC_ROOT",
]


def settings_in(**variables) -> dict:
    """The settings a fresh interpreter reads from this environment."""
    result = run_python(
        "import json, portal.settings as s; "
        f"print(json.dumps({{n: getattr(s, n, None) for n in {NAMES!r}}}, default=str))",
        production_environment(**variables),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_deploy_checks_pass_with_debug_off():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_environment())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_checks_say_when_mail_would_not_reach_anyone():
    env = production_environment(EMAIL_URL="", DEFAULT_FROM_EMAIL="")

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode != 0
    assert "portal.W001" in result.stderr
    assert "EMAIL_URL is not set" in result.stderr
    assert "portal.W002" in result.stderr


def test_deploy_checks_pass_when_the_domain_owner_turns_on_hsts_preload():
    env = production_environment(DJANGO_HSTS_PRELOAD="1")

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr


def test_https_is_on_with_debug_off():
    settings = settings_in()

    assert settings["DEBUG"] is False
    assert settings["SECURE_SSL_REDIRECT"] is True
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["CSRF_COOKIE_SECURE"] is True
    assert settings["SECURE_HSTS_SECONDS"] >= ONE_YEAR
    assert settings["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert settings["SECURE_HSTS_PRELOAD"] is False
    assert settings["SECURE_CSP"]["upgrade-insecure-requests"] is True


def test_https_can_be_turned_off_for_a_local_run_on_plain_http():
    settings = settings_in(DJANGO_HTTPS="0")

    assert settings["DEBUG"] is False
    assert settings["SECURE_SSL_REDIRECT"] is False
    assert settings["SESSION_COOKIE_SECURE"] is False
    assert settings["SECURE_HSTS_SECONDS"] == 0
    assert settings["SECURE_CSP"]["upgrade-insecure-requests"] is False


def test_https_is_off_in_development():
    settings = settings_in(DJANGO_DEBUG="1")

    assert settings["SECURE_SSL_REDIRECT"] is False


def test_x_forwarded_proto_is_trusted_only_when_the_operator_says_so():
    assert settings_in()["SECURE_PROXY_SSL_HEADER"] is None
    assert settings_in(DJANGO_TRUST_X_FORWARDED_PROTO="1")["SECURE_PROXY_SSL_HEADER"] == [
        "HTTP_X_FORWARDED_PROTO",
        "https",
    ]


def test_cache_is_shared_redis_when_redis_url_is_set_and_local_memory_otherwise():
    local = settings_in()["CACHES"]["default"]
    shared = settings_in(REDIS_URL="redis://127.0.0.1:6379/6")["CACHES"]["default"]

    assert local["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert shared["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert shared["LOCATION"] == "redis://127.0.0.1:6379/6"


def test_sheet_pdfs_are_kept_where_every_process_finds_them(tmp_path):
    """The PDFs prepare_sheets makes ahead must reach every worker process: files on this
    host by default, Redis when there is one."""
    on_disk = settings_in()["CACHES"]["sheets"]
    chosen = settings_in(PORTAL_SHEET_CACHE_DIR=str(tmp_path))["CACHES"]["sheets"]
    shared = settings_in(REDIS_URL="redis://127.0.0.1:6379/6")["CACHES"]["sheets"]

    assert on_disk["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert on_disk["LOCATION"].endswith("/var/sheets")
    assert chosen["LOCATION"] == str(tmp_path)
    assert shared["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert shared["LOCATION"] == "redis://127.0.0.1:6379/6"


def test_postgresql_connections_give_up_after_a_few_seconds():
    default = settings_in(DATABASE_URL="postgresql://portal@db.internal/portal")
    chosen = settings_in(
        DATABASE_URL="postgresql://portal@db.internal/portal", DATABASE_CONNECT_TIMEOUT="2"
    )

    assert default["DATABASES"]["default"]["OPTIONS"]["connect_timeout"] == 5
    assert default["DATABASES"]["default"]["CONN_HEALTH_CHECKS"] is True
    assert chosen["DATABASES"]["default"]["OPTIONS"]["connect_timeout"] == 2


def test_postgresql_connections_neither_jit_compile_nor_run_a_query_in_parallel():
    """Compiling a cold list's query took longer than running it, and a parallel worker
    doubled a municipality's list (bench/explain.py)."""
    default = settings_in(DATABASE_URL="postgresql://portal@db.internal/portal")
    chosen = settings_in(
        DATABASE_URL="postgresql://portal@db.internal/portal?options=-c%20jit%3Don"
    )

    assert (
        default["DATABASES"]["default"]["OPTIONS"]["options"]
        == "-c jit=off -c max_parallel_workers_per_gather=0"
    )
    assert chosen["DATABASES"]["default"]["OPTIONS"]["options"] == "-c jit=on"


def test_static_root_and_log_level_come_from_the_environment():
    settings = settings_in(DJANGO_STATIC_ROOT="/srv/portal/static", DJANGO_LOG_LEVEL="warning")

    assert settings["STATIC_ROOT"] == "/srv/portal/static"
    assert settings["LOG_LEVEL"] == "WARNING"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("REDIS_URL", "http://cache/0", "REDIS_URL must start with redis://"),
        ("DJANGO_LOG_LEVEL", "loud", "DJANGO_LOG_LEVEL='loud' must be one of DEBUG, INFO"),
        ("DJANGO_HTTPS", "perhaps", "DJANGO_HTTPS='perhaps' is not a yes/no value"),
        ("DJANGO_HSTS_SECONDS", "a year", "DJANGO_HSTS_SECONDS='a year' is not a whole number"),
    ],
)
def test_bad_production_values_stop_the_portal_with_a_clear_message(variable, value, message):
    result = run_python("import portal.settings", production_environment(**{variable: value}))

    assert result.returncode != 0
    assert message in result.stderr


@override_settings(
    SECURE_SSL_REDIRECT=True,
    SECURE_HSTS_SECONDS=ONE_YEAR,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SESSION_COOKIE_SECURE=True,
)
def test_plain_http_is_sent_to_https_with_its_query_but_health_checks_are_not(client, db):
    redirect = client.get("/tilbud/?kommune=asker")
    health = client.get("/healthz")
    secure = client.get("/tilbud/", secure=True)

    assert redirect.status_code == 301
    assert redirect["Location"] == "https://testserver/tilbud/?kommune=asker"
    assert health.status_code == 200
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == f"max-age={ONE_YEAR}; includeSubDomains"
