"""Typography for printed sheets."""

import re

from django import template
from django.conf import settings

from offers.filters import list_query

register = template.Library()

# An en dash between digits joins a range: "kl. 18.00–20.30", "8–17 år".
_RANGE_DASH = re.compile(r"(?<=\d)–(?=\d)")
_WORD_JOINER = "\u2060"


@register.filter
def unbroken_ranges(text: str) -> str:
    """Keep '18.00–20.30' on one line: no line break after the dash of a range of numbers."""
    return _RANGE_DASH.sub("–" + _WORD_JOINER, str(text))


@register.simple_tag
def list_filters(request) -> str:
    """The offer list's filters as a query string, without its page number."""
    return list_query(request.GET)


@register.simple_tag
def sheet_max_offers() -> int:
    return settings.SHEET_MAX_OFFERS
