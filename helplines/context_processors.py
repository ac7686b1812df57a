"""The footer's "Trenger du hjelp nå?" on every page, and the helplines for adult carers a
search that found nothing offers: read only when a page shows them (a cached public page
costs nothing), and then once per content version (portal.content)."""

import logging

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject

from helplines.models import Helpline
from portal.content import cached

logger = logging.getLogger(__name__)


def _read(name, helplines) -> list[Helpline]:
    """helplines(): the queryset, made only when the cache does not have the list."""
    try:
        return cached(f"helplines:{name}", lambda: list(helplines()))
    except DatabaseError:
        # The error pages of a database outage still render; the footer falls back to its
        # fixed sentence about 113 and 116 117.
        logger.warning("Helplines could not be read", exc_info=True)
        return []


def helplines(request):
    return {
        "urgent_helplines": SimpleLazyObject(lambda: _read("urgent", Helpline.objects.urgent)),
        "adult_helplines": SimpleLazyObject(
            lambda: _read("adults", lambda: Helpline.objects.for_adults().filter(is_urgent=False))
        ),
    }
