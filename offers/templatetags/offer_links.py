"""Places that open a map, and where an offer applies, said only when it adds something."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from portal.links import map_search_url

register = template.Library()


@register.filter
def place_link(place: str) -> str:
    """An address as a link to a map search (it says so to a screen reader); other places,
    such as «Hjemme hos deg», as plain text."""
    url = map_search_url(place)
    if not url:
        return place
    return format_html(
        '<a href="{}">{}<span class="visually-hidden"> ({})</span></a>',
        url,
        place,
        _("åpner kart"),
    )


@register.filter
def serves_only(offer, municipality) -> bool:
    """{% if offer|serves_only:municipality %}: see Offer.serves_only."""
    return offer.serves_only(municipality or None)
