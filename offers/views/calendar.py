"""The upcoming rounds' sessions as iCalendar files: one offer's, and a municipality's (every
offer serving it). Cached like the pages, by content version and date."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from municipalities.models import Municipality
from offers.calendar import calendar_for
from offers.models import Offer
from portal.content import public_page

CONTENT_TYPE = "text/calendar; charset=utf-8"


@public_page
def offer_calendar(request, slug):
    offer = get_object_or_404(Offer.objects.public().with_upcoming_rounds(), slug=slug)
    return HttpResponse(calendar_for([offer], offer.title, request.path), content_type=CONTENT_TYPE)


@public_page
def municipality_calendar(request, slug):
    municipality = get_object_or_404(Municipality.objects.select_related("county"), slug=slug)
    offers = (
        Offer.objects.public()
        .serving(municipality)
        .with_upcoming_round()
        .with_upcoming_rounds()
        .order_by("title", "pk")
    )
    name = _("Kurs for pårørende i %(name)s") % {"name": municipality.label}
    return HttpResponse(calendar_for(offers, name, request.path), content_type=CONTENT_TYPE)
