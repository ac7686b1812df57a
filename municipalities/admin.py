from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from municipalities.models import County, Municipality
from portal.scoping import ScopedAdmin, sees_everything


@admin.register(County)
class CountyAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "slug"]
    search_fields = ["name", "number"]


@admin.register(Municipality)
class MunicipalityAdmin(ScopedAdmin):
    """National editors keep the register; a coordinator edits only their own
    municipality's way in: its page for carers (and its way-in contacts, which the offers
    app adds, as contacts are its records)."""

    list_display = ["number", "name", "alt_names", "county", "slug"]
    list_filter = [("county", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "alt_names", "number", "slug"]
    list_select_related = ["county"]
    autocomplete_fields = ["county"]
    fieldsets = [
        (None, {"fields": ["number", "name", "alt_names", "slug", "county"]}),
        (_("Veien inn for pårørende"), {"fields": ["carer_page_url"]}),
    ]
    WAY_IN_FIELDS = ["carer_page_url"]

    def get_fieldsets(self, request, obj=None):
        if sees_everything(request.user):
            return super().get_fieldsets(request, obj)
        # The county as text: a link would lead a coordinator to a page closed to them.
        register = ["number", "name", "alt_names", "slug", "county_name"]
        return [(None, {"fields": register}), *self.fieldsets[1:]]

    def get_readonly_fields(self, request, obj=None):
        if sees_everything(request.user):
            return super().get_readonly_fields(request, obj)
        fields = [f.name for f in self.model._meta.fields if f.name not in self.WAY_IN_FIELDS]
        return [*fields, "county_name"]

    @admin.display(description=_("fylke"))
    def county_name(self, municipality):
        return municipality.county.name
