"""Keeping the search index current: the parts of an offer's text, weighed title > summary >
type, diagnoses and provider > description and place, in PostgreSQL's stored vector
(Offer.search_vector, weights A to D) or in SQLite's FTS5 table (a column per part); and the
vocabulary typos are corrected against (SearchWord, from Offer.search_names)."""

from django.apps import apps
from django.contrib.postgres.search import SearchVector
from django.db import connections
from django.db.models import F, OuterRef, StringAgg, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat

from offers.search.text import CONFIG, MIN_FUZZY, WORD, stems
from portal.db import Fold

# The parts of an offer's text, heaviest first: PostgreSQL weighs them A, B, C and D, and
# they are the columns of SQLite's index.
PARTS = ("title", "summary", "names", "body")
WEIGHTS = dict(zip(PARTS, "ABCD", strict=True))
SQLITE_INDEX = "offers_search_index"  # made by migration offers/0004, on SQLite only
_DELETE_BATCH = 500  # ids per DELETE, under SQLite's limit of parameters

# The offer's own fields the search index is made of (with its diagnoses, a relation).
SEARCHED_FIELDS = ("title", "summary", "description", "place", "offer_type", "provider")


def refresh_search_index(offers=None):
    """Recompute the search index of these offers (all when None).

    Called on every change to an offer, its diagnoses, or the names of its type, diagnoses
    and provider (offers.signals), after a restore, and by commands that write offers in bulk.
    """
    offer_model = apps.get_model("offers", "Offer")
    everything = offers is None
    if everything:
        offers = offer_model._default_manager.all()
    vendor = connections[offers.db].vendor
    offers.update(**search_columns(offer_model, vendor))
    if vendor == "sqlite":
        fill_sqlite_index(offers, everything=everything)
    add_search_words(offers, apps.get_model("offers", "SearchWord"))


def search_parts(offer_model) -> dict:
    """Each part of an offer's searchable text, as an SQL expression (by PARTS)."""
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
    return {
        "title": F("title"),
        "summary": F("summary"),
        "names": _joined([type_names, diagnosis_names, provider_name]),
        "body": _joined(["description", "place"]),
        # Not searched as such: the words typos are corrected against (SearchWord).
        "vocabulary": _joined(["title", type_names, diagnosis_names]),
    }


def search_columns(offer_model, vendor: str) -> dict:
    """The UPDATE's expressions; also used by migrations with their historical model."""
    parts = search_parts(offer_model)
    columns = {"search_names": Fold(parts["vocabulary"])}
    if vendor == "postgresql":
        vectors = [SearchVector(parts[part], config=CONFIG, weight=WEIGHTS[part]) for part in PARTS]
        columns["search_vector"] = vectors[0] + vectors[1] + vectors[2] + vectors[3]
    return columns


def fill_sqlite_index(offers, *, everything: bool = False):
    """Write these offers' stemmed parts to SQLite's FTS5 table (all of it when everything)."""
    parts = search_parts(offers.model)
    rows = [
        (pk, *(stems(text or "") for text in texts))
        for pk, *texts in offers.values_list("pk", *(parts[part] for part in PARTS)).iterator()
    ]
    connection = connections[offers.db]
    with connection.cursor() as cursor:
        if everything:
            cursor.execute(f"DELETE FROM {SQLITE_INDEX}")  # noqa: S608 - a constant name
        else:
            forget_offers([row[0] for row in rows], using=offers.db)
        columns = ", ".join(PARTS)
        cursor.executemany(
            f"INSERT INTO {SQLITE_INDEX} (rowid, {columns}) VALUES (%s, %s, %s, %s, %s)",  # noqa: S608
            rows,
        )


def forget_offers(ids, using: str):
    """Take deleted offers out of SQLite's FTS5 table (PostgreSQL's vector goes with the row)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    ids = list(ids)
    with connection.cursor() as cursor:
        for start in range(0, len(ids), _DELETE_BATCH):
            batch = ids[start : start + _DELETE_BATCH]
            marks = ", ".join(["%s"] * len(batch))
            cursor.execute(f"DELETE FROM {SQLITE_INDEX} WHERE rowid IN ({marks})", batch)  # noqa: S608


def forget_missing_offers(using: str = "default", **kwargs):
    """Take rows of offers that are gone out of SQLite's FTS5 table. Deleting an offer does
    that itself, but `flush` (the tests' teardown) empties only the models' tables; it then
    sends post_migrate, which calls this."""
    connection = connections[using]
    if connection.vendor != "sqlite" or SQLITE_INDEX not in connection.introspection.table_names():
        return
    offer_table = apps.get_model("offers", "Offer")._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {SQLITE_INDEX} WHERE rowid NOT IN (SELECT id FROM {offer_table})"  # noqa: S608
        )


def add_search_words(offers, search_word_model):
    """Add the words of these offers' names to the vocabulary typos are corrected against.

    Words are never removed: an old word can only suggest a term that finds nothing.
    """
    found = set()
    for names in offers.values_list("search_names", flat=True).iterator():
        found.update(word for word in WORD.findall(names) if MIN_FUZZY <= len(word) <= 100)
    search_word_model.objects.bulk_create(
        [search_word_model(word=word) for word in sorted(found)],
        ignore_conflicts=True,
        batch_size=1000,
    )


def _joined(parts):
    pieces = []
    for index, part in enumerate(parts):
        if index:
            pieces.append(Value(" "))
        pieces.append(part)
    return Concat(*pieces, output_field=TextField())
