"""Forms anyone may send (a report, a nomination, an e-mail address): protected against
spam without JavaScript and without third-party services.

- a honeypot: a text field that people never see (moved off screen by the stylesheet,
  skipped by keyboard and screen readers) and bots fill in; such a submission is answered
  like any other but kept nowhere (`is_spam`);
- a minimum fill time: the form carries when it was shown, signed; a form sent faster than a
  person could is shown again with the text kept and a request to send it again;
- length caps are each form's own fields'; per-address rate limits the views' (portal.ratelimit).
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

MIN_SECONDS = 3  # faster than a person can read a form and write a sentence
_SALT = "portal.forms.shown"


class PublicForm(forms.Form):
    # Named like a field bots like to fill in; people never see it. A template renders the
    # two with {% include "includes/public_form_guard.html" %} and the rest from person_fields.
    nettside = forms.CharField(
        label=_("Ikke fyll ut dette feltet"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    shown = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Shown again (after an error) or new: the clock starts now either way.
        self.fields["shown"].initial = signing.dumps(time.time(), salt=_SALT)
        self.is_spam = False

    def person_fields(self):
        """The fields a person fills in: all but the honeypot and the hidden clock."""
        return [field for field in self if field.name not in {"nettside", "shown"}]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("nettside"):
            self.is_spam = True
            return cleaned_data
        try:
            shown = signing.loads(self.data.get("shown", ""), salt=_SALT)
        except signing.BadSignature:
            shown = None
        if not isinstance(shown, int | float) or time.time() - shown < MIN_SECONDS:
            raise forms.ValidationError(
                _(
                    "Vi fikk ikke med oss skjemaet helt. Se over det du skrev, og send det "
                    "en gang til."
                ),
                code="too_fast",
            )
        return cleaned_data
