"""Offer cards for the list, each made once per content version, language and day and then
taken from the cache: carers' questions are seldom the same, but the offers they find are.

A card depends on its offer, the language, today's date (a round's «starter snart»), its
heading level and print mode (CardStyle), the municipality chosen (whether «Gjelder for»
would only repeat it), the list it is on (its link carries the list's query) and the search,
if any (its words are marked, and «Treff i» says where else it matched). The municipality,
the list and the search are filled in when the card is used, so one cached card serves every
list, and one card made for a search serves every search (SearchMarks).

A page whose cards are all cached needs no row of its offers: the ids that come with the
count are enough (portal.pagination.CountingPaginator).
"""

from dataclasses import dataclass

from django.core.cache import caches
from django.template.loader import get_template
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from offers import search as searching
from portal.content import CACHE_TIMEOUT, current_version

CARD_TEMPLATE = "offers/includes/offer_card.html"
# Where the list's query goes in a cached card's link. Offer texts are escaped, so "<" never
# comes from them: the mark is only where the template put it.
LIST_QUERY_MARK = mark_safe("<list-query>")
MATCHED_LINE_MARK = "<matched-line>"
# «Gjelder for», which the card made once drops where it would only repeat the one
# municipality the offer serves and the list shows (its text holds no tag of its own).
COVERAGE_FROM, COVERAGE_TO = ' <span class="offer-card__coverage">', "</span>"


class SearchMarks:
    """The search, while a card is made for every search: the template's search tags
    (offers.templatetags.search_results) leave a mark where the marked texts and the «Treff i»
    line go, and keep what each list needs to fill them in for its own search."""

    def __init__(self):
        self.texts: list[str] = []
        self.searchable: searching.SearchableTexts | None = None

    def __bool__(self) -> bool:
        return True  # the card shows what a search card shows

    def highlighted(self, text) -> SafeString:
        self.texts.append(str(text))
        return mark_safe(f"<marked-{len(self.texts) - 1}>")  # noqa: S308 - a mark of our own

    def matched_line(self, offer) -> SafeString:
        # «Treff i» when the texts this card marks (in the page's language) show no match.
        self.searchable = searching.SearchableTexts.of(offer, shown=tuple(self.texts))
        return mark_safe(MATCHED_LINE_MARK)  # noqa: S308 - a mark of our own


@dataclass(frozen=True)
class CardStyle:
    heading: str = "h3"
    grouped_by_type: bool = False
    selectable: bool = False  # staff's print mode: a checkbox to pick the offer


@dataclass(frozen=True)
class OfferCard:
    """One offer's card as it is shown on a list: its markup, with what a test or a caller may
    want to know of the offer without its row."""

    pk: int
    slug: str
    title: str
    html: SafeString

    def __html__(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


@dataclass(frozen=True)
class _Made:
    """A card as cached: its markup with the list query's mark (and a search card's marks),
    and, when the offer is for one municipality alone, which one that is and its «Gjelder
    for», to cut on that municipality's lists."""

    pk: int
    slug: str
    title: str
    html: str
    only_municipality: int | None = None
    coverage: str = ""  # the «Gjelder for» of html, when only_municipality is set
    marked: tuple[str, ...] = ()  # a search card's texts to mark, in the order of their marks
    searchable: searching.SearchableTexts | None = None  # for its «Treff i» line

    def card(self, municipality, list_query: str, search=None) -> OfferCard:
        html = self.html
        if municipality is not None and municipality.pk == self.only_municipality:
            html = html.replace(self.coverage, "", 1)
        link_query = f"?{escape(list_query)}" if list_query else ""
        html = html.replace(f"?{LIST_QUERY_MARK}", link_query)
        for number, text in enumerate(self.marked):
            html = html.replace(f"<marked-{number}>", searching.highlight(text, search), 1)
        if self.searchable is not None:
            line = searching.matched_line(self.searchable.matched_fields(search))
            html = html.replace(MATCHED_LINE_MARK, line, 1)
        return OfferCard(self.pk, self.slug, self.title, mark_safe(html))  # noqa: S308 - rendered by the template, its texts escaped


@dataclass
class OfferCards:
    """Cards for a page of offer ids, in their order: from the cache where it has them, the
    rest fetched in one go (with what a card shows) and made."""

    offers: object  # () -> offers with what a card shows (OfferQuerySet.with_card_relations)
    style: CardStyle = CardStyle()
    municipality: object = None
    list_query: str = ""
    search: object = None  # a parsed search (offers.search.parse): its words are marked

    def for_ids(self, ids: list[int]) -> list[OfferCard]:
        if not ids:
            return []
        cache = caches["cards"]
        prefix = self._key_prefix()
        keys = {pk: f"{prefix}:{pk}" for pk in ids}
        found = cache.get_many(list(keys.values()))
        made = {pk: found[key] for pk, key in keys.items() if key in found}
        missing = [pk for pk in ids if pk not in made]
        if missing:
            fresh = {offer.pk: self._render(offer) for offer in self._offers(missing)}
            cache.set_many({keys[pk]: entry for pk, entry in fresh.items()}, CACHE_TIMEOUT)
            made.update(fresh)
        return [
            made[pk].card(self.municipality, self.list_query, self.search)
            for pk in ids
            if pk in made
        ]

    def _offers(self, ids):
        offers = self.offers().filter(pk__in=ids).order_by()
        if self.search:
            offers = offers.with_texts()  # «Treff i» reads the description and diagnoses
        by_pk = {offer.pk: offer for offer in offers}
        return [by_pk[pk] for pk in ids if pk in by_pk]

    def _key_prefix(self) -> str:
        """What a card's key says besides its offer: the same for every card of the page."""
        style = self.style
        return ":".join(
            [
                "card",
                current_version().token,
                get_language() or "",
                timezone.localdate().isoformat(),
                style.heading,
                str(int(style.grouped_by_type)),
                str(int(style.selectable)),
                "search" if self.search else "-",  # a search card, for any search
            ]
        )

    def _render(self, offer) -> _Made:
        template = get_template(CARD_TEMPLATE)
        marks = SearchMarks() if self.search else None
        context = {
            "offer": offer,
            "heading": self.style.heading,
            "grouped_by_type": self.style.grouped_by_type,
            "selectable": self.style.selectable,
            "search": marks,
            "list_context": LIST_QUERY_MARK,
            "municipality": None,
        }
        html = template.render(context)
        _counties, municipalities = offer.listed_places
        only = (
            municipalities[0] if municipalities and offer.serves_only(municipalities[0]) else None
        )
        start = html.find(COVERAGE_FROM) if only else -1
        coverage = (
            html[start : html.index(COVERAGE_TO, start) + len(COVERAGE_TO)] if start >= 0 else ""
        )
        return _Made(
            offer.pk,
            offer.slug,
            offer.title,
            html,
            only.pk if coverage else None,
            coverage,
            tuple(marks.texts) if marks else (),
            marks.searchable if marks else None,
        )
