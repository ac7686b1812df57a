"""The carer's pages: start, offer list and one offer."""

from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from offers import jsonld
from offers.cards import CardStyle, OfferCards
from offers.choices import APPEAL_URL
from offers.filters import OfferFilter, cached_choices, list_query, list_url
from offers.forms import SubscriptionForm
from offers.models import Offer, OfferType
from offers.recovery import recovery
from offers.search import parse
from offers.signals import nothing_found
from offers.views.ended import ended_offer_response
from portal.content import keep_out_of_page_cache, public_page
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
    # The filters find the page's ids and count; the cards come from offers.cards.
    filterset = OfferFilter(request.GET or None, queryset=Offer.objects.public().for_list())
    chosen = filterset.chosen
    search = parse(chosen["q"]) if "q" in chosen else None
    # Where the carer is: the card's links and the offer page lead back here with it.
    context = list_query(request.GET, page=True)
    printing = request.GET.get("utskrift") == "1"
    cards = OfferCards(
        lambda: Offer.objects.public().with_card_relations(),
        style=CardStyle(heading="h3", selectable=printing),
        municipality=chosen.get("kommune"),
        list_query=context,
        search=search,
    )
    page = CountingPaginator(filterset.qs, settings.OFFERS_PER_PAGE, rows=cards.for_ids).get_page(
        request.GET.get("side")
    )
    found = page.paginator.count
    # Listeners (e.g. a count of unmet demand) may say what they noted, for the page to tell.
    notes = (
        nothing_found.send(sender=Offer, request=request, chosen=chosen)
        if chosen and not found
        else []
    )
    response = render(
        request,
        "offers/offer_list.html",
        {
            "form": filterset.form,
            "page": page,
            "page_numbers": page.paginator.get_elided_page_range(page.number),
            "chosen_labels": filterset.chosen_labels(),
            "municipality": chosen.get("kommune"),
            "search": search,
            "nothing_found_notices": [note for _receiver, note in notes if note],
            "list_context": context,
            "list_url": list_url(context),
            # Staff's print mode: tick offers for a sheet (a plain GET form, no JavaScript).
            "printing": printing,
            "print_mode_url": list_url(context, printing=True),
            **recovery(filterset, found),
        },
    )
    if notes:
        # Every carer who finds nothing counts, not only the first of the day.
        keep_out_of_page_cache(response)
    return response


@public_page
def offer_detail(request, slug):
    offer = get_object_or_404(Offer.objects.published().for_detail(), slug=slug)
    if offer.has_ended:
        return ended_offer_response(request, offer)
    # Back to the list the carer came from: its filters and page, and nothing else.
    came_from = list_query(request.GET, page=True)
    context = {
        "offer": offer,
        "json_ld": jsonld.offer_graph(offer),
        "canonical_url": settings.PORTAL_BASE_URL + offer.get_absolute_url(),
        "share_url": settings.PORTAL_BASE_URL + reverse("offers:short_link", args=[offer.pk]),
        "list_url": list_url(came_from),
        "came_from": came_from,
        "appeal_url": APPEAL_URL,
        "subscription_form": SubscriptionForm() if offer.runs_in_rounds else None,
    }
    return render(request, "offers/offer_detail.html", context)
