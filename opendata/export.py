"""The nightly bulk export: everything the API serves, as files with the day in their names.

- `parorendeportalen-hsds-<date>.json`: the services in full (as /services/{id}), the
  organizations, the taxonomies and their terms.
- `parorendeportalen-hsds-<date>.zip`: HSDS's tabular form (opendata/hsds/compiled/
  tabular.json): a CSV per table and a Frictionless `datapackage.json` describing them.

Files are written beside their final name and renamed into place, so the /data/ page never
links half a file. The newest KEEP_DAYS days are kept.
"""

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import translation

from opendata import queries, records
from opendata.spec import HSDS_PROFILE, HSDS_VERSION, LICENCE, hsds_schema
from opendata.taxonomy import TAXONOMIES, all_terms, taxonomy_record

PREFIX = "parorendeportalen-hsds"
FILE_NAME = re.compile(rf"^{PREFIX}-(\d{{4}}-\d{{2}}-\d{{2}})\.(json|zip)$")
KEEP_DAYS = 7
# The tables we fill, in tabular.json's names; the rest stay empty and are left out.
TABLES = [
    "organization",
    "service",
    "service_area",
    "schedule",
    "contact",
    "phone",
    "language",
    "cost_option",
    "location",
    "service_at_location",
    "attribute",
    "taxonomy",
    "taxonomy_term",
]


@dataclass(frozen=True)
class Download:
    name: str
    day: date
    kind: str  # "json" or "zip"
    size: int


def downloads(directory: Path | None = None) -> list[Download]:
    """The export files in the data directory, newest first."""
    directory = directory or settings.OPEN_DATA_DIR
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        if match := FILE_NAME.match(path.name):
            day = date.fromisoformat(match[1])
            found.append(Download(path.name, day, match[2], path.stat().st_size))
    return sorted(found, key=lambda d: (d.day, d.kind), reverse=True)


def dataset() -> dict:
    """Everything public, in full: what the JSON file holds."""
    with translation.override("nb"):
        terms = all_terms()
        offers = queries.services_in_full().order_by("title", "pk")
        return {
            "hsds_version": HSDS_VERSION,
            "profile": HSDS_PROFILE,
            "license": LICENCE,
            "services": [records.service_detail(offer, terms) for offer in offers],
            "organizations": [records.organization(p) for p in queries.organizations()],
            "taxonomies": [taxonomy_record(t) for t in TAXONOMIES],
            "taxonomy_terms": [term.record() for term in terms],
        }


def tables(data: dict) -> dict[str, list[dict]]:
    """The dataset as HSDS's flat tables: each nested object a row of its own table."""
    rows = {table: [] for table in TABLES}
    rows["organization"] = data["organizations"]
    rows["taxonomy"] = data["taxonomies"]
    rows["taxonomy_term"] = data["taxonomy_terms"]
    for service in data["services"]:
        rows["service"].append(_flat(service))
        for table, key in [
            ("service_area", "service_areas"),
            ("schedule", "schedules"),
            ("language", "languages"),
            ("cost_option", "cost_options"),
            ("phone", "phones"),
            ("attribute", "attributes"),
        ]:
            rows[table] += [_flat(row) for row in service.get(key, [])]
        for contact in service.get("contacts", []):
            rows["contact"].append(_flat(contact))
            rows["phone"] += contact.get("phones", [])
        for at_location in service.get("service_at_locations", []):
            rows["service_at_location"].append(_flat(at_location))
            rows["location"].append(at_location["location"])
    return rows


def _flat(record: dict) -> dict:
    """A row's own fields, without the objects and lists nested in it."""
    return {key: value for key, value in record.items() if not isinstance(value, dict | list)}


def _table_schema(table: str) -> dict:
    return hsds_schema("compiled/tabular.json")["properties"][table]["items"]


def _columns(table: str) -> list[str]:
    properties = _table_schema(table)["properties"]
    return [
        name
        for name, field in properties.items()
        if field.get("type") not in {"array", "object", None}
    ]


def datapackage(day: date) -> dict:
    """A Frictionless data package describing the CSVs, from tabular.json's tables."""
    resources = []
    for table in TABLES:
        schema = _table_schema(table)
        fields = []
        for name in _columns(table):
            field = schema["properties"][name]
            described = {
                "name": name,
                "type": field["type"],
                "description": field.get("description", ""),
            }
            if field.get("format") in {"uuid", "email", "uri"}:
                described["format"] = field["format"]
            fields.append(described)
        resources.append(
            {
                "name": table,
                "path": schema["path"],
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "primaryKey": "id"},
            }
        )
    return {
        "name": PREFIX,
        "title": "Pårørendeportalen: tilbud til pårørende (HSDS 3.0)",
        "profile": "tabular-data-package",
        "version": day.isoformat(),
        "created": day.isoformat(),
        "homepage": settings.PORTAL_BASE_URL + "/data/",
        "licenses": [{"name": "NLOD-2.0", "title": LICENCE["name"], "path": LICENCE["url"]}],
        "resources": resources,
    }


def _csv(table: str, rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=_columns(table), extrasaction="ignore", lineterminator="\r\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_export(directory: Path, day: date) -> list[Path]:
    """Write the day's JSON and ZIP into directory, drop exports older than KEEP_DAYS."""
    directory.mkdir(parents=True, exist_ok=True)
    data = dataset()
    json_path = directory / f"{PREFIX}-{day.isoformat()}.json"
    _write_atomically(json_path, json.dumps(data, ensure_ascii=False, indent=1).encode())
    zip_path = directory / f"{PREFIX}-{day.isoformat()}.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        package = datapackage(day)
        archive.writestr("datapackage.json", json.dumps(package, ensure_ascii=False, indent=1))
        for table, rows in tables(data).items():
            archive.writestr(_table_schema(table)["path"], _csv(table, rows))
    _write_atomically(zip_path, buffer.getvalue())
    days = sorted({d.day for d in downloads(directory)}, reverse=True)
    for old in downloads(directory):
        if old.day not in days[:KEEP_DAYS]:
            (directory / old.name).unlink(missing_ok=True)
    return [json_path, zip_path]


def _write_atomically(path: Path, content: bytes):
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(content)
    partial.replace(path)
