"""Årets pårørendekommune: the winners, each year's round (nomination window and ceremony)
and the nominations the jury reads."""

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.history import PortalHistoricalRecords


class AwardRoundQuerySet(models.QuerySet):
    def current(self):
        """This year's round, or else the next one planned, or else the last one held."""
        year = timezone.localdate().year
        upcoming = self.filter(year__gte=year).order_by("year").first()
        return upcoming or self.order_by("-year").first()


class AwardRound(models.Model):
    """One year's award: when nominations are taken and when the prize is given."""

    year = models.PositiveSmallIntegerField(_("år"), unique=True)
    nominations_open = models.DateField(_("nominasjonen åpner"))
    nominations_close = models.DateField(
        _("nominasjonen stenger"), help_text=_("Siste dag det går an å nominere.")
    )
    ceremony_date = models.DateField(_("dato for prisutdelingen"), null=True, blank=True)
    ceremony_name = models.CharField(
        _("hvor prisen deles ut"),
        max_length=200,
        blank=True,
        help_text=_("For eksempel «Pårørendekonferansen»."),
    )
    ceremony_place = models.CharField(
        _("sted for prisutdelingen"), max_length=200, blank=True, help_text=_("By eller adresse.")
    )

    objects = AwardRoundQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("prisrunde")
        verbose_name_plural = _("prisrunder")
        constraints = [
            models.CheckConstraint(
                condition=Q(nominations_open__lte=F("nominations_close")),
                name="awardround_opens_before_it_closes",
                violation_error_message=_("Nominasjonen må åpne før den stenger."),
            ),
            models.CheckConstraint(
                condition=Q(ceremony_date__isnull=True)
                | Q(ceremony_date__gte=F("nominations_close")),
                name="awardround_ceremony_after_nominations",
                violation_error_message=_("Prisen kan ikke deles ut før nominasjonen er stengt."),
            ),
        ]

    def __str__(self):
        return str(self.year)

    def is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.nominations_open <= today <= self.nominations_close

    def has_closed(self, today=None) -> bool:
        return (today or timezone.localdate()) > self.nominations_close


class AwardWinner(models.Model):
    """A winning municipality; the year where it is known, the jury's reasons where given."""

    slug = models.SlugField(
        _("adresse"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_("Ankeret på prissiden, for eksempel «asker-2018». Fylles ut av seg selv."),
    )
    year = models.PositiveSmallIntegerField(
        _("år"), null=True, blank=True, unique=True, help_text=_("Tom når året ikke er kjent.")
    )
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        related_name="awards",
        verbose_name=_("kommune"),
    )
    reasons = models.TextField(_("juryens begrunnelse"), max_length=4000, blank=True)
    story = models.TextField(
        _("hva har skjedd siden"),
        max_length=6000,
        blank=True,
        help_text=_("Hva kommunen har fått til etter prisen. Et avsnitt per linje."),
    )

    history = PortalHistoricalRecords()

    class Meta:
        ordering = [F("year").desc(nulls_last=True), "municipality__name"]
        verbose_name = _("prisvinner")
        verbose_name_plural = _("prisvinnere")

    def __str__(self):
        if self.year:
            return f"{self.municipality} ({self.year})"
        return str(self.municipality)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = "-".join(filter(None, [self.municipality.slug, str(self.year or "")]))
        super().save(*args, **kwargs)


class Nomination(models.Model):
    """A nomination sent through /pris/nominer/: for the jury, never shown in public."""

    award_round = models.ForeignKey(
        AwardRound, on_delete=models.CASCADE, related_name="nominations", verbose_name=_("år")
    )
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.CASCADE,
        related_name="nominations",
        verbose_name=_("kommune"),
    )
    reason = models.TextField(_("hvorfor"), max_length=3000)
    name = models.CharField(_("navn"), max_length=150)
    email = models.EmailField(_("e-post"), max_length=254)
    created_at = models.DateTimeField(_("sendt"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("nominasjon")
        verbose_name_plural = _("nominasjoner")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                F("municipality"),
                F("award_round"),
                name="nomination_once_per_email_municipality_year",
                violation_error_message=_(
                    "Du har allerede nominert denne kommunen til prisen dette året."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.municipality} ({self.award_round})"
