from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from offers.models import AgeGroup, ContactPerson, Diagnosis, Offer, OfferType, Provider


@admin.register(OfferType)
class OfferTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "name_nn", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_nn", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Diagnosis)
class DiagnosisAdmin(admin.ModelAdmin):
    list_display = ["name", "name_nn", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_nn", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(AgeGroup)
class AgeGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "min_age", "max_age", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "municipality"]
    list_filter = ["kind"]
    search_fields = ["name", "municipality__name"]
    list_select_related = ["municipality"]
    autocomplete_fields = ["municipality"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ContactPerson)
class ContactPersonAdmin(admin.ModelAdmin):
    list_display = ["role", "name", "municipality", "phone", "email", "is_public", "is_way_in"]
    list_filter = ["is_public", "is_way_in"]
    search_fields = ["role", "name", "email", "phone", "municipality__name"]
    list_select_related = ["municipality"]
    autocomplete_fields = ["municipality"]


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "offer_type", "owner", "status", "is_published", "confirmed_on"]
    list_filter = ["status", "is_published", "offer_type", "nationwide", "diagnoses"]
    search_fields = ["title", "summary", "owner__name", "provider__name"]
    list_select_related = ["offer_type", "owner"]
    autocomplete_fields = [
        "provider",
        "partners",
        "owner",
        "municipalities",
        "counties",
        "contacts",
    ]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["confirmed_on", "confirmed_by", "created_at", "updated_at"]
    filter_horizontal = ["diagnoses"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "offer_type"]}),
        (_("Hvem driver tilbudet"), {"fields": ["provider", "partners", "owner"]}),
        (_("Hvor tilbudet gjelder"), {"fields": ["municipalities", "counties", "nationwide"]}),
        (
            _("Hvem tilbudet er for"),
            {
                "fields": [
                    "diagnoses",
                    "diagnosis_independent",
                    ("carer_age_min", "carer_age_max"),
                    ("patient_age_min", "patient_age_max"),
                ]
            },
        ),
        (_("Når og hvor"), {"fields": ["format", "schedule", "place"]}),
        (
            _("Pris og påmelding"),
            {
                "fields": [
                    "is_free",
                    "price",
                    "registration_required",
                    "registration_info",
                    "signup_url",
                    "more_info_url",
                ]
            },
        ),
        (_("Kontakt"), {"fields": ["contacts"]}),
        (
            _("Status"),
            {
                "fields": [
                    "status",
                    "is_published",
                    "confirmed_on",
                    "confirmed_by",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
