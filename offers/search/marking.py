"""Saying why an offer matched: the matched words marked on its card, and where else the
match was when the card shows none of it."""

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from offers.search.query import ParsedSearch
from offers.search.text import MIN_FUZZY, WORD, is_close, stem
from portal.db import fold


def _word_matches(word: str, needle: str) -> bool:
    """Does a word of the text answer a word of the search, the way the database matched it?"""
    if word.startswith(needle) or stem(word) == stem(needle):
        return True
    if len(needle) >= MIN_FUZZY and needle in word:  # the end of a compound word
        return True
    return len(needle) > MIN_FUZZY and is_close(word, needle)


def _needles(parsed: ParsedSearch) -> set[str]:
    return {needle for term in parsed.terms for needle in term.needles}


def _matching_spans(text: str, parsed: ParsedSearch) -> list[tuple[int, int]]:
    needles = _needles(parsed)
    return [
        match.span()
        for match in WORD.finditer(text)
        if any(_word_matches(fold(match.group()), needle) for needle in needles)
    ]


def highlight(text: str, parsed: ParsedSearch | None) -> SafeString:
    """The text, HTML-escaped, with the words that matched the search in <mark>."""
    text = str(text)
    if not parsed:
        return escape(text)
    pieces, end = [], 0
    for start, stop in _matching_spans(text, parsed):
        pieces += [escape(text[end:start]), "<mark>", escape(text[start:stop]), "</mark>"]
        end = stop
    pieces.append(escape(text[end:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above


# Where a match can be that the card does not mark, in the order a carer reads them.
FIELD_LABELS = {
    "offer_type": _("tilbudstype"),
    "diagnoses": _("diagnose"),
    "provider": _("hvem som driver"),
    "place": _("sted"),
    "description": _("beskrivelse"),
}


@dataclass(frozen=True)
class SearchableTexts:
    """What a search may match in an offer, as matched_fields() reads it: the texts its card
    marks, and the other fields' words (each once, folded), so it can be kept with a cached
    card and asked again for every search."""

    shown: tuple[str, ...]  # the title and the summary, as the card shows them
    fields: tuple[tuple[str, frozenset[str]], ...]  # (FIELD_LABELS key, its folded words)

    @classmethod
    def of(cls, offer, shown: tuple[str, ...]) -> "SearchableTexts":
        """shown: the texts the card marks, as it shows them (translated, on a page in
        another language)."""
        texts = {
            "offer_type": offer.offer_type.name,
            "diagnoses": " ".join(d.name for d in offer.diagnoses.all()),
            "provider": offer.provider.name,
            "place": offer.place,
            "description": offer.description,
        }
        return cls(
            shown,
            tuple(
                (name, frozenset(fold(m.group()) for m in WORD.finditer(str(text))))
                for name, text in texts.items()
            ),
        )

    def matched_fields(self, parsed: ParsedSearch | None) -> list[str]:
        """Where the offer matched, when its title and summary show no marked word."""
        if not parsed or any(_matching_spans(t, parsed) for t in self.shown):
            return []
        needles = _needles(parsed)
        return [
            str(FIELD_LABELS[name])
            for name, folded in self.fields
            if any(_word_matches(word, needle) for word in folded for needle in needles)
        ]


def matched_line(fields: list[str]) -> SafeString:
    """The card's «Treff i: beskrivelse» line, or nothing."""
    if not fields:
        return mark_safe("")
    return format_html(
        '<p class="offer-card__matched">{} {}</p>', gettext("Treff i:"), ", ".join(fields)
    )
