"""'Gi meg beskjed når neste kurs starter': the sign-up, its confirmation and the way out.

The sign-up form sits on the offer's page, which is cached for everyone alike and so carries
no CSRF token: its POST is exempt. A forged sign-up can do no more than send one confirmation
mail, which changes nothing until its link is used, and both the addresses sending and the
e-mail addresses receiving are rate-limited. Confirming and leaving are a button on a page of
their own (POST, with a CSRF token), so a mail scanner that follows links changes nothing.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from offers import subscriptions
from offers.forms import SubscriptionForm
from offers.models import Offer
from portal.methods import allow_methods
from portal.ratelimit import rate_limited, seconds_to_wait, too_many_requests


def _offer_taking_subscriptions(slug):
    """A public offer that runs in rounds (its type does, or it has had a round), or 404."""
    offers = Offer.objects.public().select_related("offer_type").with_has_rounds()
    offer = get_object_or_404(offers, slug=slug)
    if not offer.runs_in_rounds:
        raise Http404
    return offer


def _private(response):
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt
@never_cache
@allow_methods("GET", "HEAD", "POST")
@rate_limited("subscribe", lambda: settings.SUBSCRIBE_RATE)
def subscribe(request, slug):
    offer = _offer_taking_subscriptions(slug)
    form = SubscriptionForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        if not form.is_spam:
            email = form.cleaned_data["epost"].strip().lower()
            seconds = seconds_to_wait(
                request,
                "subscribe-email",
                settings.SUBSCRIBE_RATE_PER_EMAIL,
                key=lambda group, request: email,
            )
            if seconds is not None:
                return too_many_requests(request, seconds)
            subscriptions.subscribe(offer, email, get_language())
        return _private(render(request, "offers/subscriptions/sent.html", {"offer": offer}))
    return _private(
        render(request, "offers/subscriptions/subscribe.html", {"offer": offer, "form": form})
    )


def _signed_link_page(request, token, purpose, act, template):
    """GET: what the button will do. POST: do it. A link that is forged, expired or used up
    says so: for leaving, that the address is gone already (200); else 404."""
    subscription = subscriptions.find(token, purpose)
    if subscription is None:
        gone = purpose == subscriptions.UNSUBSCRIBE
        return _private(
            render(
                request,
                "offers/subscriptions/link_not_valid.html",
                {"gone": gone},
                status=200 if gone else 404,
            )
        )
    done = request.method == "POST"
    if done:
        act(subscription)
    context = {"subscription": subscription, "offer": subscription.offer, "done": done}
    return _private(render(request, template, context))


@never_cache
@allow_methods("GET", "HEAD", "POST")
def confirm(request, token):
    return _signed_link_page(
        request,
        token,
        subscriptions.CONFIRM,
        subscriptions.confirm,
        "offers/subscriptions/confirm.html",
    )


@never_cache
@allow_methods("GET", "HEAD", "POST")
def unsubscribe(request, token):
    return _signed_link_page(
        request,
        token,
        subscriptions.UNSUBSCRIBE,
        subscriptions.unsubscribe,
        "offers/subscriptions/unsubscribe.html",
    )
