"""When an offer's confirmation has gone stale: PORTAL_CONFIRM_WITHIN_MONTHS after it."""

import calendar
import datetime

from django.conf import settings
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
