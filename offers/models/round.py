"""Rounds (kursrunder): one run of a course-like offer, each with its sessions.

A session is stored as the coordinator types it: a local date and wall-clock times in the
portal's time zone (Europe/Oslo). Aware datetimes are computed where they are needed
(iCalendar, JSON-LD), so an evening at 18.00 stays at 18.00 on both sides of a change to or
from summer time. Ended rounds leave the public pages by the queries' date, with no job.
"""

import itertools
import uuid
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import formats, timezone
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from offers.choices import CLOSED_ENROLMENT, FEW_PLACES, Enrolment
from offers.querysets import RoundQuerySet
from portal.history import PortalHistoricalRecords

EVENING = time(16, 0)  # a session starting at or after this is an evening ("6 kvelder")


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def clock(moment: time) -> str:
    """18.00 in Norwegian, 18:00 in English."""
    return moment.strftime("%H:%M" if (get_language() or "nb").startswith("en") else "%H.%M")


def day_label(day: date) -> str:
    """'tirsdag 12. januar 2027'."""
    return f"{formats.date_format(day, 'l')} {formats.date_format(day, 'DATE_FORMAT')}"


class Round(models.Model):
    offer = models.ForeignKey(
        "offers.Offer", on_delete=models.CASCADE, related_name="rounds", verbose_name=_("tilbud")
    )
    # Stable across renames, backups and moves: calendars know a round's sessions by it.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    enrolment_deadline = models.DateField(_("påmeldingsfrist"), null=True, blank=True)
    places_total = models.PositiveSmallIntegerField(_("antall plasser"), null=True, blank=True)
    places_left = models.PositiveSmallIntegerField(
        _("ledige plasser"),
        null=True,
        blank=True,
        help_text=_("La stå tom om du ikke vil oppgi et antall; velg da hvordan påmeldingen står."),
    )
    enrolment = models.CharField(
        _("påmelding"), max_length=20, choices=Enrolment.choices, default=Enrolment.OPEN
    )
    place = models.CharField(
        _("sted"),
        max_length=300,
        blank=True,
        help_text=_("Bare når kurset holdes et annet sted enn det som står på tilbudet."),
    )
    note = models.CharField(
        _("merknad"),
        max_length=300,
        blank=True,
        help_text=_("Vises for pårørende, for eksempel «Denne runden er på dagtid»."),
    )
    created_at = models.DateTimeField(_("lagt inn"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sist endret"), auto_now=True)

    objects = RoundQuerySet.as_manager()
    history = PortalHistoricalRecords()

    class Meta:
        verbose_name = _("kursrunde")
        verbose_name_plural = _("kursrunder")
        constraints = [
            models.CheckConstraint(
                condition=Q(places_left__isnull=True)
                | Q(places_total__isnull=True)
                | Q(places_left__lte=F("places_total")),
                name="round_places_left_within_total",
                violation_error_message=_("Det kan ikke være flere ledige plasser enn plasser."),
            ),
        ]

    def __str__(self):
        if self.pk and self.session_list:
            return gettext("Kursrunde fra %(date)s") % {
                "date": formats.date_format(self.starts_on, "SHORT_DATE_FORMAT")
            }
        return gettext("Ny kursrunde")

    # Read from the prefetched sessions (OfferQuerySet.with_upcoming_rounds()), so a page
    # with many rounds asks the database once for all their sessions.

    @cached_property
    def session_list(self) -> list["Session"]:
        return sorted(self.sessions.all(), key=lambda s: (s.date, s.start_time))

    @property
    def starts_on(self) -> date | None:
        return self.session_list[0].date if self.session_list else None

    @property
    def ends_on(self) -> date | None:
        return self.session_list[-1].date if self.session_list else None

    @property
    def first_session(self):
        return self.session_list[0] if self.session_list else None

    def has_started(self, today: date | None = None) -> bool:
        return self.starts_on is not None and self.starts_on < (today or timezone.localdate())

    @property
    def is_full(self) -> bool:
        return self.enrolment in CLOSED_ENROLMENT or self.places_left == 0

    def deadline_passed(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.enrolment_deadline is not None and self.enrolment_deadline < today

    def is_open_for_enrolment(self, today: date | None = None) -> bool:
        """The rule of RoundQuerySet.open_for_enrolment() for this round."""
        return not (self.has_started(today) or self.deadline_passed(today) or self.is_full)

    @property
    def availability(self) -> Enrolment:
        """How enrolment stands, from the state the coordinator chose and the places left."""
        if self.enrolment == Enrolment.WAITING_LIST:
            return Enrolment.WAITING_LIST
        if self.is_full:
            return Enrolment.FULL
        if self.enrolment == Enrolment.FEW or (
            self.places_left is not None and self.places_left <= FEW_PLACES
        ):
            return Enrolment.FEW
        return Enrolment.OPEN

    @property
    def place_label(self) -> str:
        return self.place or self.offer.place

    # How a round reads: "tirsdag 12. januar 2027 kl. 18.00–20.00, 8 kvelder ·
    # påmeldingsfrist 5. januar · 4 ledige plasser"

    @property
    def when_label(self) -> str:
        first = self.first_session
        if first is None:
            return ""
        return gettext("%(day)s kl. %(start)s–%(end)s") % {
            "day": day_label(first.date),
            "start": clock(first.start_time),
            "end": clock(first.end_time),
        }

    @property
    def length_label(self) -> str:
        """'8 kvelder', '3 dager' (in a row) or '4 ganger'; '' for a single session."""
        sessions, count = self.session_list, len(self.session_list)
        if count < 2:
            return ""
        days = [s.date for s in sessions]
        if all(b - a == timedelta(days=1) for a, b in itertools.pairwise(days)):
            return ngettext("%(count)d dag", "%(count)d dager", count) % {"count": count}
        if all(s.start_time >= EVENING for s in sessions):
            return ngettext("%(count)d kveld", "%(count)d kvelder", count) % {"count": count}
        return ngettext("%(count)d gang", "%(count)d ganger", count) % {"count": count}

    @property
    def deadline_label(self) -> str:
        if self.enrolment_deadline is None:
            return ""
        return gettext("påmeldingsfrist %(date)s") % {
            "date": formats.date_format(self.enrolment_deadline, "MONTH_DAY_FORMAT")
        }

    @property
    def places_label(self) -> str:
        """'4 ledige plasser', 'Få ledige plasser', 'Fullt', ..."""
        availability = self.availability
        if self.places_left and availability != Enrolment.WAITING_LIST:
            return ngettext(
                "%(count)d ledig plass", "%(count)d ledige plasser", self.places_left
            ) % {"count": self.places_left}
        return availability.label

    @property
    def enrolment_label(self) -> str:
        """Whether a carer can sign up now, in a few words, for a card."""
        if self.has_started():
            return gettext("Kurset er i gang")
        if self.is_full:
            return self.availability.label
        if self.deadline_passed():
            return gettext("Påmeldingsfristen er ute")
        return gettext("Påmelding er åpen")


class Session(models.Model):
    """One meeting of a round: a date and the local times it starts and ends."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("kursrunde")
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    date = models.DateField(_("dato"))
    start_time = models.TimeField(_("fra kl."))
    end_time = models.TimeField(_("til kl."))

    history = PortalHistoricalRecords()

    class Meta:
        verbose_name = _("kursdag")
        verbose_name_plural = _("kursdager")
        ordering = ["date", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=F("start_time")),
                name="session_ends_after_it_starts",
                violation_error_message=_("En samling må slutte etter at den begynner."),
            ),
            models.UniqueConstraint(
                fields=["round", "date", "start_time"], name="session_unique_in_round"
            ),
        ]

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.start_time:%H.%M}–{self.end_time:%H.%M}"

    @property
    def starts(self) -> datetime:
        """When it starts, as an aware datetime in the portal's time zone."""
        return datetime.combine(self.date, self.start_time, tzinfo=local_zone())

    @property
    def ends(self) -> datetime:
        return datetime.combine(self.date, self.end_time, tzinfo=local_zone())
