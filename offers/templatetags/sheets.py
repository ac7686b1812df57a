"""Typography for printed sheets."""

import re

from django import template

register = template.Library()

# An en dash between digits joins a range: "kl. 18.00–20.30", "8–17 år".
_RANGE_DASH = re.compile(r"(?<=\d)–(?=\d)")
_WORD_JOINER = "\u2060"


@register.filter
def unbroken_ranges(text: str) -> str:
    """Keep '18.00–20.30' on one line: no line break after the dash of a range of numbers."""
    return _RANGE_DASH.sub("–" + _WORD_JOINER, str(text))
