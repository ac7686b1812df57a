from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import RedirectView
from django.views.i18n import set_language

from portal.methods import allow_methods
from portal.views import accessibility_statement

urlpatterns = [
    path("", include("offers.urls")),
    path("", include("feedback.urls")),
    path("", include("projects.urls")),
    path("", include("coverage.urls")),
    path("", include("opendata.urls")),
    path("", include("helplines.urls")),
    path("tilgjengelighet/", accessibility_statement, name="accessibility"),
    path("admin/", admin.site.urls),
    # Choosing a language changes nothing but a preference cookie, so the switcher needs no
    # CSRF token, and public pages stay free of per-visitor tokens (and cacheable).
    path("sprak/", allow_methods("POST")(csrf_exempt(set_language)), name="set_language"),
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("favicon.svg"))),
]

handler500 = "portal.views.server_error"
