"""The carer's filters on /tilbud/: GET parameters named by the public URL contract."""

import hashlib
from itertools import groupby
from urllib.parse import urlencode

import django_filters
from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.http import QueryDict
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from municipalities import lookup
from municipalities.models import Municipality
from offers.models import AgeGroup, Diagnosis, Offer, OfferType
from portal.content import cached
from portal.text import norwegian_sort_key

MAX_QUERY_LENGTH = 200
# The longest municipality name is under 40 letters; a longer value is shown back cut short.
MAX_NAME_LENGTH = 100


def cached_choices(queryset, build=list) -> list:
    """build(queryset): a model's whole list for a picker, cached until the content changes.

    Keyed by model and build, not by the query: compiling the SQL for a key cost more than a
    hit saved. So a filtered queryset is refused rather than cached under the wrong key."""
    if queryset.query.has_filters():
        raise ValueError("cached_choices() caches a model's whole list, not a filtered one")
    return cached(f"choices:{queryset.model._meta.label}:{build.__name__}", lambda: build(queryset))


class QuickSelect(forms.Select):
    """A <select> whose options are joined as strings rather than rendered one template each,
    and, for a taxonomy's or the municipalities' choices, made once per content version and
    language: a cold list page then only marks the chosen option.

    The municipality picker has 357 options, and a template per option was a large part of
    every page that shows it (bench/micro.py compares the two); building its options was
    still the largest part of an uncached list (bench/profile_list.py). Same markup as Django's.
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        final_attrs = self.build_attrs(self.attrs, attrs)
        parts = [format_html('<select name="{}"{}>', name, flatatt(final_attrs))]
        for option_value, html in self.options_html(name):
            if option_value is not None and option_value in chosen:
                html = html.replace(">", " selected>", 1)  # the value is escaped: no ">" in it
            parts.append(html)
        parts.append("</select>")
        return mark_safe("".join(parts))  # noqa: S308 - values and labels are escaped

    def options_html(self, name) -> list[tuple[str | None, str]]:
        """(value, markup) of each option, nothing selected; None for an <optgroup> tag."""
        field = getattr(self.choices, "field", None)
        if not isinstance(field, SlugChoiceField):
            return self._options_html(name)
        # The empty choice's words tell fields of the same model apart ("Alle aldre").
        label = hashlib.sha256(str(field.empty_label).encode()).hexdigest()[:12]
        model = field.queryset.model._meta.label
        key = f"select:{model}:{type(field).__name__}:{get_language()}:{label}"
        return cached(key, lambda: self._options_html(name))

    def _options_html(self, name) -> list[tuple[str | None, str]]:
        parts = []
        for group_name, options, _index in self.optgroups(name, []):
            if group_name:
                parts.append((None, format_html('<optgroup label="{}">', group_name)))
            parts.extend(
                (
                    str(option["value"]),
                    f'<option value="{escape(option["value"])}"{flatatt(option["attrs"])}>'
                    f"{escape(option['label'])}</option>",
                )
                for option in options
            )
            if group_name:
                parts.append((None, "</optgroup>"))
        return parts


class SlugChoiceIterator(ModelChoiceIterator):
    """Choices from the field's single fetch of its queryset, not a query per iteration."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.field.labelled_choices()

    def __len__(self):
        return len(self.field.objects) + (self.field.empty_label is not None)


class SlugChoiceField(forms.ModelChoiceField):
    """Choose a term by its slug, matched in memory: at most one query (none when cached),
    and no odd input reaches SQL."""

    iterator = SlugChoiceIterator

    @property
    def objects(self) -> list:
        if not hasattr(self, "_objects"):
            self._objects = cached_choices(self.queryset)
        return self._objects

    def labelled_choices(self):
        return [(obj.slug, str(obj)) for obj in self.objects]

    def to_python(self, value):
        if value in self.empty_values:
            return None
        for obj in self.objects:
            if obj.slug == value:
                return obj
        raise forms.ValidationError(
            self.error_messages["invalid_choice"],
            code="invalid_choice",
            params={"value": Truncator(value).chars(40)},
        )

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.__dict__.pop("_objects", None)
        return result


class MunicipalityInput(forms.TextInput):
    """A text field with the municipalities' names as <datalist> suggestions: a carer types
    part of a name and the server resolves it (MunicipalityChoiceField.to_python)."""

    def __init__(self, attrs=None):
        defaults = {"autocomplete": "off", "spellcheck": "false", "maxlength": MAX_NAME_LENGTH}
        super().__init__({**defaults, **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        attrs = {**(attrs or {}), "list": f"{(attrs or {}).get('id') or name}-names"}
        options = cached("municipality-suggestions-html", suggestion_options)
        datalist = f'<datalist id="{escape(attrs["list"])}">{options}</datalist>'
        return super().render(name, value, attrs, renderer) + mark_safe(datalist)  # noqa: S308 - labels are escaped


def suggestion_options() -> str:
    """The suggestions' <option>s: each municipality's label and its Sami and Kven names, in
    Norwegian alphabetical order, from the picker's cached list."""
    municipalities = cached_choices(
        Municipality.objects.all(), type(Municipality.objects.all()).for_picker
    )
    labels = {name for m in municipalities for name in [m.label, *m.other_names]}
    return "".join(
        f'<option value="{escape(label)}"></option>'
        for label in sorted(labels, key=norwegian_sort_key)
    )


class MunicipalityChoiceField(SlugChoiceField):
    """A municipality by its slug (?kommune=asker) or by what a carer typed ("tromsø",
    "Guovdageaidnu", "bod"); several that fit are offered as a short choice (`ambiguous`)."""

    widget = MunicipalityInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MunicipalityInput)
        super().__init__(*args, **kwargs)
        self.ambiguous = []

    @property
    def objects(self) -> list:
        if not hasattr(self, "_objects"):
            self._objects = cached_choices(self.queryset, type(self.queryset).for_picker)
        return self._objects

    def labelled_choices(self):
        return [
            (county.name, [(m.slug, m.full_name) for m in group])
            for county, group in groupby(self.objects, key=lambda m: m.county)
        ]

    def to_python(self, value):
        if value in self.empty_values:
            return None
        matches = lookup.find(self.objects, str(value))
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.ambiguous = sorted(matches, key=lambda m: norwegian_sort_key(m.label))[
                : lookup.MOST_CHOICES
            ]
            raise forms.ValidationError(
                _("Flere kommuner passer med «%(value)s». Velg en av dem:"),
                code="ambiguous",
                params={"value": Truncator(value).chars(40)},
            )
        raise forms.ValidationError(
            self.error_messages["invalid_choice"],
            code="invalid_choice",
            params={"value": Truncator(value).chars(40)},
        )

    def prepare_value(self, value):
        """The field shows the municipality's name, also when the address gave its slug or
        the carer typed part of it."""
        if isinstance(value, Municipality):
            return value.label
        matches = lookup.find(self.objects, value) if isinstance(value, str) and value else []
        if len(matches) == 1:
            return matches[0].label
        return value[:MAX_NAME_LENGTH] if isinstance(value, str) else value

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.ambiguous = []
        return result


class SlugChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = SlugChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", QuickSelect)  # django-filter passes Django's Select otherwise
        super().__init__(*args, **kwargs)


class MunicipalityFilter(django_filters.ModelChoiceFilter):
    field_class = MunicipalityChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MunicipalityInput)
        super().__init__(*args, **kwargs)


class ChoiceCheckbox(forms.CheckboxInput):
    """A checkbox that sends one word (paamelding=apen) and is ticked when that word came, so
    its field can be a ChoiceField that explains any other value instead of guessing."""

    def __init__(self, value: str, attrs=None):
        super().__init__(attrs, check_test=lambda v: v == value)
        self.value = value

    def format_value(self, value):
        return self.value

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class QuickBoundField(forms.BoundField):
    """A field group (label, help text, widget) made once per content version, language and
    value shown, where the values are few: a picker's choice, a checkbox, the municipality a
    name resolved to, an empty search field. Every carer who chose Bergen and dementia gets
    the same markup. Fields with errors, and words typed, are rendered each time."""

    def as_field_group(self):
        value = self.value()
        if self.errors or (isinstance(self.field, forms.CharField) and value):
            return super().as_field_group()
        if isinstance(self.field.widget, QuickSelect):
            value = self.field.widget.format_value(value)
        identity = repr([self.html_name, self.auto_id, get_language(), value, self.form.is_bound])
        key = "field:" + hashlib.sha256(identity.encode()).hexdigest()[:32]
        return cached(key, super().as_field_group)


class FilterForm(forms.Form):
    bound_field_class = QuickBoundField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class OfferFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Søk etter tilbud"),
        help_text=_("For eksempel «demens», «avlastning» eller «samtalegruppe»."),
        widget=forms.SearchInput,
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Søket er for langt. Bruk noen få ord (høyst %(limit_value)d tegn).")
        },
    )
    kommune = MunicipalityFilter(
        label=_("Kommune"),
        help_text=_("Skriv hele eller starten av navnet, for eksempel «Asker» eller «Tromsø»."),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle kommuner"),
        method="filter_municipality",
        error_messages={"invalid_choice": _("Vi fant ingen kommune som heter «%(value)s».")},
    )
    diagnose = SlugChoiceFilter(
        label=_("Diagnosen til den du er pårørende til"),
        queryset=Diagnosis.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle diagnoser"),
        method="filter_diagnosis",
        error_messages={"invalid_choice": _("Vi fant ingen diagnose som heter «%(value)s».")},
    )
    aldersgruppe = SlugChoiceFilter(
        label=_("Din alder"),
        queryset=AgeGroup.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle aldre"),
        method="filter_carer_age",
        error_messages={"invalid_choice": _("Vi fant ingen aldersgruppe som heter «%(value)s».")},
    )
    pasientalder = SlugChoiceFilter(
        label=_("Alderen til den du er pårørende til"),
        queryset=AgeGroup.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle aldre"),
        method="filter_patient_age",
        error_messages={"invalid_choice": _("Vi fant ingen aldersgruppe som heter «%(value)s».")},
    )
    type = SlugChoiceFilter(
        label=_("Type tilbud"),
        queryset=OfferType.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle typer"),
        method="filter_type",
        error_messages={"invalid_choice": _("Vi fant ingen tilbudstype som heter «%(value)s».")},
    )

    paamelding = django_filters.ChoiceFilter(
        label=_("Bare kurs du kan melde deg på nå"),
        choices=[("apen", _("Påmelding åpen"))],
        widget=ChoiceCheckbox("apen"),
        method="filter_enrolment",
        error_messages={"invalid_choice": _("Vi forsto ikke påmeldingsvalget «%(value)s».")},
    )
    sorter = django_filters.ChoiceFilter(
        label=_("Rekkefølge"),
        choices=[("start", _("Kurs som starter først"))],
        empty_label=_("Nærmest deg først"),
        method="sort",
        error_messages={"invalid_choice": _("Vi kan ikke sortere etter «%(value)s».")},
    )

    class Meta:
        model = Offer
        fields = []
        form = FilterForm

    _form_classes: dict = {}

    def get_form_class(self):
        """The form's class, made once per FilterSet class: its fields are the same for every
        request (a form copies them when it is made), and making them cost every cold list."""
        kind = type(self)
        if kind not in self._form_classes:
            self._form_classes[kind] = super().get_form_class()
        return self._form_classes[kind]

    def filter_queryset(self, queryset):
        return self.filtered(queryset, self.form.cleaned_data)

    def filtered(self, queryset, values: dict):
        """The queryset with these filters' values applied, as the form cleaned them (an
        empty one, None included, applies nothing): the list, and the counts of the lists
        one choice away (offers.recovery)."""
        for name, value in values.items():
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_municipality(self, queryset, name, value):
        return queryset.serving(value)

    def filter_diagnosis(self, queryset, name, value):
        return queryset.for_diagnosis(value).specific_first()

    def filter_carer_age(self, queryset, name, value):
        return queryset.for_carer_age(value)

    def filter_patient_age(self, queryset, name, value):
        return queryset.for_patient_age(value)

    def filter_type(self, queryset, name, value):
        return queryset.of_type(value)

    def filter_enrolment(self, queryset, name, value):
        return queryset.open_for_enrolment()

    def sort(self, queryset, name, value):
        return queryset.by_next_start()  # "start", the only choice

    @property
    def chosen(self) -> dict:
        """The filters that were understood and applied, by parameter name."""
        if not self.is_bound:
            return {}
        self.errors  # noqa: B018 - validates the form, so cleaned_data exists
        return {name: value for name, value in self.form.cleaned_data.items() if value}

    def chosen_labels(self) -> list[str]:
        """The applied filters as a carer reads them: '«kafé»', 'Asker', 'Din alder: Barn'."""
        return [
            f"«{value}»" if name == "q" else self.label(name, value)
            for name, value in self.chosen.items()
            if name != "sorter"  # an order, not a filter
        ]

    def label(self, name: str, value) -> str:
        """One applied filter as a carer reads it, the search words as typed: 'Asker'."""
        if name == "paamelding":
            return str(self.filters[name].extra["choices"][0][1])
        if name in {"aldersgruppe", "pasientalder"}:
            return f"{self.filters[name].label}: {value.display_name}"
        if name == "kommune":
            return value.label
        if name == "q":
            return value
        return value.display_name


def list_query(params, *, page: bool = False) -> str:
    """The offer list's filters from params (a QueryDict) as a query string, for links that
    keep the carer's choices: to a sheet, and (page=True, with the page number) back to the
    list. Only the list's own parameters are kept, each value at most as long as the list
    accepts, so what comes back is always a plain address on this site."""
    names = [*OfferFilter.base_filters, *(["side"] if page else [])]
    pairs = []
    for name in names:
        value = params.get(name) or ""
        if (
            not value
            or len(value) > MAX_QUERY_LENGTH
            or (name == "side" and not (value.isascii() and value.isdigit()))
        ):
            continue
        pairs.append((name, value))
    return urlencode(pairs)


def list_url(query: str = "", *, printing: bool = False) -> str:
    """/tilbud/ with a query from list_query(); printing: in the staff's print mode."""
    query = "&".join(part for part in [query, "utskrift=1" if printing else ""] if part)
    return f"{reverse('offers:list')}?{query}" if query else reverse("offers:list")


def came_from(params) -> str:
    """The list a printed selection was picked on, carried in its form's `fra` field (a query
    string, checked by list_query() like any other)."""
    return list_query(QueryDict(params.get("fra", "")[:2000]), page=True)
