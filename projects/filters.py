"""The filters on /prosjekter/: GET parameters named by the public URL contract."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from municipalities.models import County
from offers.filters import MAX_QUERY_LENGTH, FilterForm, SlugChoiceFilter
from projects.choices import ProjectStatus
from projects.models import Project, ProjectTheme


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Søk i prosjektene"),
        help_text=_("For eksempel «pårørendeprogram», «kartlegging» eller «avlastning»."),
        widget=forms.SearchInput,
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Søket er for langt. Bruk noen få ord (høyst %(limit_value)d tegn).")
        },
    )
    fylke = SlugChoiceFilter(
        label=_("Fylke"),
        queryset=County.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle fylker"),
        method="filter_county",
        error_messages={"invalid_choice": _("Vi fant ikke noe fylke som heter «%(value)s».")},
    )
    tema = SlugChoiceFilter(
        label=_("Tema"),
        queryset=ProjectTheme.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle temaer"),
        method="filter_theme",
        error_messages={"invalid_choice": _("Vi fant ikke noe tema som heter «%(value)s».")},
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ProjectStatus.choices,
        empty_label=_("Alle"),
        method="filter_status",
        error_messages={"invalid_choice": _("Vi kjenner ikke statusen «%(value)s».")},
    )

    class Meta:
        model = Project
        fields = []
        form = FilterForm

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_county(self, queryset, name, value):
        return queryset.in_county(value)

    def filter_theme(self, queryset, name, value):
        return queryset.with_theme(value)

    def filter_status(self, queryset, name, value):
        return queryset.filter(status=value)

    def chosen_labels(self) -> list[str]:
        """The filters that were understood and applied, as a reader reads them."""
        if not self.is_bound:
            return []
        self.errors  # noqa: B018 - validates the form, so cleaned_data exists
        labels = []
        for name, value in self.form.cleaned_data.items():
            if not value:
                continue
            if name == "q":
                labels.append(f"«{value}»")
            elif name == "status":
                labels.append(str(ProjectStatus(value).label))
            else:
                labels.append(str(value))
        return labels
