"""What the admin's start page shows a coordinator of their offers: those to confirm."""

from django.conf import settings
from django.contrib import admin
from django.template.loader import render_to_string

from offers.models import Offer

# How many offers the start page lists under "Må bekreftes" before linking to the rest.
NEEDS_CONFIRMATION_ON_INDEX = 10


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
