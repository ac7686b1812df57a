"""Which offers serve a municipality, for a municipality named in the search box: the rows
offers.reach keeps (OfferQuerySet.serving() joins the same rows, to order by how)."""

from django.db.models import Q


def serving_condition(offer_model, municipality_id: int) -> Q:
    """Offers that serve the municipality: listed, via its county, or nationwide."""
    reach = offer_model._meta.get_field("reach_rows").related_model
    return Q(pk__in=reach.objects.filter(municipality_id=municipality_id).values("offer_id"))
