"""An ended offer's old address (its page, or the short address under a sheet's QR code):
410 Gone, when it ended, and current offers of the same type where it was."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse

from offers.models import Offer

ALTERNATIVES = 5


def ended_offer_response(request, offer):
    """The page for an ended offer; reads the places it listed (Offer.listed_places)."""
    alternatives = (
        Offer.objects.public().instead_of(offer).for_list().with_card_relations()[:ALTERNATIVES]
    )
    counties, places = offer.listed_places
    filters = {"type": offer.offer_type.slug}
    if len(places) == 1 and not counties and not offer.nationwide:
        filters["kommune"] = places[0].slug
    context = {
        "offer": offer,
        "alternatives": list(alternatives),
        "municipality": places[0] if "kommune" in filters else None,
        "more_url": f"{reverse('offers:list')}?{urlencode(filters)}",
    }
    return render(request, "offers/offer_ended.html", context, status=410)
