"""schema.org structured data (JSON-LD) for an offer's page, so search engines can show what
the offer is, whom it is for, where it applies and whom to call, and a course's dates. Each
function returns a plain dict; offer_graph() puts them in one "@graph"."""

import itertools
from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext

from offers.choices import Enrolment, OfferFormat
from offers.models.provider import ProviderKind

SCHEMA = "https://schema.org/"
AVAILABILITY = {
    Enrolment.OPEN: SCHEMA + "InStock",
    Enrolment.FEW: SCHEMA + "LimitedAvailability",
    Enrolment.FULL: SCHEMA + "SoldOut",
    Enrolment.WAITING_LIST: SCHEMA + "SoldOut",
}


# Offers run by these are public services; the rest (voluntary organisations) are Services.
GOVERNMENT = {ProviderKind.MUNICIPALITY, ProviderKind.HOSPITAL_TRUST, ProviderKind.PUBLIC}


def offer_graph(offer) -> dict:
    """The offer as a Service, and as a Course when it has rounds to come, in one graph."""
    nodes = [service(offer)]
    if (as_course := course(offer)) is not None:
        nodes.append({key: value for key, value in as_course.items() if key != "@context"})
    return {"@context": "https://schema.org", "@graph": nodes}


def service(offer) -> dict:
    """A Service (a GovernmentService when a public body runs it): provider with its contact
    points, the areas served, the audience (carers, their ages) and the price."""
    url = settings.PORTAL_BASE_URL + offer.get_absolute_url()
    provider = _organization(offer.provider)
    contacts = [_contact_point(c) for c in offer.contacts.all()]
    if contacts:
        provider["contactPoint"] = contacts
    audience = {"@type": "PeopleAudience", "audienceType": gettext("Pårørende")}
    if not offer.diagnosis_independent:
        audience["healthCondition"] = [
            {"@type": "MedicalCondition", "name": d.display_name} for d in offer.diagnoses.all()
        ]
    if offer.carer_age_min is not None:
        audience["suggestedMinAge"] = offer.carer_age_min
    if offer.carer_age_max is not None:
        audience["suggestedMaxAge"] = offer.carer_age_max
    result = {
        "@type": "GovernmentService" if offer.provider.kind in GOVERNMENT else "Service",
        "@id": url + "#tjeneste",
        "name": offer.title,
        "description": offer.summary,
        "url": url,
        "serviceType": offer.offer_type.name,
        "inLanguage": offer.language,
        "provider": provider,
        "areaServed": _areas(offer),
        "audience": audience,
        "offers": {"@type": "Offer", "url": url}
        | ({"price": 0, "priceCurrency": "NOK"} if offer.is_free else {"description": offer.price}),
    }
    if offer.place:
        result["availableChannel"] = {
            "@type": "ServiceChannel",
            "serviceLocation": {"@type": "Place", "address": offer.place},
        }
    return result


def _organization(provider) -> dict:
    organization = {"@type": "Organization", "name": provider.name}
    if provider.website:
        organization["url"] = provider.website
    return organization


def _contact_point(person) -> dict:
    point = {"@type": "ContactPoint", "contactType": person.role}
    if person.name:
        point["name"] = person.name
    if person.phone:
        point["telephone"] = person.phone
    if person.email:
        point["email"] = person.email
    if person.availability:
        point["description"] = person.availability
    return point


def _areas(offer) -> list[dict]:
    if offer.nationwide:
        return [{"@type": "Country", "name": "Norge", "identifier": "NO"}]
    areas = [
        {"@type": "AdministrativeArea", "name": county.name, "identifier": county.number}
        for county in offer.counties.all()
    ]
    areas += [
        {"@type": "AdministrativeArea", "name": m.name, "identifier": m.number}
        for m in offer.municipalities.all()
    ]
    return areas


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
        "inLanguage": offer.language,
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
