"""Providers and contacts (scoped to municipalities) and the shared taxonomies (national
editors only: coordinators have no permission for them, so the admin answers 403)."""

from django.contrib import admin

from municipalities.models import Municipality
from offers.models import AgeGroup, ContactPerson, Diagnosis, OfferType, Provider, SearchSynonym
from portal.scoping import ScopedAdmin


@admin.register(OfferType, Diagnosis)
class TaxonomyAdmin(admin.ModelAdmin):
    """Offer types and diagnoses: names in the three languages, in the order editors set."""

    list_display = ["name", "name_nn", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_nn", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(AgeGroup)
class AgeGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "name_nn", "name_en", "min_age", "max_age", "slug"]
    search_fields = ["name", "name_nn", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Provider)
class ProviderAdmin(ScopedAdmin):
    scoped_choices = {"municipality": Municipality.objects.editable_by}
    list_display = ["name", "kind", "municipality"]
    list_filter = ["kind", ("municipality", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "municipality__name"]
    list_select_related = ["municipality"]
    autocomplete_fields = ["municipality"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ContactPerson)
class ContactPersonAdmin(ScopedAdmin):
    scoped_choices = {"municipality": Municipality.objects.editable_by}
    list_display = ["role", "name", "municipality", "phone", "email", "is_public", "is_way_in"]
    list_filter = ["is_public", "is_way_in", ("municipality", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["role", "name", "email", "phone", "municipality__name"]
    list_select_related = ["municipality"]
    autocomplete_fields = ["municipality"]


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    """The words carers type, by word class: national editors keep them (accounts.roles)."""

    list_display = ["words", "terms", "word_class"]
    list_filter = ["word_class"]
    search_fields = ["words", "terms"]
    fields = ["words", "word_class", "terms"]
