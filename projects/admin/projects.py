"""Development projects in the admin: coordinators keep their own municipality's, national
editors all (portal.scoping), with history; the themes are the national editors'."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from municipalities.models import County, Municipality
from offers.models import ContactPerson, Offer
from portal.scoping import ScopedAdmin, sees_everything
from projects.models import Project, ProjectTheme

OUTSIDE_REACH = _(
    "Et prosjekt kan bare nevne kommunene dine og andre kommuner i samme fylke. Skal andre "
    "kommuner med, må en nasjonal redaktør legge dem inn."
)


@admin.register(ProjectTheme)
class ProjectThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "name_nn", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_nn", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class ProjectForm(forms.ModelForm):
    # Links a coordinator may keep when they are already on the project, though they could
    # not choose them (set by a national editor).
    KEEP_LINKED = ["municipalities", "offers", "lead"]

    class Meta:
        model = Project
        fields = "__all__"  # noqa: DJ007  (the admin passes the fields of its fieldsets)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            return
        for name in self.KEEP_LINKED:
            field = self.fields.get(name)
            if field is None or not hasattr(field, "queryset"):
                continue
            model_field = Project._meta.get_field(name)
            if model_field.many_to_many:
                pks = set(getattr(self.instance, name).values_list("pk", flat=True))
            else:
                pks = {getattr(self.instance, model_field.attname)} - {None}
            if pks:
                model = field.queryset.model
                field.queryset = (field.queryset | model.objects.filter(pk__in=pks)).distinct()


@admin.register(Project)
class ProjectAdmin(ScopedAdmin):
    form = ProjectForm
    scoped_choices = {
        "owner": Municipality.objects.editable_by,
        "municipalities": Municipality.objects.neighbouring,
        "counties": County.objects.nameable_by,
        "lead": ContactPerson.objects.choosable_by,
        "offers": Offer.objects.editable_by,
    }
    list_display = ["title", "owner", "status", "start_year", "end_year", "is_published"]
    list_filter = ["status", "is_published", "themes", ("owner", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "organisation", "summary", "owner__name"]
    list_select_related = ["owner"]
    autocomplete_fields = ["owner", "municipalities", "counties", "lead", "offers"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["themes"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "themes", "status"]}),
        (
            _("Hvem og hvor"),
            {"fields": ["organisation", "owner", "lead", "municipalities", "counties"]},
        ),
        (_("Periode"), {"fields": [("start_year", "end_year")]}),
        (
            _("Om prosjektet"),
            {"fields": ["background", "goals", "measures", "partners", "results", "report_url"]},
        ),
        (
            _("Tilbud prosjektet har utviklet"),
            {
                "fields": ["offers"],
                "description": _(
                    "Tilbudene får en lenke hit: «Utviklet i prosjektet …». Du kan velge "
                    "kommunens egne tilbud."
                ),
            },
        ),
        (_("Publisering"), {"fields": ["is_published", "created_at", "updated_at"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not sees_everything(request.user):
            fields.append("counties")  # whole counties are the national editors' to name
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "municipalities" and not sees_everything(request.user):
            field.error_messages["invalid_choice"] = OUTSIDE_REACH
        return field
