"""schema.org JSON-LD for the award page: the ceremony as an Event, when its date is set.
(schema.org has no type for a development project, so project pages carry none.)"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext

SCHEMA = "https://schema.org/"


def ceremony(award_round) -> dict | None:
    if award_round is None or award_round.ceremony_date is None:
        return None
    url = settings.PORTAL_BASE_URL + reverse("projects:award")
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": f"{url}#utdeling-{award_round.year}",
        "name": gettext("Utdelingen av prisen Årets pårørendekommune %(year)s")
        % {"year": award_round.year},
        "startDate": award_round.ceremony_date.isoformat(),
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode",
        "url": url,
        "inLanguage": "nb",
    }
    if award_round.ceremony_name:
        event["description"] = gettext("Prisen deles ut på %(event)s.") % {
            "event": award_round.ceremony_name
        }
    if award_round.ceremony_place:
        event["location"] = {
            "@type": "Place",
            "name": award_round.ceremony_place,
            "address": award_round.ceremony_place,
        }
    return event
