from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.history import PortalHistoricalRecords
from portal.scoping import SharedScopedQuerySet


class ProviderKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Kommune")
    HOSPITAL_TRUST = "hospital_trust", _("Helseforetak")
    VOLUNTARY = "voluntary", _("Frivillig organisasjon")
    PUBLIC = "public", _("Annen offentlig virksomhet")
    OTHER = "other", _("Annen aktør")


class Provider(models.Model):
    """Who runs an offer: the municipality itself, a hospital trust, a voluntary organisation."""

    scope_field = "municipality"

    name = models.CharField(_("navn"), max_length=200)
    slug = models.SlugField(_("adresse"), max_length=200, unique=True)
    kind = models.CharField(_("type aktør"), max_length=20, choices=ProviderKind.choices)
    website = models.URLField(_("nettside"), blank=True)
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="providers",
        verbose_name=_("forvaltes av kommune"),
        help_text=_(
            "Kommunen som holder opplysningene om aktøren oppdatert. "
            "Tom for nasjonale aktører, som redaktørene forvalter."
        ),
    )

    objects = SharedScopedQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("aktør")
        verbose_name_plural = _("aktører")

    def __str__(self):
        return self.name
