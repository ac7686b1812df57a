"""Reports from carers (what is wrong with an offer, what a municipality lacks), the answers
coordinators send them, and the reminder digests sent to coordinators."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.history import PortalHistoricalRecords
from portal.scoping import ScopedQuerySet

# Long enough to say what is wrong, short enough that nobody pastes a life story into it.
TEXT_MAX_LENGTH = 2000


class ReportKind(models.TextChoices):
    WRONG = "wrong", _("Feil i et tilbud")
    MISSING = "missing", _("Savner et tilbud")


class ReportStatus(models.TextChoices):
    NEW = "new", _("Ny")
    IN_PROGRESS = "in_progress", _("Under arbeid")
    DONE = "done", _("Løst")
    REJECTED = "rejected", _("Avvist")


OPEN_STATUSES = (ReportStatus.NEW, ReportStatus.IN_PROGRESS)


class ReportQuerySet(ScopedQuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def closed_before(self, moment):
        return self.exclude(status__in=OPEN_STATUSES).filter(closed_at__lt=moment)


class Report(models.Model):
    """What a carer or a professional says is wrong with an offer, or missing in a
    municipality. Belongs to the municipality whose coordinators fix it (none: a national
    offer, the national editors')."""

    scope_field = "municipality"

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("hva gjelder det"), max_length=10, choices=ReportKind)
    offer = models.ForeignKey(
        "offers.Offer",
        verbose_name=_("tilbud"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    # The offer's title when the report was made: still says what it was about if the offer
    # is deleted.
    about = models.CharField(_("gjelder"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("kommune"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reports",
        help_text=_("Kommunen som eier tilbudet, eller som mangler et tilbud. Tom: nasjonalt."),
    )
    offer_type = models.ForeignKey(
        "offers.OfferType",
        verbose_name=_("type tilbud som mangler"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("melding"), max_length=TEXT_MAX_LENGTH)
    email = models.EmailField(_("e-post til den som meldte fra"), blank=True)
    language = models.CharField(_("språk"), max_length=8, default="nb", editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=ReportStatus, default=ReportStatus.NEW
    )
    internal_note = models.TextField(
        _("intern merknad"),
        blank=True,
        help_text=_("Bare for dere som behandler meldingen. Den som meldte fra, ser den aldri."),
    )
    created_at = models.DateTimeField(_("mottatt"), default=timezone.now, editable=False)
    closed_at = models.DateTimeField(_("lukket"), null=True, blank=True, editable=False)

    objects = ReportQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("tilbakemelding")
        verbose_name_plural = _("tilbakemeldinger")
        constraints = [
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("text"), TEXT_MAX_LENGTH),
                name="report_text_length",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="wrong") | models.Q(offer_type__isnull=True),
                name="report_type_only_for_missing",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="report_status_idx")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.subject}"

    def save(self, *args, **kwargs):
        # Closed when it leaves the open statuses, open again if it goes back.
        if self.is_open:
            self.closed_at = None
        elif self.closed_at is None:
            self.closed_at = timezone.now()
        if kwargs.get("update_fields") is not None and "status" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "closed_at"}
        super().save(*args, **kwargs)

    @property
    def subject(self) -> str:
        if self.kind == ReportKind.WRONG:
            return self.about
        return str(self.municipality) if self.municipality else ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class ReportAnswer(models.Model):
    """An e-mail a coordinator sent the reporter from the admin."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="answers")
    text = models.TextField(_("svar"), max_length=TEXT_MAX_LENGTH)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sendt av"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sendt"), default=timezone.now)

    class Meta:
        ordering = ["sent_at"]
        verbose_name = _("svar")
        verbose_name_plural = _("svar")

    def __str__(self):
        return f"{self.report}: {self.sent_at:%Y-%m-%d %H:%M}"


class ReminderDigest(models.Model):
    """A reminder e-mail sent to a coordinator: at most one per user and period."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    period_start = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)
    offers_to_confirm = models.PositiveIntegerField(default=0)
    open_reports = models.PositiveIntegerField(default=0)
    courses_without_rounds = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "period_start"], name="one_digest_per_period")
        ]

    def __str__(self):
        return f"{self.user}: {self.period_start}"
