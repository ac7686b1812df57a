"""'Gi meg beskjed når neste kurs starter': double opt-in, one e-mail, then forgotten.

A carer leaves an address on a course's page; it is confirmed by a signed link in an e-mail;
when a round of the offer is published after that (a round added to a public offer, starting
after today), `notify_subscribers` queues one e-mail about it and deletes the address.
Addresses not confirmed within CONFIRM_WITHIN, or kept KEEP_FOR without a new round, are
deleted by `delete_expired`. Every e-mail carries a link that deletes the address at once.
The timer runs both (`manage.py notify_round_subscribers`); sending is send_queued_mail's job.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from offers.models import Offer, Round, RoundSubscription
from offers.models.subscription import CONFIRM_WITHIN
from portal.mail import queue_mail

CONFIRM = "offers.subscriptions.confirm"
UNSUBSCRIBE = "offers.subscriptions.unsubscribe"
_URL_NAMES = {CONFIRM: "offers:subscription_confirm", UNSUBSCRIBE: "offers:unsubscribe"}


def token(subscription: RoundSubscription, purpose: str) -> str:
    """A signed link's token: the subscription and when it was made (so a token outlives
    neither the row nor a fresh sign-up that replaced it), never the address."""
    value = {"id": subscription.pk, "at": subscription.created_at.isoformat()}
    return signing.TimestampSigner(salt=purpose).sign_object(value)


def link(subscription: RoundSubscription, purpose: str) -> str:
    path = reverse(_URL_NAMES[purpose], args=[token(subscription, purpose)])
    return settings.PORTAL_BASE_URL + path


def find(value: str, purpose: str) -> RoundSubscription | None:
    """The subscription a token is for, or None if it is forged, expired or used up."""
    max_age = CONFIRM_WITHIN if purpose == CONFIRM else None
    try:
        data = signing.TimestampSigner(salt=purpose).unsign_object(value, max_age=max_age)
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        return None
    subscription = RoundSubscription.objects.select_related("offer").filter(pk=data["id"]).first()
    if subscription is None or subscription.created_at.isoformat() != data.get("at"):
        return None
    return subscription


@transaction.atomic
def subscribe(offer: Offer, email: str, language: str) -> None:
    """Keep the address unconfirmed and send the link that confirms it. An address already
    confirmed for the offer gets nothing new; the carer is told the same either way."""
    email = email.strip().lower()
    subscription, created = RoundSubscription.objects.get_or_create(
        offer=offer, email=email, defaults={"language": language}
    )
    if subscription.confirmed_at is not None:
        return
    if not created:  # a new link, and a new week to use it; the old link stops working
        subscription.language, subscription.created_at = language, timezone.now()
        subscription.save(update_fields=["language", "created_at"])
    queue_mail(
        email,
        "round_subscription_confirm",
        {
            "offer": offer,
            "offer_url": settings.PORTAL_BASE_URL + offer.get_absolute_url(),
            "confirm_url": link(subscription, CONFIRM),
            "unsubscribe_url": link(subscription, UNSUBSCRIBE),
            "confirm_days": CONFIRM_WITHIN.days,
        },
        language=language,
    )


def confirm(subscription: RoundSubscription) -> None:
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])


def unsubscribe(subscription: RoundSubscription) -> None:
    subscription.delete()


def new_rounds(today):
    """Rounds starting after today, of a public offer, added after the subscription was
    confirmed (for use in an Exists() or filter on a subscription)."""
    return Round.objects.starting_from(today + timedelta(days=1)).filter(
        offer=OuterRef("offer"),
        offer__in=Offer.objects.public(),
        created_at__gt=OuterRef("confirmed_at"),
    )


@dataclass
class Notified:
    notified: int = 0
    deleted: int = 0


def notify_subscribers(now=None) -> Notified:
    """One e-mail to each confirmed subscriber whose offer has a new round, then the address
    is deleted; and addresses past their time are deleted unused."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    result = Notified()
    due = (
        RoundSubscription.objects.confirmed()
        .filter(Exists(new_rounds(today)))
        .select_related("offer")
    )
    for subscription in due:
        with transaction.atomic():
            _notify(subscription, today)
            result.notified += 1
    result.deleted, _ = RoundSubscription.objects.expired(now).delete()
    return result


def _notify(subscription: RoundSubscription, today) -> None:
    offer = subscription.offer
    new_round = (
        Round.objects.starting_from(today + timedelta(days=1))
        .filter(offer=offer, created_at__gt=subscription.confirmed_at)
        .order_by("first_day")
        .prefetch_related("sessions")
        .first()
    )
    queue_mail(
        subscription.email,
        "new_round",
        {
            "offer": offer,
            "round": new_round,
            "offer_url": settings.PORTAL_BASE_URL + offer.get_absolute_url(),
            "unsubscribe_url": link(subscription, UNSUBSCRIBE),
        },
        language=subscription.language,
    )
    subscription.delete()
