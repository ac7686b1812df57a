"""Places that open a map."""

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

