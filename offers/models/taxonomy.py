"""The shared taxonomies: data that national editors keep in admin, seeded by fixtures."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from offers.ages import age_range_label


class TaxonomyQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Taxonomy(models.Model):
    """A named term with a slug for addresses, translated into nynorsk and English."""

    name = models.CharField(_("navn (bokmål)"), max_length=100)
    name_nn = models.CharField(_("navn (nynorsk)"), max_length=100, blank=True)
    name_en = models.CharField(_("navn (engelsk)"), max_length=100, blank=True)
    slug = models.SlugField(
        _("adresse"),
        max_length=100,
        unique=True,
        help_text=_("Brukes i lenker og filtre; endres den, slutter gamle lenker å virke."),
    )
    position = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)

    objects = TaxonomyQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.display_name

    def natural_key(self):
        return (self.slug,)

    def translated(self, field: str) -> str:
        """The field in the active language, falling back to bokmål."""
        language = (get_language() or "nb").split("-")[0]
        if language in {"nn", "en"}:
            return getattr(self, f"{field}_{language}") or getattr(self, field)
        return getattr(self, field)

    @property
    def display_name(self) -> str:
        return self.translated("name")


class OfferType(Taxonomy):
    description = models.CharField(_("forklaring (bokmål)"), max_length=300, blank=True)
    description_nn = models.CharField(_("forklaring (nynorsk)"), max_length=300, blank=True)
    description_en = models.CharField(_("forklaring (engelsk)"), max_length=300, blank=True)
    runs_in_rounds = models.BooleanField(
        _("kurs med oppstart"),
        default=False,
        help_text=_(
            "Tilbud av denne typen går i kursrunder med datoer. Koordinatorene får beskjed "
            "når et slikt tilbud ikke har noen kommende runde."
        ),
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("tilbudstype")
        verbose_name_plural = _("tilbudstyper")

    @property
    def display_description(self) -> str:
        return self.translated("description")


class Diagnosis(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("diagnose")
        verbose_name_plural = _("diagnoser")


class AgeGroup(Taxonomy):
    """An age band; an open upper end (None) means 'and older'."""

    min_age = models.PositiveSmallIntegerField(_("fra alder"))
    max_age = models.PositiveSmallIntegerField(_("til og med alder"), null=True, blank=True)

    class Meta(Taxonomy.Meta):
        verbose_name = _("aldersgruppe")
        verbose_name_plural = _("aldersgrupper")
        ordering = ["min_age"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_age__isnull=True) | Q(min_age__lte=F("max_age")),
                name="agegroup_min_age_not_above_max_age",
            )
        ]

    def __str__(self):
        return f"{self.display_name} ({self.range_label})"

    @property
    def range_label(self) -> str:
        return age_range_label(self.min_age, self.max_age)
