"""«Søk om hjelp» on each municipality's page: where to apply for help granted by decision,
the office's contact (edited by the municipality's coordinators with its way in) and the
right to appeal to Statsforvalteren."""

import re

from coverage.grid import Level, coverage_grid
from coverage.models import ApplicationOffice


def test_municipality_page_says_where_to_apply_and_how_to_appeal(client, asker):
    ApplicationOffice.objects.create(
        municipality=asker,
        name="Tildelingskontoret",
        phone="+47 011 10 300",
        email="tildeling@asker.kommune.example",
        application_url="https://www.asker.kommune.example/sok",
    )

    html = client.get("/kommuner/asker/").content.decode()

    assert 'id="sok-om-hjelp"' in html
    assert "Søk om hjelp" in html
    assert "Avlastning, omsorgsstønad og hjelp i hjemmet er tjenester du søker kommunen om." in html
    assert "Tildelingskontoret" in html
    assert "her søker du også om omsorgsstønad" in html
    assert 'href="tel:+4701110300"' in html
    assert 'href="https://www.asker.kommune.example/sok"' in html
    assert "Statsforvalteren" in html


def test_without_an_office_the_page_points_to_the_way_in(client, asker):
    html = client.get("/kommuner/asker/").content.decode()

    assert "Kommunen har ikke oppgitt hvor du søker her ennå." in html
    assert "Statsforvalteren" in html


def form_data(html: str) -> dict:
    """The change form's fields as the browser would send them."""
    data = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or ('type="checkbox"' in tag and "checked" not in tag):
            continue
        value = re.search(r'value="([^"]*)"', tag)
        data[name.group(1)] = value.group(1) if value else ""
    return data


def test_coordinator_says_where_to_apply_and_the_overview_counts_the_carer_allowance(
    client, asker, asker_coordinator
):
    url = f"/admin/municipalities/municipality/{asker.pk}/change/"
    client.force_login(asker_coordinator)
    data = form_data(client.get(url).content.decode())
    data.update(
        {
            "application_office-TOTAL_FORMS": "1",
            "application_office-0-name": "Tildelingskontoret",
            "application_office-0-phone": "+47 011 10 300",
            "application_office-0-handles_carer_allowance": "on",
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    office = ApplicationOffice.objects.get(municipality=asker)
    assert office.name == "Tildelingskontoret"
    assert office.history.get().history_user == asker_coordinator
    row = next(r for r in coverage_grid() if r.municipality == asker)
    assert next(c for c in row.cells if c.kind.slug == "omsorgsstonad").level == Level.OWN


def test_another_municipalitys_coordinator_cannot_edit_its_office(
    client, asker, baerum_coordinator
):
    client.force_login(baerum_coordinator)

    response = client.get(f"/admin/municipalities/municipality/{asker.pk}/change/")

    assert response.status_code in {302, 403, 404}
    assert not ApplicationOffice.objects.exists()


def test_an_office_must_be_reachable(asker):
    import pytest
    from django.core.exceptions import ValidationError

    office = ApplicationOffice(municipality=asker, name="Kontoret")
    with pytest.raises(ValidationError, match="Oppgi telefon, e-post eller lenke"):
        office.full_clean()
