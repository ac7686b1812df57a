"""The portal's middleware; settings.MIDDLEWARE explains where each one sits and why."""

import logging
import re
import time
from urllib.parse import unquote_plus

from django.conf import settings

from portal import views
from portal.log import current_request_id, request_id_from

logger = logging.getLogger("portal.request")

_PARAMETER_NAME = re.compile(r"[A-Za-z0-9_.\-\[\]]{1,40}")
MAX_LOGGED_KEYS = 20


class RequestLogMiddleware:
    """One log line per request, without query values, and the request id in the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request.headers.get("X-Request-ID"))
        token = current_request_id.set(request.request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request.request_id
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            logger.info(
                "%s %s %s %sms",
                request.method[:16],
                request.path[:200],
                response.status_code,
                duration_ms,
                extra={
                    "method": request.method[:16],
                    "path": request.path[:200],
                    "query_keys": query_keys(request.META.get("QUERY_STRING", "")),
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                },
            )
            return response
        finally:
            current_request_id.reset(token)


def query_keys(query_string: str) -> list[str]:
    """The parameter names of a query string, never their values; odd names as '?'."""
    keys = []
    for pair in query_string.split("&"):
        key = unquote_plus(pair.partition("=")[0])
        if not key:
            continue
        key = key if _PARAMETER_NAME.fullmatch(key) else "?"
        if key not in keys:
            keys.append(key)
            if len(keys) == MAX_LOGGED_KEYS:
                break
    return keys


class PermissionsPolicyMiddleware:
    """Turn off the browser features in settings.PORTAL_DISABLED_FEATURES."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{name}=()" for name in settings.PORTAL_DISABLED_FEATURES)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class HealthCheckMiddleware:
    """Answer /healthz for load balancers and monitors, whatever Host they send."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return views.healthz(request)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A view that cannot reach the database answers 503 with Retry-After, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, views.DATABASE_UNAVAILABLE):
            return views.service_unavailable(request, exception)
        return None
