"""The footer's "Trenger du hjelp nå?" on every page, read only when a page is rendered (a
cached public page costs nothing) and then once per content version (portal.content)."""

import logging

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject

from helplines.models import Helpline
from portal.content import cached

logger = logging.getLogger(__name__)


def _urgent_helplines() -> list[Helpline]:
    try:
        return cached("helplines:urgent", lambda: list(Helpline.objects.urgent()))
    except DatabaseError:
        # The error pages of a database outage still render; the footer falls back to its
        # fixed sentence about 113 and 116 117.
        logger.warning("Helplines could not be read for the footer", exc_info=True)
        return []


def helplines(request):
    return {"urgent_helplines": SimpleLazyObject(_urgent_helplines)}
