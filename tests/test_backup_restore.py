"""A backup is only a backup once it has been restored: every offer comes back, links and all."""

import os
import shutil
import subprocess

import psycopg
import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory

from municipalities.models import Municipality
from offers.models import Offer
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)
PG_DUMP, PG_RESTORE = shutil.which("pg_dump"), shutil.which("pg_restore")


@pytest.fixture
def portal_data(asker, baerum, trondheim):
    """Offers that use every kind of link a restore has to get right."""
    editor = factories.superuser("redaktor@portal.example")
    demens = factories.diagnosis("Demens")
    factories.age_group("Barn", 0, 12)
    school = factories.offer(
        "Pårørendeskole",
        municipalities=[asker, baerum],
        diagnoses=[demens],
        partners=[factories.provider("Demensforeningen", kind="voluntary")],
    )
    school.contacts.set([factories.contact("Demenskoordinator", email="demens@kommune.example")])
    factories.offer("Hele Trøndelag", counties=[trondheim.county], diagnosis_independent=True)
    factories.offer("Hele landet", nationwide=True, is_published=False)
    LogEntry.objects.log_actions(editor.pk, [school], ADDITION)
    return snapshot()


def snapshot() -> dict:
    """Each offer by slug with what it links to, by natural values rather than ids."""
    return {
        offer.slug: {
            "title": offer.title,
            "published": offer.is_published,
            "type": offer.offer_type.slug,
            "provider": offer.provider.slug,
            "partners": sorted(p.slug for p in offer.partners.all()),
            "municipalities": sorted(m.number for m in offer.municipalities.all()),
            "counties": sorted(c.number for c in offer.counties.all()),
            "diagnoses": sorted(d.slug for d in offer.diagnoses.all()),
            "contacts": sorted(c.email for c in offer.contacts.all()),
            # The change history comes back as it was: no version lost, none added.
            "history": [
                (v.history_type, v.title, sorted(d.diagnosis.slug for d in v.diagnoses.all()))
                for v in offer.history.order_by("history_date", "history_id")
            ],
        }
        for offer in Offer.objects.all()
    }


def test_json_export_restores_every_offer_into_an_empty_database(portal_data, tmp_path):
    backup = tmp_path / "backup.json"
    call_command("export_data", output=str(backup))
    # An empty database as `migrate` leaves it, with its own content types and permissions.
    call_command("flush", interactive=False, verbosity=0)
    assert not Offer.objects.exists()

    call_command("import_data", str(backup), verbosity=0)

    assert snapshot() == portal_data
    login = {get_user_model().USERNAME_FIELD: "redaktor@portal.example"}
    # The login lockout (django-axes) sits among the backends and wants the request.
    request = RequestFactory().post("/admin/login/")
    assert authenticate(request, **login, password="et-langt-passord-for-test")
    assert LogEntry.objects.get().get_edited_object().title == "Pårørendeskole"


def test_json_export_loads_where_the_reference_data_is_already_loaded(portal_data, tmp_path):
    backup = tmp_path / "backup.json"
    call_command("export_data", output=str(backup))
    call_command("flush", interactive=False, verbosity=0)
    call_command("load_reference_data", verbosity=0)

    call_command("import_data", str(backup), verbosity=0)

    assert snapshot() == portal_data


def test_json_export_restores_offers_that_search_finds(portal_data, tmp_path):
    backup = tmp_path / "backup.json"
    call_command("export_data", output=str(backup))
    call_command("flush", interactive=False, verbosity=0)
    with connection.cursor() as cursor:  # flush leaves SQLite's FTS5 table; a new one is empty
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM offers_search_index")

    call_command("import_data", str(backup), verbosity=0)

    # Without diagnoses: no many-to-many signal of the restore refreshed it on the way.
    assert list(Offer.objects.search("trøndelag").values_list("title", flat=True)) == [
        "Hele Trøndelag"
    ]


def test_json_export_restores_which_municipalities_each_offer_serves(portal_data, tmp_path):
    backup = tmp_path / "backup.json"
    call_command("export_data", output=str(backup))
    assert '"model": "offers.offerreach"' not in backup.read_text()  # rebuilt, not restored
    call_command("flush", interactive=False, verbosity=0)

    call_command("import_data", str(backup), verbosity=0)

    trondheim = Municipality.objects.get(number="5001")
    asker = Municipality.objects.get(number="3203")
    assert {o.title for o in Offer.objects.serving(trondheim)} == {"Hele Trøndelag", "Hele landet"}
    assert {o.title for o in Offer.objects.serving(asker)} == {"Pårørendeskole", "Hele landet"}
    assert [o.title for o in Offer.objects.public().serving(asker)] == ["Pårørendeskole"]


def test_json_export_leaves_out_sessions_and_what_migrate_rebuilds(portal_data, tmp_path):
    backup = tmp_path / "backup.json"

    call_command("export_data", output=str(backup))

    text = backup.read_text()
    for left_out in (
        '"model": "sessions.',
        '"model": "contenttypes.',
        '"model": "auth.permission"',
    ):
        assert left_out not in text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump backs up PostgreSQL")
@pytest.mark.skipif(not (PG_DUMP and PG_RESTORE), reason="needs PostgreSQL's client programs")
def test_pg_dump_backup_restores_every_offer_into_an_empty_database(portal_data, tmp_path):
    database = connection.settings_dict
    restored = f"{database['NAME']}_restore"
    env = {
        **os.environ,
        "PGHOST": database["HOST"] or "127.0.0.1",
        "PGPORT": str(database["PORT"] or 5432),
        "PGUSER": database["USER"],
        "PGPASSWORD": database["PASSWORD"],
    }
    backup = tmp_path / "portal.dump"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{restored}"')
        cursor.execute(f'CREATE DATABASE "{restored}"')
    try:
        # The commands docs/deployment.md gives.
        subprocess.run(
            [PG_DUMP, "--format=custom", f"--file={backup}", database["NAME"]],
            env=env,
            check=True,
        )
        subprocess.run(
            [PG_RESTORE, "--no-owner", "--exit-on-error", f"--dbname={restored}", str(backup)],
            env=env,
            check=True,
        )

        with psycopg.connect(dbname=restored, **_credentials(env)) as restored_connection:
            slugs = restored_connection.execute("SELECT slug FROM offers_offer").fetchall()
            links = restored_connection.execute(
                "SELECT count(*) FROM offers_offer_municipalities"
            ).fetchone()
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{restored}"')

    assert sorted(slug for (slug,) in slugs) == sorted(portal_data)
    assert links == (2,)


def _credentials(env):
    return {
        "host": env["PGHOST"],
        "port": env["PGPORT"],
        "user": env["PGUSER"],
        "password": env["PGPASSWORD"],
    }
