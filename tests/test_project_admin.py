"""Development projects in the admin: a coordinator keeps their own municipality's projects
and no one else's, with history; national editors keep all; the award is theirs alone."""

import pytest
from django.test import Client
from django.urls import reverse

from projects.models import AwardRound, Nomination, Project
from tests import factories
from tests import project_factories as make

pytestmark = pytest.mark.django_db

TEXTS = [
    "title",
    "slug",
    "summary",
    "organisation",
    "status",
    "background",
    "goals",
    "measures",
    "partners",
    "results",
    "report_url",
]


def form_data(project, **changes) -> dict:
    """The change form as loaded for `project`, with `changes` typed in."""
    data = {name: getattr(project, name) for name in TEXTS}
    data |= {name: getattr(project, name) or "" for name in ["start_year", "end_year"]}
    data |= {
        name: [o.pk for o in getattr(project, name).all()]
        for name in ["municipalities", "counties", "themes", "offers"]
    }
    data |= {"owner": project.owner_id or "", "lead": project.lead_id or ""}
    if project.is_published:
        data["is_published"] = "on"
    return data | changes


def change_url(project):
    return reverse("admin:projects_project_change", args=[project.pk])


@pytest.fixture
def asker_project(asker):
    return make.project("Styrket pårørendestøtte", owner=asker, municipalities=[asker])


@pytest.fixture
def gjovik_project():
    gjovik = make.gjovik()
    return make.project("Helhetlig pårørendearbeid", owner=gjovik, municipalities=[gjovik])


def test_an_asker_coordinator_edits_askers_project_and_it_is_kept_in_history(
    coordinator_client, asker_project, asker_coordinator
):
    response = coordinator_client.post(
        change_url(asker_project), form_data(asker_project, end_year=2020, start_year=2017)
    )

    assert response.status_code == 302
    asker_project.refresh_from_db()
    assert (asker_project.start_year, asker_project.end_year) == (2017, 2020)
    version = asker_project.history.latest()
    assert version.history_user == asker_coordinator
    assert version.end_year == 2020
    history = coordinator_client.get(
        reverse("admin:projects_project_history", args=[asker_project.pk])
    )
    assert history.status_code == 200


def test_an_asker_coordinator_can_neither_see_nor_edit_gjoviks_project(
    coordinator_client, asker_project, gjovik_project
):
    listing = coordinator_client.get(reverse("admin:projects_project_changelist"))
    page = coordinator_client.get(change_url(gjovik_project))
    response = coordinator_client.post(
        change_url(gjovik_project), form_data(gjovik_project, title="Overtatt")
    )
    history = coordinator_client.get(
        reverse("admin:projects_project_history", args=[gjovik_project.pk])
    )
    delete = coordinator_client.post(
        reverse("admin:projects_project_delete", args=[gjovik_project.pk]), {"post": "yes"}
    )

    assert "Styrket pårørendestøtte" in listing.content.decode()
    assert "Helhetlig pårørendearbeid" not in listing.content.decode()
    assert page.status_code == 302
    assert response.status_code == 302
    assert history.status_code == 404
    assert delete.status_code == 302
    gjovik_project.refresh_from_db()
    assert gjovik_project.title == "Helhetlig pårørendearbeid"


def test_a_coordinator_cannot_hand_their_project_to_another_municipality(
    coordinator_client, asker_project, gjovik_project
):
    response = coordinator_client.post(
        change_url(asker_project), form_data(asker_project, owner=gjovik_project.owner_id)
    )

    assert response.status_code == 200
    assert "Velg et gyldig valg" in response.content.decode()
    asker_project.refresh_from_db()
    assert asker_project.owner.name == "Asker"


def test_a_coordinator_cannot_attach_a_municipality_of_another_county_and_is_told_why(
    coordinator_client, asker_project, gjovik_project, baerum
):
    refused = coordinator_client.post(
        change_url(asker_project),
        form_data(asker_project, municipalities=[asker_project.owner_id, gjovik_project.owner_id]),
    )
    allowed = coordinator_client.post(
        change_url(asker_project),
        form_data(asker_project, municipalities=[asker_project.owner_id, baerum.pk]),
    )

    html = " ".join(refused.content.decode().split())
    assert refused.status_code == 200
    assert "Et prosjekt kan bare nevne kommunene dine og andre kommuner i samme fylke." in html
    assert allowed.status_code == 302
    assert {m.name for m in asker_project.municipalities.all()} == {"Asker", "Bærum"}


def test_a_coordinator_cannot_name_whole_counties(coordinator_client, asker_project, akershus):
    coordinator_client.post(
        change_url(asker_project), form_data(asker_project, counties=[akershus.pk])
    )

    assert list(asker_project.counties.all()) == []


def test_a_new_project_of_a_coordinator_is_their_municipalitys(
    coordinator_client, asker, gjovik_project
):
    url = reverse("admin:projects_project_add")
    data = {
        "title": "Pårørendekafé",
        "slug": "parorendekafe",
        "summary": "Kort.",
        "organisation": "Asker kommune",
        "status": "planlagt",
    }

    for_nobody = coordinator_client.post(url, data)
    for_gjovik = coordinator_client.post(url, data | {"owner": gjovik_project.owner_id})
    for_asker = coordinator_client.post(url, data | {"owner": asker.pk})

    assert for_nobody.status_code == 200  # empty means national: not theirs to make
    assert for_gjovik.status_code == 200
    assert for_asker.status_code == 302
    assert Project.objects.get(slug="parorendekafe").owner == asker


def test_a_coordinator_links_their_own_offers_only(coordinator_client, asker_project, baerum):
    own = factories.offer("Fleksibel avlastning", owner=asker_project.owner)
    others = factories.offer("Bærums tilbud", owner=baerum)

    refused = coordinator_client.post(
        change_url(asker_project), form_data(asker_project, offers=[own.pk, others.pk])
    )
    allowed = coordinator_client.post(
        change_url(asker_project), form_data(asker_project, offers=[own.pk])
    )

    assert refused.status_code == 200
    assert allowed.status_code == 302
    assert list(asker_project.offers.all()) == [own]


def test_an_editors_links_stay_when_a_coordinator_saves(
    coordinator_client, asker_project, gjovik_project, baerum
):
    others = factories.offer("Bærums tilbud", owner=baerum)
    asker_project.municipalities.add(gjovik_project.owner)
    asker_project.offers.add(others)

    response = coordinator_client.post(
        change_url(asker_project), form_data(asker_project, title="Nytt navn")
    )

    assert response.status_code == 302
    assert gjovik_project.owner in asker_project.municipalities.all()
    assert list(asker_project.offers.all()) == [others]


def test_a_national_editor_edits_every_project(client, national_editor, gjovik_project):
    client.force_login(national_editor)
    innlandet = gjovik_project.owner.county

    response = client.post(
        change_url(gjovik_project), form_data(gjovik_project, counties=[innlandet.pk])
    )

    assert response.status_code == 302
    assert list(gjovik_project.counties.all()) == [innlandet]


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:projects_projecttheme_changelist",
        "admin:projects_awardround_changelist",
        "admin:projects_awardwinner_changelist",
        "admin:projects_nomination_changelist",
    ],
)
def test_the_themes_and_the_award_are_the_national_editors(
    coordinator_client, client, national_editor, url_name
):
    assert coordinator_client.get(reverse(url_name)).status_code == 403
    client.force_login(national_editor)
    assert client.get(reverse(url_name)).status_code == 200


def test_a_project_cannot_end_before_it_starts(coordinator_client, asker_project):
    response = coordinator_client.post(
        change_url(asker_project), form_data(asker_project, start_year=2020, end_year=2017)
    )

    assert "Sluttåret kan ikke være før startåret." in response.content.decode()
    asker_project.refresh_from_db()
    assert asker_project.start_year is None


def test_the_editors_set_the_rounds_dates_and_odd_dates_are_explained(client, national_editor):
    client.force_login(national_editor)
    url = reverse("admin:projects_awardround_add")
    data = {"year": 2027, "nominations_open": "01.04.2027", "nominations_close": "01.06.2027"}

    backwards = client.post(url, data | {"nominations_close": "01.03.2027"})
    early_ceremony = client.post(url, data | {"ceremony_date": "01.05.2027"})
    saved = client.post(url, data | {"ceremony_date": "20.09.2027", "ceremony_name": "Konferansen"})

    assert "Nominasjonen må åpne før den stenger." in backwards.content.decode()
    assert "Prisen kan ikke deles ut før nominasjonen er stengt." in early_ceremony.content.decode()
    assert saved.status_code == 302
    assert str(AwardRound.objects.get().ceremony_date) == "2027-09-20"


def test_the_jury_reads_nominations_but_nobody_edits_them(client, national_editor, asker):
    award_round = make.award_round(2026)
    nomination = Nomination.objects.create(
        award_round=award_round,
        municipality=asker,
        reason="Veien inn.",
        name="Kari",
        email="k@x.example",
    )
    client.force_login(national_editor)

    listing = client.get(reverse("admin:projects_nomination_changelist"))
    page = client.get(reverse("admin:projects_nomination_change", args=[nomination.pk]))
    edit = client.post(
        reverse("admin:projects_nomination_change", args=[nomination.pk]), {"reason": "Endret"}
    )

    assert "Veien inn." in listing.content.decode()
    assert page.status_code == 200
    assert edit.status_code == 403
    nomination.refresh_from_db()
    assert nomination.reason == "Veien inn."


def test_the_jury_sees_this_years_nominations_on_the_start_page(
    client, national_editor, asker_coordinator, asker, baerum
):
    award_round = make.award_round(2099)
    for municipality, email in [
        (asker, "a@x.example"),
        (asker, "b@x.example"),
        (baerum, "c@x.example"),
    ]:
        Nomination.objects.create(
            award_round=award_round, municipality=municipality, reason="…", name="N", email=email
        )
    client.force_login(national_editor)

    html = " ".join(client.get(reverse("admin:index")).content.decode().split())
    coordinator_client = Client()
    coordinator_client.force_login(asker_coordinator)
    coordinators = coordinator_client.get(reverse("admin:index")).content.decode()

    assert "Nominasjoner til Årets pårørendekommune 2099" in html
    assert '<th scope="row">Asker</th><td>2</td>' in html
    assert '<th scope="row">Bærum</th><td>1</td>' in html
    assert "Nominasjoner til Årets pårørendekommune" not in coordinators
