"""The municipality's way in, as the admin edits it: the register's own admin, with the
contacts shown first on the municipality's page added (contacts are this app's records)."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from municipalities.admin import MunicipalityAdmin
from municipalities.models import Municipality
from offers.models import ContactPerson


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


class MunicipalityWithWayInAdmin(MunicipalityAdmin):
    inlines = [WayInContactInline]


admin.site.unregister(Municipality)
admin.site.register(Municipality, MunicipalityWithWayInAdmin)
