from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from portal.history import PortalHistoricalRecords
from portal.scoping import ScopedQuerySet, municipality_ids, sees_everything
from portal.slugs import norwegian_slugify
from portal.text import norwegian_sort_key


class CountyQuerySet(models.QuerySet):
    def get_by_natural_key(self, number):
        return self.get(number=number)

    def nameable_by(self, user):
        """The counties a user may let an offer serve whole: a national editor's power."""
        return self if sees_everything(user) else self.none()


class County(models.Model):
    number = models.CharField(
        _("fylkesnummer"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^\d{2}$", _("Fylkesnummeret har to sifre."))],
    )
    name = models.CharField(_("navn"), max_length=100)
    slug = models.SlugField(_("adresse"), max_length=100, unique=True)

    objects = CountyQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("fylke")
        verbose_name_plural = _("fylker")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.number,)


class MunicipalityQuerySet(ScopedQuerySet):
    def get_by_natural_key(self, number):
        return self.get(number=number)

    def neighbouring(self, user):
        """The municipalities a user may let an offer serve: a coordinator's own and the
        others in the same counties (Asker's coordinator may name Bærum, for an offer the two
        run together); every one for a national editor. Whole counties and the whole country
        are the national editors' to name."""
        if sees_everything(user):
            return self
        own_counties = Municipality.objects.filter(pk__in=municipality_ids(user)).values("county")
        return self.filter(county__in=own_counties)

    def for_picker(self) -> list["Municipality"]:
        """Every municipality with its county, by county and then in Norwegian alphabetical
        order (Ørland before Ås), ready for a picker or a list grouped by county."""
        municipalities = self.select_related("county")
        return sorted(municipalities, key=lambda m: (m.county.number, norwegian_sort_key(m.name)))


class Municipality(models.Model):
    # A coordinator may edit the way in of the municipalities they serve.
    scope_field = "id"

    number = models.CharField(
        _("kommunenummer"),
        max_length=4,
        unique=True,
        validators=[RegexValidator(r"^\d{4}$", _("Kommunenummeret har fire sifre."))],
    )
    name = models.CharField(_("navn"), max_length=100)
    alt_names = models.CharField(
        _("samisk eller kvensk navn"),
        max_length=200,
        blank=True,
        help_text=_("Offisielle navn på samisk eller kvensk, skilt med « / »."),
    )
    slug = models.SlugField(_("adresse"), max_length=100, unique=True)
    county = models.ForeignKey(
        County, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("fylke")
    )
    carer_page_url = models.URLField(
        _("kommunens side for pårørende"),
        blank=True,
        help_text=_("Kommunens egen nettside med informasjon til pårørende."),
    )

    objects = MunicipalityQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta:
        ordering = ["name", "number"]
        verbose_name = _("kommune")
        verbose_name_plural = _("kommuner")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.number,)

    natural_key.dependencies = ["municipalities.county"]

    @property
    def label(self) -> str:
        """The name, with the county added where two municipalities share it: 'Herøy (Nordland)'."""
        if self.slug == f"{norwegian_slugify(self.name)}-{self.county.slug}":
            return f"{self.name} ({self.county.name})"
        return self.name

    @property
    def other_names(self) -> list[str]:
        """Official Sami or Kven names, equal in law to the Norwegian one."""
        return [name.strip() for name in self.alt_names.split("/") if name.strip()]

    @cached_property
    def name_slugs(self) -> frozenset[str]:
        """Every form of its names a typed name is compared with (municipalities.lookup), as
        slugs: its address, name, label with the county, and Sami or Kven names. Made once per
        object: the register a search reads is a list cached per content version."""
        names = [self.name, self.label, *self.other_names]
        return frozenset({self.slug, *(norwegian_slugify(name) for name in names)})

    @property
    def full_name(self) -> str:
        """'Kautokeino – Guovdageaidnu', or just 'Asker'."""
        return " – ".join([self.label, *self.other_names])
