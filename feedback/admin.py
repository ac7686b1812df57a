"""Reports in the admin, scoped like offers: a coordinator sees their municipalities' reports,
national editors all. What the reporter wrote is read-only; the status and an internal note
are the coordinators'. Answering the reporter is its own view (one action, one view): the
answer is queued as e-mail and recorded with the report. Open reports come first on the
admin's start page."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from feedback import services
from feedback.models import OPEN_STATUSES, TEXT_MAX_LENGTH, Report, ReportKind, ReportStatus
from portal.scoping import ScopedAdmin

OPEN_REPORTS_ON_INDEX = 10


class OpenFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("apne", _("Åpne (ny eller under arbeid)")), *ReportStatus.choices]

    def queryset(self, request, queryset):
        if self.value() == "apne":
            return queryset.open()
        if self.value() in ReportStatus.values:
            return queryset.filter(status=self.value())
        return queryset


class AnswerForm(forms.Form):
    text = forms.CharField(
        label=_("Svar"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10, "cols": 80}),
        help_text=_(
            "Sendes på e-post til den som meldte fra, på språket de skrev på. Svarer de, "
            "kommer svaret til din e-postadresse."
        ),
    )


@admin.register(Report)
class ReportAdmin(ScopedAdmin):
    list_display = ["created_at", "kind", "subject_column", "municipality", "status"]
    list_filter = [OpenFilter, "kind"]
    list_select_related = ["municipality"]
    search_fields = ["about", "text"]
    date_hierarchy = "created_at"
    fields = [
        "kind",
        "subject_column",
        "municipality",
        "offer_type",
        "text",
        "email",
        "created_at",
        "status",
        "internal_note",
        "closed_at",
        "answers_column",
    ]
    readonly_fields = [
        "kind",
        "subject_column",
        "municipality",
        "offer_type",
        "text",
        "email",
        "created_at",
        "closed_at",
        "answers_column",
    ]

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if obj is not None and obj.kind == ReportKind.WRONG:
            return [name for name in fields if name != "offer_type"]
        return fields

    def has_add_permission(self, request):
        return False  # reports come from carers, through the public forms

    @admin.display(description=_("gjelder"), ordering="about")
    def subject_column(self, report):
        if report.offer_id:
            url = reverse("admin:offers_offer_change", args=[report.offer_id])
            return format_html('<a href="{}">{}</a>', url, report.about)
        return report.subject or "–"

    @admin.display(description=_("svar sendt"))
    def answers_column(self, report):
        answers = format_html_join(
            "",
            "<li><strong>{} ({})</strong><br>{}</li>",
            (
                (
                    formats.date_format(
                        timezone.localtime(answer.sent_at), "SHORT_DATETIME_FORMAT"
                    ),
                    answer.sent_by or "–",
                    answer.text,
                )
                for answer in report.answers.select_related("sent_by")
            ),
        )
        link = ""
        if report.email:
            link = format_html(
                '<a class="button" href="{}">{}</a>',
                reverse("admin:feedback_report_answer", args=[report.pk]),
                gettext("Svar på e-post"),
            )
        else:
            link = gettext("Den som meldte fra, oppga ingen e-postadresse.")
        return format_html("<ul>{}</ul>{}", answers, link) if answers else link

    def get_urls(self):
        return [
            path(
                "<path:object_id>/svar/",
                self.admin_site.admin_view(self.answer_view),
                name="feedback_report_answer",
            ),
            *super().get_urls(),
        ]

    def answer_view(self, request, object_id):
        """GET: the answer form. POST: queue the answer, record it, back to the report."""
        report = self.get_object(request, unquote(object_id))
        if report is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, report):
            raise PermissionDenied
        change_url = reverse("admin:feedback_report_change", args=[report.pk])
        if not report.email:
            self.message_user(
                request, gettext("Den som meldte fra, oppga ingen e-postadresse."), messages.ERROR
            )
            return HttpResponseRedirect(change_url)
        form = AnswerForm(request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            services.answer(report, form.cleaned_data["text"], request.user)
            self.log_change(request, report, gettext("Svar sendt på e-post"))
            self.message_user(
                request,
                gettext("Svaret sendes til %(email)s.") % {"email": report.email},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": gettext("Svar den som meldte fra"),
            "report": report,
            "form": form,
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/feedback/report/answer.html", context)


def open_reports_panel(request):
    """The user's open reports, oldest first: carers are waiting for them."""
    if not request.user.has_perm("feedback.view_report"):
        return None
    reports = Report.objects.editable_by(request.user).filter(status__in=OPEN_STATUSES)
    count = reports.count()
    if not count:
        return None
    context = {
        "reports": reports.select_related("municipality").order_by("created_at")[
            :OPEN_REPORTS_ON_INDEX
        ],
        "count": count,
    }
    return render_to_string("admin/feedback/report/open_panel.html", context, request)


admin.site.add_index_panel(open_reports_panel, position=10)
