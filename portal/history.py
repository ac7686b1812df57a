"""Change history (django-simple-history) with one version per admin save.

Out of the box, an offer saved in the admin gets a version for the save and one more for
every many-to-many field changed after it, the first of them with the old relations. The
admin instead saves without history and records a single, complete version at the end
(portal.admin_scoping.ScopedAdmin); everywhere else versions are recorded as usual.
"""

from simple_history.models import HistoricalRecords

_records = {}


class PortalHistoricalRecords(HistoricalRecords):
    def get_change_reason_for_object(self, instance, history_type, using):
        # Empty rather than None, which the history page would print as "None".
        return super().get_change_reason_for_object(instance, history_type, using) or ""

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            _records[sender] = self


def record_version(instance, history_type: str) -> None:
    """Store the instance as it is now, relations included: '+' created, '~' changed."""
    _records[type(instance)].create_historical_record(instance, history_type)
