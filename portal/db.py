"""Database helpers that keep PostgreSQL-only features out of SQLite's way."""

from django.db import migrations
from django.db.backends.signals import connection_created
from django.db.models import Func


class Fold(Func):
    """Lower-case text by Unicode rules on every backend: SQLite's own LOWER() folds only
    ASCII, so 'PÅRØRENDE' would stay 'pÅrØrende' there."""

    function = "LOWER"

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="PORTAL_FOLD", **extra_context)


def fold(text: str) -> str:
    """The Python side of Fold: what a query is compared with."""
    return text.lower()


def register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("PORTAL_FOLD", 1, _fold_or_null, deterministic=True)


def _fold_or_null(text):
    return None if text is None else fold(str(text))


connection_created.connect(register_sqlite_functions, dispatch_uid="portal_sqlite_functions")


class VendorOnlySQL(migrations.RunSQL):
    """RunSQL that runs on one database vendor and is skipped on the others."""

    vendor = ""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class PostgreSQLOnlySQL(VendorOnlySQL):
    """For PostgreSQL-only indexes.

    Such indexes stay out of the models' Meta: SQLite rebuilds a table from the model state
    when it alters it, and would then try to create a GIN index it does not know.
    """

    vendor = "postgresql"


class SQLiteOnlySQL(VendorOnlySQL):
    """For SQLite-only tables the models do not know, such as an FTS5 search index."""

    vendor = "sqlite"
