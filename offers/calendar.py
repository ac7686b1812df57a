"""Upcoming rounds as iCalendar (RFC 5545), built with the icalendar library.

One VEVENT per session, its UID stable for as long as the session keeps its date (see
services.set_sessions), its times in Europe/Oslo with the VTIMEZONE that defines them, the
place and the offer's page. Links are absolute, from PORTAL_BASE_URL, so the file reads the
same whoever asked for it (it is cached like the pages).
"""

import uuid
from datetime import timedelta
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.utils.translation import gettext

PRODUCT_ID = "-//Pårørendeportalen//Kursdatoer//NO"


def calendar_for(offers, name: str, path: str) -> bytes:
    """The sessions of the offers' upcoming rounds (Offer.upcoming_rounds), as a calendar
    whose own UID comes from its address (`path`)."""
    host = urlsplit(settings.PORTAL_BASE_URL).hostname or "localhost"
    events, days = [], []
    for offer in offers:
        url = settings.PORTAL_BASE_URL + offer.get_absolute_url()
        for round_ in offer.upcoming_rounds:
            count = len(round_.session_list)
            for number, session in enumerate(round_.session_list, start=1):
                summary = offer.title
                if count > 1:
                    summary += " " + gettext("(%(number)d av %(count)d)") % {
                        "number": number,
                        "count": count,
                    }
                description = "\n\n".join(
                    text for text in [offer.summary, round_.note, url] if text
                )
                event = icalendar.Event.new(
                    uid=f"{session.uid}@{host}",
                    summary=summary,
                    start=session.starts,
                    end=session.ends,
                    stamp=round_.updated_at,
                    location=round_.place_label or None,
                    description=description,
                    url=url,
                )
                events.append(event)
                days.append(session.date)
    calendar = icalendar.Calendar.new(
        prodid=PRODUCT_ID,
        name=name,
        method="PUBLISH",
        uid=uuid.uuid5(uuid.NAMESPACE_URL, settings.PORTAL_BASE_URL + path),
        subcomponents=events,
    )
    if days:  # the time zone's rules for the years the sessions are in, not 1970 to 2038
        calendar.add_missing_timezones(
            first_date=min(days) - timedelta(days=366), last_date=max(days) + timedelta(days=366)
        )
    return calendar.to_ical()
