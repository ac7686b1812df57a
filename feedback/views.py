"""'Meld fra om feil' on an offer and 'Savner du et tilbud?' for a municipality.

Each is a page of its own (never cached, with a CSRF token): GET shows the form, POST keeps
the report and sends it on (feedback.services), then redirects to the same address with
?sendt=1, the receipt, so reloading it sends nothing twice. A form with an error is shown
again with everything that was written. Spam (the honeypot) gets the same receipt and is kept
nowhere; each address may send REPORT_RATE reports, beyond that the 429 page.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from feedback import services
from feedback.forms import MissingOfferForm, ReportForm
from feedback.models import ReportKind
from municipalities.models import Municipality
from offers.models import Offer
from portal.methods import allow_methods
from portal.ratelimit import rate_limited

SENT = "sendt"


def _page(request, template, context):
    response = render(request, template, context)
    response["X-Robots-Tag"] = "noindex"
    return response


def _language() -> str:
    return (get_language() or "nb").split("-")[0]


@never_cache
@allow_methods("GET", "HEAD", "POST")
@rate_limited("report", lambda: settings.REPORT_RATE)
def report_offer(request, slug):
    offer = get_object_or_404(Offer.objects.public().select_related("owner"), slug=slug)
    if request.method != "POST" and SENT in request.GET:
        return _page(request, "feedback/sent.html", {"offer": offer})
    form = ReportForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        if not form.is_spam:
            services.submit(
                kind=ReportKind.WRONG,
                offer=offer,
                text=form.cleaned_data["tekst"],
                email=form.cleaned_data["epost"],
                language=_language(),
            )
        return HttpResponseRedirect(f"{request.path}?{SENT}=1")
    return _page(request, "feedback/report_offer.html", {"offer": offer, "form": form})


@never_cache
@allow_methods("GET", "HEAD", "POST")
@rate_limited("report", lambda: settings.REPORT_RATE)
def report_missing(request, slug):
    municipality = get_object_or_404(Municipality.objects.select_related("county"), slug=slug)
    if request.method != "POST" and SENT in request.GET:
        return _page(request, "feedback/sent.html", {"municipality": municipality})
    form = MissingOfferForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        if not form.is_spam:
            services.submit(
                kind=ReportKind.MISSING,
                municipality=municipality,
                offer_type=form.cleaned_data["type"],
                text=form.cleaned_data["tekst"],
                email=form.cleaned_data["epost"],
                language=_language(),
            )
        return HttpResponseRedirect(f"{request.path}?{SENT}=1")
    return _page(
        request, "feedback/report_missing.html", {"municipality": municipality, "form": form}
    )
