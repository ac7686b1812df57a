"""django-axes hooks: which account a failed login was for."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils.translation import gettext


def normalised_username(request, credentials=None) -> str:
    """The e-mail typed into the login form, lower-cased as accounts store it, so that
    'Kari@Asker.example' and 'kari@asker.example' count as the same account."""
    data = credentials if credentials else getattr(request, "POST", {})
    return get_user_model().objects.normalize_email(data.get("username"))


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets: in the admin's look, saying how long to wait."""
    context = admin.site.logged_out_context(request, gettext("For mange mislykkede innlogginger"))
    context["cooloff_minutes"] = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "admin/lockout.html", context, status=429)
