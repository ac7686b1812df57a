"""Which offers serve a municipality: the one rule behind the municipality filter, the
municipality pages and a municipality named in the search box."""

from django.db.models import Q


def serving_condition(offer_model, municipality_id: int, county_id: int) -> Q:
    """Offers that serve the municipality: listed, via its county, or nationwide."""
    listed = offer_model.municipalities.through.objects.filter(municipality_id=municipality_id)
    county_wide = offer_model.counties.through.objects.filter(county_id=county_id)
    return (
        Q(nationwide=True)
        | Q(pk__in=listed.values("offer_id"))
        | Q(pk__in=county_wide.values("offer_id"))
    )
