"""The coverage overview on the demo data: what a reviewer sees in Akershus and Finnmark."""

import csv
import io

import pytest
from django.core.management import call_command

from coverage.grid import Level, coverage_grid
from municipalities.models import County, Municipality


@pytest.fixture
def demo(db):
    call_command("load_demo_data", stdout=io.StringIO())


def cells(name):
    municipality = Municipality.objects.get(name=name)
    row = next(r for r in coverage_grid(municipality.county) if r.municipality == municipality)
    return {cell.kind.slug: cell for cell in row.cells}


def test_asker_and_baerum_have_their_own_respite_and_carer_schools_and_a_shared_cafe(demo):
    asker, baerum = cells("Asker"), cells("Bærum")

    for own in (asker, baerum):
        assert own["avlastning"].level == Level.OWN
        assert own["parorendeskole"].level == Level.OWN
        assert own["omsorgsstonad"].level == Level.OWN  # their «Søk om hjelp» says so
    assert baerum["parorendeskole"].counts[Level.OWN] == 2  # the weekend school too
    # The theme café they run together: beside their own courses and theme meetings.
    assert asker["kurs-og-temamoter"].neighbours == ["Bærum"]
    assert baerum["kurs-og-temamoter"].neighbours == ["Asker"]
    assert asker["kurs-og-temamoter"].also == "og delt med Bærum"
    # Children as carers: Asker has only the groups it shares with Bærum.
    assert asker["barn-som-parorende"].level == Level.SHARED
    assert asker["barn-som-parorende"].text == "Delt med Bærum (2)"


def test_kautokeino_shows_national_only(demo):
    kautokeino = cells("Kautokeino")

    levels = {cell.level for cell in kautokeino.values()}
    assert levels == {Level.NATIONAL, Level.NONE}
    assert kautokeino["veiledning-og-samtaler"].level == Level.NATIONAL
    assert kautokeino["avlastning"].level == Level.NONE


def test_the_akershus_page_and_the_csv_on_the_demo_data(client, demo):
    html = client.get("/oversikt/?fylke=akershus").content.decode()
    rows = list(csv.reader(io.StringIO(client.get("/oversikt.csv").content.decode("utf-8-sig"))))

    assert "21 kommuner" in html
    assert "og delt med Bærum" in html
    assert "og delt med Asker" in html
    assert len(rows) == 1 + 357
    header = rows[0]
    asker = next(row for row in rows if row[1] == "Asker")
    kautokeino = next(row for row in rows if row[1] == "Kautokeino")
    assert asker[header.index("avlastning")] == "own"
    assert asker[header.index("parorendeskole")] == "own"
    assert set(kautokeino[3:]) == {"national", "none"}
    assert County.objects.get(slug="akershus").municipalities.count() == 21
