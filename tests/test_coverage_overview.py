"""The coverage overview (/oversikt/, /oversikt.csv): where each kind of help comes from in
each municipality, computed from a fixed number of queries."""

import csv
import io

import pytest

from coverage.grid import Level, coverage_grid
from coverage.models import ApplicationOffice, Population
from tests import factories


@pytest.fixture
def kinds(db):
    return {
        "skole": factories.offer_type("Pårørendeskole", position=10),
        "avlastning": factories.offer_type("Avlastning", position=30),
        "kafe": factories.offer_type("Kurs og temamøter", position=60),
    }


@pytest.fixture
def oslo(db):
    return factories.municipality("Oslo", "0301", factories.county("Oslo", "03"))


def cell(row, slug):
    return next(c for c in row.cells if c.kind.slug == slug)


def row_of(municipality, rows=None):
    rows = coverage_grid() if rows is None else rows
    return next(r for r in rows if r.municipality.pk == municipality.pk)


def test_each_cell_says_where_the_help_comes_from(asker, baerum, oslo, akershus, kinds):
    factories.offer("Asker skole", municipalities=[asker], offer_type=kinds["skole"])
    factories.offer("Kafé", municipalities=[asker, baerum], offer_type=kinds["kafe"])
    factories.offer("Fylkets skole", counties=[akershus], offer_type=kinds["skole"])
    factories.offer("Telefon", nationwide=True, offer_type=kinds["avlastning"])
    factories.offer("Utkast", municipalities=[oslo], offer_type=kinds["kafe"], is_published=False)
    factories.offer("Slutt", municipalities=[oslo], offer_type=kinds["kafe"], status="ended")

    asker_row, baerum_row, oslo_row = (row_of(m) for m in (asker, baerum, oslo))

    assert cell(asker_row, "parorendeskole").level == Level.OWN
    assert cell(asker_row, "parorendeskole").counts == {Level.OWN: 1, Level.COUNTY: 1}
    assert cell(baerum_row, "parorendeskole").level == Level.COUNTY
    assert cell(asker_row, "kurs-og-temamoter").level == Level.SHARED
    assert cell(asker_row, "kurs-og-temamoter").neighbours == ["Bærum"]
    assert cell(baerum_row, "kurs-og-temamoter").neighbours == ["Asker"]
    assert cell(oslo_row, "avlastning").level == Level.NATIONAL
    # Drafts and ended offers are not help anyone can get.
    assert cell(oslo_row, "kurs-og-temamoter").level == Level.NONE
    assert cell(oslo_row, "parorendeskole").level == Level.NONE
    # The carer allowance: none until the municipality says where to apply.
    assert cell(oslo_row, "omsorgsstonad").level == Level.NONE
    # skole, avlastning (national only), omsorgsstønad, kafé, and the factories' samtalegruppe
    assert oslo_row.gaps == 5


def test_an_offer_listed_and_county_wide_counts_once(asker, akershus, kinds):
    factories.offer("Begge", municipalities=[asker], counties=[akershus], offer_type=kinds["skole"])

    assert cell(row_of(asker), "parorendeskole").counts == {Level.OWN: 1}


def test_carer_allowance_counts_where_the_municipality_says_where_to_apply(asker, baerum, kinds):
    ApplicationOffice.objects.create(
        municipality=asker, name="Tildelingskontoret", phone="+47 011 10 300"
    )
    ApplicationOffice.objects.create(
        municipality=baerum,
        name="Tjenestekontoret",
        email="t@baerum.kommune.example",
        handles_carer_allowance=False,
    )

    assert cell(row_of(asker), "omsorgsstonad").level == Level.OWN
    assert cell(row_of(baerum), "omsorgsstonad").level == Level.NONE


@pytest.mark.parametrize("offers", [1, 30])
def test_the_grid_costs_the_same_few_queries_whatever_the_size(
    client, reference_data, offers, django_assert_num_queries
):
    from municipalities.models import County, Municipality
    from offers.models import OfferType

    types = list(OfferType.objects.all())
    places = list(Municipality.objects.all()[:40])
    for n in range(offers):
        factories.offer(
            f"Tilbud {n}",
            municipalities=places[n % 40 : n % 40 + 2],
            counties=[County.objects.first()] if n % 7 == 0 else [],
            offer_type=types[n % len(types)],
        )

    # The content version, the offer types, the counties, the municipalities (with county,
    # population and application office) and the public offers with where they apply; the
    # footer's helplines.
    with django_assert_num_queries(6):
        response = client.get("/oversikt/")
    assert response.content.decode().count('<th scope="row">') >= 357
    # Then the grid is cached until the content changes: the CSV reads only the version.
    with django_assert_num_queries(1):
        client.get("/oversikt.csv")


def test_overview_shows_cells_with_words_and_links(client, asker, baerum, kinds):
    factories.offer("Kafé", municipalities=[asker, baerum], offer_type=kinds["kafe"])
    factories.offer("Asker skole", municipalities=[asker], offer_type=kinds["skole"])

    html = client.get("/oversikt/").content.decode()

    assert "Delt med Bærum" in html
    assert '<a href="/tilbud/?kommune=asker&amp;type=kurs-og-temamoter">Delt med Bærum</a>' in html
    assert '<a href="/tilbud/?kommune=asker&amp;type=parorendeskole">Eget</a>' in html
    assert "Slik leser du oversikten" in html  # the legend
    assert 'title="lovpålagt">§</abbr>' in html  # legal duties marked
    assert "Omsorgsstønad" in html


def test_overview_of_one_county_and_the_counts_per_county(client, asker, baerum, oslo, kinds):
    factories.offer("Asker skole", municipalities=[asker], offer_type=kinds["skole"])

    html = client.get("/oversikt/?fylke=akershus").content.decode()

    assert "Hva finnes for pårørende i Akershus" in html
    assert ">Asker</a>" in html
    assert ">Bærum</a>" in html
    assert ">Oslo</a>" not in html
    assert "2 kommuner" in html


def test_unknown_county_and_order_are_explained(client, asker, kinds):
    html = client.get("/oversikt/?fylke=atlantis&sorter=tull").content.decode()

    assert "Vi fant ikke fylket «atlantis». Her er hele landet." in html
    assert "Vi kan ikke sortere etter «tull»." in html
    assert ">Asker</a>" in html


def test_sorted_by_population_and_by_gaps(client, asker, baerum, oslo, kinds):
    Population.objects.create(municipality=oslo, inhabitants=717_700, year=2024)
    Population.objects.create(municipality=asker, inhabitants=98_100, year=2024)
    factories.offer("Skole", municipalities=[asker], offer_type=kinds["skole"])
    factories.offer("Avlastning", municipalities=[asker], offer_type=kinds["avlastning"])

    by_size = client.get("/oversikt/?sorter=folketall").content.decode()
    by_gaps = client.get("/oversikt/?sorter=hull").content.decode()

    assert by_size.index(">Oslo</a>") < by_size.index(">Asker</a>") < by_size.index(">Bærum</a>")
    assert by_gaps.index(">Asker</a>") > by_gaps.index(">Bærum</a>")
    assert by_gaps.index(">Asker</a>") > by_gaps.index(">Oslo</a>")


def test_overview_prints_on_a4_landscape(client, asker):
    html = client.get("/oversikt/").content.decode()
    assert "/static/css/coverage.css" in html
    from django.conf import settings

    css = (settings.BASE_DIR / "static" / "css" / "coverage.css").read_text()
    assert "size: A4 landscape" in css


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_csv_has_a_row_for_each_of_the_357_municipalities(client, reference_data):
    response = client.get("/oversikt.csv")

    rows = read_csv(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows[0][:3] == ["kommunenummer", "kommune", "fylke"]
    assert "omsorgsstonad" in rows[0]
    assert "avlastning" in rows[0]
    assert len(rows) == 1 + 357
    assert {value for row in rows[1:] for value in row[3:]} <= {
        "own",
        "shared",
        "county",
        "national",
        "none",
    }


def test_csv_of_one_county_holds_the_levels(client, asker, baerum, oslo, kinds):
    factories.offer("Kafé", municipalities=[asker, baerum], offer_type=kinds["kafe"])

    rows = read_csv(client.get("/oversikt.csv?fylke=akershus"))

    header = rows[0]
    asker_row = next(row for row in rows if row[1] == "Asker")
    assert len(rows) == 3
    assert asker_row[:3] == ["3203", "Asker", "Akershus"]
    assert asker_row[header.index("kurs-og-temamoter")] == "shared"
    assert asker_row[header.index("parorendeskole")] == "none"


def test_csv_is_safe_against_formula_injection(client, akershus):
    factories.municipality('=HYPERLINK("http://x.example")', "3299", akershus, slug="formel")
    factories.municipality("+Pluss", "3298", akershus, slug="pluss")

    rows = read_csv(client.get("/oversikt.csv"))

    names = {row[1] for row in rows[1:]}
    assert '\'=HYPERLINK("http://x.example")' in names
    assert "'+Pluss" in names


def test_municipality_page_shows_its_row(client, asker, baerum, kinds):
    factories.offer("Kafé", municipalities=[asker, baerum], offer_type=kinds["kafe"])

    html = client.get("/kommuner/asker/").content.decode()

    assert "Dette finnes for pårørende i Asker" in html
    assert "Delt med Bærum" in html
    assert "/oversikt/?fylke=akershus" in html
