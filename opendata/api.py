"""/api/hsds/: the portal's public offers as Open Referral HSDS 3.0, read-only, no login.

Each view answers JSON in bokmål. Around every one: CORS open for GET, a per-address rate
limit (429 with Retry-After), the public pages' cache and ETag/Last-Modified from the content
version (304 to a client that has it), and a 400 naming the parameter for anything it cannot
read, never a server error.
"""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from opendata import queries, records
from opendata.ids import parse_uuid
from opendata.queries import BadParameter
from opendata.spec import HSDS_PROFILE, HSDS_VERSION, openapi
from opendata.taxonomy import TAXONOMIES, all_terms, taxonomy_record, terms_by_id
from portal.admin_input import nul_parameter
from portal.content import public_page
from portal.methods import allow_methods
from portal.ratelimit import seconds_to_wait

CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
}


def json_response(data, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})


def error(status: int, message: str, parameter: str = "") -> JsonResponse:
    """An error as HSDS APIs write them: the status, a title, and what to change."""
    titles = {400: "Bad Request", 404: "Not Found", 429: "Too Many Requests"}
    body = {"status": status, "error": titles[status], "message": message}
    if parameter:
        body["parameter"] = parameter
    response = json_response(body, status=status)
    add_never_cache_headers(response)
    return response


def api_view(view):
    """What every view of the API shares; see the module's docstring."""
    cached_view = public_page(view)

    @allow_methods("GET", "HEAD", "OPTIONS")
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with translation.override("nb"):
            response = answer(request, *args, **kwargs)
        for header, value in CORS.items():
            response[header] = value
        return response

    def answer(request, *args, **kwargs):
        if request.method == "OPTIONS":  # a browser asking whether it may send If-None-Match
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
            response["Access-Control-Max-Age"] = "86400"
            return response
        if (seconds := seconds_to_wait(request, "hsds-api", settings.API_RATE)) is not None:
            response = error(
                429,
                _("For mange forespørsler fra din adresse. Prøv igjen om %(seconds)d sekunder.")
                % {"seconds": seconds},
            )
            response["Retry-After"] = str(seconds)
            return response
        if (name := nul_parameter(request.GET)) is not None:
            return error(400, _("Parameteren har et tegn som ikke kan brukes."), name)
        try:
            return cached_view(request, *args, **kwargs)
        except BadParameter as bad:
            return error(400, bad.message, bad.parameter)

    return wrapper


def not_found(kind: str) -> JsonResponse:
    return error(404, _("Ingen %(kind)s har denne id-en.") % {"kind": kind})


@api_view
def index(request):
    return json_response(
        {
            "version": HSDS_VERSION,
            "profile": HSDS_PROFILE,
            "openapi_url": settings.PORTAL_BASE_URL + reverse("opendata:openapi"),
        }
    )


@api_view
def openapi_json(request):
    return json_response(openapi())


# Services


@api_view
def service_list(request):
    params = request.GET
    page = queries.page_request(params)
    full = queries.flag(params, "full")
    rows = queries.services_in_full() if full else queries.services_for_list()
    rows = queries.filter_services(rows, params)
    if full:
        terms = all_terms()
        return json_response(
            queries.paginate(rows, page, lambda o: records.service_detail(o, terms))
        )
    return json_response(queries.paginate(rows, page, records.service))


@api_view
def service_detail(request, id):
    pk = queries.offer_pk(id)
    offer = queries.services_in_full().filter(pk=pk).first() if pk else None
    if offer is None:
        return not_found(_("tjeneste"))
    return json_response(records.service_detail(offer, all_terms()))


# Organizations


@api_view
def organization_list(request):
    params = request.GET
    page = queries.page_request(params)
    rows = queries.organizations()
    if text := queries.search_text(params):
        rows = rows.filter(name__icontains=text)
    return json_response(queries.paginate(rows, page, records.organization))


@api_view
def organization_detail(request, id):
    pk = queries.provider_pk(id)
    provider = queries.organizations().filter(pk=pk).first() if pk else None
    if provider is None:
        return not_found(_("organisasjon"))
    offers = queries.services_for_list().filter(provider=provider).order_by("title", "pk")
    return json_response(records.organization_detail(provider, offers))


# Taxonomies and their terms


@api_view
def taxonomy_list(request):
    params = request.GET
    page = queries.page_request(params)
    text = queries.search_text(params).lower()
    rows = [taxonomy_record(t) for t in TAXONOMIES]
    rows = [row for row in rows if text in row["name"].lower()]
    return json_response(queries.paginate(rows, page, lambda row: row))


@api_view
def taxonomy_detail(request, id):
    wanted = parse_uuid(id)
    for taxonomy in TAXONOMIES:
        if taxonomy.id == wanted:
            return json_response(taxonomy_record(taxonomy))
    return not_found(_("kategorisering"))


@api_view
def taxonomy_term_list(request):
    params = request.GET
    page = queries.page_request(params)
    terms = all_terms()
    if value := params.get("taxonomy_id"):
        terms = [term for term in terms if term.taxonomy.id == parse_uuid(value)]
    if params.get("parent_id"):  # our taxonomies are flat: no term has a parent
        terms = []
    if text := queries.search_text(params).lower():
        terms = [t for t in terms if text in t.obj.name.lower() or text in t.obj.slug]
    queries.flag(params, "top_only")  # every term is at the top; only checked
    return json_response(queries.paginate(terms, page, lambda term: term.record()))


@api_view
def taxonomy_term_detail(request, id):
    term = terms_by_id().get(parse_uuid(id) or "")
    if term is None:
        return not_found(_("kategori"))
    return json_response(term.record())


# Services at locations


@api_view
def service_at_location_list(request):
    params = request.GET
    page = queries.page_request(params)
    rows = queries.filter_services(queries.services_for_list().exclude(place=""), params)
    return json_response(
        queries.paginate(rows, page, lambda o: records.service_at_location(o, records.service(o)))
    )


@api_view
def service_at_location_detail(request, id):
    pk = queries.offer_pk_at_location(id)
    offer = queries.services_in_full().filter(pk=pk).first() if pk else None
    if offer is None:
        return not_found(_("tjeneste på et sted"))
    service = records.service_detail(offer, all_terms())
    return json_response(records.service_at_location(offer, service))
