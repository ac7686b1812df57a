"""Helplines in the admin: national editors only (coordinators have no permission for them),
with history, and the offers' rule that what carers rely on is checked again within
PORTAL_CONFIRM_WITHIN_MONTHS: a confirm page and action, and a panel of those overdue."""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from helplines.models import Helpline
from helplines.services import confirm


@admin.register(Helpline)
class HelplineAdmin(SimpleHistoryAdmin):
    list_display = [
        "name",
        "number",
        "audience",
        "is_urgent",
        "confirmed_on_column",
        "needs_confirmation_column",
        "position",
    ]
    list_filter = ["audience", "is_urgent"]
    list_editable = ["position"]
    search_fields = ["name", "name_nn", "name_en", "number"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["confirmation"]
    actions = ["confirm_selected"]
    object_history_form_template = "admin/history_revert_form.html"
    fieldsets = [
        (None, {"fields": ["name", "slug", "number", "chat_url", "website", "audience"]}),
        (
            _("Hva du kan få hjelp til, og når"),
            {
                "fields": [
                    "description",
                    "opening_hours",
                    ("name_nn", "description_nn", "opening_hours_nn"),
                    ("name_en", "description_en", "opening_hours_en"),
                ]
            },
        ),
        (_("Visning"), {"fields": ["is_urgent", "position", "confirmation"]}),
    ]

    @admin.display(description=_("sist sjekket"), ordering="confirmed_on", empty_value="–")
    def confirmed_on_column(self, helpline):
        if helpline.confirmed_on:
            return formats.date_format(helpline.confirmed_on, "SHORT_DATE_FORMAT")
        return None

    @admin.display(description=_("må sjekkes"))
    def needs_confirmation_column(self, helpline):
        return gettext("Må sjekkes") if helpline.needs_confirmation else ""

    @admin.display(description=_("sist sjekket"))
    def confirmation(self, helpline):
        if helpline.confirmed_on is None:
            return gettext("Ikke sjekket ennå.")
        return gettext("%(date)s av %(who)s") % {
            "date": formats.date_format(helpline.confirmed_on, "DATE_FORMAT"),
            "who": helpline.confirmed_by or gettext("en tidligere bruker"),
        }

    @admin.action(description=_("Sjekket: nummer og åpningstid stemmer"))
    def confirm_selected(self, request, queryset):
        for helpline in queryset:
            confirm(helpline, request.user)
        count = len(queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d hjelpetelefon er sjekket.",
                "%(count)d hjelpetelefoner er sjekket.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def get_urls(self):
        return [
            path(
                "<path:object_id>/bekreft/",
                self.admin_site.admin_view(self.confirm_view),
                name="helplines_helpline_confirm",
            ),
            *super().get_urls(),
        ]

    def confirm_view(self, request, object_id):
        """GET shows what is being confirmed; POST records that it was checked today."""
        helpline = self.get_object(request, unquote(object_id))
        if helpline is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, helpline):
            raise PermissionDenied
        if request.method == "POST":
            confirm(helpline, request.user)
            self.message_user(
                request,
                gettext("Takk! «%(name)s» er sjekket i dag.") % {"name": helpline.name},
                messages.SUCCESS,
            )
            return redirect(reverse("admin:helplines_helpline_change", args=[helpline.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Sjekk hjelpetelefonen"),
            "opts": self.opts,
            "helpline": helpline,
            "confirmation": self.confirmation(helpline),
        }
        return TemplateResponse(request, "admin/helplines/helpline/confirm.html", context)


def overdue_helplines_panel(request):
    """Helplines not checked within PORTAL_CONFIRM_WITHIN_MONTHS, for those who edit them."""
    if not request.user.has_perm("helplines.change_helpline"):
        return None
    overdue = list(Helpline.objects.needing_confirmation().order_by("confirmed_on", "name"))
    if not overdue:
        return None
    context = {"overdue": overdue, "confirm_within_months": settings.CONFIRM_WITHIN_MONTHS}
    return render_to_string("admin/helplines/helpline/overdue_panel.html", context, request)


admin.site.add_index_panel(overdue_helplines_panel, position=30)
