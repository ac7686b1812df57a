"""Login lockouts (django-axes): which account a failed login was for, the two lockouts, and
the page a locked-out login gets.

- An account from one address is locked out after PORTAL_LOGIN_FAILURE_LIMIT failed logins
  (axes' own rule), so nobody can guess one account's password.
- An address is locked out after PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT failed logins for any
  accounts, so nobody can try a likely password on many accounts (password spraying). Its
  logins are then refused before any password is checked.

Both count axes' records of failed logins in the database, so every worker process and app
server counts together, and both last PORTAL_LOGIN_LOCKOUT_MINUTES from the last failure.
"""

import logging

from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext

from portal.net import client_address

logger = logging.getLogger(__name__)

# axes stores the account name of each failed login in a column of this length.
STORED_USERNAME_LENGTH = AccessAttempt._meta.get_field("username").max_length


def normalised_username(request, credentials=None) -> str:
    """The e-mail typed into the login form, lower-cased as accounts store it, so that
    'Kari@Asker.example' and 'kari@asker.example' count as the same account. Cut to what axes
    can store: lower-casing can lengthen a text ('İ' becomes two characters)."""
    data = credentials if credentials else getattr(request, "POST", {})
    username = get_user_model().objects.normalize_email(data.get("username"))
    return username[:STORED_USERNAME_LENGTH]


def failures_from_address(request) -> int:
    """Failed logins from the request's address, for any accounts, within the lockout period."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = AccessAttempt.objects.filter(
        ip_address=client_address(request), attempt_time__gte=since
    )
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def _address_locked_out(request) -> bool:
    return failures_from_address(request) >= settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT


class LockoutHandler(AxesDatabaseHandler):
    """axes' handler, with the lockout of an address across accounts added."""

    def is_locked(self, request, credentials=None) -> bool:
        if super().is_locked(request, credentials):
            return True
        if _address_locked_out(request):
            request.address_locked_out = True
            return True
        return False

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        if request is not None and getattr(request, "address_locked_out", False):
            # Refused before any password was checked: nothing of the account's to count.
            self._lock_out(request, credentials)
            return
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is not None and not request.axes_locked_out and _address_locked_out(request):
            logger.warning(
                "Logins from address %s refused after %d failures for any accounts",
                request.axes_ip_address,
                settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT,
            )
            request.address_locked_out = True
            self._lock_out(request, credentials)

    def _lock_out(self, request, credentials):
        """Have AxesMiddleware answer with lockout_response."""
        request.axes_locked_out = True
        request.axes_credentials = credentials


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets: in the admin's look, saying why and how long to wait."""
    context = admin.site.logged_out_context(request, gettext("For mange mislykkede innlogginger"))
    context["cooloff_minutes"] = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context["address_locked_out"] = getattr(request, "address_locked_out", False)
    response = render(request, "admin/lockout.html", context, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
