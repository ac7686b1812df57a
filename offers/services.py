"""Writes to offers that carry rules of their own: edits that must not overwrite someone
else's, confirming that an offer is still true, and a round's sessions."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from offers.models import Offer, Round, Session


class OfferChangedMeanwhile(Exception):
    """Someone else saved the offer after this form was loaded."""


def claim_for_edit(offer: Offer, loaded_version: int | None) -> None:
    """Move the offer to its next version if it is still at the version the form was
    loaded with; otherwise refuse. Call inside the transaction that saves the edit."""
    if loaded_version is None:  # restoring a deleted offer: there is no row to compare
        return
    if not Offer.objects.claim_version(offer.pk, loaded_version, bump=True):
        raise OfferChangedMeanwhile
    offer.version = loaded_version + 1


def keep_confirmation(offer: Offer) -> None:
    """An edit, a revert included, leaves the confirmation as it stands: confirming is its
    own act, in both directions."""
    current = Offer.objects.filter(pk=offer.pk).values("confirmed_on", "confirmed_by").first()
    if current is not None:  # None: restoring a deleted offer, which keeps its own
        offer.confirmed_on = current["confirmed_on"]
        offer.confirmed_by_id = current["confirmed_by"]


def confirm_on_publishing(offer: Offer, user) -> None:
    """Publishing vouches for the offer: it is confirmed by whoever publishes it, today.
    Set on the offer before it is saved, so the publishing version records it."""
    offer.confirmed_on = timezone.localdate()
    offer.confirmed_by = user


@transaction.atomic
def confirm(offer: Offer, user, loaded_version: int | None = None) -> None:
    """Record that `user` confirmed today that the offer is true. Not an edit: the version
    stays, but a form loaded before someone else's edit cannot confirm what it did not show."""
    if loaded_version is not None and not Offer.objects.claim_version(
        offer.pk, loaded_version, bump=False
    ):
        raise OfferChangedMeanwhile
    offer.confirmed_on = timezone.localdate()
    offer.confirmed_by = user
    offer._history_user = user
    offer._change_reason = gettext("Bekreftet at tilbudet stemmer")
    offer.save(update_fields=["confirmed_on", "confirmed_by"])


def confirm_all(offers, user) -> int:
    """Confirm each offer (each gets its own history entry); returns how many."""
    count = 0
    for offer in offers:
        confirm(offer, user)
        count += 1
    return count


def last_edit(offer_pk: int):
    """The history entry of the edit that produced the offer's current version, or None."""
    version = Offer.objects.filter(pk=offer_pk).values_list("version", flat=True).first()
    if version is None:
        return None
    return (
        Offer.history.filter(id=offer_pk, version=version)
        .select_related("history_user")
        .order_by("history_date")
        .first()
    )


def set_sessions(round_: Round, wanted) -> None:
    """Make the round's sessions exactly `wanted` (items with date, start_time and end_time).

    A session that keeps its date keeps its row, and with it its calendar UID, when only its
    times change: a calendar then moves the event instead of adding a second one."""
    existing = list(round_.sessions.all())
    wanted = sorted(set(wanted), key=lambda s: (s.date, s.start_time))
    unmatched = []
    for item in wanted:
        same = next(
            (s for s in existing if (s.date, s.start_time) == (item.date, item.start_time)), None
        )
        if same is None:
            unmatched.append(item)
            continue
        existing.remove(same)
        if same.end_time != item.end_time:
            same.end_time = item.end_time
            same.save(update_fields=["end_time"])
    for item in unmatched:
        same_day = [s for s in existing if s.date == item.date]
        if len(same_day) == 1 and sum(w.date == item.date for w in unmatched) == 1:
            session = same_day[0]
            existing.remove(session)
            session.start_time, session.end_time = item.start_time, item.end_time
            session.save(update_fields=["start_time", "end_time"])
        else:
            Session.objects.create(
                round=round_, date=item.date, start_time=item.start_time, end_time=item.end_time
            )
    for session in existing:
        session.delete()
    # Read again next time, not from what was prefetched or cached before.
    round_.__dict__.pop("session_list", None)
    getattr(round_, "_prefetched_objects_cache", {}).pop("sessions", None)
