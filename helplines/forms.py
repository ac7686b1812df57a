from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality
from offers.filters import FilterForm, MunicipalityChoiceField


class NearYouForm(FilterForm):
    """/unge/'s choice of municipality: the offer list's picker, by slug (?kommune=asker)."""

    kommune = MunicipalityChoiceField(
        label=_("Kommunen du bor i"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        empty_label=_("Velg kommune"),
        required=False,
        error_messages={"invalid_choice": _("Vi fant ingen kommune som heter «%(value)s».")},
    )
