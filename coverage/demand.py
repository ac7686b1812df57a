"""Demand where supply is missing: the offer list's searches for a municipality that found
nothing, counted per ISO week, municipality, kind of help and diagnosis chosen.

Only those choices are kept, never the words typed (only whether there were any), the
address, or the time within the week; and one address counts at most
UNMET_SEARCHES_PER_ADDRESS times a day, so nobody can inflate the figures by reloading.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coverage.models import UnmetSearch
from offers.signals import nothing_found
from portal.ratelimit import seconds_to_wait

UNMET_SEARCHES_PER_ADDRESS = "30/d"


def iso_week(day) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def record_unmet_search(*, municipality, offer_type=None, diagnosis=None, with_text=False):
    """Count one search that found nothing, in the row of its week and choices."""
    key = {
        "week": iso_week(timezone.localdate()),
        "municipality": municipality,
        "offer_type": offer_type.slug if offer_type else "",
        "diagnosis": diagnosis.slug if diagnosis else "",
        "with_text": with_text,
    }
    if UnmetSearch.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            UnmetSearch.objects.create(**key, count=1)
    except IntegrityError:  # another request made the row first
        UnmetSearch.objects.filter(**key).update(count=F("count") + 1)


def search_found_nothing(sender, request, chosen, **kwargs):
    municipality = chosen.get("kommune")
    if municipality is None:
        return  # demand nowhere in particular tells no municipality what is missing
    if seconds_to_wait(request, "unmet-search", UNMET_SEARCHES_PER_ADDRESS) is not None:
        return
    record_unmet_search(
        municipality=municipality,
        offer_type=chosen.get("type"),
        diagnosis=chosen.get("diagnose"),
        with_text=bool(chosen.get("q")),
    )
    return COUNTED_NOTICE


COUNTED_NOTICE = _(
    "Vi teller søk som ikke finner noe, så kommunene ser hva som mangler: bare uken, kommunen, "
    "tilbudstypen og diagnosen du valgte. Ordene du skrev og hvem du er, kommer ikke med."
)


def connect():
    nothing_found.connect(search_found_nothing, dispatch_uid="coverage.unmet_search")
