"""What the coverage overview keeps of its own: population (for sorting and for finding
comparable municipalities), where to apply for help granted by decision, and the searches
that found nothing, counted without anything that could tell who searched."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from offers.models.contact import phone_validator
from portal.history import PortalHistoricalRecords
from portal.scoping import ScopedQuerySet


class Population(models.Model):
    """Inhabitants of a municipality, from Statistics Norway (table 07459), kept by national
    editors; the overview sorts by it and compares municipalities of a similar size."""

    municipality = models.OneToOneField(
        "municipalities.Municipality",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="population",
        verbose_name=_("kommune"),
    )
    inhabitants = models.PositiveIntegerField(_("innbyggere"))
    year = models.PositiveSmallIntegerField(_("per 1. januar"))

    class Meta:
        ordering = ["municipality__name"]
        verbose_name = _("folketall")
        verbose_name_plural = _("folketall")

    def __str__(self):
        return f"{self.municipality}: {self.inhabitants}"


class ApplicationOffice(models.Model):
    """Where a carer applies for help granted by decision (respite, carer allowance, relief
    in the home): part of the municipality's way in, edited by its coordinators."""

    scope_field = "municipality"

    municipality = models.OneToOneField(
        "municipalities.Municipality",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="application_office",
        verbose_name=_("kommune"),
    )
    name = models.CharField(
        _("kontor"),
        max_length=150,
        help_text=_("For eksempel «Tildelingskontoret» eller «Tjenestekontoret»."),
    )
    phone = models.CharField(_("telefon"), max_length=20, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-post"), blank=True)
    availability = models.CharField(
        _("når kan man ta kontakt"),
        max_length=200,
        blank=True,
        help_text=_("For eksempel «Hverdager kl. 9–15»."),
    )
    application_url = models.URLField(
        _("lenke til søknaden"),
        blank=True,
        help_text=_("Kommunens side der man søker om helse- og omsorgstjenester."),
    )
    handles_carer_allowance = models.BooleanField(
        _("tar imot søknader om omsorgsstønad"),
        default=True,
        help_text=_(
            "Kryss av når man søker om omsorgsstønad her. Da viser oversikten at kommunen "
            "sier hvor man søker om omsorgsstønad."
        ),
    )

    objects = ScopedQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta:
        verbose_name = _("søk om hjelp")
        verbose_name_plural = _("søk om hjelp")
        constraints = [
            models.CheckConstraint(
                condition=~Q(phone="") | ~Q(email="") | ~Q(application_url=""),
                name="applicationoffice_can_be_reached",
                violation_error_message=_("Oppgi telefon, e-post eller lenke til søknaden."),
            ),
        ]

    def __str__(self):
        return self.name


class UnmetSearch(models.Model):
    """How many list searches for a municipality found nothing, per ISO week and what was
    chosen. Nothing else: not the words typed, not the address, not the time within the week."""

    week = models.CharField(_("uke"), max_length=8, help_text=_("ISO-uke, for eksempel 2026-W48."))
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("kommune"),
    )
    # Slugs rather than relations: a count must outlive a renamed or deleted term.
    offer_type = models.CharField(_("tilbudstype"), max_length=100, blank=True)
    diagnosis = models.CharField(_("diagnose"), max_length=100, blank=True)
    with_text = models.BooleanField(_("med søkeord"), default=False)
    count = models.PositiveIntegerField(_("antall"), default=0)

    class Meta:
        ordering = ["-week", "municipality__name", "offer_type", "diagnosis"]
        verbose_name = _("søk uten treff")
        # The admin's entry for this model is the gaps page, where the counts are shown.
        verbose_name_plural = _("hull i tilbudet")
        constraints = [
            models.UniqueConstraint(
                fields=["week", "municipality", "offer_type", "diagnosis", "with_text"],
                name="unmetsearch_one_row_per_week_and_choice",
            ),
        ]

    def __str__(self):
        return f"{self.week} {self.municipality} {self.offer_type} {self.diagnosis}"
