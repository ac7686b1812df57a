from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from accounts.scoping import sees_everything
from municipalities.models import County, Municipality
from offers.models import ContactPerson
from portal.admin_scoping import ScopedAdmin


@admin.register(County)
class CountyAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "slug"]
    search_fields = ["name", "number"]


class WayInContactForm(forms.ModelForm):
    class Meta:
        model = ContactPerson
        fields = ["role", "name", "phone", "email", "availability", "is_public", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.is_way_in = True


class WayInContactInline(admin.StackedInline):
    """The municipality's way in: the contacts shown first on its page."""

    model = ContactPerson
    form = WayInContactForm
    extra = 0
    verbose_name = _("kontakt i kommunens vei inn")
    verbose_name_plural = _("kommunens vei inn: kontakter")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(is_way_in=True)


@admin.register(Municipality)
class MunicipalityAdmin(ScopedAdmin):
    """National editors keep the register; a coordinator edits only their own
    municipality's way in: its page for carers and its way-in contacts."""

    list_display = ["number", "name", "alt_names", "county", "slug"]
    list_filter = [("county", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "alt_names", "number", "slug"]
    list_select_related = ["county"]
    autocomplete_fields = ["county"]
    inlines = [WayInContactInline]
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
