"""The portal's own answers: the health check and the pages shown when something fails."""

import datetime
import logging
import sys
import threading
import time

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.content import public_page
from portal.log import current_request_id

logger = logging.getLogger(__name__)

# Errors that mean "the database cannot be reached now", not "this request is wrong".
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# Seconds a client is asked to wait before trying again while the database is away.
RETRY_AFTER = 30
# While the database is away every request fails the same way: each process logs that once
# in this many seconds, not once per request (which under load buries everything else).
OUTAGE_LOG_INTERVAL = 10


class _OutageLog:
    def __init__(self):
        self._lock = threading.Lock()
        self._last = None

    def warn(self, message, error):
        now = time.monotonic()
        with self._lock:
            if self._last is not None and now - self._last < OUTAGE_LOG_INTERVAL:
                return
            self._last = now
        logger.warning(
            "%s: %s (logged at most once in %d s by each process)",
            message,
            _first_line(error),
            OUTAGE_LOG_INTERVAL,
        )


outage_log = _OutageLog()


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a trivial query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        outage_log.warn("Health check failed", error)
        response = JsonResponse(
            {
                "status": "unavailable",
                "database": "unavailable",
                "reason": "the database does not answer",
            },
            status=503,
            headers={"Retry-After": str(RETRY_AFTER)},
        )
    else:
        response = JsonResponse({"status": "ok", "database": "ok"})
    if request.method == "HEAD":
        response.content = b""  # load balancers often probe with HEAD
    return response


def service_unavailable(request, error):
    outage_log.warn("Database unavailable", error)
    return error_page("503.html", 503, headers={"Retry-After": str(RETRY_AFTER)})


def server_error(request):
    """handler500: a database outage outside a view is still a 503, not a 500."""
    error = sys.exception()
    if isinstance(error, DATABASE_UNAVAILABLE):
        return service_unavailable(request, error)
    return error_page("500.html", 500)


def error_page(template_name, status, headers=None):
    """A friendly page for a failure. Its context is plain, not the request's: it must
    render while the database, and so the session and the user, cannot be read."""
    context = {"portal_name": settings.PORTAL_NAME, "request_id": current_request_id.get()}
    response = HttpResponse(
        render_to_string(template_name, context), status=status, headers=headers
    )
    add_never_cache_headers(response)
    return response


def _first_line(error) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}"


# The day the accessibility statement was last reviewed; change it with the statement.
ACCESSIBILITY_REVIEWED = datetime.date(2026, 11, 27)


@public_page
def accessibility_statement(request):
    """/tilgjengelighet/: what was tested, how, the known gaps and where to report a problem."""
    context = {"reviewed_on": ACCESSIBILITY_REVIEWED, "contact_email": settings.CONTACT_EMAIL}
    return render(request, "accessibility.html", context)
