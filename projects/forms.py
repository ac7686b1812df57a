"""The public nomination form for Årets pårørendekommune."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality, MunicipalityQuerySet
from offers.filters import cached_choices
from portal.forms import PublicForm
from portal.slugs import norwegian_slugify


def municipality_names() -> list[Municipality]:
    """Every municipality with its county, cached until the content changes."""
    return cached_choices(Municipality.objects.all(), MunicipalityQuerySet.for_picker)


class MunicipalityNameField(forms.CharField):
    """A municipality chosen from the list the browser suggests, or typed: 'Asker', 'asker',
    'Bærum', 'Barum', '3201', 'Herøy (Nordland)', or a Sami name ('Guovdageaidnu')."""

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        key = norwegian_slugify(text)
        matches = [m for m in municipality_names() if key in _keys(m)]
        if not matches:  # written without Norwegian letters: "barum" for Bærum
            matches = [m for m in municipality_names() if _loose(key) in map(_loose, _keys(m))]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise forms.ValidationError(
                _("Flere kommuner heter «%(name)s». Velg en av dem: %(choices)s."),
                code="ambiguous",
                params={"name": text, "choices": ", ".join(m.label for m in matches)},
            )
        raise forms.ValidationError(
            _(
                "Vi fant ingen kommune som heter «%(name)s». Velg en fra listen, eller sjekk "
                "navnet."
            ),
            code="unknown",
            params={"name": text[:60]},
        )


def _keys(municipality) -> set[str]:
    names = [municipality.name, municipality.label, *municipality.other_names]
    return {municipality.number, municipality.slug, *map(norwegian_slugify, names)}


def _loose(key: str) -> str:
    return key.replace("ae", "a").replace("aa", "a")


class NominationForm(PublicForm):
    kommune = MunicipalityNameField(
        label=_("Kommunen du nominerer"),
        help_text=_("Skriv navnet, eller velg fra listen som kommer opp."),
        max_length=100,
        widget=forms.TextInput(attrs={"list": "kommuner", "autocomplete": "off"}),
        error_messages={
            "required": _("Skriv hvilken kommune du nominerer."),
            "max_length": _("Skriv bare navnet på kommunen (høyst %(limit_value)d tegn)."),
        },
    )
    begrunnelse = forms.CharField(
        label=_("Hvorfor bør kommunen vinne?"),
        help_text=_("Hva gjør kommunen for pårørende? Fortell gjerne om tilbud og prosjekter."),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Skriv noen ord om hvorfor kommunen bør vinne."),
            "max_length": _("Skriv høyst %(limit_value)d tegn (du har skrevet %(show_value)d)."),
        },
    )
    navn = forms.CharField(
        label=_("Navnet ditt"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Skriv navnet ditt, så juryen vet hvem som nominerer."),
            "max_length": _("Skriv navnet ditt med høyst %(limit_value)d tegn."),
        },
    )
    epost = forms.EmailField(
        label=_("E-postadressen din"),
        help_text=_("Juryen bruker den bare hvis de har spørsmål om nominasjonen."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Skriv en hel e-postadresse, for eksempel «navn@eksempel.no»."),
            "required": _("Skriv e-postadressen din."),
        },
    )


def already_nominated_message(municipality, award_round) -> str:
    return gettext(
        "Du har allerede nominert %(municipality)s til prisen for %(year)s med denne "
        "e-postadressen. Hver avsender kan nominere en kommune én gang per år, men gjerne "
        "flere ulike kommuner."
    ) % {"municipality": municipality.label, "year": award_round.year}
