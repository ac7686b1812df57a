"""django-axes hooks: which account a failed login was for."""


def normalised_username(request, credentials=None) -> str:
    """The e-mail typed into the login form, lower-cased as accounts store it, so that
    'Kari@Asker.example' and 'kari@asker.example' count as the same account."""
    data = credentials if credentials else getattr(request, "POST", {})
    return (data.get("username") or "").strip().lower()


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets: in the admin's look, saying how long to wait."""
    from django.conf import settings
    from django.contrib import admin
    from django.shortcuts import render

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "cooloff_minutes": minutes,
        "is_nav_sidebar_enabled": False,  # nothing in it for someone not logged in
    }
    return render(request, "admin/lockout.html", context, status=429)
