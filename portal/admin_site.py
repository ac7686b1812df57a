"""The portal's admin site: Norwegian titles, a start page for coordinators, scoped
autocomplete and "view on site", the page where a new coordinator sets their password, and
bad input answered as portal.admin_input says."""

from functools import wraps

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.options import TO_FIELD_VAR
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.auth import views as auth_views
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import BadRequest
from django.http import Http404
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from portal.admin_input import InputCheckingAdmin, has_nul


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

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, InputCheckingAdmin):
            admin_class = type(
                admin_class.__name__,
                (InputCheckingAdmin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def admin_view(self, view, cacheable=False):
        checked = super().admin_view(view, cacheable)

        @wraps(checked)
        def refusing_nul(request, *args, **kwargs):
            if has_nul(request.GET):
                raise BadRequest("NUL in the query string.")
            if request.GET.get(TO_FIELD_VAR) == "":
                # Django's change view looks up a field named "" (a 500); only the admin's own
                # popups send _to_field, and always with a name.
                raise BadRequest("An empty _to_field.")
            return checked(request, *args, **kwargs)

        return refusing_nul

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
            # Before Django's own view_on_site URL, which it replaces.
            path(
                "r/<path:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            *super().get_urls(),
        ]

    def view_on_site(self, request, content_type_id, object_id):
        """Django's "view on site" redirect, for objects the user may see in this admin
        only: another municipality's draft is not found, as in its own admin pages."""
        try:
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        except (ValueError, ContentType.DoesNotExist):
            raise Http404 from None
        model_admin = self._registry.get(model)
        obj = model_admin.get_object(request, object_id) if model_admin else None
        if obj is None or not model_admin.has_view_permission(request, obj):
            raise Http404
        return shortcut(request, content_type_id, object_id)

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
