"""The coverage app in the admin: where to apply for help (on the municipality's page, part
of its way in), population (national editors), and «Hull i tilbudet», a coordinator's gaps
with offers from comparable municipalities to start from and the searches that found nothing."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from coverage import gaps
from coverage.grid import coverage_grid
from coverage.models import ApplicationOffice, Population, UnmetSearch
from coverage.services import copy_as_draft
from municipalities.models import Municipality
from offers.admin.municipality import MunicipalityWithWayInAdmin
from offers.models import Offer
from portal.methods import allow_methods
from portal.scoping import municipality_ids, sees_everything


class ApplicationOfficeInline(admin.StackedInline):
    """«Søk om hjelp» on the municipality's page: where to apply, part of its way in."""

    model = ApplicationOffice
    extra = 0
    max_num = 1
    can_delete = True
    verbose_name = _("søk om hjelp: kontoret som tar imot søknader")
    verbose_name_plural = _("søk om hjelp")


class MunicipalityWithApplicationOfficeAdmin(MunicipalityWithWayInAdmin):
    inlines = [*MunicipalityWithWayInAdmin.inlines, ApplicationOfficeInline]


admin.site.unregister(Municipality)
admin.site.register(Municipality, MunicipalityWithApplicationOfficeAdmin)


@admin.register(Population)
class PopulationAdmin(admin.ModelAdmin):
    list_display = ["municipality", "inhabitants", "year"]
    list_select_related = ["municipality"]
    search_fields = ["municipality__name", "municipality__number"]
    autocomplete_fields = ["municipality"]


@admin.register(UnmetSearch)
class GapsAdmin(admin.ModelAdmin):
    """«Hull i tilbudet»: the list page of this model is the gaps page; the counts of searches
    that found nothing are shown there, beside the gaps, and are never edited."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path(
                "mal/<int:offer_id>/",
                self.admin_site.admin_view(allow_methods("POST")(self.use_as_template)),
                name="coverage_use_as_template",
            ),
            *super().get_urls(),
        ]

    def _chosen_municipality(self, request, value):
        """The municipality the page is about: one of a coordinator's own (their first by
        default); any for a national editor, none by default."""
        own = municipality_ids(request.user)
        choices = Municipality.objects.select_related("county", "population")
        if not sees_everything(request.user):
            choices = choices.filter(pk__in=own)
        if value:
            try:
                return choices.get(pk=int(value))
            except (ValueError, Municipality.DoesNotExist):
                raise Http404 from None
        return None if sees_everything(request.user) else choices.order_by("name").first()

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        municipality = self._chosen_municipality(request, request.GET.get("kommune"))
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Hull i tilbudet"),
            "opts": self.model._meta,
            "municipality": municipality,
            "choices": gaps.choosable_municipalities(request.user),
            **gaps.page_context(municipality, request.user),
        }
        if municipality is not None:
            context["heading"] = gaps_line(municipality, context["gap_count"])
        return TemplateResponse(request, "admin/coverage/gaps.html", context)

    def use_as_template(self, request, offer_id):
        """«Bruk som mal»: copy a public offer as a draft of the chosen municipality."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        source = get_object_or_404(Offer.objects.public().select_related("owner"), pk=offer_id)
        municipality = self._chosen_municipality(request, request.POST.get("kommune"))
        if municipality is None:
            raise Http404
        draft = copy_as_draft(source, municipality, request.user)
        messages.success(
            request,
            gettext(
                "Utkastet «%(title)s» er laget for %(municipality)s. Fyll inn sted, tid, "
                "påmelding og kontakter, og publiser det når det stemmer."
            )
            % {"title": draft.title, "municipality": municipality.name},
        )
        return HttpResponseRedirect(reverse("admin:offers_offer_change", args=[draft.pk]))


def gaps_panel(request):
    """On the admin's start page: a coordinator's gaps, with the way to the gaps page."""
    if not request.user.has_perm("coverage.view_unmetsearch"):
        return None
    url = reverse("admin:coverage_unmetsearch_changelist")
    if sees_everything(request.user):
        return format_html(
            '<div class="module"><h2>{}</h2><p><a href="{}">{}</a></p></div>',
            gettext("Hull i tilbudet"),
            url,
            gettext("Se hull og søk uten treff i alle kommuner"),
        )
    lines = []
    for municipality in gaps.choosable_municipalities(request.user):
        row = next(
            r for r in coverage_grid(municipality.county) if r.municipality.pk == municipality.pk
        )
        lines.append((f"{url}?kommune={municipality.pk}", gaps_line(municipality, row.gaps)))
    if not lines:
        return None
    return format_html(
        '<div class="module"><h2>{}</h2><ul>{}</ul></div>',
        gettext("Hull i tilbudet"),
        format_html_join("", '<li><a href="{}">{}</a></li>', lines),
    )


def gaps_line(municipality, count: int) -> str:
    if not count:
        return gettext("%(name)s: hjelp av alle slag i kommunen, hos naboer eller i fylket") % {
            "name": municipality.label
        }
    return ngettext(
        "%(name)s: %(count)d slags hjelp finnes bare nasjonalt eller ikke",
        "%(name)s: %(count)d slags hjelp finnes bare nasjonalt eller ikke",
        count,
    ) % {"name": municipality.label, "count": count}


admin.site.add_index_panel(gaps_panel, position=30)
