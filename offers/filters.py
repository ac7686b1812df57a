"""The carer's filters on /tilbud/: GET parameters named by the public URL contract."""

import hashlib
from itertools import groupby

import django_filters
from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality
from offers.models import AgeGroup, Diagnosis, Offer, OfferType
from portal.content import cached

MAX_QUERY_LENGTH = 200


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


class MunicipalityChoiceField(SlugChoiceField):
    """The 357 municipalities grouped by county, with their Sami and Kven names."""

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


class SlugChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = SlugChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", QuickSelect)  # django-filter passes Django's Select otherwise
        super().__init__(*args, **kwargs)


class MunicipalityFilter(SlugChoiceFilter):
    field_class = MunicipalityChoiceField


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
    """A picker's field group (label, help text, widget) made once per content version,
    language and chosen value: every carer who chose Bergen gets the same markup. Fields with
    errors, and free text, are rendered each time."""

    def as_field_group(self):
        if not isinstance(self.field.widget, QuickSelect) or self.errors:
            return super().as_field_group()
        value = self.field.widget.format_value(self.value())
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
