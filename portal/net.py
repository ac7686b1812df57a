"""The visitor's address, as the portal's own proxies saw it."""

from django.conf import settings


def client_address(request) -> str:
    """The address the request came from. Behind PORTAL_PROXY_COUNT reverse proxies it is the
    one the outermost of them saw: the entry that many places from the end of
    X-Forwarded-For, which each proxy extends. Entries further left are whatever the client
    chose to send, so they are never read. Used for login lockouts and rate limits."""
    proxies = settings.PORTAL_PROXY_COUNT
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= proxies and forwarded[-proxies]:
            return forwarded[-proxies][:64]
    return request.META.get("REMOTE_ADDR", "")
