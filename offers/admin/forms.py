"""The offer's admin form: optimistic locking, and reverting relations too."""

from django import forms
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import SIMPLE_HISTORY_REVERSE_ATTR_NAME
from simple_history.utils import get_m2m_reverse_field_name

from offers.models import Offer
from offers.services import last_edit


class TextField(forms.CharField):
    """Text whose line endings do not count as a change: browsers send CRLF."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if value else value


class VersionField(forms.IntegerField):
    """The offer's version when the form was loaded: sent back as it came, never an edit."""

    widget = forms.HiddenInput

    def has_changed(self, initial, data):
        return False


class OfferForm(forms.ModelForm):
    # Fields a coordinator may keep when they are already on the offer, though they could
    # not choose them (another municipality's provider or contact, a municipality outside
    # their county, set by an editor).
    KEEP_LINKED = ["provider", "partners", "contacts", "municipalities"]

    loaded_version = VersionField(required=False)

    class Meta:
        model = Offer
        fields = "__all__"  # noqa: DJ007  (the admin passes the fields of its fieldsets)
        field_classes = {"description": TextField}
        error_messages = {
            "description": {
                "max_length": _(
                    "Beskrivelsen kan ha høyst %(limit_value)d tegn, og denne har %(show_value)d. "
                    "Et tilbudsark skal være lett å lese: skriv kortere, og legg gjerne resten på "
                    "kommunens egen side."
                )
            }
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            historical = getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
            reverted_to = {}
            if historical is not None:
                reverted_to = self._use_historical_relations(historical)
            if not self.is_bound:  # a submitted form carries the number it was loaded with
                # From the database, not the instance: a reverted version carries an old number.
                self.fields["loaded_version"].initial = (
                    Offer.objects.filter(pk=self.instance.pk)
                    .values_list("version", flat=True)
                    .first()
                )
            self._keep_linked(reverted_to)

    def _use_historical_relations(self, historical) -> dict[str, list[int]]:
        """Start the revert form from the version's relations as well as its fields."""
        relations = {}
        for field in Offer._meta.many_to_many:
            if field.name in self.fields:
                column = get_m2m_reverse_field_name(field)
                rows = getattr(historical, field.name).values_list(f"{column}_id", flat=True)
                relations[field.name] = self.initial[field.name] = list(rows)
        return relations

    def _keep_linked(self, reverted_to):
        """Let the choices include what the saved offer is linked to (or the version being
        reverted to was), read from the database: never what a request asks to show."""
        for name in self.KEEP_LINKED:
            field = self.fields.get(name)
            if field is None or not hasattr(field, "queryset"):
                continue
            model_field = Offer._meta.get_field(name)
            if model_field.many_to_many:
                pks = set(getattr(self.instance, name).values_list("pk", flat=True))
                pks.update(reverted_to.get(name, ()))
            else:
                pks = {getattr(self.instance, model_field.attname)} - {None}
            if pks:
                model = field.queryset.model
                field.queryset = (field.queryset | model.objects.filter(pk__in=pks)).distinct()

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk:
            self._refuse_if_changed_meanwhile(cleaned_data.get("loaded_version"))
        return cleaned_data

    def _refuse_if_changed_meanwhile(self, loaded_version):
        # None on both sides when restoring a deleted offer.
        current = Offer.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
        if current.first() != loaded_version:
            raise forms.ValidationError(changed_meanwhile_message(self.instance.pk), code="stale")


def changed_meanwhile_message(offer_pk: int):
    """'Someone else saved first': who and when, and what to do about it."""
    edit = last_edit(offer_pk)
    url = reverse("admin:offers_offer_change", args=[offer_pk])
    if edit is None:
        who_and_when = gettext("Noen andre har lagret tilbudet etter at du åpnet det.")
    else:
        who = edit.history_user or gettext("en annen bruker")
        who_and_when = gettext("%(who)s lagret tilbudet %(when)s, etter at du åpnet det.") % {
            "who": who,
            "when": formats.date_format(timezone.localtime(edit.history_date), "DATETIME_FORMAT"),
        }
    return format_html(
        '{} {} <a href="{}" target="_blank">{}</a>',
        who_and_when,
        gettext(
            "Endringene dine er ikke lagret, så det den andre lagret, står. Det du skrev, "
            "står fortsatt i skjemaet under:"
        ),
        url,
        gettext("åpne den nye versjonen i en ny fane og legg inn endringene dine der."),
    )
