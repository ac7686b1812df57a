"""Finding and ranking offers, the same on PostgreSQL and SQLite.

The terms (offers.search.query) become a text-search query: PostgreSQL's tsquery on the
stored vector, stemmed by its `norwegian` configuration, or SQLite's FTS5 MATCH on stems made
by the same Snowball stemmer. Either way an offer must have every narrowing term, each as
typed (a prefix too), as a synonym or as a correction; a phrase's words in their order; and a
municipality's name also matches the offers that serve it.

Ranking is by points per term, for the heaviest part of the offer that has it: title 4,
summary 3, type, diagnoses or provider 2, description, place or only serving the named
municipality 1. Equal points keep the list's own order (local, county, national, then title),
so the ranking is the same on both databases and a carer can tell why one comes first.
"""

from functools import reduce
from operator import add

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL

from offers.search.index import SQLITE_INDEX, WEIGHTS
from offers.search.query import ParsedSearch, Term, parse
from offers.search.text import CONFIG, stems
from offers.serving import serving_condition

POINTS = {"title": 4, "summary": 3, "names": 2}  # and 1 anywhere else


def search(queryset, text: str):
    """The offers in queryset that match text, best first."""
    parsed = parse(text)
    if not parsed:
        return queryset
    match = _postgresql_match if connections[queryset.db].vendor == "postgresql" else _fts_match
    ordering = queryset.query.order_by or queryset.model._meta.ordering
    return (
        queryset.filter(_condition(queryset.model, parsed, match))
        .annotate(search_rank=_rank(queryset.model, parsed, match))
        .order_by("-search_rank", *ordering)
    )


def _condition(model, parsed: ParsedSearch, match) -> Q:
    """Every narrowing term; the ones without a place in one query of the index."""
    narrowing = [term for term in parsed.terms if term.narrows]
    text_only = [term for term in narrowing if not term.places]
    condition = match(text_only) if text_only else Q()
    for term in narrowing:
        if term.places:
            condition &= match([term]) | _serving(model, term)
    return condition


def _rank(model, parsed: ParsedSearch, match):
    points = []
    for term in parsed.terms:
        whens = [When(match([term], part), then=Value(n)) for part, n in POINTS.items()]
        if term.narrows:  # it is somewhere, or the offer would not be here
            points.append(Case(*whens, default=Value(1), output_field=IntegerField()))
            continue
        anywhere = match([term]) | _serving(model, term) if term.places else match([term])
        whens.append(When(anywhere, then=Value(1)))
        points.append(Case(*whens, default=Value(0), output_field=IntegerField()))
    return reduce(add, points)


def _serving(model, term: Term) -> Q:
    condition = Q()
    for place in term.places:
        condition |= serving_condition(model, place.municipality_id)
    return condition


# ---- PostgreSQL: the stored tsvector -------------------------------------------------------


def _postgresql_match(terms: list[Term], part: str | None = None) -> Q:
    """Offers with every term; only in that part of their text (weight) when part is given."""
    weight = WEIGHTS[part] if part else ""
    query = " & ".join(
        "("
        + " | ".join(_tsquery_words(words, prefix, weight) for words, prefix in t.matchers)
        + ")"
        for t in terms
    )
    # Terms hold only letters and digits (offers.search.text.words), so the syntax is ours.
    return Q(search_vector=SearchQuery(query, search_type="raw", config=CONFIG))


def _tsquery_words(words, prefix: bool, weight: str) -> str:
    """A word, or a phrase: to_tsquery turns a stop word in it into a gap ('barn' <2> 'pårør')."""
    marks = [("*" if prefix and i == len(words) - 1 else "") + weight for i in range(len(words))]
    return (
        "(" + " <-> ".join(f"{w}:{m}" if m else w for w, m in zip(words, marks, strict=True)) + ")"
    )


# ---- SQLite: the FTS5 table ----------------------------------------------------------------


def _fts_match(terms: list[Term], part: str | None = None) -> Q:
    query = " AND ".join(
        "(" + " OR ".join(_fts_words(words, prefix) for words, prefix in t.matchers) + ")"
        for t in terms
    )
    if part:
        query = f"{{{part}}} : ({query})"
    sql = f"SELECT rowid FROM {SQLITE_INDEX} WHERE {SQLITE_INDEX} MATCH %s"  # noqa: S608
    return Q(pk__in=RawSQL(sql, [query]))  # noqa: S611 - constant SQL; the query is a parameter


def _fts_words(words, prefix: bool) -> str:
    """A quoted phrase of stems (one word, or several in that order, a gap for a stop word),
    as the index keeps them: FTS5 reads nothing in quotes as syntax, and words hold none."""
    return '"' + stems(" ".join(words)) + '"' + ("*" if prefix else "")
