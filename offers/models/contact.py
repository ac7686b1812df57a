from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.history import PortalHistoricalRecords
from portal.links import phone_uri
from portal.scoping import SharedScopedQuerySet

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ]{2,19}$",
    _("Skriv telefonnummeret med sifre og mellomrom, gjerne med +47 foran."),
)


class ContactPersonQuerySet(SharedScopedQuerySet):
    def public(self):
        return self.filter(is_public=True)

    def way_in(self):
        return self.public().filter(is_way_in=True)


class ContactPerson(models.Model):
    """A contact: a role first, a name only where the person agrees to be named."""

    scope_field = "municipality"

    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contacts",
        verbose_name=_("kommune"),
        help_text=_("Kommunen kontakten hører til. Tom for nasjonale kontakter."),
    )
    role = models.CharField(
        _("rolle"), max_length=150, help_text=_("For eksempel «Pårørendekoordinator».")
    )
    name = models.CharField(
        _("navn"),
        max_length=150,
        blank=True,
        help_text=_("Fyll bare inn når personen har sagt ja til å stå med navn."),
    )
    phone = models.CharField(_("telefon"), max_length=20, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-post"), blank=True)
    availability = models.CharField(
        _("når kan man ta kontakt"),
        max_length=200,
        blank=True,
        help_text=_("For eksempel «Hverdager kl. 9–15»."),
    )
    is_public = models.BooleanField(
        _("vises for publikum"),
        default=True,
        help_text=_("Kontakter som ikke er offentlige, vises bare i administrasjonen."),
    )
    is_way_in = models.BooleanField(
        _("kommunens vei inn"),
        default=False,
        help_text=_("Vises øverst på kommunens side som stedet pårørende kan starte."),
    )
    position = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)

    objects = ContactPersonQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta:
        ordering = ["position", "role", "name"]
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")
        constraints = [
            models.CheckConstraint(
                condition=~Q(phone="") | ~Q(email=""),
                name="contactperson_has_phone_or_email",
                violation_error_message=_("Oppgi telefon eller e-post, eller begge."),
            ),
            models.CheckConstraint(
                condition=Q(is_way_in=False) | Q(municipality__isnull=False),
                name="contactperson_way_in_belongs_to_municipality",
                violation_error_message=_("En vei inn må høre til en kommune."),
            ),
        ]

    def __str__(self):
        return f"{self.role} ({self.name})" if self.name else self.role

    @property
    def phone_uri(self) -> str:
        """'tel:+4701234567' for a link a phone can dial."""
        return phone_uri(self.phone)
