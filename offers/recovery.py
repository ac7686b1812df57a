"""A way forward when the offer list finds little: «Mente du …?» with a search that finds
more; and when it finds nothing, fewer choices (one dropped at a time, with how many offers
each finds), the municipality's way in, and the national helplines (the templates in
templates/offers/includes/search_recovery.html).

It runs only on a page with few or no offers, and that page is cached like any other."""

from dataclasses import dataclass

from django.http import QueryDict
from django.urls import reverse

from municipalities.models import Municipality
from offers.filters import MAX_QUERY_LENGTH, OfferFilter
from offers.models import ContactPerson, Offer
from offers.search import parse, suggest

FEW_OFFERS = 3  # fewer than this, and a better spelt search is worth offering
MOST_WORDS_TO_DROP = 3  # a search of more words gets links without each of its first three


@dataclass(frozen=True)
class Widening:
    """A link to the same list with one choice dropped."""

    label: str  # the choice dropped ("Asker"), or the search words kept ("demens avlastning")
    url: str
    count: int
    keeps_words: bool = False  # the link keeps a search of fewer words


def recovery(filterset: OfferFilter, count: int) -> dict:
    """The page's context for finding little: suggestion, widening, way_in_municipality and
    way_in (that municipality's public way-in contacts)."""
    chosen = filterset.chosen
    params = QueryDict(mutable=True)
    params.update(filterset.data or {})
    params.pop("side", None)
    context = {"suggestion": None, "widening": [], "way_in_municipality": None, "way_in": []}
    if "q" in chosen and count < FEW_OFFERS:
        context["suggestion"] = _suggestion(params, filterset, count)
    if count:
        return context
    context["widening"] = _widening(params, filterset)
    municipality = chosen.get("kommune") or _named_municipality(chosen.get("q", ""))
    if municipality:
        context["way_in_municipality"] = municipality
        context["way_in"] = ContactPerson.objects.way_in().filter(municipality=municipality)
    return context


def _suggestion(params, filterset: OfferFilter, count: int) -> Widening | None:
    better = suggest(filterset.chosen["q"])
    if not better or len(better) > MAX_QUERY_LENGTH:  # a search the list would not take
        return None
    link = _link(params, filterset, better, q=better)
    return link if link.count > count else None


def _widening(params, filterset: OfferFilter) -> list[Widening]:
    links = []
    for name, value in filterset.chosen.items():
        if name != "sorter":  # an order, not a choice that finds less
            links.append(_link(params, filterset, filterset.label(name, value), **{name: None}))
    terms = parse(filterset.chosen.get("q", "")).terms
    if sum(term.narrows for term in terms) > 1:
        for dropped in terms[:MOST_WORDS_TO_DROP]:
            if dropped.narrows:
                kept = " ".join(term.typed for term in terms if term is not dropped)
                links.append(_link(params, filterset, kept, keeps_words=True, q=kept))
    return [link for link in links if link.count]


def _link(params, filterset, label: str, *, keeps_words: bool = False, **changes) -> Widening:
    """The list with these parameters changed (None drops one), and how many it finds."""
    changed = params.copy()
    for name, value in changes.items():
        if value is None:
            changed.pop(name, None)
        else:
            changed[name] = value
    count = _count(filterset, changes)
    query = changed.urlencode()
    url = reverse("offers:list") + (f"?{query}" if query else "")
    return Widening(label, url, count, keeps_words)


def _count(filterset: OfferFilter, changes: dict) -> int:
    """How many offers the list finds with these choices changed (None drops one), from the
    values the filterset already understood: no form is read again. A changed value is a
    search's words, which need no reading."""
    values = {**filterset.chosen, **changes}
    values.pop("sorter", None)  # an order counts nothing
    return filterset.filtered(Offer.objects.public(), values).count()


def _named_municipality(text: str) -> Municipality | None:
    """The one municipality the search names ("asker demens"), if it names exactly one."""
    places = {place for term in parse(text).terms for place in term.places}
    if len(places) != 1:
        return None
    return Municipality.objects.filter(pk=places.pop().municipality_id).first()
