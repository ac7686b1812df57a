"""Typography for printed sheets."""

import re

from django import template
from django.utils.text import get_text_list
from django.utils.translation import pgettext

register = template.Library()

# An en dash between digits joins a range: "kl. 18.00–20.30", "8–17 år".
_RANGE_DASH = re.compile(r"(?<=\d)–(?=\d)")
_WORD_JOINER = "\u2060"


@register.filter
def unbroken_ranges(text: str) -> str:
    """Keep '18.00–20.30' on one line: no line break after the dash of a range of numbers."""
    return _RANGE_DASH.sub("–" + _WORD_JOINER, str(text))


@register.filter
def names_and(items) -> str:
    """'A', 'A og B', 'A, B og C' (in English 'A, B and C'): names as a sentence lists them."""
    names = [str(getattr(item, "name", item)) for item in items]
    # Translators: joins the last two names, as in "Demensforeningen og Frivilligsentralen".
    return get_text_list(names, last_word=pgettext("list of names", "og"))
