"""The coordinators' reminder e-mail: at most one per user and period (REMINDER_PERIOD_DAYS),
and none when there is nothing to say.

A digest lists what waits for the user where reports reach them by e-mail
(feedback.services.reports_routed_to): their municipalities' public offers overdue for
confirmation, each with a signed link that confirms it in one click after login; their open
reports; and their courses with no upcoming round. National editors get the same for national
offers and for municipalities without a coordinator. Each digest sent is stored
(ReminderDigest), one per user and period by a unique constraint, so a second run in the same
period, or two at once, sends nothing more.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from accounts.roles import NATIONAL_EDITORS
from feedback.models import ReminderDigest, Report
from feedback.services import STAFF_LANGUAGE, admin_url, coordinators_of_any
from offers.confirmation import confirm_link
from offers.models import Offer
from portal.mail import queue_mail

# The most items of each kind a digest lists; the rest are a link away.
LISTED = 25
KEEP_DIGESTS = datetime.timedelta(days=366)


def period_start(day: datetime.date) -> datetime.date:
    """The first day of the period `day` is in; weekly periods start on Mondays."""
    ordinal = day.toordinal()  # day 1 was a Monday
    return datetime.date.fromordinal(ordinal - (ordinal - 1) % settings.REMINDER_PERIOD_DAYS)


@dataclass
class Digest:
    to_confirm: list = field(default_factory=list)
    reports: list = field(default_factory=list)
    without_rounds: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)

    def __bool__(self):
        return any(self.counts.values())


def _owner_condition(user, name: str) -> Q:
    """Records owned by the municipalities whose reminders go to this user."""
    condition = Q(**{f"{name}__in": user.municipalities.all()})
    if user.groups.filter(name=NATIONAL_EDITORS).exists():
        condition |= Q(**{f"{name}__isnull": True}) | ~Q(**{f"{name}__in": coordinators_of_any()})
    return condition


def digest_for(user) -> Digest:
    offers = Offer.objects.public().filter(_owner_condition(user, "owner"))
    to_confirm = offers.needing_confirmation().order_by("confirmed_on", "title")
    reports = (
        Report.objects.open()
        .filter(_owner_condition(user, "municipality"))
        .select_related("municipality")
        .order_by("created_at")
    )
    without_rounds = (
        offers.filter(offer_type__runs_in_rounds=True).without_upcoming_rounds().order_by("title")
    )
    digest = Digest(
        counts={
            "to_confirm": to_confirm.count(),
            "reports": reports.count(),
            "without_rounds": without_rounds.count(),
        }
    )
    if digest:
        digest.to_confirm = [
            {"offer": offer, "confirm_url": confirm_link(offer, user)}
            for offer in to_confirm[:LISTED]
        ]
        digest.reports = [
            {"report": report, "url": admin_url(report)} for report in reports[:LISTED]
        ]
        digest.without_rounds = [
            {
                "offer": offer,
                "url": settings.PORTAL_BASE_URL
                + reverse("admin:offers_offer_change", args=[offer.pk]),
            }
            for offer in without_rounds[:LISTED]
        ]
    return digest


def recipients():
    """Active staff who coordinate a municipality or are national editors."""
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .exclude(email="")
        .filter(Q(municipalities__isnull=False) | Q(groups__name=NATIONAL_EDITORS))
        .distinct()
        .order_by("pk")
    )


def send_reminders(today: datetime.date | None = None) -> int:
    """Queue this period's digest for each user who has something waiting and has not had
    one; returns how many were queued."""
    start = period_start(today or timezone.localdate())
    # What was sent is needed for the current period only; a year of it tells the story.
    ReminderDigest.objects.filter(period_start__lt=start - KEEP_DIGESTS).delete()
    already = set(ReminderDigest.objects.filter(period_start=start).values_list("user", flat=True))
    queued = 0
    for user in recipients().exclude(pk__in=already):
        digest = digest_for(user)
        if not digest:
            continue
        try:
            with transaction.atomic():
                ReminderDigest.objects.create(
                    user=user,
                    period_start=start,
                    offers_to_confirm=digest.counts["to_confirm"],
                    open_reports=digest.counts["reports"],
                    courses_without_rounds=digest.counts["without_rounds"],
                )
                queue_mail(
                    user.email,
                    "reminder",
                    {
                        "user": user,
                        "digest": digest,
                        "confirm_within_months": settings.CONFIRM_WITHIN_MONTHS,
                        "period_days": settings.REMINDER_PERIOD_DAYS,
                        "admin_url": settings.PORTAL_BASE_URL + reverse("admin:index"),
                    },
                    language=STAFF_LANGUAGE,
                )
        except IntegrityError:  # another run sent this user's digest meanwhile
            continue
        queued += 1
    return queued
