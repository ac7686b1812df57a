"""Who may edit what: national editors everything, a coordinator their municipalities' records.

Each scoped model names the field that ties a record to a municipality (`scope_field`, e.g.
"owner" on Offer); the rule itself is written once, here, for querysets and for single
objects (including historical versions of deleted ones, which no queryset can find).
"""

from django.db import models

EDIT_ALL_PERMISSION = "accounts.edit_all_municipalities"


def is_active_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


def sees_everything(user) -> bool:
    """Superusers and national editors work across all municipalities."""
    return is_active_staff(user) and user.has_perm(EDIT_ALL_PERMISSION)


def municipality_ids(user) -> frozenset[int]:
    """The municipalities a coordinator serves, read once per user object (i.e. per request)."""
    if not is_active_staff(user):
        return frozenset()
    if not hasattr(user, "_municipality_ids"):
        user._municipality_ids = frozenset(user.municipalities.values_list("pk", flat=True))
    return user._municipality_ids


def may_edit(user, obj) -> bool:
    """The rule of ScopedQuerySet.editable_by() for one object, saved or not."""
    if sees_everything(user):
        return True
    attname = obj._meta.get_field(obj.scope_field).attname
    return getattr(obj, attname) in municipality_ids(user)


class ScopedQuerySet(models.QuerySet):
    def editable_by(self, user):
        """What the user may see and change in the admin."""
        if sees_everything(user):
            return self
        if not is_active_staff(user):
            return self.none()
        return self.filter(**{f"{self.model.scope_field}__in": municipality_ids(user)})


class SharedScopedQuerySet(ScopedQuerySet):
    """Records that also exist nationally (municipality empty), like providers and contacts."""

    def choosable_by(self, user):
        """What the user may pick for an offer: their municipalities' and the national ones."""
        if not is_active_staff(user):
            return self.none()
        return self.editable_by(user) | self.filter(**{f"{self.model.scope_field}__isnull": True})
