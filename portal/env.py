"""Read settings from the environment, failing loudly on values that make no sense."""

import os
import re
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a yes/no value; use one of 1, true, yes, on, 0, false, no, off."
    )


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be {minimum} or more.")
    return value


def env_rate(name: str, default: str) -> str:
    """A rate limit as django-ratelimit writes it: "10/h", "3/d", "20/10m"."""
    value = env_str(name, default)
    if not re.fullmatch(r"[1-9][0-9]*/[0-9]*[smhd]", value):
        raise ImproperlyConfigured(
            f"{name}={value!r} is not a rate: write a count per time, such as 10/h or 3/d."
        )
    return value


def env_choice(name: str, choices: list[str], default: str) -> str:
    """One of a closed set of words, matched without regard to case."""
    value = env_str(name, default)
    for choice in choices:
        if value.lower() == choice.lower():
            return choice
    raise ImproperlyConfigured(f"{name}={value!r} must be one of {', '.join(choices)}.")


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_from_url(url: str, *, conn_max_age: int, connect_timeout: int = 5) -> dict:
    """Parse DATABASE_URL; only PostgreSQL and SQLite are supported."""
    import dj_database_url

    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in {"postgres", "postgresql", "pgsql", "sqlite"}:
        raise ImproperlyConfigured(
            "DATABASE_URL must start with postgresql:// or sqlite:///"
            + (f", not {scheme}://." if scheme else ".")
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL could not be read: {error}") from None
    if not config.get("NAME"):
        raise ImproperlyConfigured("DATABASE_URL names no database (add /<name> at its end).")
    if config["ENGINE"] == "django.db.backends.postgresql":
        # Give up on an unreachable server after a few seconds, so a request answers 503
        # instead of holding a worker until gunicorn kills it; ?connect_timeout= overrides.
        config.setdefault("OPTIONS", {}).setdefault("connect_timeout", connect_timeout)
        # No JIT: compiling a cold list's query took longer than running it. No parallel
        # workers: starting one for a municipality's list (1,500 rows at 100,000 offers)
        # doubled its time, and the web workers already keep every core busy (bench/explain.py).
        # ?options= overrides both.
        config["OPTIONS"].setdefault("options", "-c jit=off -c max_parallel_workers_per_gather=0")
    return config


def cache_from_url(url: str) -> dict:
    """A shared Redis cache when REDIS_URL is set, else a cache in each process's memory."""
    if not url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in {"redis", "rediss", "unix"}:
        raise ImproperlyConfigured("REDIS_URL must start with redis://, rediss:// or unix://.")
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        # A Redis that stops answering must fail fast rather than hold every worker.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }


_MAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "memory": "django.core.mail.backends.locmem.EmailBackend",
}
_SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# scheme: (default port, use_tls (STARTTLS), use_ssl (TLS from the first byte))
_SMTP_SCHEMES = {
    "smtp": (25, False, False),
    "submission": (587, True, False),
    "smtps": (465, False, True),
}


def mailer_from_url(url: str, *, timeout: int = 10) -> dict:
    """A MAILERS entry from EMAIL_URL: smtp://user:password@host:25 (add ?tls=1 for
    STARTTLS), submission://user:password@host (port 587, STARTTLS), smtps://... (port 465,
    TLS), console:// (printed, for development) or memory:// (kept in memory, for tests)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in _MAIL_BACKENDS:
        return {"BACKEND": _MAIL_BACKENDS[scheme]}
    if scheme not in _SMTP_SCHEMES:
        known = ", ".join(f"{name}://" for name in [*_SMTP_SCHEMES, *_MAIL_BACKENDS])
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with {known}" + (f", not {scheme}://." if scheme else ".")
        )
    if not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL names no mail server (smtp://host:port).")
    default_port, use_tls, use_ssl = _SMTP_SCHEMES[scheme]
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    use_tls = use_tls or query.get("tls", "").lower() in _TRUE
    try:
        port = parts.port or default_port
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL has a port that is not a number.") from None
    return {
        "BACKEND": _SMTP_BACKEND,
        "OPTIONS": {
            "host": parts.hostname,
            "port": port,
            "username": unquote(parts.username or ""),
            "password": unquote(parts.password or ""),
            "use_tls": use_tls,
            "use_ssl": use_ssl,
            # A mail server that stops answering must not hold the sending command forever.
            "timeout": timeout,
        },
    }
