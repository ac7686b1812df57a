"""The forms carers send: what is wrong with an offer, what a municipality lacks."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from feedback.models import TEXT_MAX_LENGTH
from offers.models import OfferType
from portal.forms import PublicForm


class ReportForm(PublicForm):
    tekst = forms.CharField(
        label=_("Hva er feil?"),
        help_text=_(
            "For eksempel et telefonnummer som ikke virker, eller et tilbud som er lagt ned."
        ),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Skriv hva som er feil, så vi vet hva vi skal rette."),
            "max_length": _(
                "Teksten er for lang: skriv høyst %(limit_value)d tegn (nå er den %(show_value)d)."
            ),
        },
    )
    epost = forms.EmailField(
        label=_("E-postadressen din (valgfritt)"),
        help_text=_("Bare hvis du vil ha svar."),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _(
                "Skriv en hel e-postadresse, for eksempel «navn@eksempel.no», eller la feltet "
                "stå tomt."
            ),
        },
    )

    @property
    def keep_months(self) -> int:
        return settings.REPORT_KEEP_MONTHS


class MissingOfferForm(ReportForm):
    field_order = ["type", "tekst", "epost"]

    type = forms.ModelChoiceField(
        label=_("Hva slags tilbud savner du? (valgfritt)"),
        queryset=OfferType.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("Vet ikke, eller noe annet"),
        error_messages={"invalid_choice": _("Velg en type fra listen, eller «Vet ikke».")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tekst"].label = _("Hva savner du?")
        self.fields["tekst"].help_text = _(
            "For eksempel en samtalegruppe for pårørende til noen med rusproblemer, eller "
            "avlastning i helgene."
        )
        self.fields["tekst"].error_messages["required"] = _(
            "Skriv hva du savner, så kommunen vet hva det gjelder."
        )
