"""Showing why a search result matched: marked words, and where else the match was.

Both read the page's `search`: an offers.search.ParsedSearch, nothing outside a search, or,
while a card is made for every search, offers.cards.SearchMarks, which leaves marks that each
list fills in for its own search.
"""

from django import template

from offers import search
from offers.cards import SearchMarks

register = template.Library()


@register.simple_tag(takes_context=True)
def highlighted(context, text):
    """{% highlighted offer.title %}: the escaped text, with the matched words in <mark>."""
    parsed = context.get("search")
    if isinstance(parsed, SearchMarks):
        return parsed.highlighted(text)
    return search.highlight(text, parsed)


@register.simple_tag(takes_context=True)
def matched_line(context, offer):
    """{% matched_line offer %}: «Treff i: beskrivelse», where the match was, when the card's
    title and summary show none of it; or nothing."""
    parsed = context.get("search")
    if isinstance(parsed, SearchMarks):
        return parsed.matched_line(offer)
    return search.matched_line(search.matched_fields(offer, parsed))
