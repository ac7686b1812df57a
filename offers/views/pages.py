"""The carer's pages: start, offer list and one offer."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from offers.filters import OfferFilter
from offers.models import ContactPerson, Offer, OfferType


def start(request):
    filterset = OfferFilter(queryset=Offer.objects.none())
    return render(
        request,
        "offers/start.html",
        {"form": filterset.form, "offer_types": OfferType.objects.all()},
    )


def offer_list(request):
    filterset = OfferFilter(request.GET or None, queryset=Offer.objects.public().for_list())
    page = Paginator(filterset.qs, settings.OFFERS_PER_PAGE).get_page(request.GET.get("side"))
    chosen = filterset.chosen
    municipality = chosen.get("kommune")
    way_in = []
    if municipality and not page.paginator.count:
        way_in = ContactPerson.objects.way_in().filter(municipality=municipality)
    return render(
        request,
        "offers/offer_list.html",
        {
            "form": filterset.form,
            "page": page,
            "chosen_labels": filterset.chosen_labels(),
            "municipality": municipality,
            "way_in": way_in,
        },
    )


def offer_detail(request, slug):
    offer = get_object_or_404(Offer.objects.public().for_detail(), slug=slug)
    return render(request, "offers/offer_detail.html", {"offer": offer})
