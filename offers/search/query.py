"""What a carer typed, read into terms: each a word (or a phrase that a synonym or a
municipality names) with what else it may mean. An offer must match every term that narrows."""

from dataclasses import dataclass
from functools import lru_cache

from offers.search.lexicon import LONGEST_PHRASE, Place, Synonym, lexicon
from offers.search.text import MIN_PREFIX, STOPWORDS, trimmed, words
from portal.content import current_version

MAX_TERMS = 8  # more words than this in one search add nothing but cost


@dataclass(frozen=True)
class Term:
    """One thing the carer asked for: the word(s) as typed, and what they also mean."""

    typed: str  # one word, or a phrase that a synonym or a place names ("psykisk syk")
    alternatives: tuple[str, ...] = ()  # synonyms' terms and corrections: words or phrases
    narrows: bool = True  # False for family words ("far"): they rank, and never filter
    places: tuple[Place, ...] = ()  # the municipalities the typed words name ("asker")

    @property
    def is_word(self) -> bool:
        return " " not in self.typed

    @property
    def needles(self) -> list[str]:
        """Every word that counts as a match for this term."""
        found = [self.typed, *self.alternatives]
        return [w for phrase in found for w in phrase.split() if w not in STOPWORDS]

    @property
    def matchers(self) -> list[tuple[tuple[str, ...], bool]]:
        """The ways an offer's text answers the term: a word or a phrase (its words in that
        order, a stop word where it has one), and whether the last word may be the start of
        a longer one ("pårørendeskol")."""
        prefix = self.narrows and self.is_word and len(self.typed) >= MIN_PREFIX
        found = [(self.typed, prefix)] + [(alternative, False) for alternative in self.alternatives]
        phrases = [(trimmed(text), is_prefix) for text, is_prefix in found]
        return list(dict.fromkeys(phrase for phrase in phrases if phrase[0]))


@dataclass(frozen=True)
class ParsedSearch:
    terms: tuple[Term, ...]

    def __bool__(self):
        return bool(self.terms)


def parse(text: str) -> ParsedSearch:
    """What the carer typed, read into terms; remembered for the current content version."""
    return _parse(current_version().token, " ".join(words(text)))


@lru_cache(maxsize=1024)  # a bounded memory: any text may be typed
def _parse(version: str, text: str) -> ParsedSearch:
    known = lexicon()
    terms = [term for term, _typed in _read(text.split(), known)]
    terms = [
        Term(t.typed, _others(t, known.corrections(t.typed)), t.narrows, t.places)
        if t.is_word and t.narrows
        else t
        for t in terms
    ]
    if terms and not any(t.narrows for t in terms):  # only family words: they are the search
        terms = [Term(t.typed, t.alternatives, True, t.places) for t in terms]
    return ParsedSearch(tuple(dict.fromkeys(terms)))


def _others(term: Term, corrections: list[str]) -> tuple[str, ...]:
    """The term's alternatives and corrections, each once, without the typed word itself."""
    return tuple(a for a in dict.fromkeys([*term.alternatives, *corrections]) if a != term.typed)


def _read(typed: list[str], known):
    """(Term, the typed words it was read from), longest synonym or place name first."""
    position, count = 0, 0
    while position < len(typed) and count < MAX_TERMS:
        for size in range(min(LONGEST_PHRASE, len(typed) - position), 0, -1):
            phrase = typed[position : position + size]
            synonym, places = known.synonym(phrase), known.place(phrase)
            if synonym or places:
                yield _term(" ".join(phrase), synonym, places), phrase
                position, count = position + size, count + 1
                break
        else:
            word = typed[position]
            position += 1
            if word not in STOPWORDS:
                yield _term(word, known.misspelt_synonym(word), ()), [word]
                count += 1


def _term(typed: str, synonym: Synonym | None, places: tuple[Place, ...]) -> Term:
    if synonym is None:
        return Term(typed, places=places)
    return Term(typed, synonym.terms, synonym.narrows, places)


def suggest(text: str) -> str | None:
    """The search with each unknown word replaced by the closest known one ("demnes" ->
    "demens"), for «Mente du …?»; None when there is nothing to suggest."""
    known = lexicon()
    suggested, changed = [], False
    for term, phrase in _read(words(text), known):
        better = None
        if term.is_word and term.narrows and not term.alternatives and not term.places:
            better = known.suggestion(term.typed)
        suggested.append(better or " ".join(phrase))
        changed = changed or better is not None
    return " ".join(suggested) if changed else None
