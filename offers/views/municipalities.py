"""The municipalities as carers see them: every municipality with its offers, and one
municipality's way in and all the offers that serve it."""

from django.shortcuts import get_object_or_404, render

from municipalities.models import Municipality
from offers.models import ContactPerson, Offer
from portal.content import public_page


@public_page
def municipality_list(request):
    municipalities = Municipality.objects.for_picker()
    counts = Offer.objects.public().count_serving(municipalities)
    for municipality in municipalities:
        municipality.offer_count = counts[municipality.pk]
    return render(request, "offers/municipality_list.html", {"municipalities": municipalities})


@public_page
def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality.objects.select_related("county"), slug=slug)
    offers = list(Offer.objects.public().serving(municipality).for_municipality_page())
    return render(
        request,
        "offers/municipality_detail.html",
        {
            "municipality": municipality,
            "way_in": ContactPerson.objects.way_in().filter(municipality=municipality),
            "offers": offers,
            "with_rounds": any(offer.upcoming_rounds for offer in offers),
        },
    )
