"""Showing why a search result matched: marked words, and where else the match was.

Both read the page's `search` (an offers.search.ParsedSearch, or nothing outside a search).
"""

from django import template

from offers import search

register = template.Library()


@register.simple_tag(takes_context=True)
def highlighted(context, text):
    """{% highlighted offer.title %}: the escaped text, with the matched words in <mark>."""
    return search.highlight(text, context.get("search"))


@register.simple_tag(takes_context=True)
def matched_fields(context, offer):
    """{% matched_fields offer as fields %}: where the match was, when the card's title and
    summary show none of it."""
    return search.matched_fields(offer, context.get("search"))
