"""Helplines: national numbers and chats for carers and for young carers, kept by the
national editors and seeded by fixtures/helplines.json. The footer's "Trenger du hjelp nå?"
shows those marked urgent; /unge/ those for young people; the list's empty search those for
adults."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from offers.confirmation import is_overdue, overdue_condition
from offers.models.taxonomy import Taxonomy, TaxonomyQuerySet
from portal.history import PortalHistoricalRecords
from portal.links import phone_uri


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Alle")
    ADULTS = "adults", _("Voksne")
    YOUNG = "young", _("Barn og unge")


class HelplineQuerySet(TaxonomyQuerySet):
    def for_young_people(self):
        return self.filter(audience__in=[Audience.YOUNG, Audience.EVERYONE])

    def for_adults(self):
        return self.filter(audience__in=[Audience.ADULTS, Audience.EVERYONE])

    def urgent(self):
        return self.filter(is_urgent=True)

    def needing_confirmation(self):
        """Never checked, or not within PORTAL_CONFIRM_WITHIN_MONTHS: the offers' rule."""
        return self.filter(overdue_condition())


class Helpline(Taxonomy):
    """A number to call or a chat, with its name, who it is for and when it answers."""

    number = models.CharField(
        _("telefonnummer"),
        max_length=20,
        blank=True,
        help_text=_("Slik det skrives, for eksempel «116 111» eller «800 33 321»."),
    )
    description = models.CharField(_("hva du kan få hjelp til (bokmål)"), max_length=300)
    description_nn = models.CharField(
        _("hva du kan få hjelp til (nynorsk)"), max_length=300, blank=True
    )
    description_en = models.CharField(
        _("hva du kan få hjelp til (engelsk)"), max_length=300, blank=True
    )
    opening_hours = models.CharField(_("åpningstid (bokmål)"), max_length=200, blank=True)
    opening_hours_nn = models.CharField(_("åpningstid (nynorsk)"), max_length=200, blank=True)
    opening_hours_en = models.CharField(_("åpningstid (engelsk)"), max_length=200, blank=True)
    chat_url = models.URLField(_("lenke til chat"), blank=True)
    website = models.URLField(_("nettside"), blank=True)
    audience = models.CharField(
        _("for hvem"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE
    )
    is_urgent = models.BooleanField(
        _("i «Trenger du hjelp nå?»"),
        default=False,
        help_text=_("Vises nederst på alle sider. Bare for akutte nummer, som 113 og 116 111."),
    )
    confirmed_on = models.DateField(_("sist sjekket"), null=True, blank=True, editable=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("sjekket av"),
    )

    objects = HelplineQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta(Taxonomy.Meta):
        verbose_name = _("hjelpetelefon")
        verbose_name_plural = _("hjelpetelefoner")
        constraints = [
            models.CheckConstraint(
                condition=~Q(number="") | ~Q(chat_url=""),
                name="helpline_has_number_or_chat",
                violation_error_message=_("Skriv et telefonnummer eller en lenke til chat."),
            )
        ]

    @property
    def phone_uri(self) -> str:
        """The number for a tel: link: an eight-digit number with +47, a short one (113,
        116 111) as it is, since short numbers are called without a country code."""
        return phone_uri(self.number)

    @property
    def needs_confirmation(self) -> bool:
        return is_overdue(self.confirmed_on)

    @property
    def display_description(self) -> str:
        return self.translated("description")

    @property
    def display_opening_hours(self) -> str:
        return self.translated("opening_hours")
