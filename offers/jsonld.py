"""schema.org structured data (JSON-LD) for an offer's page, so search engines can show a
course's dates. Each function returns a plain dict, so other descriptions of the same page
(a Service, say) can be merged into one "@graph"."""

import itertools
from datetime import timedelta

from django.conf import settings

from offers.choices import Enrolment, OfferFormat

SCHEMA = "https://schema.org/"
AVAILABILITY = {
    Enrolment.OPEN: SCHEMA + "InStock",
    Enrolment.FEW: SCHEMA + "LimitedAvailability",
    Enrolment.FULL: SCHEMA + "SoldOut",
    Enrolment.WAITING_LIST: SCHEMA + "SoldOut",
}


def course(offer) -> dict | None:
    """A Course with a CourseInstance for each upcoming round; None for an offer without."""
    if not offer.upcoming_rounds:
        return None
    url = settings.PORTAL_BASE_URL + offer.get_absolute_url()
    provider = {"@type": "Organization", "name": offer.provider.name}
    if offer.provider.website:
        provider["url"] = offer.provider.website
    return {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": url + "#kurs",
        "name": offer.title,
        "description": offer.summary,
        "url": url,
        "inLanguage": "nb",
        "provider": provider,
        "hasCourseInstance": [course_instance(offer, r, url) for r in offer.upcoming_rounds],
    }


def course_instance(offer, round_, url: str) -> dict:
    sessions = round_.session_list
    first, last = sessions[0], sessions[-1]
    online = offer.format == OfferFormat.DIGITAL
    instance = {
        "@type": "CourseInstance",
        "name": offer.title,
        "courseMode": "online" if online else "onsite",
        "eventAttendanceMode": SCHEMA
        + ("OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode"),
        "startDate": first.starts.isoformat(),
        "endDate": last.ends.isoformat(),
        "courseSchedule": _schedule(sessions),
        "offers": _offer(offer, round_, url),
    }
    if round_.place_label:
        instance["location"] = {"@type": "Place", "address": round_.place_label}
    if round_.places_total is not None:
        instance["maximumAttendeeCapacity"] = round_.places_total
    if round_.places_left is not None:
        instance["remainingAttendeeCapacity"] = round_.places_left
    return instance


def _schedule(sessions) -> dict:
    first = sessions[0]
    schedule = {
        "@type": "Schedule",
        "startDate": first.date.isoformat(),
        "endDate": sessions[-1].date.isoformat(),
        "startTime": first.start_time.isoformat("minutes"),
        "endTime": first.end_time.isoformat("minutes"),
        "repeatCount": len(sessions),
        "scheduleTimezone": first.starts.tzinfo.key,
    }
    gaps = {b.date - a.date for a, b in itertools.pairwise(sessions)}
    if len(gaps) == 1 and (gap := gaps.pop()) in (timedelta(days=1), timedelta(weeks=1)):
        schedule["repeatFrequency"] = "P1D" if gap.days == 1 else "P1W"
    return schedule


def _offer(offer, round_, url: str) -> dict:
    result = {
        "@type": "Offer",
        "url": url,
        "availability": AVAILABILITY[round_.availability],
    }
    if offer.is_free:
        result |= {"price": 0, "priceCurrency": "NOK"}
    else:
        result["description"] = offer.price
    if round_.enrolment_deadline:
        result["validThrough"] = round_.enrolment_deadline.isoformat()
    return result
