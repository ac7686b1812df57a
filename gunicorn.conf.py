"""gunicorn's settings for Pårørendeportalen: `gunicorn -c gunicorn.conf.py portal.wsgi`.

Each can be overridden on the command line; the environment variables are in .env.example.
"""

import gc
import os

from portal.env import env_int, env_str

wsgi_app = "portal.wsgi:application"
bind = env_str("GUNICORN_BIND", "127.0.0.1:8000")

# Plain synchronous workers: the portal is quick, database-bound work with no long requests.
# Two per core plus one keeps both cores busy while some workers wait on PostgreSQL; the cap
# keeps the database's connection count (workers x app servers) predictable on big hosts.
workers = env_int("WEB_CONCURRENCY", min(2 * (os.cpu_count() or 1) + 1, 12), minimum=1)
worker_class = "sync"
# A request that takes longer than this is stuck: the worker is killed and replaced.
timeout = env_int("GUNICORN_TIMEOUT", 30, minimum=1)
# On SIGTERM (a deploy, systemctl stop) workers finish what they are answering first.
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, staggered, so a slow leak can never take a server down. Not
# too often: a new worker starts with an empty page cache unless REDIS_URL shares one.
max_requests = 10000
max_requests_jitter = 1000
# Each worker loads the portal before it takes its first request: portal/wsgi.py imports
# every view, compiles the main templates and starts the sheets' PDF compiler process, so no
# carer waits for that. The master never makes a PDF (the Typst binding must not fork).
# The app is not preloaded in the master, so SIGHUP (systemctl reload) still starts workers
# with new code.


def post_worker_init(worker):
    """Freeze what loading the portal made (Django, the views, the compiled
    templates): the worker's garbage collector then never walks those objects again.
    Unfrozen, a full collection walks them all every few seconds under load, which cost the
    pages their 99th percentile (bench/micro.py times one collection of a loaded portal)."""
    gc.freeze()


# Requests and headers bigger than any the portal needs are refused before Django sees them.
limit_request_line = 8190
limit_request_fields = 100

# The portal logs one JSON line per request itself (portal.middleware.RequestLogMiddleware)
# with a request id and without query strings or client addresses, so gunicorn's access log
# is off; its own messages (start, stop, worker timeouts) go to stderr as JSON too.
accesslog = None
errorlog = "-"
loglevel = env_str("DJANGO_LOG_LEVEL", "info").lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "portal.log.JsonFormatter"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "json"},
        "null": {"class": "logging.NullHandler"},
    },
    "root": {"level": "INFO", "handlers": ["stderr"]},
    "loggers": {
        "gunicorn.error": {"handlers": ["stderr"], "propagate": False},
        "gunicorn.access": {"handlers": ["null"], "propagate": False},
    },
}

# gunicorn 25+ opens a control socket in ~/.gunicorn by default; the portal does not use it.
control_socket_disable = True
# HTTPS is ended by nginx or the load balancer. Whether its X-Forwarded-Proto is believed is
# decided in one place, Django's DJANGO_TRUST_X_FORWARDED_PROTO, so gunicorn believes no one.
forwarded_allow_ips = ""
