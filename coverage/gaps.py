"""What the admin's «Hull i tilbudet» shows: a municipality's kinds of help, gaps first, each
with offers of that kind in comparable municipalities (same county first, then the closest
in population) to use as a template; and the searches that found nothing, beside them."""

import datetime
from collections import defaultdict

from django.apps import apps
from django.db.models import Max, Sum
from django.utils import timezone

from coverage.demand import iso_week
from coverage.grid import coverage_grid
from coverage.models import UnmetSearch
from municipalities.models import Municipality
from offers.models import Diagnosis, Offer, OfferType
from portal.scoping import municipality_ids, sees_everything

TEMPLATES_PER_KIND = 5
DEMAND_WEEKS = 12
DEMAND_ROWS = 50


def choosable_municipalities(user) -> list[Municipality]:
    """The municipalities whose gaps the user may look at and fill: a coordinator's own,
    every one for a national editor."""
    municipalities = Municipality.objects.select_related("county")
    if not sees_everything(user):
        municipalities = municipalities.filter(pk__in=municipality_ids(user))
    return list(municipalities.order_by("name"))


def page_context(municipality, user) -> dict:
    since = iso_week(timezone.localdate() - datetime.timedelta(weeks=DEMAND_WEEKS - 1))
    demand = UnmetSearch.objects.filter(week__gte=since)
    if municipality is None:
        return {"demand": _demand_rows(demand, by_municipality=True), "weeks": DEMAND_WEEKS}
    row = next(
        r for r in coverage_grid(municipality.county) if r.municipality.pk == municipality.pk
    )
    templates = comparable_offers(
        municipality, [c.kind.offer_type for c in row.cells if c.kind.offer_type]
    )
    kinds = [
        {"cell": cell, "templates": templates.get(cell.kind.slug, [])}
        for cell in sorted(row.cells, key=lambda c: (not c.is_gap, not c.kind.legal_duty))
    ]
    return {
        "row": row,
        "kinds": kinds,
        "gap_count": row.gaps,
        "demand": _demand_rows(demand.filter(municipality=municipality), by_municipality=False),
        "weeks": DEMAND_WEEKS,
    }


def comparable_offers(municipality, offer_types) -> dict[str, list[Offer]]:
    """Per offer type's slug, public offers other municipalities own, those of the same
    county first, then those of municipalities closest in population."""
    population = _inhabitants(municipality)
    offers = (
        Offer.objects.public()
        .filter(offer_type__in=offer_types, owner__isnull=False, nationwide=False)
        .exclude(owner=municipality)
        .select_related("offer_type", "owner__county", "owner__population")
        .only(
            "title",
            "slug",
            "summary",
            "format",
            "offer_type__slug",
            "owner__name",
            "owner__slug",
            "owner__county__name",
            "owner__population__inhabitants",
        )
        # The development projects an offer grew from, when the projects app is installed
        # (named, not imported: coverage knows nothing of projects).
        .prefetch_related(*(["projects"] if apps.is_installed("projects") else []))
    )

    def closeness(offer):
        other = _inhabitants(offer.owner)
        difference = abs(other - population) if other and population else float("inf")
        return (
            offer.owner.county_id != municipality.county_id,
            difference,
            offer.owner.name,
            offer.title,
        )

    by_type = defaultdict(list)
    for offer in sorted(offers, key=closeness):
        if len(by_type[offer.offer_type.slug]) < TEMPLATES_PER_KIND:
            by_type[offer.offer_type.slug].append(offer)
    return by_type


def _inhabitants(municipality) -> int | None:
    population = getattr(municipality, "population", None)
    return population.inhabitants if population else None


def _demand_rows(searches, *, by_municipality: bool) -> list[dict]:
    """Searches that found nothing, summed over the weeks, most first, with names for the
    slugs kept."""
    fields = ["offer_type", "diagnosis"]
    if by_municipality:
        fields = ["municipality", "municipality__name", *fields]
    rows = list(
        searches.values(*fields)
        .annotate(searches=Sum("count"), last_week=Max("week"))
        .order_by("-searches", *fields)[:DEMAND_ROWS]
    )
    types = {t.slug: t for t in OfferType.objects.filter(slug__in={r["offer_type"] for r in rows})}
    diagnoses = {
        d.slug: d for d in Diagnosis.objects.filter(slug__in={r["diagnosis"] for r in rows})
    }
    for row in rows:
        row["offer_type_name"] = _name(types, row["offer_type"])
        row["diagnosis_name"] = _name(diagnoses, row["diagnosis"])
    return rows


def _name(terms, slug) -> str:
    if not slug:
        return ""
    term = terms.get(slug)
    return term.display_name if term else slug
