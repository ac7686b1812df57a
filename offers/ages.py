"""Age ranges: how they read, and when they overlap an age band."""

from django.db.models import Q
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
    """Offers whose `<prefix>_age_min`..`<prefix>_age_max` overlaps the band; open ends match."""
    condition = Q(**{f"{prefix}_age_max__isnull": True}) | Q(**{f"{prefix}_age_max__gte": min_age})
    if max_age is not None:
        condition &= Q(**{f"{prefix}_age_min__isnull": True}) | Q(
            **{f"{prefix}_age_min__lte": max_age}
        )
    return condition
