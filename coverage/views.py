"""The coverage overview (kartlegging): which kinds of help each municipality has, as a page
and as CSV for planners."""

import csv

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from coverage.grid import GAP_LEVELS, LEVEL_ORDER, SYMBOLS, Level, coverage_grid, kinds
from municipalities.models import County
from portal.content import cached, public_page
from portal.text import norwegian_sort_key

SORTS = {
    "navn": lambda row: (row.municipality.county.number, norwegian_sort_key(row.municipality.name)),
    # Largest first; municipalities whose population is not known last.
    "folketall": lambda row: (row.population is None, -(row.population or 0)),
    # Most gaps first, the legal duties weighing most.
    "hull": lambda row: (-row.legal_gaps, -row.gaps, norwegian_sort_key(row.municipality.name)),
}


def _counties() -> list[County]:
    return cached("coverage:counties", lambda: list(County.objects.all()))


def _chosen(request):
    """The county and order asked for, and what was not understood."""
    problems = []
    county = None
    slug = request.GET.get("fylke", "")
    if slug:
        county = next((c for c in _counties() if c.slug == slug), None)
        if county is None:
            problems.append(
                _("Vi fant ikke fylket «%(value)s». Her er hele landet.") % {"value": slug[:40]}
            )
    order = request.GET.get("sorter", "navn")
    if order not in SORTS:
        problems.append(
            _("Vi kan ikke sortere etter «%(value)s». Her er de sortert etter navn.")
            % {"value": order[:40]}
        )
        order = "navn"
    return county, order, problems


def county_counts(rows, columns) -> list[dict]:
    """Per county: its municipalities, and per kind how many have help in or near them."""
    counties = {}
    for row in rows:
        county = row.municipality.county
        entry = counties.setdefault(
            county.pk,
            {"county": county, "municipalities": 0, "covered": [0] * len(columns), "gaps": 0},
        )
        entry["municipalities"] += 1
        entry["gaps"] += row.gaps
        for index, cell in enumerate(row.cells):
            if not cell.is_gap:
                entry["covered"][index] += 1
    return list(counties.values())


@public_page
def overview(request):
    county, order, problems = _chosen(request)
    rows = coverage_grid(county)
    if order != "navn":
        rows = sorted(rows, key=SORTS[order])
    columns = kinds()
    return render(
        request,
        "coverage/overview.html",
        {
            "county": county,
            "counties": _counties(),
            "order": order,
            "problems": problems,
            "kinds": columns,
            "rows": rows,
            "county_counts": county_counts(rows, columns),
            "legend": [(level, SYMBOLS[level]) for level in LEVEL_ORDER],
            "gap_levels": GAP_LEVELS,
            "show_counties": county is None,
        },
    )


def _csv_safe(value: str) -> str:
    """A cell no spreadsheet runs as a formula (CSV injection): text starting with = + - @,
    a tab or a carriage return gets a leading apostrophe."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


@public_page
def overview_csv(request):
    county, _order, _problems = _chosen(request)
    columns = kinds()
    # No Content-Disposition: the page cache keeps only the body and its type, and the
    # address already ends in .csv, which is the name a browser saves it under.
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # so spreadsheets read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(["kommunenummer", "kommune", "fylke", *(kind.slug for kind in columns)])
    for row in coverage_grid(county):
        municipality = row.municipality
        writer.writerow(
            [
                _csv_safe(municipality.number),
                _csv_safe(municipality.label),
                _csv_safe(municipality.county.name),
                *(Level(cell.level).value for cell in row.cells),
            ]
        )
    return response
