"""The coverage grid's cells where other apps' pages show them: the municipality page's row
("Dette finnes for pårørende i …") and its "Søk om hjelp" (templates/coverage/includes/
municipality_summary.html, included by offers' municipality page), so offers never imports
coverage."""

from html import escape

from django import template
from django.utils.safestring import mark_safe

from coverage.grid import coverage_grid, kinds

register = template.Library()


@register.inclusion_tag("coverage/includes/municipality_summary_body.html", takes_context=True)
def municipality_coverage(context, municipality):
    """The municipality's row of the grid, and where to apply for help granted by decision."""
    row = next(
        (r for r in coverage_grid(municipality.county) if r.municipality.pk == municipality.pk),
        None,
    )
    office = getattr(row.municipality, "application_office", None) if row else None
    return {
        "municipality": municipality,
        "row": row,
        "kinds": kinds(),
        "office": office,
        "request": context.get("request"),
    }


@register.filter
def grid_cells(row) -> str:
    """A row's cells as table cells: built here, with the standard library's escaping, rather
    than by the template language, which took a second for the whole country's 3,213 cells."""
    cells = "".join(f'<td class="cov cov--{c.level}">{cell_content(c)}</td>' for c in row.cells)
    return mark_safe(cells)  # noqa: S308 - every value in it is escaped by cell_content()


def cell_content(cell) -> str:
    """A symbol and words (never colour alone), linked to the offers behind the cell."""
    text = escape(cell.text)
    if href := cell.href:
        text = f'<a href="{escape(href)}">{text}</a>'
    if also := cell.also:
        text += f' <span class="cov-also">{escape(also)}</span>'
    return f'<span aria-hidden="true">{cell.symbol}</span> {text}'
