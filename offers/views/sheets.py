"""Printed offer sheets: one offer, a municipality's whole list, or the offers staff picked.

Each sheet is one HTML page with a print stylesheet, and its PDF is WeasyPrint rendering that
same page. The three kinds differ in which offers and which header they show: each has its
template (offers/sheets/<kind>.html) on a shared base.
"""

import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import content_disposition_header
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from municipalities.models import Municipality
from offers.models import ContactPerson, Offer
from offers.sheets import Picks, qr_code_svg, render_pdf

logger = logging.getLogger(__name__)

# A repeat download within this time comes from the browser's cache; after it, a conditional
# GET still costs no PDF rendering while the sheet is unchanged.
CACHE_SECONDS = 300
# A made PDF is kept a day (its key is the page's hash, which holds the date printed), in the
# "sheets" cache that all worker processes share with `manage.py prepare_sheets`.
PDF_CACHE_SECONDS = 24 * 60 * 60


def offer_sheet(request, slug, as_pdf=False):
    offer = get_object_or_404(Offer.objects.public().for_detail(), slug=slug)
    context = {
        "title": offer.title,
        "offers": [offer],
        "back_url": offer.get_absolute_url(),
        "pdf_url": reverse("offers:sheet_pdf", args=[offer.slug]),
    }
    return _sheet_response(
        request, "offers/sheets/offer.html", context, as_pdf=as_pdf, file_label=offer.slug
    )


def municipality_sheet(request, slug, as_pdf=False):
    municipality = get_object_or_404(Municipality.objects.select_related("county"), slug=slug)
    offers = (
        Offer.objects.public()
        .serving(municipality)
        .for_municipality_page()
        .with_contacts_and_partners()
    )
    context = {
        "title": _("Tilbud til pårørende i %(name)s") % {"name": municipality.label},
        "municipality": municipality,
        "way_in": list(ContactPerson.objects.way_in().filter(municipality=municipality)),
        "offers": list(offers),
        "back_url": municipality.get_absolute_url(),
        "pdf_url": reverse("offers:municipality_sheet_pdf", args=[municipality.slug]),
    }
    return _sheet_response(
        request,
        "offers/sheets/municipality.html",
        context,
        as_pdf=as_pdf,
        file_label=municipality.slug,
    )


def selection_sheet(request, as_pdf=False):
    """The offers picked on the offer list, in the order picked (the list's order)."""
    picks = Picks.from_query(request.GET.getlist("tilbud"))
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
        .with_contacts_and_partners()
    }
    offers = [found[slug] for slug in picks.values if slug in found]
    # Unknown, malformed, draft and ended picks alike: a draft's existence is not told.
    skipped = [Truncator(value).chars(40) for value in picks.values if value not in found]
    if not offers:
        return _selection_problem(request, status=404, skipped=skipped)
    # The links repeat only what prints: the paper need not carry the note about the rest.
    query = urlencode([("tilbud", offer.slug) for offer in offers])
    context = {
        "title": _("Utvalgte tilbud til pårørende"),
        "offers": offers,
        "skipped": skipped,
        "back_url": reverse("offers:list"),
        "pdf_url": f"{reverse('offers:selection_sheet_pdf')}?{query}",
    }
    return _sheet_response(
        request, "offers/sheets/selection.html", context, as_pdf=as_pdf, file_label="utvalg"
    )


def _selection_problem(request, *, status, **context):
    """Nothing to print: say why on an ordinary page, for the HTML and the PDF address alike."""
    return render(request, "offers/sheets/selection_problem.html", context, status=status)


def offer_short_link(request, pk):
    """The short address a sheet's QR code and text give: it outlives a changed slug."""
    offer = get_object_or_404(Offer.objects.public(), pk=pk)
    return redirect(offer)


def _sheet_response(request, template_name, context, *, as_pdf, file_label):
    printed_on = timezone.localdate()
    for offer in context["offers"]:
        path = reverse("offers:short_link", args=[offer.pk])
        offer.short_address = (request.get_host(), path.rstrip("/"))  # printed without https://
        offer.qr_code = qr_code_svg(request.build_absolute_uri(path))
    context |= {"printed_on": printed_on, "portal_host": request.get_host()}
    html = render_to_string(template_name, context, request)

    # The page itself is the validator: it changes whenever anything printed on it changes
    # (contacts and providers too, which leave Offer.updated_at alone) and with the date printed.
    # Rendering it costs a few fixed queries; a 304 spares the PDF, which is the slow part.
    kind = "pdf" if as_pdf else "html"
    etag = f'"{kind}-{hashlib.sha256(html.encode()).hexdigest()[:32]}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        if as_pdf:
            # The same page makes the same PDF: the next staff member printing this sheet
            # today gets it at once instead of waiting seconds for WeasyPrint, and so does
            # the first one when `manage.py prepare_sheets` has made it ahead.
            pdf = _kept_pdf(
                f"portal:sheet-pdf:{etag}",
                lambda: render_pdf(html, base_url=request.build_absolute_uri("/")),
            )
            response = HttpResponse(pdf, content_type="application/pdf")
            filename = f"tilbudsark-{file_label}-{printed_on.isoformat()}.pdf"
            response["Content-Disposition"] = content_disposition_header(False, filename)
        else:
            response = HttpResponse(html)
    response["ETag"] = etag
    patch_cache_control(response, max_age=CACHE_SECONDS)
    # The language is chosen by a cookie: a browser that switches language within the five
    # minutes must not reuse the sheet it kept in the language before.
    patch_vary_headers(response, ["Cookie"])
    return response


def _kept_pdf(key, make):
    """The PDF kept under key, or make() kept there. A store that fails (a full disk, a folder
    the server may not write, Redis away) costs the wait, never the sheet."""
    try:
        sheets = caches["sheets"]
        pdf = sheets.get(key)
    except Exception:  # each backend fails with its own errors
        logger.warning("Could not read the sheets cache; making the sheet", exc_info=True)
        return make()  # and not trying to keep it: a store that cannot be read is away
    if pdf is None:
        pdf = make()
        try:
            sheets.set(key, pdf, PDF_CACHE_SECONDS)
        except Exception:
            logger.warning("Could not keep a made sheet in the sheets cache", exc_info=True)
    return pdf
