"""The line an offer's printed sheet carries: where to report what is wrong with it."""

from django.urls import reverse
from django.utils.translation import gettext


def report_line(offer, site) -> str:
    """The form's address as text (the sheet's HTML page links to it as well)."""
    path = reverse("feedback:report_offer", args=[offer.slug])
    return gettext("Feil eller utdatert? Meld fra: %(address)s") % {"address": f"{site.host}{path}"}
