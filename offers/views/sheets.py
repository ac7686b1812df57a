"""Printed offer sheets: one offer, a municipality's whole list, or the offers staff picked.

Each view builds the sheet once (offers/sheets.py): its HTML page shows it, with a print
stylesheet, and its PDF is Typst laying out the same data (offers/sheet_pdf.py). The three
kinds differ in which offers and which header they show: each has its HTML template
(offers/sheets/<kind>.html) on a shared base.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import content_disposition_header
from django.utils.text import Truncator

from municipalities.models import Municipality
from offers import sheets
from offers.filters import OfferFilter, came_from, list_query, list_url
from offers.models import ContactPerson, Offer
from offers.sheet_pdf import SheetBusy, SheetTooSlow, is_kept, pdf_key, sheet_pdf
from offers.views.ended import ended_offer_response
from portal.ratelimit import seconds_to_wait, too_many_requests

# A repeat download within this time comes from the browser's cache; after it, a conditional
# GET still costs no PDF while the sheet is unchanged.
CACHE_SECONDS = 300
# The list's filters a selection sheet may be made from (DESIGN.md's /tilbud/ parameters).
FILTERS = list(OfferFilter.base_filters)


def offer_sheet(request, slug, as_pdf=False):
    offer = get_object_or_404(Offer.objects.public().for_detail(), slug=slug)
    printed_on = timezone.localdate()
    sheet = sheets.offer_sheet(offer, sheets.Site.of_request(request), printed_on)
    # Back to the offer page, and from there to the list the carer came from.
    came = list_query(request.GET, page=True)
    return _sheet_response(
        request,
        "offers/sheets/offer.html",
        sheet,
        printed_on=printed_on,
        as_pdf=as_pdf,
        file_label=offer.slug,
        back_url=f"{offer.get_absolute_url()}?{came}" if came else offer.get_absolute_url(),
        html_url=reverse("offers:sheet", args=[offer.slug]),
        pdf_url=reverse("offers:sheet_pdf", args=[offer.slug]),
    )


def municipality_sheet(request, slug, as_pdf=False):
    municipality = get_object_or_404(Municipality.objects.select_related("county"), slug=slug)
    printed_on = timezone.localdate()
    sheet = sheets.municipality_sheet(municipality, sheets.Site.of_request(request), printed_on)
    return _sheet_response(
        request,
        "offers/sheets/municipality.html",
        sheet,
        printed_on=printed_on,
        as_pdf=as_pdf,
        file_label=municipality.slug,
        back_url=municipality.get_absolute_url(),
        html_url=reverse("offers:municipality_sheet", args=[municipality.slug]),
        pdf_url=reverse("offers:municipality_sheet_pdf", args=[municipality.slug]),
    )


def selection_sheet(request, as_pdf=False):
    """The offers picked on the offer list, in the order picked (the list's order); or, with
    the list's filters instead of picks, the offers the filtered list shows."""
    picks = sheets.Picks.from_query(request.GET.getlist("tilbud"))
    if not picks and any(request.GET.get(name) for name in FILTERS):
        return _filtered_selection(request, as_pdf)
    limit = settings.SHEET_MAX_OFFERS
    if not picks:
        return _selection_problem(request, status=200)
    if len(picks) > limit:
        return _selection_problem(request, status=400, picked=len(picks), limit=limit)
    found = {
        offer.slug: offer
        for offer in Offer.objects.public()
        .filter(slug__in=picks.slugs)
        .with_card_relations()
        .with_partners()
    }
    offers = [found[slug] for slug in picks.values if slug in found]
    # Unknown, malformed, draft and ended picks alike: a draft's existence is not told.
    skipped = [Truncator(value).chars(40) for value in picks.values if value not in found]
    if not offers:
        return _selection_problem(request, status=404, skipped=skipped)
    # The links repeat only what prints: the paper need not carry the note about the rest.
    query = [("tilbud", offer.slug) for offer in offers]
    # Picked on a municipality's list (its form says which), or all in one municipality.
    if municipality := _municipality(request.GET.get("kommune")):
        query.append(("kommune", municipality.slug))
    else:
        municipality = sheets.shared_municipality(offers)
    return _selection_response(request, offers, as_pdf, municipality, query, skipped=skipped)


def _filtered_selection(request, as_pdf):
    """ "Skriv ut disse 11 tilbudene" on a filtered list: the offers it shows, in its order."""
    filterset = OfferFilter(
        request.GET,
        queryset=Offer.objects.public().for_list().with_card_relations().with_partners(),
    )
    chosen = filterset.chosen
    if not chosen:  # nothing it understood: nothing was chosen
        return _selection_problem(request, status=200)
    limit = settings.SHEET_MAX_OFFERS
    offers = list(filterset.qs[: limit + 1])
    if len(offers) > limit:
        count = filterset.qs.count()
        return _selection_problem(request, status=400, picked=count, limit=limit)
    if not offers:
        return _selection_problem(request, status=404, none_match=True)
    municipality = chosen.get("kommune")
    labels = [
        label
        for label in filterset.chosen_labels()
        if not municipality or label != municipality.label
    ]
    query = [(name, getattr(value, "slug", value)) for name, value in chosen.items()]
    return _selection_response(request, offers, as_pdf, municipality, query, chosen=labels)


def _selection_response(request, offers, as_pdf, municipality, query, **details):
    way_in = []
    if municipality is not None:
        way_in = list(ContactPerson.objects.way_in().filter(municipality=municipality))
    printed_on = timezone.localdate()
    site = sheets.Site.of_request(request)
    sheet = sheets.selection_sheet(
        offers, site, printed_on, municipality=municipality, way_in=way_in, **details
    )
    return _sheet_response(
        request,
        "offers/sheets/selection.html",
        sheet,
        printed_on=printed_on,
        as_pdf=as_pdf,
        file_label="utvalg",
        # Back to the print mode of the list the offers were picked on (or printed from).
        back_url=list_url(came_from(request.GET) or list_query(request.GET), printing=True),
        html_url=f"{reverse('offers:selection_sheet')}?{urlencode(query)}",
        pdf_url=f"{reverse('offers:selection_sheet_pdf')}?{urlencode(query)}",
    )


def _municipality(slug):
    if not slug or not sheets.SLUG.fullmatch(slug):
        return None
    return Municipality.objects.select_related("county").filter(slug=slug).first()


def _selection_problem(request, *, status, **context):
    """Nothing to print: say why on an ordinary page, for the HTML and the PDF address alike."""
    return render(request, "offers/sheets/selection_problem.html", context, status=status)


def offer_short_link(request, pk):
    """The short address a sheet's QR code and text give: it outlives a changed slug, and
    says so when the offer has ended."""
    offer = get_object_or_404(
        Offer.objects.published().only("slug", "status", "is_published"), pk=pk
    )
    if offer.has_ended:
        return ended_offer_response(request, Offer.objects.with_card_relations().get(pk=pk))
    return redirect(offer)


def _sheet_response(request, template_name, sheet, *, printed_on, as_pdf, file_label, **urls):
    if as_pdf:
        # What is printed is the validator and the key: a query string that changes nothing
        # printed (the language switcher's way back, ?x=1) finds the same PDF.
        key = pdf_key(sheet)
        etag = f'"pdf-{key[:32]}"'
        response = get_conditional_response(request, etag=etag)
        if response is None:
            response = _pdf_response(request, sheet, key, printed_on, file_label, urls)
    else:
        html = render(request, template_name, {"sheet": sheet, **urls}).content
        # The page (with its language switcher) is the HTML's validator; it costs no PDF.
        etag = f'"html-{hashlib.sha256(html).hexdigest()[:32]}"'
        response = get_conditional_response(request, etag=etag) or HttpResponse(html)
    if response.status_code in (200, 304):
        response["ETag"] = etag
        patch_cache_control(response, max_age=CACHE_SECONDS)
    # The language is chosen by a cookie: a browser that switches language within the five
    # minutes must not reuse the sheet it kept in the language before.
    patch_vary_headers(response, ["Cookie"])
    return response


def _pdf_response(request, sheet, key, printed_on, file_label, urls):
    if not is_kept(key):
        rate = settings.SHEET_PDF_RATE
        if (seconds := seconds_to_wait(request, "sheet-pdf", rate)) is not None:
            return too_many_requests(request, seconds)
    try:
        pdf = sheet_pdf(sheet, key, printed_on)
    except (SheetBusy, SheetTooSlow) as problem:
        response = render(
            request,
            "offers/sheets/pdf_problem.html",
            {"too_slow": isinstance(problem, SheetTooSlow), **urls},
            status=503,
        )
        response["Retry-After"] = str(problem.retry_after)
        add_never_cache_headers(response)
        return response
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"tilbudsark-{file_label}-{printed_on.isoformat()}.pdf"
    response["Content-Disposition"] = content_disposition_header(False, filename)
    return response
