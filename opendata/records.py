"""Offers, providers and their parts as HSDS 3.0 objects (plain dicts, ready for JSON).

Offer → service, provider → organization, the offer's place → a location and its
service_at_location, its upcoming rounds (or its free-text "when") → schedules, the
municipalities and counties it serves (or the whole country) → service areas, its public
contacts → contacts and phones, its type, diagnoses and age groups → attributes with taxonomy
terms. Fields we have no value for are left out rather than sent empty. Texts are bokmål, as
the coordinators write them; the API's views render in bokmål.
"""

import itertools
from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from offers.choices import STATUS_NOTICES, OfferFormat, OfferStatus
from opendata.ids import hsds_id
from opendata.taxonomy import offer_terms

# HSDS's status for ours; an ended offer is never published as open data.
STATUS = {
    OfferStatus.ACTIVE: "active",
    OfferStatus.PILOT: "active",
    OfferStatus.PAUSED: "temporarily closed",
}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ATTENDING = {OfferFormat.DIGITAL: "online", OfferFormat.PHONE: "phone"}


def _compact(record: dict) -> dict:
    """Leave out what has no value: HSDS reads a missing field as unknown."""
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def absolute(path: str) -> str:
    return settings.PORTAL_BASE_URL + path


# Organizations


def organization(provider) -> dict:
    """An organization as in a list (organization_list.json) and nested in a service."""
    return _compact(
        {
            "id": hsds_id("provider", provider.pk),
            "name": provider.name,
            # HSDS requires a description; ours is what kind of organisation it is.
            "description": provider.get_kind_display(),
            "website": provider.website,
        }
    )


def organization_detail(provider, offers) -> dict:
    """An organization in full (organization.json), with the services it runs."""
    return organization(provider) | {"services": [service(offer) for offer in offers]}


# Services


def service(offer) -> dict:
    """A service as in a list (service_list.json): its one-to-one fields and organization."""
    contacts = list(offer.contacts.all())
    emails = [contact.email for contact in contacts if contact.email]
    return _compact(
        {
            "id": hsds_id("offer", offer.pk),
            "organization_id": hsds_id("provider", offer.provider_id),
            "name": offer.title,
            "description": "\n\n".join(filter(None, [offer.summary, offer.description])),
            "url": absolute(offer.get_absolute_url()),
            "email": emails[0] if emails else "",
            "status": STATUS[offer.status],
            "application_process": _application_process(offer),
            "fees_description": offer.price_label,
            "eligibility_description": eligibility(offer),
            "minimum_age": offer.carer_age_min,
            "maximum_age": offer.carer_age_max,
            "assured_date": offer.confirmed_on.isoformat() if offer.confirmed_on else "",
            "assurer_email": _assurer_email(offer),
            "alert": str(STATUS_NOTICES.get(offer.status, "")),
            "last_modified": offer.updated_at.isoformat(),
            "organization": organization(offer.provider),
        }
    )


def service_detail(offer, terms) -> dict:
    """A service in full (service.json), with everything that hangs on it."""
    service_id = hsds_id("offer", offer.pk)
    return service(offer) | _compact(
        {
            "phones": [
                phone | {"service_id": service_id} for phone in _phones(offer, "service", offer.pk)
            ],
            "schedules": schedules(offer),
            "service_areas": service_areas(offer),
            "service_at_locations": [service_at_location(offer)] if offer.place else [],
            "languages": [
                {
                    "id": hsds_id("language", "offer", offer.pk, "nb"),
                    "service_id": service_id,
                    "name": _("Norsk"),
                    "code": "nb",
                }
            ],
            "cost_options": [cost_option(offer)],
            "contacts": [contact(c, service_id) for c in offer.contacts.all()],
            "attributes": attributes(offer, terms),
        }
    )


def _application_process(offer) -> str:
    parts = [str(offer.access.label) + "."]
    if offer.registration_info:
        parts.append(offer.registration_info)
    if offer.signup_url:
        parts.append(_("Påmelding på nett: %(url)s") % {"url": offer.signup_url})
    return " ".join(parts)


def _assurer_email(offer) -> str:
    """The owning municipality's way in (a role's public address), never the person's own."""
    if offer.owner is None:
        return ""
    emails = [c.email for c in offer.owner.way_in_contacts if c.email]
    return emails[0] if emails else ""


def eligibility(offer) -> str:
    """Who the offer is for, in words: the carer's age, the cared-for person's, the diagnoses."""
    sentences = []
    if offer.carer_age_label:
        sentences.append(_("For pårørende %(ages)s.") % {"ages": offer.carer_age_label})
    else:
        sentences.append(_("For pårørende i alle aldre."))
    if offer.patient_age_label:
        sentences.append(
            _("Den man er pårørende for: %(ages)s.") % {"ages": offer.patient_age_label}
        )
    sentences.append(_("Diagnose: %(diagnoses)s.") % {"diagnoses": offer.diagnosis_label})
    return " ".join(sentences)


def cost_option(offer) -> dict:
    option = {"id": hsds_id("cost_option", offer.pk), "service_id": hsds_id("offer", offer.pk)}
    if offer.is_free:
        return option | {"option": _("Gratis"), "amount": 0, "currency": "NOK"}
    return option | {"option": _("Egenandel"), "amount_description": offer.price}


def contact(person, service_id: str) -> dict:
    return _compact(
        {
            "id": hsds_id("contact", person.pk),
            "service_id": service_id,
            "name": person.name,
            "title": person.role,
            "email": person.email,
            "phones": [
                phone | {"contact_id": hsds_id("contact", person.pk)}
                for phone in _phones_of(person, "contact", person.pk)
            ],
        }
    )


def _phones(offer, owner_kind: str, owner_pk) -> list[dict]:
    return [
        phone
        for person in offer.contacts.all()
        for phone in _phones_of(person, owner_kind, owner_pk)
    ]


def _phones_of(person, owner_kind: str, owner_pk) -> list[dict]:
    if not person.phone:
        return []
    return [
        _compact(
            {
                "id": hsds_id("phone", owner_kind, owner_pk, person.pk),
                "number": person.phone,
                "type": "voice",
                "description": " · ".join(filter(None, [str(person), person.availability])),
            }
        )
    ]


def service_areas(offer) -> list[dict]:
    """Where the offer applies. `extent` holds the official number (kommunenummer,
    fylkesnummer), `extent_type` says which; `uri` is the municipality's page here."""
    service_id = hsds_id("offer", offer.pk)
    if offer.nationwide:
        return [
            {
                "id": hsds_id("service_area", offer.pk, "country", "NO"),
                "service_id": service_id,
                "name": _("Hele landet"),
                "extent": "NO",
                "extent_type": "landkode",
            }
        ]
    areas = [
        {
            "id": hsds_id("service_area", offer.pk, "county", county.pk),
            "service_id": service_id,
            "name": county.name,
            "description": _("Hele %(county)s") % {"county": county.name},
            "extent": county.number,
            "extent_type": "fylkesnummer",
        }
        for county in offer.counties.all()
    ]
    areas += [
        {
            "id": hsds_id("service_area", offer.pk, "municipality", municipality.pk),
            "service_id": service_id,
            "name": municipality.label,
            "extent": municipality.number,
            "extent_type": "kommunenummer",
            "uri": absolute(reverse("offers:municipality", args=[municipality.slug])),
        }
        for municipality in offer.municipalities.all()
    ]
    return areas


def attributes(offer, terms) -> list[dict]:
    service_id = hsds_id("offer", offer.pk)
    return [
        {
            "id": hsds_id("attribute", offer.pk, link_type, term.id),
            "link_id": service_id,
            "link_type": link_type,
            "link_entity": "service",
            "taxonomy_term_id": term.id,
            "taxonomy_term": term.record(),
        }
        for link_type, term in offer_terms(offer, terms)
    ]


# Schedules


def schedules(offer) -> list[dict]:
    """A schedule per upcoming round; an offer without rounds has its free-text "when"."""
    service_id = hsds_id("offer", offer.pk)
    if offer.upcoming_rounds:
        return [round_schedule(offer, round_, service_id) for round_ in offer.upcoming_rounds]
    if offer.schedule:
        return [
            {
                "id": hsds_id("schedule", "offer", offer.pk),
                "service_id": service_id,
                "description": offer.schedule,
                "attending_type": ATTENDING.get(offer.format, "in person"),
            }
        ]
    return []


def round_schedule(offer, round_, service_id: str) -> dict:
    """One round as an RFC 5545-style recurrence where its sessions have one (weekly, every
    other week), and always with its first and last day, times and a description."""
    sessions = round_.session_list
    first, last = sessions[0], sessions[-1]
    record = {
        "id": hsds_id("schedule", "round", round_.uid),
        "service_id": service_id,
        "valid_from": first.date.isoformat(),
        "valid_to": last.date.isoformat(),
        "dtstart": first.date.isoformat(),
        "until": last.date.isoformat(),
        "count": len(sessions),
        "opens_at": first.start_time.isoformat("minutes"),
        "closes_at": first.end_time.isoformat("minutes"),
        "description": ", ".join(filter(None, [round_.when_label, round_.length_label])),
        "attending_type": ATTENDING.get(offer.format, "in person"),
        "notes": " · ".join(
            filter(None, map(str, [round_.deadline_label, round_.places_label, round_.note]))
        ),
        "schedule_link": absolute(offer.get_absolute_url()),
    }
    gaps = {b.date - a.date for a, b in itertools.pairwise(sessions)}
    same_time = len({(s.start_time, s.end_time) for s in sessions}) == 1
    if (
        same_time
        and len(gaps) == 1
        and (gap := gaps.pop()) in (timedelta(weeks=1), timedelta(weeks=2))
    ):
        record |= {
            "freq": "WEEKLY",
            "interval": gap.days // 7,
            "wkst": "MO",
            "byday": WEEKDAYS[first.date.weekday()],
        }
    return _compact(record)


# Locations


def location(offer) -> dict:
    return {
        "id": hsds_id("location", "offer", offer.pk),
        "location_type": "physical",
        "name": offer.place,
    }


def service_at_location_id(offer_pk) -> str:
    return hsds_id("service_at_location", offer_pk)


def service_at_location(offer, service_record: dict | None = None) -> dict:
    """The offer at its place (only offers with a place have one), with the service if given."""
    record = {
        "id": service_at_location_id(offer.pk),
        "service_id": hsds_id("offer", offer.pk),
        "location_id": hsds_id("location", "offer", offer.pk),
        "location": location(offer),
    }
    if service_record is not None:
        record["service"] = service_record
    return record
