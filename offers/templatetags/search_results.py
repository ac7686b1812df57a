"""Showing why a search result matched: marked words, and where else the match was.

Both read the card's `search`: nothing outside a search, or, while a card is made for every
search, offers.cards.SearchMarks, which leaves marks that each list fills in for its own
search (offers.cards is the only maker of search cards).
"""

from django import template
from django.utils.html import escape

from offers.cards import SearchMarks

register = template.Library()


@register.simple_tag(takes_context=True)
def highlighted(context, text):
    """{% highlighted offer.title %}: the escaped text, or on a search card its mark."""
    marks = context.get("search")
    if isinstance(marks, SearchMarks):
        return marks.highlighted(text)
    return escape(text)


@register.simple_tag(takes_context=True)
def matched_line(context, offer):
    """{% matched_line offer %}: on a search card, where «Treff i: beskrivelse» goes."""
    return context["search"].matched_line(offer)
