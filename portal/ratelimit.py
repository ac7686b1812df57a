"""Per-address rate limits on what an anonymous visitor can make the portal do many times:
make a PDF, send a form. Counted with django-ratelimit in the default cache, which is Redis
when REDIS_URL is set, so every worker and app server counts together; without Redis each
worker process counts on its own (fine for one `make run`, see docs/deployment.md).

Over the limit the answer is 429 Too Many Requests with Retry-After and a page that says
when to try again.
"""

from functools import wraps

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django_ratelimit.core import get_usage

from portal.net import client_address


def _address(group, request) -> str:
    return client_address(request)


def seconds_to_wait(request, group: str, rate: str, key=_address) -> int | None:
    """Count this request against the address's `rate` ("20/10m") for `group`: None while
    within it, else the seconds until the address may try again. `key(group, request)` counts
    by something else instead, such as the e-mail address a form was sent for."""
    usage = get_usage(request, group=group, key=key, rate=rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, int(usage["time_left"]))


def too_many_requests(request, seconds: int):
    """The friendly 429: what happened, and when to try again."""
    minutes = max(1, -(-seconds // 60))
    response = render(request, "429.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response


def rate_limited(group: str, rate, methods=("POST",)):
    """A view decorator: requests with these methods count against `rate` (a string, or a
    function of no arguments that reads it from the settings) per address."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method in methods:
                limit = rate() if callable(rate) else rate
                if (seconds := seconds_to_wait(request, group, limit)) is not None:
                    return too_many_requests(request, seconds)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
