"""Årets pårørendekommune in the admin, for the national editors (accounts.roles): each
year's dates, the winners, and the nominations the jury reads."""

from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from projects.models import AwardRound, AwardWinner, Nomination


@admin.register(AwardRound)
class AwardRoundAdmin(SimpleHistoryAdmin):
    list_display = ["year", "nominations_open", "nominations_close", "ceremony_date"]
    fieldsets = [
        (None, {"fields": ["year"]}),
        (_("Nominasjon"), {"fields": [("nominations_open", "nominations_close")]}),
        (_("Prisutdeling"), {"fields": ["ceremony_date", "ceremony_name", "ceremony_place"]}),
    ]


@admin.register(AwardWinner)
class AwardWinnerAdmin(SimpleHistoryAdmin):
    list_display = ["municipality", "year"]
    list_select_related = ["municipality"]
    search_fields = ["municipality__name"]
    autocomplete_fields = ["municipality"]
    fields = ["municipality", "year", "reasons", "story", "slug"]


@admin.register(Nomination)
class NominationAdmin(admin.ModelAdmin):
    """What was sent, as it was sent: the jury reads and may delete, never edits."""

    list_display = ["municipality", "award_round", "short_reason", "name", "email", "created_at"]
    list_filter = ["award_round", ("municipality", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["municipality__name", "name", "email", "reason"]
    list_select_related = ["municipality", "award_round"]
    readonly_fields = ["award_round", "municipality", "reason", "name", "email", "created_at"]
    fields = readonly_fields
    date_hierarchy = None

    @admin.display(description=_("hvorfor"))
    def short_reason(self, nomination):
        return Truncator(nomination.reason).chars(80)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
