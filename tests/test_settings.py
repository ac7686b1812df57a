"""Settings come from the environment, and bad values stop the portal with a clear message."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.env import database_from_url, env_bool, env_int, env_list
from tests.processes import environment, run_python


def start_with(**variables):
    """Import the settings in a fresh interpreter, as `manage.py` or gunicorn would."""
    return run_python(
        "import portal.settings as s; print(s.DATABASES['default']['ENGINE'])",
        environment(**variables),
    )


def test_defaults_to_sqlite_in_debug_without_any_settings():
    result = start_with(DJANGO_DEBUG="1")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_uses_postgresql_when_database_url_says_so():
    result = start_with(DJANGO_DEBUG="1", DATABASE_URL="postgresql://portal@localhost/portal")

    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_secret_key_is_required_when_debug_is_off():
    result = start_with(DJANGO_ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        "a-32-character-key-0123456789abcd",  # enough before; `check --deploy` wants 50
        "x" * 60,  # long, but one character over and over
        "django-insecure-" + "0123456789abcdef" * 3,  # made by startproject for development
    ],
)
def test_a_short_or_simple_secret_key_is_refused_when_debug_is_off(key):
    result = start_with(DJANGO_SECRET_KEY=key, DJANGO_ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is too short or too simple" in result.stderr
    assert "at least 50 random characters" in result.stderr


def test_a_key_of_50_random_characters_is_accepted():
    result = start_with(
        DJANGO_SECRET_KEY="0123456789abcdefghij" * 2 + "klmnopqrst",
        DJANGO_ALLOWED_HOSTS="example.org",
    )

    assert result.returncode == 0, result.stderr


def test_allowed_hosts_are_required_when_debug_is_off():
    result = start_with(DJANGO_SECRET_KEY="0123456789abcdefghij" * 3)

    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must list the host names" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DJANGO_DEBUG", "maybe", "DJANGO_DEBUG='maybe' is not a yes/no value"),
        ("DATABASE_URL", "mysql://db/portal", "DATABASE_URL must start with postgresql://"),
        ("DATABASE_URL", "postgresql://localhost", "DATABASE_URL names no database"),
        ("PORTAL_CONFIRM_WITHIN_MONTHS", "0", "PORTAL_CONFIRM_WITHIN_MONTHS='0' must be 1 or more"),
        ("PORTAL_LOGIN_FAILURE_LIMIT", "fem", "PORTAL_LOGIN_FAILURE_LIMIT='fem' is not a whole"),
    ],
)
def test_bad_values_fail_at_start_with_a_clear_message(variable, value, message):
    result = start_with(**{"DJANGO_DEBUG": "1", variable: value})

    assert result.returncode != 0
    assert message in result.stderr


def test_database_url_errors_do_not_print_the_password():
    with pytest.raises(ImproperlyConfigured) as error:
        database_from_url("mysql://user:hunter2@db/portal", conn_max_age=0)

    assert "hunter2" not in str(error.value)


def test_environment_helpers(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    monkeypatch.setenv("NUMBER", "twelve")
    monkeypatch.setenv("HOSTS", " a.example , b.example,,")

    assert env_bool("FLAG") is True
    assert env_bool("UNSET_FLAG", default=True) is True
    assert env_list("HOSTS") == ["a.example", "b.example"]
    with pytest.raises(ImproperlyConfigured, match="NUMBER='twelve' is not a whole number"):
        env_int("NUMBER", 1)
