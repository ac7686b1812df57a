"""Forms carers send: the wish to hear when a course's next round starts."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from offers.models.subscription import CONFIRM_WITHIN, KEEP_FOR
from portal.forms import PublicForm


class SubscriptionForm(PublicForm):
    epost = forms.EmailField(
        label=_("E-postadressen din"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Skriv en hel e-postadresse, for eksempel «navn@eksempel.no»."),
            "required": _("Skriv e-postadressen du vil ha beskjed på."),
        },
    )

    # What the privacy text under the form says, from the rules themselves.
    confirm_days = CONFIRM_WITHIN.days
    keep_months = round(KEEP_FOR.days / 30.4)

    @property
    def keep_sent_days(self) -> int:
        return settings.MAIL_KEEP_SENT_DAYS
