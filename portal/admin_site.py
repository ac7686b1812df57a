"""The portal's admin site: Norwegian titles, a start page for coordinators, scoped
autocomplete and the page where a new coordinator sets their password."""

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _


class ScopedAutocompleteJsonView(AutocompleteJsonView):
    """Autocomplete offers exactly the choices the form itself accepts, as decided by the
    admin of the form's model (ScopedAdmin.choice_queryset), not everything the user may
    see in the other model's list."""

    def _source_admin(self):
        try:
            return self.admin_site.get_model_admin(self.source_field.model)
        except NotRegistered:
            return None

    def has_perm(self, request, obj=None):
        source_admin = self._source_admin()
        if hasattr(source_admin, "choice_queryset"):
            # Whoever may fill in the form may search its choices.
            return source_admin.has_add_permission(request) or source_admin.has_change_permission(
                request
            )
        return super().has_perm(request, obj)

    def get_queryset(self):
        source_admin = self._source_admin()
        if not hasattr(source_admin, "choice_queryset"):
            return super().get_queryset()
        qs = source_admin.choice_queryset(self.request, self.source_field)
        qs = qs.complex_filter(self.source_field.get_limit_choices_to())
        qs, use_distinct = self.model_admin.get_search_results(self.request, qs, self.term)
        return qs.distinct() if use_distinct else qs


class PortalAdminSite(admin.AdminSite):
    site_header = _("Pårørendeportalen – administrasjon")
    site_title = _("Pårørendeportalen – administrasjon")
    index_title = _("Oversikt")
    index_template = "admin/portal_index.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._index_panels = []

    def add_index_panel(self, panel, position: int = 100):
        """Show panel(request) on the start page, above the list of models: an app's work
        waiting for the user (HTML, or None when there is nothing to show). Lower positions
        come first."""
        self._index_panels.append((position, panel))
        self._index_panels.sort(key=lambda entry: entry[0])

    def index(self, request, extra_context=None):
        panels = [html for _position, panel in self._index_panels if (html := panel(request))]
        return super().index(request, {"panels": panels, **(extra_context or {})})

    def autocomplete_view(self, request):
        return ScopedAutocompleteJsonView.as_view(admin_site=self)(request)

    def get_urls(self):
        return [
            path("passord/ny/<uidb64>/<token>/", self.password_set_view, name="password_set"),
            path("passord/ferdig/", self.password_set_done_view, name="password_set_complete"),
            *super().get_urls(),
        ]

    def logged_out_context(self, request, title):
        # No navigation sidebar: there is nothing in it before the user has logged in.
        return {**self.each_context(request), "title": title, "is_nav_sidebar_enabled": False}

    def password_set_view(self, request, uidb64, token):
        """Where a coordinator sets their password from the link add_coordinator printed.
        Django's reset tokens: the link stops working once the password is set."""
        return auth_views.PasswordResetConfirmView.as_view(
            template_name="admin/password_set.html",
            success_url=reverse_lazy("admin:password_set_complete"),
            extra_context=self.logged_out_context(request, _("Velg passord")),
        )(request, uidb64=uidb64, token=token)

    def password_set_done_view(self, request):
        return auth_views.PasswordResetCompleteView.as_view(
            template_name="admin/password_set_done.html",
            extra_context=self.logged_out_context(request, _("Passordet er lagret")),
        )(request)
