"""Builders for development projects and the award, beside tests/factories.py."""

import datetime
from itertools import count

from portal.slugs import norwegian_slugify
from projects.models import AwardRound, Project, ProjectTheme
from tests import factories

_sequence = count(1)


def theme(name="Kartlegging", **fields):
    obj, _ = ProjectTheme.objects.get_or_create(
        slug=norwegian_slugify(name), defaults={"name": name, **fields}
    )
    return obj


def project(title=None, *, municipalities=(), counties=(), themes=(), offers=(), **fields):
    """A published project, ongoing unless told otherwise."""
    n = next(_sequence)
    title = title or f"Prosjekt {n}"
    fields.setdefault("slug", f"{norwegian_slugify(title)}-{n}")
    fields.setdefault("summary", f"Kort om {title}.")
    fields.setdefault("organisation", "Asker kommune")
    fields.setdefault("is_published", True)
    obj = Project.objects.create(title=title, **fields)
    obj.municipalities.set(municipalities)
    obj.counties.set(counties)
    obj.themes.set(themes)
    obj.offers.set(offers)
    return obj


def award_round(year=2026, opens=None, closes=None, **fields):
    return AwardRound.objects.create(
        year=year,
        nominations_open=opens or datetime.date(year, 4, 1),
        nominations_close=closes or datetime.date(year, 6, 1),
        **fields,
    )


def gjovik():
    return factories.municipality("Gjøvik", "3407", factories.county("Innlandet", "34"))
