"""Structured logs: one JSON object a line, each tagged with the request it belongs to.

No Django imports here: gunicorn's master process formats its own log lines with this too.
"""

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

# The id of the request being handled in this thread, for every log line it causes.
current_request_id: ContextVar[str] = ContextVar("current_request_id", default="")

# An id a load balancer or proxy passes on (X-Request-ID) is kept when it looks like one.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@+=/-]{8,128}")

# Fields a log call may add with extra={...}; anything else (such as the request object
# Django attaches to its errors, with cookies and addresses) stays out of the log.
FIELDS = ("method", "path", "query_keys", "status", "duration_ms")


def request_id_from(header_value: str | None) -> str:
    if header_value and _SANE_REQUEST_ID.fullmatch(header_value):
        return header_value
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        if not getattr(record, "request_id", ""):
            record.request_id = current_request_id.get()
        return True


class SkipServiceUnavailable(logging.Filter):
    """For django.request, which logs every 5xx answer as an ERROR: a 503 is the database
    being away, which portal.views logs once in a while instead of once per request."""

    def filter(self, record):
        return getattr(record, "status_code", None) != 503


class JsonFormatter(logging.Formatter):
    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if request_id := getattr(record, "request_id", ""):
            line["request_id"] = request_id
        for field in FIELDS:
            if hasattr(record, field):
                line[field] = getattr(record, field)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        # ASCII only: a stray byte in a path can never break the log stream.
        return json.dumps(line, default=str)
