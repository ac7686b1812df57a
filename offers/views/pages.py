"""The carer's pages: start, offer list and one offer."""

from django.conf import settings
from django.shortcuts import get_object_or_404, render

from offers import jsonld
from offers.filters import OfferFilter, cached_choices
from offers.forms import SubscriptionForm
from offers.models import Offer, OfferType
from offers.recovery import recovery
from offers.search import parse
from portal.content import public_page
from portal.pagination import CountingPaginator


@public_page
def start(request):
    filterset = OfferFilter(queryset=Offer.objects.none())
    return render(
        request,
        "offers/start.html",
        {"form": filterset.form, "offer_types": cached_choices(OfferType.objects.all())},
    )


@public_page
def offer_list(request):
    filterset = OfferFilter(request.GET or None, queryset=Offer.objects.public().for_list())
    page = CountingPaginator(filterset.qs, settings.OFFERS_PER_PAGE).get_page(
        request.GET.get("side")
    )
    chosen = filterset.chosen
    return render(
        request,
        "offers/offer_list.html",
        {
            "form": filterset.form,
            "page": page,
            "page_numbers": page.paginator.get_elided_page_range(page.number),
            "chosen_labels": filterset.chosen_labels(),
            "municipality": chosen.get("kommune"),
            "search": parse(chosen["q"]) if "q" in chosen else None,
            **recovery(filterset, page.paginator.count),
        },
    )


@public_page
def offer_detail(request, slug):
    offer = get_object_or_404(Offer.objects.public().for_detail(), slug=slug)
    context = {
        "offer": offer,
        "json_ld": jsonld.course(offer),
        "subscription_form": SubscriptionForm() if offer.runs_in_rounds else None,
    }
    return render(request, "offers/offer_detail.html", context)
