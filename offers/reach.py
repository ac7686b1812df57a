"""Keeping OfferReach current: which municipalities each offer serves, and how.

An offer serves the municipalities it names (own when it names one, shared when several), every
municipality of the counties it names, or all of them when nationwide; a municipality it
serves in several ways gets the most local one. The rows are rebuilt for an offer when it is
saved or its municipalities or counties change, for a municipality when it is saved (it may
have moved county, or be new), and all of them after a restore; deletions cascade. Code that
writes offers or their links with `bulk_create()` or `QuerySet.update()` calls
refresh_reach() itself, as it calls refresh_search_index().
"""

from django.apps import apps
from django.db import connections, transaction
from django.db.models.signals import m2m_changed, post_save

from offers.models import Offer, OfferReach, Reach
from portal.signals import data_restored

_BATCH = 500  # ids per statement, well under SQLite's limit of parameters


def refresh_reach(offer_ids=None, municipality_ids=None, using="default"):
    """Rebuild the rows of these offers, or of these municipalities; all rows when neither."""
    models = (Offer, OfferReach, apps.get_model("municipalities", "Municipality"))
    with transaction.atomic(using=using):
        if offer_ids is None and municipality_ids is None:
            rebuild(*models, using=using)
            return
        for column, ids in (("offer_id", offer_ids), ("municipality_id", municipality_ids)):
            ids = sorted(set(ids or ()))
            for start in range(0, len(ids), _BATCH):
                rebuild(*models, only=(column, ids[start : start + _BATCH]), using=using)


# The statements of a rebuild, each with the columns that keep it to some offers or some
# municipalities. Names are the models' tables, quoted by the backend; ids are parameters.
_STATEMENTS = [
    ("DELETE FROM {reach} WHERE {only}", "offer_id", "municipality_id"),
    # Named municipalities: own when the offer names only this one, else shared.
    (
        "INSERT INTO {reach} (offer_id, municipality_id, how) "
        "SELECT l.offer_id, l.municipality_id, CASE WHEN (SELECT COUNT(*) FROM {listed} n "
        "WHERE n.offer_id = l.offer_id) = 1 THEN {own} ELSE {shared} END "
        "FROM {listed} l WHERE {only}",
        "l.offer_id",
        "l.municipality_id",
    ),
    # Each municipality of a named county, unless named itself.
    (
        "INSERT INTO {reach} (offer_id, municipality_id, how) "
        "SELECT DISTINCT c.offer_id, m.id, {county} "
        "FROM {counties} c JOIN {municipality} m ON m.county_id = c.county_id "
        "WHERE {only} AND NOT EXISTS (SELECT 1 FROM {reach} r "
        "WHERE r.offer_id = c.offer_id AND r.municipality_id = m.id)",
        "c.offer_id",
        "m.id",
    ),
    # Every municipality for a nationwide offer, unless it serves it more locally.
    (
        "INSERT INTO {reach} (offer_id, municipality_id, how) "
        "SELECT o.id, m.id, {national} FROM {offer} o CROSS JOIN {municipality} m "
        "WHERE o.nationwide AND {only} AND NOT EXISTS (SELECT 1 FROM {reach} r "
        "WHERE r.offer_id = o.id AND r.municipality_id = m.id)",
        "o.id",
        "m.id",
    ),
]


def rebuild(offer_model, reach_model, municipality_model, only=None, using="default"):
    """Replace the rows (those whose `only[0]` column, "offer_id" or "municipality_id", is in
    `only[1]`) with what the offers' municipalities, counties and nationwide flag say: four
    statements whatever the count.

    Takes the models as arguments so that a migration can pass its historical ones."""
    connection = connections[using]
    quote = connection.ops.quote_name
    fields = offer_model._meta
    names = {
        "reach": quote(reach_model._meta.db_table),
        "offer": quote(fields.db_table),
        "listed": quote(fields.get_field("municipalities").remote_field.through._meta.db_table),
        "counties": quote(fields.get_field("counties").remote_field.through._meta.db_table),
        "municipality": quote(municipality_model._meta.db_table),
        **{kind.name.lower(): kind.value for kind in Reach},
    }
    column, ids = only or (None, [])
    with connection.cursor() as cursor:
        for template, offer_column, municipality_column in _STATEMENTS:
            condition = "1 = 1"
            if column is not None:
                chosen = offer_column if column == "offer_id" else municipality_column
                condition = f"{chosen} IN ({', '.join(['%s'] * len(ids))})"
            cursor.execute(template.format(only=condition, **names), list(ids))


# ---- Signals ---------------------------------------------------------------------------------


def offer_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "nationwide" not in update_fields):
        return  # a fixture's links follow (m2m_changed); confirming changes no reach
    refresh_reach(offer_ids=[instance.pk])


def links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """An offer's municipalities or counties changed (from either side of the relation)."""
    if action == "pre_clear" and reverse:  # municipality.offers.clear(): remember whose
        instance._reach_offers = list(
            sender.objects.filter(**{_other_column(sender, instance): instance.pk}).values_list(
                "offer_id", flat=True
            )
        )
        return
    if not action.startswith("post_"):
        return
    if not reverse:
        refresh_reach(offer_ids=[instance.pk])
    elif action == "post_clear":
        refresh_reach(offer_ids=getattr(instance, "_reach_offers", []))
    else:
        refresh_reach(offer_ids=pk_set)


def _other_column(through, instance) -> str:
    """The through table's column that points at instance (a municipality or a county)."""
    for field in through._meta.get_fields():
        if getattr(field, "related_model", None) is type(instance):
            return field.attname
    raise LookupError(through)


def municipality_saved(sender, instance, created=False, update_fields=None, **kwargs):
    """A new municipality, or one that may have moved county (Kartverket's reference data)."""
    if created or update_fields is None or "county" in update_fields:
        refresh_reach(municipality_ids=[instance.pk])


def data_loaded(**kwargs):
    refresh_reach()


def connect():
    municipality_model = apps.get_model("municipalities", "Municipality")
    post_save.connect(offer_saved, sender=Offer, dispatch_uid="reach:offer")
    for through in (Offer.municipalities.through, Offer.counties.through):
        m2m_changed.connect(links_changed, sender=through, dispatch_uid=f"reach:{through}")
    post_save.connect(municipality_saved, sender=municipality_model, dispatch_uid="reach:place")
    data_restored.connect(data_loaded, dispatch_uid="reach:restored")
