"""Change history (django-simple-history) with one version per admin save.

Out of the box, an offer saved in the admin gets a version for the save and one more for
every many-to-many field changed after it, the first of them with the old relations. The
admin instead saves without history and records a single, complete version at the end
(portal.scoping.ScopedAdmin); everywhere else versions are recorded as usual.
"""

from django.conf import settings
from simple_history.models import HistoricalRecords

_records = {}


class PortalHistoricalRecords(HistoricalRecords):
    def get_change_reason_for_object(self, instance, history_type, using):
        # Empty rather than None, which the history page would print as "None".
        return super().get_change_reason_for_object(instance, history_type, using) or ""

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if not reverse:
            return super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)
        # Changed from the other side (diagnosis.offers.add(offer)): the instance has no
        # history of its own, so a version is recorded for each offer whose links changed.
        if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
            return None
        through = kwargs["sender"]
        ours, theirs = (
            next(f for f in through._meta.fields if f.is_relation and f.related_model is model)
            for model in (self.cls, type(instance))
        )
        if action == "pre_clear":
            linked = through.objects.filter(**{theirs.name: instance})
            instance._history_cleared = set(linked.values_list(ours.attname, flat=True))
            return None
        if action == "post_clear":
            changed = instance.__dict__.pop("_history_cleared", set())
        elif action in ("post_add", "post_remove"):
            changed = pk_set
        else:
            return None
        for obj in self.cls._default_manager.filter(pk__in=changed):
            self.create_historical_record(obj, "~")
        return None

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            _records[sender] = self


def record_version(instance, history_type: str) -> None:
    """Store the instance as it is now, relations included: '+' created, '~' changed."""
    _records[type(instance)].create_historical_record(instance, history_type)
