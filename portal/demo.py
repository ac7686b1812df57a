"""Demo data as data: YAML files in fixtures/demo/, turned into rows by one generic loader.

Each file holds sections ("providers:", "offers:", ...) of rows. The apps say which model a
section fills and which field identifies a row (register_section, from their AppConfig), and
the sections are loaded in the order they were registered, across all files, so a row may
refer to one in another file. A row sets its fields by name:

- a relation names the other row by its identifying field (a provider's slug, a contact's
  e-mail) or, for reference data, by its natural key (a municipality's number, a diagnosis's
  slug); a many-to-many relation is a list of them;
- a date relative to the day of loading is written `!days_ago 21` or `!days_from_today 14`,
  so the demo always looks current;
- a text may be written as a list of paragraphs;
- rows that belong to the row (a round's sessions: a one-to-many relation) are written as a
  list under the relation's name, and replace the ones it had on every load;
- an editable field the row leaves out gets its default (a many-to-many relation none), so
  loading again brings every demo row back to the demo's state. In a section registered as
  `partial` (rows that add to reference data, such as a municipality's page for carers) a row
  sets only the fields it names, on a row that must exist. Rows not in the files are never
  touched.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.apps import apps
from django.db import models, transaction
from django.utils import timezone


@dataclass(frozen=True)
class Section:
    name: str
    model_label: str
    key: str  # the field that identifies a row
    partial: bool = False  # rows set only the fields they name, on existing rows

    @property
    def model(self):
        return apps.get_model(self.model_label)


_sections: dict[str, Section] = {}


def register_section(name: str, model_label: str, key: str, *, partial: bool = False) -> None:
    """Rows under `name:` in a demo file are `model_label` rows identified by `key`."""
    _sections[name] = Section(name, model_label, key, partial)


class DemoDataError(Exception):
    """A demo file that cannot be loaded; the message says where and why."""


class RelativeDate:
    """A day counted from the day the data is loaded."""

    def __init__(self, days: int):
        self.days = days

    def resolve(self) -> datetime.date:
        return timezone.localdate() + datetime.timedelta(days=self.days)


class _Loader(yaml.SafeLoader):
    """YAML's safe loader, plus the two relative-date tags."""


_Loader.add_constructor(
    "!days_ago", lambda loader, node: RelativeDate(-int(loader.construct_scalar(node)))
)
_Loader.add_constructor(
    "!days_from_today", lambda loader, node: RelativeDate(int(loader.construct_scalar(node)))
)


def read(paths: list[Path]) -> dict[str, list[tuple[Path, dict]]]:
    """The rows of every file, by section, each with the file it came from."""
    rows: dict[str, list[tuple[Path, dict]]] = {}
    for path in sorted(paths):
        with path.open(encoding="utf-8") as file:
            content = yaml.load(file, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
        for name, section_rows in (content or {}).items():
            if name not in _sections:
                raise DemoDataError(f"{path.name}: unknown section {name!r}")
            rows.setdefault(name, []).extend((path, row) for row in section_rows or [])
    return rows


@transaction.atomic
def load(paths: list[Path]) -> dict[str, int]:
    """Load the files; returns how many rows each section has, in loading order."""
    rows = read(paths)
    counts = {}
    for section in _sections.values():
        for path, row in rows.get(section.name, []):
            try:
                _save_row(section, row)
            except (LookupError, ValueError, models.ObjectDoesNotExist) as error:
                raise DemoDataError(
                    f"{path.name}: {section.name} {row.get(section.key)!r}: {error}"
                ) from error
        if section.name in rows:
            counts[section.name] = len(rows[section.name])
    return counts


def _save_row(section: Section, row: dict) -> None:
    model = section.model
    unknown = set(row) - {f.name for f in model._meta.get_fields()}
    if unknown:
        raise ValueError(f"no field {', '.join(sorted(unknown))} on {model._meta.label}")
    fields, links, children = {}, {}, {}
    for field in model._meta.get_fields():
        if field.one_to_many and field.name in row:
            children[field] = row[field.name]
            continue
        if field.auto_created or field.name == section.key:
            continue
        if field.name not in row:
            if section.partial:
                continue
            if field.editable and field.many_to_many:
                links[field.name] = []
            elif field.editable and field.concrete:
                fields[field.name] = field.get_default()
            continue
        value = row[field.name]
        if field.many_to_many:
            links[field.name] = [_related(field.related_model, item) for item in value]
        else:
            fields[field.name] = _value(field, value)
    # The key may itself name another row (a municipality's number, for a row of its own).
    key = {section.key: _value(model._meta.get_field(section.key), row[section.key])}
    if section.partial:
        obj = model._default_manager.get(**key)
        for name, value in fields.items():
            setattr(obj, name, value)
        obj.save()
    else:
        obj, _created = model._default_manager.update_or_create(**key, defaults=fields)
    for name, related in links.items():
        getattr(obj, name).set(related)
    for relation, rows in children.items():
        _replace_children(obj, relation, rows)


def _value(field, value):
    """A row's value for a field that is not many-to-many, as the model takes it."""
    if field.is_relation:
        return None if value is None else _related(field.related_model, value)
    if isinstance(value, list):  # paragraphs
        return "\n\n".join(value)
    return value.resolve() if isinstance(value, RelativeDate) else value


def _replace_children(obj, relation, rows: list[dict]) -> None:
    """The rows that belong to obj through a one-to-many relation, exactly these."""
    model = relation.related_model
    getattr(obj, relation.get_accessor_name()).all().delete()
    for row in rows:
        unknown = set(row) - {f.name for f in model._meta.get_fields()}
        if unknown:
            raise ValueError(f"no field {', '.join(sorted(unknown))} on {model._meta.label}")
        values = {name: _value(model._meta.get_field(name), value) for name, value in row.items()}
        model._default_manager.create(**{relation.field.name: obj, **values})


def _related(model, value):
    """The row another row names: by a demo section's key, or by its natural key."""
    for section in _sections.values():
        if section.model is model:
            return model._default_manager.get(**{section.key: value})
    return model._default_manager.get_by_natural_key(value)
