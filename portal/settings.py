"""Settings for Pårørendeportalen, read from the environment (see .env.example)."""

import re
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils.csp import CSP

from portal.env import (
    cache_from_url,
    database_from_url,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_rate,
    env_str,
    mailer_from_url,
)

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. Generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    SECRET_KEY = "django-insecure-development-only-never-in-production"  # noqa: S105
elif not DEBUG and (
    len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-")
):
    # What `check --deploy` asks of a key (security.W009), refused at start rather than warned.
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is too short or too simple: use at least 50 random characters. "
        "Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS must list the host names the portal answers to when "
        "DJANGO_DEBUG is off, e.g. DJANGO_ALLOWED_HOSTS=parorende.example.no"
    )

INSTALLED_APPS = [
    "portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "axes",
    "django_ratelimit",
    "portal",
    "accounts",
    "municipalities",
    "offers",
    "feedback",
    "projects",
    "coverage",
    "opendata",
    "django.contrib.sitemaps",
    "helplines",
]

# Order matters: a request goes down this list and its response comes back up it.
MIDDLEWARE = [
    # Outermost, so it times and logs every response, even the redirects, health checks,
    # static files and error pages made further down, and tags them with the request id.
    "portal.middleware.RequestLogMiddleware",
    # Security headers and the HTTPS redirect, then the CSP and Permissions-Policy headers:
    # before anything below can answer, so every response carries them.
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    # /healthz answers here, before CommonMiddleware checks the Host header: a load
    # balancer probes by IP address, and the answer says nothing about the host.
    "portal.middleware.HealthCheckMiddleware",
    # Static files are answered before sessions, users and languages are looked at.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check: a method a view does not take is 405, whatever the token.
    "portal.methods.AllowedMethodsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records who made each change that is kept in history.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Nearest the views (but for axes): a view that cannot reach the database answers 503
    # with Retry-After (handler500 catches the same errors raised outside a view).
    "portal.middleware.DatabaseUnavailableMiddleware",
    # Answers locked-out login attempts; axes asks to come last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
# A municipality's public page is about the offers that serve it, so the offers app serves it;
# the municipalities app is the register of places and knows nothing of offers.
ABSOLUTE_URL_OVERRIDES = {
    "municipalities.municipality": lambda municipality: reverse(
        "offers:municipality", args=[municipality.slug]
    ),
}
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "portal.context_processors.portal",
                "helplines.context_processors.helplines",
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL points elsewhere (PostgreSQL in production).
# Connections are reused for DATABASE_CONN_MAX_AGE seconds and checked before each request
# reuses one, so the portal reconnects by itself after the database has been away.
DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        connect_timeout=env_int("DATABASE_CONNECT_TIMEOUT", 5, minimum=1),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# Axes first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "admin:login"
# The admin's is the only login: after it, a `next` that leads off the site is replaced by
# the admin's start page (Django's default, /accounts/profile/, does not exist here).
LOGIN_REDIRECT_URL = "admin:index"

# Sessions live in the database (Django's default) and the cache is Redis when REDIS_URL is
# set, so any number of app servers can answer any request behind a load balancer.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# The PDFs of the print sheets are kept apart from the pages: in Redis as well when there is
# one, else in files on this host, so that every worker process and `manage.py prepare_sheets`
# (which makes them ahead of time) share them.
SHEET_CACHE_DIR = Path(env_str("PORTAL_SHEET_CACHE_DIR") or BASE_DIR / "var" / "sheets")
REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": cache_from_url(REDIS_URL),
    # Offer cards (offers.cards), a few KB each: without Redis, room in each process for
    # every card of a national directory in one language and style.
    "cards": cache_from_url(REDIS_URL)
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "cards",
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
    "sheets": cache_from_url(REDIS_URL)
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": SHEET_CACHE_DIR,
        # A PDF is about 100 KB: a sheet for each municipality in each language fits.
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "accounts.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nb"
# Each language named in itself, as a language switcher should show it.
LANGUAGES = [("nb", "Bokmål"), ("nn", "Nynorsk"), ("en", "English")]
# locale/: the portal's own texts (`make messages` updates them). locale_django/: bokmål and
# nynorsk for admin texts that Django's own Norwegian translations lack or get wrong.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_django"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60  # remember a carer's choice of language for a year
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# E-mail goes through an outbox in the database (portal.mail), sent by `manage.py
# send_queued_mail` through this mail server: printed on the console unless EMAIL_URL is set.
EMAIL_URL = env_str("EMAIL_URL") or "console://"
MAILERS = {"default": mailer_from_url(EMAIL_URL)}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or "Pårørendeportalen <ikke-svar@localhost>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# A mail the server refused is tried again later, each time waiting twice as long (from a
# minute up to six hours); after this many attempts it is given up and logged as an error.
MAIL_MAX_ATTEMPTS = env_int("PORTAL_MAIL_MAX_ATTEMPTS", 12, minimum=1)
# Sent mail is deleted from the outbox after this many days (it holds e-mail addresses).
MAIL_KEEP_SENT_DAYS = env_int("PORTAL_MAIL_KEEP_SENT_DAYS", 7, minimum=0)

# The portal's own knobs.
PORTAL_NAME = "Pårørendeportalen"
# Where carers report a problem with the site itself (the accessibility statement names it).
CONTACT_EMAIL = env_str("PORTAL_CONTACT_EMAIL") or "kontakt@parorende.example.no"
# The portal's public address, for links made outside a request (e-mails, commands).
PORTAL_BASE_URL = env_str("PORTAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
if not PORTAL_BASE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured("PORTAL_BASE_URL must start with http:// or https://.")
OFFERS_PER_PAGE = env_int("PORTAL_OFFERS_PER_PAGE", 20, minimum=1)
# Offers whose confirmation is older than this many months are flagged for their coordinators
# and carry a note for carers.
CONFIRM_WITHIN_MONTHS = env_int("PORTAL_CONFIRM_WITHIN_MONTHS", 12, minimum=1)

# Password guessing (django-axes): after this many failed logins for one account from one
# address, that combination is locked out for the cool-off period; after this many for any
# accounts from one address, that address is (accounts/lockout.py). Lockouts are logged.
AXES_FAILURE_LIMIT = env_int("PORTAL_LOGIN_FAILURE_LIMIT", 5, minimum=1)
PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT = env_int("PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT", 20, minimum=1)
AXES_HANDLER = "accounts.lockout.LockoutHandler"
AXES_COOLOFF_TIME = timedelta(minutes=env_int("PORTAL_LOGIN_LOCKOUT_MINUTES", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The login form's field is "username" even though it holds the e-mail address.
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "accounts.lockout.normalised_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# Behind reverse proxies the client's address is in X-Forwarded-For, as the outermost of
# them saw it; portal.net reads it for lockouts and rate limits alike.
PORTAL_PROXY_COUNT = env_int("PORTAL_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "portal.net.client_address"

# Rate limits per address (portal.ratelimit) count in the default cache: Redis when
# REDIS_URL is set. django-ratelimit's checks know only django-redis by name (W001), and call
# a cache in each process (no REDIS_URL, as in `make run`) an error (E003): then each worker
# counts on its own, which docs/deployment.md explains.
RATELIMIT_USE_CACHE = "default"
# "Gi meg beskjed når neste kurs starter": sign-ups from one address, and confirmation mails
# to one e-mail address (so nobody can flood someone else's inbox through the portal).
SUBSCRIBE_RATE = env_rate("PORTAL_SUBSCRIBE_RATE", "10/h")
SUBSCRIBE_RATE_PER_EMAIL = env_rate("PORTAL_SUBSCRIBE_RATE_PER_EMAIL", "3/d")
# "Meld fra om feil" and "Savner du et tilbud?": reports sent from one address.
REPORT_RATE = env_rate("PORTAL_REPORT_RATE", "10/h")
# Reports are deleted, with the reporter's e-mail address, this many months after they are
# closed (manage.py send_reminders).
REPORT_KEEP_MONTHS = env_int("PORTAL_REPORT_KEEP_MONTHS", 12, minimum=1)
# Coordinators get at most one reminder e-mail per this many days (manage.py send_reminders).
REMINDER_PERIOD_DAYS = env_int("PORTAL_REMINDER_PERIOD_DAYS", 7, minimum=1)
# Nominations for Årets pårørendekommune one address may send.
NOMINATE_RATE = env_rate("PORTAL_NOMINATE_RATE", "5/h")

# Open data (opendata/): requests to /api/hsds/ from one address, the most items on one of
# its pages, and where the nightly export writes its files (served at /data/filer/).
API_RATE = env_rate("PORTAL_API_RATE", "600/10m")
API_MAX_PER_PAGE = env_int("PORTAL_API_MAX_PER_PAGE", 100, minimum=1)
OPEN_DATA_DIR = Path(env_str("PORTAL_OPEN_DATA_DIR") or BASE_DIR / "var" / "data")


# HTTPS: on unless debug is on. DJANGO_HTTPS=0 runs production mode on plain http locally.
HTTPS = env_bool("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
# Load balancers probe the app servers over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# The language choice is read by the server only, and never sent from another site's page.
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 365 * 24 * 60 * 60) if HTTPS else 0
# The portal's own subdomains (www.) are served over HTTPS too; turn off if they are not.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
# Preloading binds the whole registrable domain into browsers for months: the domain
# owner's decision, so it is off unless they turn it on, and its deploy check is silenced.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=False)
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not REDIS_URL:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS.append("security.W021")
# Behind a load balancer that ends TLS, Django sees plain http; trust its X-Forwarded-Proto
# only when told, since any client can send that header to a server reachable directly.
if env_bool("DJANGO_TRUST_X_FORWARDED_PROTO", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Headers. A carer's search (/tilbud/?diagnose=rus) is nobody else's business: no referrer
# leaves the site. Framing is denied; nosniff and COOP same-origin are Django's defaults.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Only the portal's own files; no inline script or style unless it carries the request's
# nonce (Django admin's few inline blocks do; public pages use none, so their header holds
# no nonce and stays the same from one request to the next).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "upgrade-insecure-requests": HTTPS,
}
# Browser features the portal never uses, turned off for it and anything it embeds.
PORTAL_DISABLED_FEATURES = [
    "accelerometer",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "usb",
    "serial",
    "hid",
    "xr-spatial-tracking",
    "browsing-topics",
]

# Logs: one JSON object a line on stderr, with the request id; see portal/log.py.
LOG_LEVEL = env_choice("DJANGO_LOG_LEVEL", ["DEBUG", "INFO", "WARNING", "ERROR"], "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "portal.log.RequestIdFilter"},
        "skip_503": {"()": "portal.log.SkipServiceUnavailable"},
    },
    "formatters": {"json": {"()": "portal.log.JsonFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id"],
        },
        "null": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": [], "level": LOG_LEVEL},
        # 4xx warnings repeat the request line; errors (5xx, with their traceback) stay, but
        # for the 503s of a database outage, which portal.views logs once in a while.
        "django.request": {"level": "ERROR", "filters": ["skip_503"]},
        # SQL with its parameters never reaches the log, whatever the level.
        "django.db.backends": {"level": "INFO"},
        # Scanners probing by IP address; the request line already records each as a 400.
        "django.security.DisallowedHost": {"handlers": ["null"], "propagate": False},
    },
}

# The most offers a staff member may pick for one printed sheet (a municipality's list has
# no limit: it is as long as the municipality's offers).
SHEET_MAX_OFFERS = env_int("PORTAL_SHEET_MAX_OFFERS", 30, minimum=1)
# The sheets' PDFs (offers/sheet_pdf.py, portal/pdf.py): the folder with the DejaVu fonts;
# the most seconds one may take to make (below gunicorn's timeout, so a worker is never
# killed for it); how many are made at once (on this host, or with REDIS_URL on all hosts);
# how many an address may have made ("count/period", django-ratelimit's form).
SHEET_FONT_DIR = Path(env_str("PORTAL_SHEET_FONT_DIR") or "/usr/share/fonts/truetype/dejavu")
SHEET_RENDER_SECONDS = env_int("PORTAL_SHEET_RENDER_SECONDS", 8, minimum=1)
# A request may also wait up to 2 x 3 s for a render slot and for the same sheet.
if env_int("GUNICORN_TIMEOUT", 30, minimum=1) - SHEET_RENDER_SECONDS < 10:
    raise ImproperlyConfigured(
        "PORTAL_SHEET_RENDER_SECONDS must be at least 10 seconds below GUNICORN_TIMEOUT, so "
        "a slow sheet ends in a message, not in a killed worker."
    )
SHEET_RENDERS = env_int("PORTAL_SHEET_RENDERS", 2, minimum=1)
SHEET_PDF_RATE = env_str("PORTAL_SHEET_PDF_RATE", "30/10m")
if not re.fullmatch(r"\d+/\d*[smhd]", SHEET_PDF_RATE):
    raise ImproperlyConfigured(
        f"PORTAL_SHEET_PDF_RATE={SHEET_PDF_RATE!r} must read like 30/10m (count/period)."
    )
# A PDF compiler process that had nothing to do for this long ends, giving its memory back.
SHEET_COMPILER_IDLE_SECONDS = 300
# Locks shared by the worker processes when there is no REDIS_URL (portal/locks.py).
LOCK_DIR = SHEET_CACHE_DIR.parent / "locks"
