"""The nightly export (manage.py export_open_data): HSDS JSON and tabular CSV with its
datapackage.json, validated against the HSDS schemas, served from /data/ with its licence."""

import csv
import datetime
import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.utils import timezone

from opendata.export import KEEP_DAYS, write_export
from opendata.spec import hsds_schema
from portal import timers
from tests import factories
from tests.hsds import assert_valid


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.OPEN_DATA_DIR = tmp_path / "data"
    return settings.OPEN_DATA_DIR


@pytest.fixture
def offers(asker, akershus):
    demens = factories.diagnosis("Demens")
    factories.age_group("Barn", 0, 12)
    local = factories.offer("Demenskafé", municipalities=[asker], diagnoses=[demens],
                            place="Biblioteket")  # fmt: skip
    local.contacts.set([factories.contact()])
    factories.round_of(local, 7, 14)
    factories.offer("I hele fylket", counties=[akershus], is_free=False, price="100 kr")
    factories.offer("Linjen", nationwide=True)
    factories.offer("Utkast", municipalities=[asker], is_published=False)
    return local


def export() -> str:
    out = io.StringIO()
    call_command("export_open_data", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_the_export_writes_json_and_tabular_csv_that_validate_against_hsds(data_dir, offers):
    output = export()

    day = timezone.localdate().isoformat()
    assert f"parorendeportalen-hsds-{day}.json" in output
    data = json.loads((data_dir / f"parorendeportalen-hsds-{day}.json").read_text())
    assert {s["name"] for s in data["services"]} == {"Demenskafé", "I hele fylket", "Linjen"}
    for service in data["services"]:
        assert_valid(service, "compiled/service.json")
    for organization in data["organizations"]:
        assert_valid(organization, "compiled/organization_list.json")
    assert data["license"]["name"].startswith("Norsk lisens for offentlige data (NLOD) 2.0")

    with zipfile.ZipFile(data_dir / f"parorendeportalen-hsds-{day}.zip") as archive:
        package = json.loads(archive.read("datapackage.json"))
        tables = {
            resource["name"]: list(
                csv.DictReader(io.StringIO(archive.read(resource["path"]).decode()))
            )
            for resource in package["resources"]
        }
    assert package["licenses"][0]["name"] == "NLOD-2.0"
    assert [s["name"] for s in tables["service"]] == ["Demenskafé", "I hele fylket", "Linjen"]
    assert {a["extent"] for a in tables["service_area"]} == {"3203", "32", "NO"}
    assert len(tables["schedule"]) == 3  # the round, and the others' free-text "when"
    # Each CSV row, read back with its columns' types, is a row of HSDS's tabular form.
    typed = {name: [_typed(name, row) for row in rows] for name, rows in tables.items()}
    assert_valid(typed, "compiled/tabular.json")
    for resource in package["resources"]:
        with zipfile.ZipFile(data_dir / f"parorendeportalen-hsds-{day}.zip") as archive:
            header = archive.read(resource["path"]).decode().splitlines()[0].split(",")
        assert header == [field["name"] for field in resource["schema"]["fields"]]


def _typed(table: str, row: dict) -> dict:
    fields = hsds_schema("compiled/tabular.json")["properties"][table]["items"]["properties"]
    typed = {}
    for name, value in row.items():
        if value == "":
            continue
        typed[name] = float(value) if fields[name]["type"] == "number" else value
    return typed


@pytest.mark.django_db
def test_old_exports_are_dropped_after_a_week(data_dir, offers):
    today = datetime.date(2026, 11, 27)
    for n in range(KEEP_DAYS + 3):
        write_export(data_dir, today - datetime.timedelta(days=n))

    days = sorted({p.name[23:33] for p in data_dir.iterdir()})
    assert len(days) == KEEP_DAYS
    assert days[-1] == "2026-11-27"
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".")]  # no partial files


def test_the_export_runs_every_night():
    assert {t.command: t.every for t in timers.timers()}["export_open_data"] == datetime.timedelta(
        days=1
    )


@pytest.mark.django_db
def test_the_data_page_states_the_licence_and_links_the_newest_files(client, data_dir, offers):
    before = client.get("/data/").content.decode()
    assert "Den første utgaven er ikke laget ennå" in before

    write_export(data_dir, datetime.date(2026, 11, 26))
    write_export(data_dir, datetime.date(2026, 11, 27))
    page = client.get("/data/").content.decode()

    assert "Norsk lisens for offentlige data (NLOD) 2.0" in page
    assert "Inneholder data fra" in page
    assert 'href="http://127.0.0.1:8000/api/hsds/openapi.json"' in page
    assert 'href="/data/filer/parorendeportalen-hsds-2026-11-27.zip"' in page
    assert 'href="/data/filer/parorendeportalen-hsds-2026-11-27.json"' in page
    assert "Tidligere utgaver" in page
    assert 'href="/data/filer/parorendeportalen-hsds-2026-11-26.zip"' in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "licence"),
    [("nb", "Åpne data", "Lisens og kildehenvisning"),
     ("nn", "Opne data", "Lisens og kjeldetilvising"),
     ("en", "Open data", "Licence and attribution")],
)  # fmt: skip
def test_the_data_page_is_in_each_language(client, language, heading, licence):
    page = client.get("/data/", HTTP_ACCEPT_LANGUAGE=language).content.decode()

    assert f"<h1>{heading}</h1>" in page
    assert licence in page


@pytest.mark.django_db
def test_downloads_are_served_with_their_type_and_cached(client, data_dir, offers):
    write_export(data_dir, datetime.date(2026, 11, 27))

    archive = client.get("/data/filer/parorendeportalen-hsds-2026-11-27.zip")
    as_json = client.get("/data/filer/parorendeportalen-hsds-2026-11-27.json")

    assert archive["Content-Type"] == "application/zip"
    assert as_json["Content-Type"] == "application/json"
    assert "max-age=86400" in archive["Cache-Control"]
    assert archive["Access-Control-Allow-Origin"] == "*"
    assert zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))).testzip() is None
    again = client.get(
        "/data/filer/parorendeportalen-hsds-2026-11-27.zip",
        HTTP_IF_MODIFIED_SINCE=archive["Last-Modified"],
    )
    assert again.status_code == 304
    for name in ["parorendeportalen-hsds-2026-11-28.zip", "..%2Fsettings.py", "datapackage.json"]:
        assert client.get(f"/data/filer/{name}").status_code == 404
