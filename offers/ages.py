"""Age ranges: how they read, and when they overlap an age band."""

from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThanOrEqual, LessThanOrEqual
from django.utils.translation import gettext as _

MAX_AGE = 120


def age_range_label(min_age: int | None, max_age: int | None) -> str:
    """'6–17 år', '18 år og eldre', 'under 65 år', or '' for no limit."""
    if min_age in (None, 0) and max_age is None:
        return ""
    if min_age in (None, 0):
        return _("under %(age)s år") % {"age": max_age + 1}
    if max_age is None:
        return _("%(age)s år og eldre") % {"age": min_age}
    if min_age == max_age:
        return _("%(age)s år") % {"age": min_age}
    return _("%(min)s–%(max)s år") % {"min": min_age, "max": max_age}


def overlaps_band(prefix: str, min_age: int, max_age: int | None) -> Q:
    """Offers whose `<prefix>_age_min`..`<prefix>_age_max` overlaps the band; open ends match.

    An open end counts as the band's own end (COALESCE), which says the same as "IS NULL OR"
    but without the OR: PostgreSQL then reads a list without a municipality from the list's
    covering index alone (offer_public_list_idx) instead of fetching each row, which made a
    national list at 100,000 offers about four times as slow (bench/explain.py)."""
    condition = Q(GreaterThanOrEqual(Coalesce(F(f"{prefix}_age_max"), Value(min_age)), min_age))
    if max_age is not None:
        condition &= Q(LessThanOrEqual(Coalesce(F(f"{prefix}_age_min"), Value(max_age)), max_age))
    return condition
