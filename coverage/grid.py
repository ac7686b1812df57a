"""The coverage grid: for every municipality and kind of help, where the help comes from.

One function, coverage_grid(), answers for all 357 municipalities from three queries (the
offer types, the municipalities with their county, population and application office, and
the public offers with where they apply), cached per content version. It is the one place
that knows how to compute this, so it can later read a precomputed table instead.

An offer of a kind serves a municipality, for its cell, as (best first):
- own: the offer lists this municipality and no other;
- shared: it lists this municipality together with others (named in the cell);
- county: it serves the municipality's whole county;
- national: it serves the whole country.
A cell's level is the best it has; a kind with only national help, or none, is a gap.

The carer allowance (omsorgsstønad) is no offer: it is applied for. Its column counts as
the municipality's own when its "Søk om hjelp" says that is where one applies for it
(ApplicationOffice.handles_carer_allowance), and as none otherwise.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from urllib.parse import urlencode

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality
from offers.models import Offer, OfferType
from portal.content import cached
from portal.text import join_words, norwegian_sort_key

# The kinds of help a municipality must provide (helse- og omsorgstjenesteloven § 3-6):
# respite, training (the carer school) and guidance; the carer allowance is added apart.
LEGAL_DUTY_TYPES = frozenset({"avlastning", "parorendeskole", "veiledning-og-samtaler"})
CARER_ALLOWANCE = "omsorgsstonad"


class Level(models.TextChoices):
    # Values are the CSV's; best first.
    OWN = "own", pgettext_lazy("coverage", "Eget")
    SHARED = "shared", pgettext_lazy("coverage", "Delt")
    COUNTY = "county", pgettext_lazy("coverage", "Fylket")
    NATIONAL = "national", pgettext_lazy("coverage", "Bare nasjonalt")
    NONE = "none", pgettext_lazy("coverage", "Ingen")


LEVEL_ORDER = list(Level)
GAP_LEVELS = frozenset({Level.NATIONAL, Level.NONE})
SYMBOLS = {
    Level.OWN: "●",
    Level.SHARED: "◑",
    Level.COUNTY: "◎",
    Level.NATIONAL: "○",
    Level.NONE: "–",
}


@dataclass(frozen=True)
class Kind:
    """A column: an offer type, or the carer allowance (offer_type None)."""

    slug: str
    offer_type: OfferType | None
    legal_duty: bool

    @property
    def name(self) -> str:
        if self.offer_type is None:
            return str(_("Omsorgsstønad"))
        return self.offer_type.display_name


@dataclass
class Cell:
    kind: Kind
    municipality_slug: str
    level: Level = Level.NONE
    counts: dict = field(default_factory=dict)  # Level -> number of offers
    neighbours: list = field(default_factory=list)  # names of those sharing, sorted

    @property
    def is_gap(self) -> bool:
        return self.level in GAP_LEVELS

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.level]

    @property
    def offer_count(self) -> int:
        return sum(self.counts.values())

    # What the cell says and links to, in the active language.

    @property
    def text(self) -> str:
        """'Eget (2)', 'Delt med Bærum', 'Fylket', 'Bare nasjonalt', 'Ingen'."""
        labels = _labels(get_language())
        if self.kind.offer_type is None:
            return labels["applies" if self.level == Level.OWN else "not_stated"]
        if self.level == Level.SHARED:
            text = gettext("Delt med %(names)s") % {"names": join_words(self.neighbours)}
        else:
            text = labels[self.level]
        count = self.counts.get(self.level, 0)
        return f"{text} ({count})" if count > 1 else text

    @property
    def also(self) -> str:
        """Offers shared with neighbours beside the municipality's own: 'og delt med Bærum'."""
        if self.level == Level.OWN and self.neighbours:
            return gettext("og delt med %(names)s") % {"names": join_words(self.neighbours)}
        return ""

    @property
    def href(self) -> str:
        """The offers behind the cell (the offer list, filtered), or the municipality's
        «Søk om hjelp» for the carer allowance; '' when there is nothing to show."""
        if self.kind.offer_type is None:
            if self.level != Level.OWN:
                return ""
            return _municipality_url(self.municipality_slug) + "#sok-om-hjelp"
        if not self.counts:
            return ""
        query = urlencode({"kommune": self.municipality_slug, "type": self.kind.slug})
        return f"{_list_url()}?{query}"


@lru_cache
def _labels(language: str) -> dict[str, str]:
    """The cells' words in the active language, looked up once rather than 3,213 times."""
    labels = {level.value: str(level.label) for level in Level}
    labels["applies"] = gettext("Sier hvor du søker")
    labels["not_stated"] = gettext("Ikke oppgitt")
    return labels


# reverse() for each of 3,213 cells took most of the grid's rendering time.
@cache
def _list_url() -> str:
    return reverse("offers:list")


def _municipality_url(slug: str) -> str:
    return _municipality_url_pattern().replace("SLUG", slug)


@cache
def _municipality_url_pattern() -> str:
    return reverse("offers:municipality", args=["SLUG"])


@dataclass
class Row:
    municipality: Municipality
    cells: list
    population: int | None

    @property
    def gaps(self) -> int:
        return sum(cell.is_gap for cell in self.cells)

    @property
    def legal_gaps(self) -> int:
        return sum(cell.is_gap for cell in self.cells if cell.kind.legal_duty)


def kinds() -> list[Kind]:
    """The columns: the offer types in their order, the carer allowance after respite."""
    return cached("coverage:kinds", _build_kinds)


def _build_kinds() -> list[Kind]:
    columns = []
    for offer_type in OfferType.objects.all():
        columns.append(Kind(offer_type.slug, offer_type, offer_type.slug in LEGAL_DUTY_TYPES))
        if offer_type.slug == "avlastning":
            columns.append(Kind(CARER_ALLOWANCE, None, True))
    if not any(kind.slug == CARER_ALLOWANCE for kind in columns):
        columns.append(Kind(CARER_ALLOWANCE, None, True))
    return columns


def coverage_grid(county=None) -> list[Row]:
    """A row per municipality (of the county, when given), by county and name; each row a
    cell per kind of help (kinds())."""
    rows = cached("coverage:grid", _build_grid)
    if county is not None:
        rows = [row for row in rows if row.municipality.county_id == county.pk]
    return rows


def _build_grid() -> list[Row]:
    columns = kinds()
    municipalities = _municipalities()
    # Offers by kind: who lists them, which counties, nationwide.
    listed = defaultdict(set)  # offer id -> municipality ids
    counties = defaultdict(set)  # offer id -> county ids
    offers = {}  # offer id -> (offer type id, nationwide)
    rows = Offer.objects.public().values_list(
        "pk", "offer_type_id", "nationwide", "municipalities", "counties"
    )
    for pk, type_id, nationwide, municipality_id, county_id in rows:
        offers[pk] = (type_id, nationwide)
        if municipality_id is not None:
            listed[pk].add(municipality_id)
        if county_id is not None:
            counties[pk].add(county_id)

    names = {m.pk: m.name for m in municipalities}
    # (municipality or county id, type id) -> Level -> offers; shared neighbours apart.
    by_municipality = defaultdict(lambda: defaultdict(set))
    by_county = defaultdict(set)
    national = defaultdict(int)
    neighbours = defaultdict(set)
    for pk, (type_id, nationwide) in offers.items():
        if nationwide:
            national[type_id] += 1
            continue
        served = listed[pk]
        for municipality_id in served:
            level = Level.OWN if len(served) == 1 else Level.SHARED
            by_municipality[municipality_id, type_id][level].add(pk)
            if level is Level.SHARED:
                neighbours[municipality_id, type_id] |= served - {municipality_id}
        for county_id in counties[pk]:
            by_county[county_id, type_id].add(pk)

    grid = []
    for municipality in municipalities:
        cells = []
        for kind in columns:
            if kind.offer_type is None:
                office = getattr(municipality, "application_office", None)
                has_it = office is not None and office.handles_carer_allowance
                counts = {Level.OWN: 1} if has_it else {}
                level = Level.OWN if has_it else Level.NONE
                cells.append(Cell(kind, municipality.slug, level, counts))
                continue
            type_id = kind.offer_type.pk
            own = by_municipality.get((municipality.pk, type_id), {})
            counts = {level: len(offer_ids) for level, offer_ids in own.items()}
            # An offer listed for the municipality and also serving its county counts once,
            # as listed.
            county_wide = by_county.get((municipality.county_id, type_id), set())
            county_wide = county_wide - set().union(*own.values())
            if county_wide:
                counts[Level.COUNTY] = len(county_wide)
            if national[type_id]:
                counts[Level.NATIONAL] = national[type_id]
            level = next((level for level in LEVEL_ORDER if counts.get(level)), Level.NONE)
            shared_with = sorted(
                (names[pk] for pk in neighbours.get((municipality.pk, type_id), ()) if pk in names),
                key=norwegian_sort_key,
            )
            cells.append(Cell(kind, municipality.slug, level, counts, shared_with))
        population = getattr(municipality, "population", None)
        grid.append(Row(municipality, cells, population.inhabitants if population else None))
    return grid


def _municipalities() -> list[Municipality]:
    """Every municipality with its county, population and application office, in one query,
    by county and Norwegian alphabetical order."""
    municipalities = Municipality.objects.select_related(
        "county", "population", "application_office"
    )
    return sorted(municipalities, key=lambda m: (m.county.number, norwegian_sort_key(m.name)))
