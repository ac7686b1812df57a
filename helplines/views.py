"""/unge/: the page for children and young people who are carers."""

from django.shortcuts import render

from helplines.forms import NearYouForm
from helplines.models import Audience, Helpline
from offers.models import Offer
from portal.content import cached, public_page


@public_page
def young_carers(request):
    form = NearYouForm(request.GET or None)
    municipality = form.cleaned_data["kommune"] if form.is_valid() else None
    offers = Offer.objects.public().for_young_carers()
    offers = offers.serving(municipality) if municipality else offers.filter(nationwide=True)
    helplines = cached("helplines:young", lambda: list(Helpline.objects.for_young_people()))
    context = {
        "form": form,
        "municipality": municipality,
        "offers": offers.for_list().with_card_relations(),
        # Someone to talk to, made for young people; and the emergency numbers for everyone.
        "helplines": [h for h in helplines if h.audience == Audience.YOUNG],
        "emergency": [h for h in helplines if h.audience != Audience.YOUNG and h.is_urgent],
    }
    return render(request, "helplines/young_carers.html", context)
