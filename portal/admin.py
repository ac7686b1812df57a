"""The outbox in the admin: what was sent, what waits and why. For superusers only (no
group has its permissions): mail holds e-mail addresses and what people wrote."""

from django.contrib import admin

from portal.models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    list_display = ["subject", "to", "created_at", "sent_at", "attempts", "gave_up_at"]
    list_filter = [
        ("sent_at", admin.EmptyFieldListFilter),
        ("gave_up_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["to", "subject"]
    readonly_fields = [field.name for field in OutgoingMail._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
