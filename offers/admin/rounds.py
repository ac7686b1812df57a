"""Rounds on the offer's admin page: one form per round, its sessions typed one a line, or
made from a pattern ("every Tuesday, 8 times, from <date>"), all without JavaScript.

Why a text field and not a formset per round: Django has no nested inlines, and a separate
page per round would take a coordinator away from the offer. A line per session is quick to
type, to copy from last term and to read back, and the pattern makes a whole round from its
first date; the blank round at the bottom starts with the previous round's pattern.
"""

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from django import forms
from django.contrib import admin
from django.utils import formats
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from offers.models import Round
from offers.services import set_sessions

MAX_SESSIONS = 60  # more than a year of weekly evenings: a typing slip, not a course

_DATE = (
    r"(?:(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
_TIME = r"\d{1,2}(?:[.:]\d{2})?"
# "12.01.2027 18.00–20.00", "tirsdag 12.1.27 kl. 18-20", "2027-01-12 18:00 til 20:30 (tirsdag)"
_LINE = re.compile(
    rf"^\D*?{_DATE}\s*,?\s*(?:kl\.?\s*)?(?P<start>{_TIME})\s*(?:-|–|—|til)\s*"
    rf"(?:kl\.?\s*)?(?P<end>{_TIME})\s*(?:\(.*\))?\s*$",
    re.IGNORECASE,
)
EXAMPLE = "12.01.2027 18.00–20.00"


@dataclass(frozen=True, order=True)
class SessionTime:
    date: date
    start_time: time
    end_time: time

    def line(self) -> str:
        weekday = formats.date_format(self.date, "l")
        return f"{self.date:%d.%m.%Y} {self.start_time:%H.%M}–{self.end_time:%H.%M} ({weekday})"


def _time(text: str) -> time:
    hours, _sep, minutes = text.replace(":", ".").partition(".")
    return time(int(hours), int(minutes or 0))


def parse_session(line: str) -> SessionTime:
    match = _LINE.match(line.strip())
    if match is None:
        raise ValueError
    if match["iso"]:
        day = date.fromisoformat(match["iso"])
    else:
        year = int(match["year"])
        day = date(year + 2000 if year < 100 else year, int(match["month"]), int(match["day"]))
    session = SessionTime(day, _time(match["start"]), _time(match["end"]))
    if session.end_time <= session.start_time:
        raise ValueError
    return session


class SessionsField(forms.CharField):
    """A line per session; cleaned to a sorted list of SessionTime."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 40})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(session.line() for session in value)
        return value

    def to_python(self, value):
        if isinstance(value, list):
            return value
        sessions, errors = set(), []
        for number, line in enumerate((value or "").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                sessions.add(parse_session(line))
            except ValueError:
                errors.append(
                    gettext("Linje %(number)d: «%(line)s» forsto vi ikke.")
                    % {"number": number, "line": line.strip()[:60]}
                )
        if errors:
            errors.append(
                gettext("Skriv én dato med klokkeslett per linje, for eksempel «%(example)s».")
                % {"example": EXAMPLE}
            )
            raise forms.ValidationError(errors, code="invalid")
        return sorted(sessions)

    def has_changed(self, initial, data):
        try:
            return self.to_python(initial) != self.to_python(data)
        except forms.ValidationError:
            return True


class RoundForm(forms.ModelForm):
    sessions = SessionsField(
        label=_("Datoer og klokkeslett"),
        required=False,
        help_text=_("Én linje per gang, for eksempel «12.01.2027 18.00–20.00»."),
    )
    repeat_from = forms.DateField(
        label=_("Første dato"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    repeat_count = forms.IntegerField(
        label=_("Antall ganger"), required=False, min_value=1, max_value=MAX_SESSIONS
    )
    repeat_weeks = forms.TypedChoiceField(
        label=_("Hvor ofte"),
        choices=[(1, _("Hver uke")), (2, _("Annenhver uke"))],
        coerce=int,
        required=False,
        empty_value=1,
        initial=1,
    )
    repeat_start = forms.TimeField(
        label=_("Fra kl."),
        required=False,
        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
    )
    repeat_end = forms.TimeField(
        label=_("Til kl."),
        required=False,
        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
    )

    class Meta:
        model = Round
        fields = [
            "enrolment_deadline",
            "places_total",
            "places_left",
            "enrolment",
            "place",
            "note",
        ]
        widgets = {
            "enrolment_deadline": forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["sessions"] = [
                SessionTime(s.date, s.start_time, s.end_time) for s in self.instance.session_list
            ]
            # Every session in view, and a line to add one.
            rows = max(4, len(self.initial["sessions"]) + 1)
            self.fields["sessions"].widget.attrs["rows"] = min(rows, MAX_SESSIONS)
        if note := self.initial.get("pattern_note"):
            self.fields["repeat_from"].help_text = note

    def clean(self):
        cleaned_data = super().clean()
        sessions = set(cleaned_data.get("sessions") or [])
        if cleaned_data.get("repeat_from"):
            sessions |= set(self._sessions_from_pattern(cleaned_data))
        if not sessions and not self.errors:
            raise forms.ValidationError(
                gettext(
                    "Skriv inn datoene, eller første dato, antall ganger og klokkeslett for "
                    "mønsteret."
                ),
                code="no_sessions",
            )
        if len(sessions) > MAX_SESSIONS:
            raise forms.ValidationError(
                gettext("En kursrunde kan ha høyst %(count)d datoer.") % {"count": MAX_SESSIONS},
                code="too_many_sessions",
            )
        cleaned_data["all_sessions"] = sorted(sessions)
        return cleaned_data

    def _sessions_from_pattern(self, data) -> list[SessionTime]:
        start, end, count = (
            data.get("repeat_start"),
            data.get("repeat_end"),
            data.get("repeat_count"),
        )
        missing = [
            name
            for name, value in [
                ("repeat_count", count),
                ("repeat_start", start),
                ("repeat_end", end),
            ]
            if value is None
        ]
        for name in missing:
            self.add_error(name, gettext("Fyll ut dette for å bruke mønsteret."))
        if missing:
            return []
        if end <= start:
            self.add_error("repeat_end", gettext("Slutten må være etter starten."))
            return []
        step = timedelta(weeks=data.get("repeat_weeks") or 1)
        return [SessionTime(data["repeat_from"] + step * n, start, end) for n in range(count)]

    def save(self, commit=True):
        round_ = super().save(commit=commit)
        sessions = self.cleaned_data["all_sessions"]
        if commit:
            set_sessions(round_, sessions)
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_sessions():
                save_m2m()
                set_sessions(round_, sessions)

            self.save_m2m = save_m2m_and_sessions
        return round_


def pattern_of(previous: Round | None) -> dict:
    """The blank round's starting values: the previous round's pattern, from a new date."""
    if previous is None or not previous.session_list:
        return {}
    sessions = previous.session_list
    first = sessions[0]
    gap = (sessions[1].date - first.date).days if len(sessions) > 1 else 7
    weeks = 2 if gap == 14 else 1
    note = ngettext(
        "Som forrige runde: %(count)d gang, kl. %(start)s–%(end)s. Skriv første dato.",
        "Som forrige runde: %(count)d ganger, %(often)s kl. %(start)s–%(end)s. Skriv første dato.",
        len(sessions),
    ) % {
        "count": len(sessions),
        "often": gettext("hver uke") if weeks == 1 else gettext("annenhver uke"),
        "start": f"{first.start_time:%H.%M}",
        "end": f"{first.end_time:%H.%M}",
    }
    return {
        "repeat_count": len(sessions),
        "repeat_weeks": weeks,
        "repeat_start": first.start_time,
        "repeat_end": first.end_time,
        "places_total": previous.places_total,
        "place": previous.place,
        "pattern_note": note,
    }


class RoundInline(admin.StackedInline):
    """The offer's rounds that have not ended, and one blank round to add."""

    model = Round
    form = RoundForm
    extra = 1
    verbose_name = _("kursrunde")
    verbose_name_plural = _("kursrunder")
    classes = ["rounds"]
    fieldsets = [
        (None, {"fields": ["sessions"]}),
        (
            _("Eller lag datoene etter et mønster"),
            {
                "fields": [
                    ("repeat_from", "repeat_count", "repeat_weeks"),
                    ("repeat_start", "repeat_end"),
                ],
                "description": _("Datoene legges til dem som står over."),
            },
        ),
        (
            _("Påmelding"),
            {"fields": ["enrolment_deadline", ("places_total", "places_left"), "enrolment"]},
        ),
        (None, {"fields": ["place", "note"]}),
    ]

    def get_queryset(self, request):
        # Ended rounds have done their work; they stay in the history, out of the way.
        return super().get_queryset(request).upcoming().prefetch_related("sessions")

    def previous_round(self, offer) -> Round | None:
        if offer is None or offer.pk is None:
            return None
        return (
            Round.objects.filter(offer=offer)
            .with_days()
            .order_by("-first_day", "-pk")
            .prefetch_related("sessions")
            .first()
        )


def describe_changes(formset) -> list[str]:
    """What a saved rounds formset did, for the offer's history."""
    changes = [gettext("La til %(round)s") % {"round": r} for r in formset.new_objects]
    changes += [gettext("Endret %(round)s") % {"round": r} for r, _f in formset.changed_objects]
    changes += [gettext("Slettet %(round)s") % {"round": r} for r in formset.deleted_objects]
    return changes
