"""The content version, and the caches and conditional GETs that hang on it.

Every change to something a public page shows bumps one number in the database (see
ContentVersion). Public pages are cached and ETagged by that number, the active language,
today's date and the full address, so an editor's change is on the very next request,
whichever worker process answers it and whatever the cache backend is.
"""

import dataclasses
import hashlib
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, time
from functools import wraps

from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from portal.models import ContentVersion

# Cached entries carry the version in their key, so old ones are never read again; the
# timeout only bounds how long they take up room.
CACHE_TIMEOUT = 60 * 60


@dataclass(frozen=True)
class Version:
    number: int
    changed_at: datetime

    @property
    def token(self) -> str:
        # The time guards against a restored database reusing a number with other content.
        return f"{self.number}.{int(self.changed_at.timestamp() * 1_000_000)}"


# The version read at the start of a public page, so the page reads it only once.
_request_version: ContextVar[Version | None] = ContextVar("content_version", default=None)


def current_version() -> Version:
    version = _request_version.get()
    if version is None:
        version = _read_version()
    return version


def _version_sql() -> str:
    meta = ContentVersion._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(meta.get_field(name).column) for name in ("version", "changed_at"))
    # Names from the model, quoted by the backend; no input from outside.
    return f"SELECT {columns} FROM {quote(meta.db_table)} WHERE {quote(meta.pk.column)} = 1"  # noqa: S608


def _read_version() -> Version:
    # Every public request asks this; plain SQL spares it the ORM's query building, which
    # cost more than the database's answer.
    with connection.cursor() as cursor:
        cursor.execute(_version_sql())
        row = cursor.fetchone()
    if row is None:
        obj, _ = ContentVersion.objects.get_or_create(pk=1, defaults={"changed_at": timezone.now()})
        return Version(obj.version, obj.changed_at)
    number, changed_at = row
    if not isinstance(changed_at, datetime):  # SQLite answers text, without the ORM's converters
        changed_at = datetime.fromisoformat(changed_at)
    if timezone.is_naive(changed_at):
        changed_at = timezone.make_aware(changed_at, UTC)
    return Version(number, changed_at)


def content_changed(**kwargs):
    """Something public changed: every cached page and ETag from before is now stale.

    Also a signal receiver. One UPDATE in the caller's transaction, so a reader sees the
    new number only together with the new content.
    """
    updated = ContentVersion.objects.filter(pk=1).update(
        version=F("version") + 1, changed_at=timezone.now()
    )
    if not updated:
        ContentVersion.objects.get_or_create(pk=1, defaults={"changed_at": timezone.now()})


def content_changed_after_migrate(**kwargs):
    if ContentVersion.objects.exists():
        content_changed()


def track_changes(*models):
    """Bump the content version when any of these models, or their many-to-many links,
    are saved or deleted. QuerySet.update() sends no signals: call content_changed()."""
    for model in models:
        uid = f"content_changed:{model._meta.label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid)
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                _links_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}.{field}"
            )


def _links_changed(action, **kwargs):
    if action.startswith("post_"):
        content_changed()


# This process's copy of the cached values of the current version: reading the shared cache
# means unpickling them (bench/micro.py times it), so each process keeps the latest and asks
# the shared cache only when the version has moved. Treat values as read-only.
@dataclass
class _ProcessCopy:
    token: str | None = None
    values: dict[str, object] = dataclasses.field(default_factory=dict)


_in_process = _ProcessCopy()


def cached(name: str, build, timeout: int = CACHE_TIMEOUT):
    """build(), cached until the content changes. For data that is the same in every language."""
    token = current_version().token
    if _in_process.token != token:  # values of older versions are never asked for again
        _in_process.token, _in_process.values = token, {}
    if name in _in_process.values:
        return _in_process.values[name]
    key = f"portal:{name}:{token}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    _in_process.values[name] = value
    return value


def public_page(view):
    """Serve a public page from the cache, or 304 Not Modified to a browser that has it.

    The page depends only on the content, the address, the language and the date (texts such
    as 'confirmed long ago' age by the day). Logged-in users and other methods than GET/HEAD
    always get a fresh page.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # Read once, for the page and for every cached() value it builds.
        version = _read_version()
        reset = _request_version.set(version)
        try:
            user = getattr(request, "user", None)
            if request.method not in {"GET", "HEAD"} or (user and user.is_authenticated):
                return view(request, *args, **kwargs)
            today = timezone.localdate()
            identity = "|".join(
                [version.token, get_language() or "", today.isoformat(), request.get_full_path()]
            )
            digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
            etag = f'"{digest}"'
            midnight = timezone.make_aware(datetime.combine(today, time()))
            last_modified = int(max(version.changed_at, midnight).timestamp())

            response = get_conditional_response(request, etag=etag, last_modified=last_modified)
            if response is None:
                response = _cached_page(f"portal:page:{digest}", view, request, *args, **kwargs)
            if 200 <= response.status_code < 300 or response.status_code == 304:
                response.headers["ETag"] = etag
                response.headers["Last-Modified"] = http_date(last_modified)
                # Browsers and proxies may keep the page but must ask before reusing it.
                patch_cache_control(response, no_cache=True)
                # The language cookie changes the page (LocaleMiddleware adds Accept-Language).
                patch_vary_headers(response, ["Cookie"])
            return response
        finally:
            _request_version.reset(reset)

    return wrapper


def keep_out_of_page_cache(response):
    """Let a public page's view run on every request (a 304 to a browser that has the page
    still spares it), e.g. because the view counts something."""
    response.keep_out_of_page_cache = True
    return response


def _cached_page(key, view, request, *args, **kwargs):
    hit = cache.get(key)
    if hit is not None:
        content, content_type = hit
        return HttpResponse(content, content_type=content_type)
    response = view(request, *args, **kwargs)
    cacheable = not getattr(response, "keep_out_of_page_cache", False)
    if (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and cacheable
    ):
        cache.set(key, (response.content, response["Content-Type"]), CACHE_TIMEOUT)
    return response
