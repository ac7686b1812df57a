"""Free-text search for carers: Norwegian word forms, synonyms, prefixes, small typos and
municipality names, found and ranked the same on PostgreSQL and SQLite.

- text: words as search reads them (lower case, Snowball stems, stop words, typo distance).
- lexicon: what search knows, read once per content version: the editors' synonyms with their
  word classes (SearchSynonym), the offers' words (SearchWord) and the municipalities' names.
- query: what a carer typed, read into terms (parse), and «Mente du …?» (suggest).
- matching: finding and ranking offers (search); PostgreSQL's tsquery or SQLite's FTS5.
- index: keeping the index current (refresh_search_index, called by offers.signals).
- marking: the matched words marked on the result cards.
"""

from offers.search.index import (
    SEARCHED_FIELDS,
    add_search_words,
    fill_sqlite_index,
    forget_missing_offers,
    forget_offers,
    refresh_search_index,
    search_columns,
)
from offers.search.marking import SearchableTexts, highlight, matched_line
from offers.search.matching import search
from offers.search.query import ParsedSearch, Term, parse, suggest
from offers.search.text import edit_distance

__all__ = [
    "SEARCHED_FIELDS",
    "ParsedSearch",
    "SearchableTexts",
    "Term",
    "add_search_words",
    "edit_distance",
    "fill_sqlite_index",
    "forget_missing_offers",
    "forget_offers",
    "highlight",
    "matched_line",
    "parse",
    "refresh_search_index",
    "search",
    "search_columns",
    "suggest",
]
