from django.contrib import admin

from municipalities.models import County, Municipality


@admin.register(County)
class CountyAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "slug"]
    search_fields = ["name", "number"]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "alt_names", "county", "slug"]
    list_filter = ["county"]
    search_fields = ["name", "alt_names", "number", "slug"]
    list_select_related = ["county"]
    autocomplete_fields = ["county"]
