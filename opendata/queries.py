"""What each list of the API holds, its filters and its pages.

Every parameter is checked before it reaches a query: a value the API cannot read is a
BadParameter, which the view answers with a 400 that names the parameter and says why.
"""

import math
from dataclasses import dataclass
from datetime import datetime, time

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from municipalities.models import Municipality
from offers.ages import overlaps_band
from offers.filters import MAX_QUERY_LENGTH
from offers.models import ContactPerson, Diagnosis, Offer, Provider
from opendata.ids import hsds_id, parse_uuid
from opendata.taxonomy import BY_KEY, terms_by_id
from portal.content import cached

DEFAULT_PER_PAGE = 50
FALSE, TRUE = {"", "0", "false", "no"}, {"1", "true", "yes"}


class BadParameter(Exception):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter, self.message = parameter, message


# Querysets


def _common(queryset):
    contacts = ContactPerson.objects.public()
    return (
        queryset.select_related("offer_type", "provider", "owner")
        .defer("search_vector", "search_names")
        .prefetch_related(
            "diagnoses",
            Prefetch("contacts", queryset=contacts),
            Prefetch("owner__contacts", queryset=contacts.way_in(), to_attr="way_in_contacts"),
        )
        # How a carer gets it (Offer.access) reads whether it runs in rounds, as the offer
        # page does: upcoming rounds, or any round it has had.
        .with_upcoming_rounds()
        .with_has_rounds()
    )


def services_for_list():
    """Public offers with what a list item reads (service_list.json)."""
    return _common(Offer.objects.public())


def services_in_full():
    """Public offers with everything a service in full reads (service.json)."""
    municipalities = Municipality.objects.select_related("county")
    return _common(Offer.objects.public()).prefetch_related(
        "counties", Prefetch("municipalities", queryset=municipalities)
    )


def organizations():
    """The providers that run or share a public offer; others stay out of open data."""
    public = Offer.objects.public()
    return Provider.objects.filter(
        Q(pk__in=public.values("provider")) | Q(pk__in=public.values("partners"))
    ).order_by("name", "pk")


def offer_pk(service_id: str) -> int | None:
    """The public offer a service id names, from a map kept until the content changes."""
    ids = cached(
        "opendata:offer_ids",
        lambda: {
            hsds_id("offer", pk): pk for pk in Offer.objects.public().values_list("pk", flat=True)
        },
    )
    return ids.get(parse_uuid(service_id) or "")


def offer_pk_at_location(service_at_location_id: str) -> int | None:
    """The public offer with a place that a service_at_location id names."""

    def build():
        with_place = Offer.objects.public().exclude(place="")
        return {
            hsds_id("service_at_location", pk): pk for pk in with_place.values_list("pk", flat=True)
        }

    return cached("opendata:service_at_location_ids", build).get(
        parse_uuid(service_at_location_id) or ""
    )


def provider_pk(organization_id: str) -> int | None:
    ids = cached(
        "opendata:provider_ids",
        lambda: {
            hsds_id("provider", pk): pk for pk in Provider.objects.values_list("pk", flat=True)
        },
    )
    return ids.get(parse_uuid(organization_id) or "")


# Filters


def filter_services(queryset, params):
    """The services filters of HSDS (search, taxonomy_term_id, taxonomy_id, organization_id,
    modified_after) and the portal's own (kommune, diagnose), combined with AND."""
    for name in ("postcode", "proximity", "minimal"):
        if params.get(name):
            raise BadParameter(name, _("Denne parameteren støttes ikke."))
    if municipality := _municipality(params.get("kommune", "")):
        queryset = queryset.serving(municipality)
    for slug in params.getlist("diagnose"):
        queryset = queryset.for_diagnosis(_diagnosis(slug))
    if value := params.get("taxonomy_term_id"):
        queryset = _with_term(queryset, value)
    if value := params.get("taxonomy_id"):
        queryset = _with_taxonomy(queryset, value)
    if value := params.get("organization_id"):
        pk = provider_pk(value)
        if pk is None:
            raise BadParameter("organization_id", _("Ingen organisasjon har denne id-en."))
        queryset = queryset.filter(provider_id=pk)
    if value := params.get("modified_after"):
        queryset = queryset.filter(updated_at__gte=_moment(value))
    # Best matches first when searching, else by title; the title and pk keep pages stable.
    queryset = queryset.order_by("title", "pk")
    text = search_text(params)
    return queryset.search(text) if text else queryset


def search_text(params) -> str:
    text = (params.get("search") or params.get("q") or "").strip()
    if len(text) > MAX_QUERY_LENGTH:
        raise BadParameter(
            "search", _("Søket kan ha høyst %(count)d tegn.") % {"count": MAX_QUERY_LENGTH}
        )
    return text


def _municipality(value: str):
    value = value.strip()
    if not value:
        return None
    field = "number" if value.isascii() and value.isdigit() else "slug"
    municipality = Municipality.objects.filter(**{field: value[:100]}).first()
    if municipality is None:
        raise BadParameter(
            "kommune",
            _(
                "Ingen kommune har dette kommunenummeret eller denne adressen (for eksempel "
                "«3203» eller «asker»)."
            ),
        )
    return municipality


def _diagnosis(slug: str):
    diagnosis = Diagnosis.objects.filter(slug=slug.strip()[:100]).first()
    if diagnosis is None:
        raise BadParameter("diagnose", _("Ingen diagnose har denne adressen."))
    return diagnosis


def _with_term(queryset, value: str):
    term = terms_by_id().get(parse_uuid(value) or "")
    if term is None:
        raise BadParameter("taxonomy_term_id", _("Ingen kategori har denne id-en."))
    key, obj = term.taxonomy.key, term.obj
    if key == "offer_type":
        return queryset.filter(offer_type_id=obj.pk)
    if key == "diagnosis":
        return queryset.for_diagnosis(obj)
    return queryset.filter(
        overlaps_band("carer", obj.min_age, obj.max_age)
        | overlaps_band("patient", obj.min_age, obj.max_age)
    )


def _with_taxonomy(queryset, value: str):
    taxonomy_id = parse_uuid(value)
    taxonomy = next((t for t in BY_KEY.values() if t.id == taxonomy_id), None)
    if taxonomy is None:
        raise BadParameter("taxonomy_id", _("Ingen kategorisering har denne id-en."))
    if taxonomy.key == "diagnosis":
        tagged = Offer.diagnoses.through.objects.values("offer_id")
        return queryset.filter(Q(diagnosis_independent=True) | Q(pk__in=tagged))
    return queryset  # every offer has a type, and every age overlaps an age group


def _moment(value: str) -> datetime:
    """An ISO 8601 date or date and time; one without a zone is Norwegian time."""
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)):
            moment = datetime.combine(day, time())
    except ValueError:
        moment = None
    if moment is None or not 1900 <= moment.year <= 9999:
        raise BadParameter(
            "modified_after",
            _(
                "Skriv tidspunktet som ISO 8601, for eksempel 2026-01-31 eller "
                "2026-01-31T12:00:00+01:00."
            ),
        )
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def flag(params, name: str) -> bool:
    value = params.get(name, "").strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise BadParameter(name, _("Skriv true eller false."))


# Pages


@dataclass(frozen=True)
class PageRequest:
    number: int
    size: int


def page_request(params) -> PageRequest:
    """`page` from 1, `per_page` from 1 and at most PORTAL_API_MAX_PER_PAGE (more is cut)."""
    if params.get("format", "json") != "json":
        raise BadParameter("format", _("Bare json støttes. Hele datasettet finnes på /data/."))
    number = _positive(params, "page", 1)
    size = min(_positive(params, "per_page", DEFAULT_PER_PAGE), settings.API_MAX_PER_PAGE)
    return PageRequest(number, size)


def _positive(params, name: str, default: int) -> int:
    value = params.get(name, "").strip()
    if not value:
        return default
    # ASCII digits only: "²" is a digit to str.isdigit() but no number to int().
    if not (value.isascii() and value.isdigit()) or len(value) > 9 or int(value) < 1:
        raise BadParameter(name, _("Skriv et helt tall fra og med 1."))
    return int(value)


def paginate(rows, request: PageRequest, record, *, count=None) -> dict:
    """The HSDS page around the records of one page of rows (a queryset or a list)."""
    total = count if count is not None else (len(rows) if isinstance(rows, list) else rows.count())
    pages = max(1, math.ceil(total / request.size))
    start = (request.number - 1) * request.size
    chunk = list(rows[start : start + request.size]) if request.number <= pages else []
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": request.number,
        "size": len(chunk),
        "first_page": request.number == 1,
        "last_page": request.number >= pages,
        "empty": total == 0,
        "contents": [record(row) for row in chunk],
    }
