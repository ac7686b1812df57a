"""Which offers serve a municipality: the one rule behind the municipality filter, the
municipality pages and a municipality named in the search box (offers.reach keeps the rows)."""

from django.db.models import Q


def serving_condition(offer_model, municipality_id: int) -> Q:
    """Offers that serve the municipality: listed, via its county, or nationwide."""
    reach = offer_model._meta.get_field("reach_rows").related_model
    return Q(pk__in=reach.objects.filter(municipality_id=municipality_id).values("offer_id"))
