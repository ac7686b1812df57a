"""What the admin's start page shows a coordinator of their offers: those to confirm, courses
with no upcoming round, and rounds whose deadline passed with places left."""

from django.conf import settings
from django.contrib import admin
from django.template.loader import render_to_string

from offers.models import Offer, Round

# How many offers the start page lists under "Må bekreftes" before linking to the rest.
NEEDS_CONFIRMATION_ON_INDEX = 10
ROUNDS_ON_INDEX = 20


def needs_confirmation_panel(request):
    """The user's public offers whose confirmation has gone stale, oldest first."""
    if not request.user.has_perm("offers.view_offer"):
        return None
    stale = Offer.objects.editable_by(request.user).needing_confirmation()
    context = {
        "needs_confirmation": stale.select_related("owner").order_by("confirmed_on", "title")[
            :NEEDS_CONFIRMATION_ON_INDEX
        ],
        "needs_confirmation_count": stale.count(),
        "confirm_within_months": settings.CONFIRM_WITHIN_MONTHS,
    }
    return render_to_string("admin/offers/offer/needs_confirmation_panel.html", context, request)


admin.site.add_index_panel(needs_confirmation_panel, position=20)


def rounds_panel(request):
    """Courses (their type runs in rounds) with no round to come, and rounds whose deadline
    has passed while they still have places: "fortsatt ledige plasser?"."""
    if not request.user.has_perm("offers.view_offer"):
        return None
    offers = Offer.objects.editable_by(request.user).public()
    without_dates = (
        offers.filter(offer_type__runs_in_rounds=True)
        .without_upcoming_rounds()
        .select_related("owner")
        .order_by("title")
    )
    places_left = (
        Round.objects.filter(offer__in=offers)
        .with_places_after_deadline()
        .select_related("offer")
        .prefetch_related("sessions")
        .order_by("first_day")
    )
    context = {
        "without_dates": list(without_dates[:ROUNDS_ON_INDEX]),
        "places_left": list(places_left[:ROUNDS_ON_INDEX]),
    }
    if not (context["without_dates"] or context["places_left"]):
        return None
    return render_to_string("admin/offers/offer/rounds_panel.html", context, request)


admin.site.add_index_panel(rounds_panel, position=25)
