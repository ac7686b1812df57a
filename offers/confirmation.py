"""When an offer's confirmation has gone stale (PORTAL_CONFIRM_WITHIN_MONTHS after it), and the
signed links in reminders that confirm an offer in one click."""

import calendar
import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day of the month `months` earlier, or that month's last day (31 → 30)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def confirmation_cutoff() -> datetime.date:
    """Confirmations older than this day need renewing."""
    return months_before(timezone.localdate(), settings.CONFIRM_WITHIN_MONTHS)


def is_overdue(confirmed_on: datetime.date | None) -> bool:
    """Never confirmed, or not within PORTAL_CONFIRM_WITHIN_MONTHS: offers' and helplines' rule."""
    return confirmed_on is None or confirmed_on < confirmation_cutoff()


def overdue_condition() -> Q:
    """is_overdue() for a queryset of a model with `confirmed_on`."""
    return Q(confirmed_on__isnull=True) | Q(confirmed_on__lt=confirmation_cutoff())


# The one-click links in reminder e-mails: signed for one offer and one user, valid this long.
CONFIRM_LINK_VALID = datetime.timedelta(days=30)
_LINK_SALT = "offers.confirmation.link"
LINK_PARAMETER = "lenke"


def confirm_link_token(offer, user) -> str:
    return signing.TimestampSigner(salt=_LINK_SALT).sign_object({"o": offer.pk, "u": user.pk})


def confirm_link(offer, user) -> str:
    """The address that confirms the offer in one click, after the user has logged in."""
    path = reverse("admin:offers_offer_confirm", args=[offer.pk])
    query = urlencode({LINK_PARAMETER: confirm_link_token(offer, user)})
    return f"{settings.PORTAL_BASE_URL}{path}?{query}"


def confirm_link_is_valid(token: str, offer, user) -> bool:
    """True if the token was signed for this offer and this user, and has not expired."""
    try:
        data = signing.TimestampSigner(salt=_LINK_SALT).unsign_object(
            token, max_age=CONFIRM_LINK_VALID
        )
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and data.get("o") == offer.pk and data.get("u") == user.pk
