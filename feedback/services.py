"""A report's way to the people who can act on it, and the answer back to the reporter.

A report on an offer goes to the coordinators of the municipality that owns it; a report of a
missing offer to the municipality's. National offers, and municipalities without an active
coordinator, go to the national editors. Each recipient gets an e-mail at once (queued: the
carer never waits for the mail server) with a link to the report in the admin. If the reporter
left an e-mail address, the mail carries only the first lines of what they wrote: the rest,
and the address, stay behind the login.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from accounts.roles import NATIONAL_EDITORS
from feedback.models import Report, ReportAnswer, ReportKind
from offers.confirmation import months_before
from portal.mail import queue_mail

# What a notification quotes of the report when the reporter can be identified.
FIRST_LINES = 3
FIRST_CHARACTERS = 200
# Coordinators read the portal's e-mail in bokmål (no language is stored for them).
STAFF_LANGUAGE = "nb"


def _active_staff():
    return get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")


def coordinators_of(municipality):
    return _active_staff().filter(municipalities=municipality)


def national_editors():
    return _active_staff().filter(groups__name=NATIONAL_EDITORS)


def recipients(report: Report) -> list[str]:
    """The addresses a new report goes to: its municipality's coordinators, else the
    national editors."""
    addresses = set()
    if report.municipality_id:
        addresses = set(coordinators_of(report.municipality).values_list("email", flat=True))
    if not addresses:
        addresses = set(national_editors().values_list("email", flat=True))
    return sorted(addresses)


def coordinators_of_any():
    """The municipalities that have at least one active coordinator."""
    return (
        _active_staff()
        .exclude(municipalities=None)
        .values_list("municipalities", flat=True)
        .distinct()
    )


def first_lines(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:FIRST_LINES]
    return Truncator("\n".join(lines)).chars(FIRST_CHARACTERS)


def admin_url(report: Report) -> str:
    return settings.PORTAL_BASE_URL + reverse("admin:feedback_report_change", args=[report.pk])


@transaction.atomic
def submit(*, kind, text, email="", language="nb", offer=None, municipality=None, offer_type=None):
    """Keep the report and queue its e-mail to each recipient."""
    if kind == ReportKind.WRONG:
        municipality = offer.owner
    report = Report.objects.create(
        kind=kind,
        offer=offer,
        about=offer.title[:200] if offer else "",
        municipality=municipality,
        offer_type=offer_type if kind == ReportKind.MISSING else None,
        text=text,
        email=email,
        language=language,
    )
    quoted = first_lines(text) if email else text
    context = {
        "report": report,
        "offer": offer,
        "quoted": quoted,
        "shortened": quoted != text,
        "admin_url": admin_url(report),
    }
    for address in recipients(report):
        queue_mail(address, "report_received", context, language=STAFF_LANGUAGE)
    return report


@transaction.atomic
def answer(report: Report, text: str, user) -> ReportAnswer:
    """Queue the answer to the reporter, in their language, and record it with the report."""
    reply = ReportAnswer.objects.create(report=report, text=text, sent_by=user)
    queue_mail(
        report.email,
        "report_answer",
        {"report": report, "answer": text, "keep_months": settings.REPORT_KEEP_MONTHS},
        language=report.language,
        reply_to=user.email,
    )
    return reply


def delete_expired(now=None) -> int:
    """Delete reports closed more than REPORT_KEEP_MONTHS ago, with their answers and their
    history (which holds the reporter's address too); returns how many reports."""
    now = timezone.localtime(now)
    day = months_before(now.date(), settings.REPORT_KEEP_MONTHS)
    expired = Report.objects.closed_before(now.replace(year=day.year, month=day.month, day=day.day))
    ids = list(expired.values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        Report.objects.filter(pk__in=ids).delete()
        Report.history.filter(id__in=ids).delete()  # the deletion's own version too
    return len(ids)
