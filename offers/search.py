"""Free-text search for carers: Norwegian word forms, synonyms, prefixes and small typos.

What a carer types is read into terms (parse). Each term is a word as typed plus what the
editors' synonyms add ("alzheimer" -> "demens"); an offer must match every term.

- PostgreSQL: full-text search with the `norwegian` configuration on Offer.search_vector
  (title A, summary B, offer type, diagnoses and provider C, description and place D), each
  typed word also as a prefix ("pårørendeskol"). Small typos and the ends of compound words
  ("demense", "skole" in "pårørendeskole") are corrected first: pg_trgm compares each typed
  word with the words of the offers' titles, types and diagnoses (SearchWord), and the close
  ones join the term. Ranked: best match first, then the list's own order.
- SQLite: substrings of Offer.search_text (lower-cased by Unicode rules, so also æ, ø, å),
  of the typed word, its stem and its synonyms. No typos, no ranking.

The same terms mark the matched words on the result cards (highlight, matched_fields).
"""

import hashlib
import re
import threading
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache

import snowballstemmer
from django.apps import apps
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection, connections
from django.db.models import F, OuterRef, Q, StringAgg, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from portal.content import cached
from portal.db import Fold, fold

CONFIG = "norwegian"
# PostgreSQL's norwegian.stop: words that find nothing on their own ("for", "til", "med").
_STOPWORD_TEXT = """
    og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg
    men ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan
    hans hvor eller hva skal selv sjøl her alle vil bli ble blei blitt kunne inn når være kom
    noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget
    hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni
    mellom vår hver hvem vors hvis både bare enn fordi før mange også slik vært båe begge
    siden dykk dykkar dei deira deires deim di då eg ein eit eitt elles honom hjå ho hoe
    henne hennar hennes hoss hossen ingi inkje korleis korso kva kvar kvarhelst kven kvi
    kvifor me medan mi mine mykje no nokon noka nokor noko nokre sia sidan so somt somme um
    upp vere vore verte vort varte vart"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
MAX_TERMS = 8  # more words than this in one search add nothing but cost
MIN_PREFIX = 3  # shorter words are matched whole ("hf"), not as the start of longer ones
# SQLite looks for a word's stem inside the texts; a shorter stem is found inside unrelated
# words ("demens" stems to "dem", which is in "pårørendemøter"), so it is not looked for.
MIN_STEM = 4
MIN_FUZZY = 4  # shorter words are too short for typo tolerance ("rus" is not "bus")
LONGEST_SYNONYM = 4  # words in the longest phrase a synonym may have
_WORD = re.compile(r"[^\W_]+")


# ---- Reading what the carer typed ------------------------------------------------------

_stemmer = snowballstemmer.stemmer(CONFIG)  # the Snowball stemmer PostgreSQL uses, too
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps state while it works


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    with _stemmer_lock:
        return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Lower-cased words, without punctuation: nothing of it can reach SQL as syntax."""
    return _WORD.findall(fold(text))


@dataclass(frozen=True)
class Term:
    """One thing the carer asked for: the word(s) as typed, and what they also mean."""

    typed: str  # one word, or a phrase that a synonym names ("psykisk syk")
    alternatives: tuple[str, ...] = ()  # the synonyms' terms: words or phrases

    @property
    def is_word(self) -> bool:
        return " " not in self.typed

    @property
    def needles(self) -> list[str]:
        """Every word that counts as a match for this term."""
        found = [self.typed, *self.alternatives]
        return [w for phrase in found for w in phrase.split() if w not in STOPWORDS]


@dataclass(frozen=True)
class ParsedSearch:
    terms: tuple[Term, ...]

    def __bool__(self):
        return bool(self.terms)


def synonym_map() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Synonyms by the stems of their words, so 'alzheimers' finds the one for 'alzheimer'."""

    def build():
        synonym_model = apps.get_model("offers", "SearchSynonym")
        found = {}
        for synonym in synonym_model.objects.all():
            key = tuple(stem(w) for w in synonym.words.split())
            found[key] = tuple(dict.fromkeys([*found.get(key, ()), *synonym.term_list]))
        return found

    return cached("search-synonyms", build)


def parse(text: str) -> ParsedSearch:
    """What the carer typed, read into terms; cached, as it may ask the database."""
    key = hashlib.sha256(fold(text).encode()).hexdigest()[:32]
    return cached(f"search:{key}", lambda: _parse(text))


def _parse(text: str) -> ParsedSearch:
    typed = words(text)
    synonyms = synonym_map() if typed else {}
    terms, position = [], 0
    while position < len(typed) and len(terms) < MAX_TERMS:
        for size in range(min(LONGEST_SYNONYM, len(typed) - position), 0, -1):
            phrase = typed[position : position + size]
            alternatives = synonyms.get(tuple(stem(w) for w in phrase))
            if alternatives:
                terms.append(Term(" ".join(phrase), alternatives))
                position += size
                break
        else:
            word = typed[position]
            if word not in STOPWORDS:
                terms.append(Term(word, _misspelt_synonym(word, synonyms)))
            position += 1
    corrections = _close_words([t.typed for t in terms if t.is_word])
    terms = [
        Term(t.typed, tuple(dict.fromkeys([*t.alternatives, *corrections.get(t.typed, ())])))
        for t in terms
    ]
    return ParsedSearch(tuple(terms))


def _close_words(typed: list[str]) -> dict[str, list[str]]:
    """Words of the offers close to each typed word (PostgreSQL only): small typos, and
    compound words the typed word ends ("skole": "pårørendeskole"). One query for all.

    pg_trgm's index finds the candidates; edit distance decides, as trigram scores cannot
    tell "avlasning" (a typo of "avlastning") from "pårørendeskol" (not "pårørende").
    """
    typed = [word for word in dict.fromkeys(typed) if len(word) >= MIN_FUZZY]
    if not typed or connection.vendor != "postgresql":
        return {}
    search_word = apps.get_model("offers", "SearchWord")
    queries = [
        search_word.objects.filter(
            Q(word__trigram_similar=word) | Q(word__trigram_word_similar=word)
        )
        .exclude(word=word)
        .annotate(typed=Value(word))
        .values_list("typed", "word")
        for word in typed
    ]
    found: dict[str, list[str]] = {}
    for word, candidate in queries[0].union(*queries[1:], all=True):
        if is_close(candidate, word) or (len(word) > MIN_FUZZY and candidate.endswith(word)):
            found.setdefault(word, []).append(candidate)
    return found


def is_close(word: str, typed: str) -> bool:
    """A small typo: one edit in a short word, two in a longer one."""
    allowed = 1 if len(typed) <= 6 else 2
    return abs(len(word) - len(typed)) <= allowed and edit_distance(word, typed) <= allowed


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: letters added, removed or changed to turn a into b."""
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other))
            )
        previous = current
    return previous[-1]


def _misspelt_synonym(word: str, synonyms) -> tuple[str, ...]:
    """The terms of a one-word synonym the word is a small typo of ("alzeimer")."""
    if len(word) < MIN_FUZZY + 1:
        return ()
    stemmed = stem(word)
    candidates = [key[0] for key in synonyms if len(key) == 1]
    close = get_close_matches(stemmed, candidates, n=1, cutoff=0.8)
    return synonyms[(close[0],)] if close else ()


# ---- Finding offers --------------------------------------------------------------------


def search(queryset, text: str):
    """The offers in queryset that match text, best first where the database can rank."""
    parsed = parse(text)
    if not parsed:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        return _full_text(queryset, parsed)
    return _substrings(queryset, parsed)


def _full_text(queryset, parsed: ParsedSearch):
    condition, any_term = Q(), None
    for term in parsed.terms:
        query = _term_query(term)
        condition &= Q(search_vector=query)
        any_term = query if any_term is None else any_term | query
    rank = SearchRank(F("search_vector"), any_term)  # F: the stored vector, not a new one
    ordering = queryset.query.order_by or queryset.model._meta.ordering
    return queryset.filter(condition).annotate(search_rank=rank).order_by("-search_rank", *ordering)


def _term_query(term: Term) -> SearchQuery:
    if term.is_word and len(term.typed) >= MIN_PREFIX:
        # words() leaves only letters and digits, so the raw syntax is ours alone.
        query = SearchQuery(f"{term.typed}:*", search_type="raw", config=CONFIG)
    else:
        query = SearchQuery(term.typed, config=CONFIG)
    for alternative in term.alternatives:
        query |= SearchQuery(alternative, config=CONFIG)
    return query


def _substrings(queryset, parsed: ParsedSearch):
    condition = Q()
    for term in parsed.terms:
        needles = {term.typed, *term.alternatives}
        if term.is_word and len(stem(term.typed)) >= MIN_STEM:
            needles.add(stem(term.typed))
        matches = Q()
        for needle in needles:
            matches |= Q(search_text__contains=needle)
        condition &= matches
    return queryset.filter(condition)


# ---- Keeping the search columns current ------------------------------------------------


def refresh_search_index(offers=None):
    """Recompute the search columns of these offers (all when None) in one UPDATE.

    Called on every change to an offer, its diagnoses, or the names of its type, diagnoses
    and provider (offers.signals), and by commands that write offers in bulk.
    """
    offer_model = apps.get_model("offers", "Offer")
    if offers is None:
        offers = offer_model._default_manager.all()
    offers.update(**search_columns(offer_model, connections[offers.db].vendor))
    add_search_words(offers, apps.get_model("offers", "SearchWord"))


def add_search_words(offers, search_word_model):
    """Add the words of these offers' names to the vocabulary typos are corrected against.

    Words are never removed: an old word can only suggest a term that finds nothing.
    """
    found = set()
    for names in offers.values_list("search_names", flat=True).iterator():
        found.update(word for word in _WORD.findall(names) if MIN_FUZZY <= len(word) <= 100)
    search_word_model.objects.bulk_create(
        [search_word_model(word=word) for word in sorted(found)],
        ignore_conflicts=True,
        batch_size=1000,
    )


# The offer's own fields the search columns are made of (with its diagnoses, a relation).
SEARCHED_FIELDS = ("title", "summary", "description", "place", "offer_type", "provider")


def search_columns(offer_model, vendor: str) -> dict:
    """The UPDATE's expressions; also used by the migration with its historical model."""
    fields = offer_model._meta
    type_model = fields.get_field("offer_type").related_model
    provider_model = fields.get_field("provider").related_model
    diagnosis_model = fields.get_field("diagnoses").related_model

    def names():
        return Concat("name", Value(" "), "name_nn", Value(" "), "name_en")

    type_names = Subquery(
        type_model.objects.filter(pk=OuterRef("offer_type_id")).values(names=names())[:1]
    )
    provider_name = Subquery(
        provider_model.objects.filter(pk=OuterRef("provider_id")).values("name")[:1]
    )
    diagnosis_names = Subquery(
        diagnosis_model.objects.filter(offers=OuterRef("pk"))
        .values("offers")
        .annotate(names=StringAgg(names(), Value(" ")))
        .values("names")[:1]
    )
    type_names, diagnosis_names, provider_name = (
        Coalesce(part, Value(""), output_field=TextField())
        for part in (type_names, diagnosis_names, provider_name)
    )
    texts = ["title", "summary", type_names, diagnosis_names, provider_name, "place", "description"]
    columns = {
        "search_text": Fold(Concat(*_spaced(texts), output_field=TextField())),
        "search_names": Fold(
            Concat(*_spaced(["title", type_names, diagnosis_names]), output_field=TextField())
        ),
    }
    if vendor == "postgresql":
        columns["search_vector"] = (
            SearchVector("title", config=CONFIG, weight="A")
            + SearchVector("summary", config=CONFIG, weight="B")
            + SearchVector(type_names, diagnosis_names, provider_name, config=CONFIG, weight="C")
            + SearchVector("description", "place", config=CONFIG, weight="D")
        )
    return columns


def _spaced(parts):
    for index, part in enumerate(parts):
        if index:
            yield Value(" ")
        yield part


# ---- Saying why an offer matched -------------------------------------------------------


def _word_matches(word: str, needle: str) -> bool:
    """Does a word of the text answer a word of the search, the way the database matched it?"""
    if word.startswith(needle) or stem(word) == stem(needle):
        return True
    if len(needle) >= MIN_FUZZY and needle in word:  # the end of a compound word
        return True
    return len(needle) > MIN_FUZZY and is_close(word, needle)


def _matching_spans(text: str, parsed: ParsedSearch) -> list[tuple[int, int]]:
    needles = {needle for term in parsed.terms for needle in term.needles}
    return [
        match.span()
        for match in _WORD.finditer(text)
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


def matched_fields(offer, parsed: ParsedSearch | None) -> list[str]:
    """Where the offer matched, when its title and summary show no marked word."""
    if not parsed or any(_matching_spans(t, parsed) for t in (offer.title, offer.summary)):
        return []
    texts = {
        "offer_type": offer.offer_type.name,
        "diagnoses": " ".join(d.name for d in offer.diagnoses.all()),
        "provider": offer.provider.name,
        "place": offer.place,
        "description": offer.description,
    }
    return [
        str(FIELD_LABELS[name]) for name, text in texts.items() if _matching_spans(text, parsed)
    ]
