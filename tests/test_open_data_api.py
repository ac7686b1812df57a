"""/api/hsds/: every answer validates against the HSDS 3.0 schemas, only public offers appear,
ids are stable, and a consumer that knows only HSDS finds a municipality's services."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from offers.models import Offer
from opendata.ids import hsds_id
from tests import factories
from tests.hsds import DETAIL_SCHEMAS, all_pages, assert_valid, items

API = "/api/hsds"
LISTS = ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"]


def service_id(offer) -> str:
    return hsds_id("offer", offer.pk)


def walk_everything(client) -> dict[str, list[dict]]:
    """Every item of every list, and every item's detail, each checked against its schema."""
    found = {}
    for kind in LISTS:
        found[kind] = items(all_pages(client, f"{API}/{kind}", per_page=7))
        for item in found[kind]:
            response = client.get(f"{API}/{kind}/{item['id']}")
            assert response.status_code == 200
            assert response["Content-Type"] == "application/json"
            assert_valid(response.json(), DETAIL_SCHEMAS[kind])
            assert response.json()["id"] == item["id"]
    return found


@pytest.mark.django_db
def test_every_list_and_detail_of_the_demo_data_validates_against_hsds(client):
    call_command("load_demo_data", stdout=io.StringIO())

    found = walk_everything(client)

    public = Offer.objects.public()
    assert {s["id"] for s in found["services"]} == {service_id(o) for o in public}
    assert len(found["services"]) == public.count() > 30
    assert {s["service"]["name"] for s in found["service_at_locations"]} == set(
        public.exclude(place="").values_list("title", flat=True)
    )
    assert len(found["service_at_locations"]) == public.exclude(place="").count()
    assert len(found["taxonomies"]) == 3
    assert {t["code"] for t in found["taxonomy_terms"]} >= {"demens", "parorendeskole", "barn"}


@pytest.fixture
def edge_cases(asker, baerum, trondheim, akershus):
    """A national offer, a county offer, offers without contacts, of every status, a draft."""
    demens = factories.diagnosis("Demens")
    factories.age_group("Barn", 0, 12)
    factories.age_group("Eldre", 67, None)
    way_in = factories.contact(municipality=asker, is_way_in=True, email="vei.inn@asker.example")
    hidden = factories.contact(is_public=False, email="skjult@asker.example")
    cases = {
        "national": factories.offer(
            "Pårørendelinjen", nationwide=True, format="phone", place="", schedule=""
        ),
        "county": factories.offer(
            "Kurs i hele Akershus",
            counties=[akershus],
            is_free=False,
            price="200 kroner for materiell",
            owner=asker,
        ),
        "local": factories.offer(
            "Demenskafé",
            municipalities=[asker, baerum],
            diagnoses=[demens],
            place="Asker bibliotek",
            owner=asker,
            carer_age_min=18,
            patient_age_max=64,
            confirmed_on=timezone.localdate(),
        ),
        "no_contacts": factories.offer("Uten kontakter", municipalities=[trondheim]),
        "pilot": factories.offer("Prøveprosjekt", municipalities=[asker], status="pilot"),
        "paused": factories.offer("På pause", municipalities=[asker], status="paused"),
        "ended": factories.offer("Avsluttet", municipalities=[asker], status="ended"),
        "draft": factories.offer("Utkast", municipalities=[asker], is_published=False),
        "course": factories.offer("Pårørendeskole", municipalities=[asker], place="Rådhuset"),
    }
    cases["local"].contacts.set([way_in, hidden])
    factories.round_of(cases["course"], 7, 14, 21, places_total=12, places_left=4)
    factories.round_of(cases["course"], 60, 61)
    return cases


@pytest.mark.django_db
def test_edge_cases_validate_and_say_what_they_are(client, edge_cases):
    walk_everything(client)

    national = client.get(f"{API}/services/{service_id(edge_cases['national'])}").json()
    assert [(a["name"], a["extent"]) for a in national["service_areas"]] == [("Hele landet", "NO")]
    assert "service_at_locations" not in national
    assert "contacts" not in national
    county = client.get(f"{API}/services/{service_id(edge_cases['county'])}").json()
    assert [(a["extent_type"], a["extent"]) for a in county["service_areas"]] == [
        ("fylkesnummer", "32")
    ]
    assert county["cost_options"][0]["amount_description"] == "200 kroner for materiell"
    local = client.get(f"{API}/services/{service_id(edge_cases['local'])}").json()
    assert sorted(a["extent"] for a in local["service_areas"]) == ["3201", "3203"]
    assert [c["email"] for c in local["contacts"]] == ["vei.inn@asker.example"]  # not the hidden
    assert local["assurer_email"] == "vei.inn@asker.example"
    assert local["assured_date"] == timezone.localdate().isoformat()
    assert local["minimum_age"] == 18
    assert "maximum_age" not in local
    assert local["eligibility_description"] == (
        "For pårørende 18 år og eldre. Den man er pårørende for: under 65 år. Diagnose: Demens."
    )
    tagged = {(a["link_type"], a["taxonomy_term"]["code"]) for a in local["attributes"]}
    assert tagged == {
        ("offer_type", "samtalegruppe"),
        ("diagnosis", "demens"),
        ("carer_age_group", "eldre"),
        ("patient_age_group", "barn"),
    }
    assert local["service_at_locations"][0]["location"]["name"] == "Asker bibliotek"


@pytest.mark.django_db
def test_a_course_has_a_schedule_for_each_round(client, edge_cases):
    course = client.get(f"{API}/services/{service_id(edge_cases['course'])}").json()
    weekly, two_days = course["schedules"]
    today = timezone.localdate()
    assert weekly["dtstart"] == (today + datetime.timedelta(days=7)).isoformat()
    assert (weekly["freq"], weekly["interval"], weekly["count"]) == ("WEEKLY", 1, 3)
    assert (weekly["opens_at"], weekly["closes_at"]) == ("18:00", "20:00")
    assert "4 ledige plasser" in weekly["notes"]
    assert "freq" not in two_days
    assert two_days["count"] == 2
    plain = client.get(f"{API}/services/{service_id(edge_cases['pilot'])}").json()
    assert [s["description"] for s in plain["schedules"]] == ["Første tirsdag i måneden kl. 18–20"]


@pytest.mark.django_db
def test_statuses_map_to_hsds_and_drafts_and_ended_offers_never_appear(client, edge_cases):
    services = {s["name"]: s for s in items(all_pages(client, f"{API}/services"))}

    assert services["Prøveprosjekt"]["status"] == "active"
    assert "prøveprosjekt" in services["Prøveprosjekt"]["alert"]
    assert services["På pause"]["status"] == "temporarily closed"
    assert services["Demenskafé"]["status"] == "active"
    assert "Avsluttet" not in services
    assert "Utkast" not in services
    for hidden in ("ended", "draft"):
        response = client.get(f"{API}/services/{service_id(edge_cases[hidden])}")
        assert response.status_code == 404
        assert response.json()["status"] == 404
    everything = str([client.get(f"{API}/{kind}").json() for kind in LISTS])
    assert "Utkast" not in everything
    assert "Avsluttet" not in everything


@pytest.mark.django_db
def test_a_consumer_knowing_only_hsds_pages_through_all_services_of_a_municipality(
    client, edge_cases, asker, settings
):
    """With only page/per_page and the service areas HSDS defines: Asker's services are those
    whose areas name Asker's number, its county's, or the whole country."""
    settings.API_MAX_PER_PAGE = 3  # several pages even for a few offers
    pages = all_pages(client, f"{API}/services", full="true", per_page=50)
    assert len(pages) > 1
    assert all(page["size"] <= 3 for page in pages)
    for service in items(pages):
        assert_valid(service, "compiled/service.json")
    in_asker = {
        s["name"]
        for s in items(pages)
        if {(a["extent_type"], a["extent"]) for a in s["service_areas"]}
        & {("kommunenummer", "3203"), ("fylkesnummer", "32"), ("landkode", "NO")}
    }

    expected = set(Offer.objects.public().serving(asker).values_list("title", flat=True))
    assert in_asker == expected
    assert in_asker == {
        "Pårørendelinjen",
        "Kurs i hele Akershus",
        "Demenskafé",
        "Prøveprosjekt",
        "På pause",
        "Pårørendeskole",
    }
    by_filter = items(all_pages(client, f"{API}/services", kommune="3203"))
    assert {s["name"] for s in by_filter} == expected
    assert {s["name"] for s in items(all_pages(client, f"{API}/services", kommune="asker"))} == (
        expected
    )


@pytest.mark.django_db
def test_filters_narrow_the_services(client, edge_cases):
    def names(**params):
        return {s["name"] for s in items(all_pages(client, f"{API}/services", **params))}

    assert names(search="demenskafe") == {"Demenskafé"}
    assert names(q="pårørendelinjen") == {"Pårørendelinjen"}
    edge_cases["county"].diagnosis_independent = True
    edge_cases["county"].save()
    assert names(diagnose="demens") == {"Demenskafé", "Kurs i hele Akershus"}
    demens_term = hsds_id("diagnosis", edge_cases["local"].diagnoses.get().pk)
    assert names(taxonomy_term_id=demens_term) == names(diagnose="demens")
    organization = hsds_id("provider", edge_cases["local"].provider_id)
    assert "Demenskafé" in names(organization_id=organization)
    Offer.objects.filter(pk=edge_cases["paused"].pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=30)
    )
    recent = names(modified_after=(timezone.localdate() - datetime.timedelta(days=1)).isoformat())
    assert "På pause" not in recent
    assert "Demenskafé" in recent
    assert names(kommune="5001") == {"Uten kontakter", "Pårørendelinjen"}


@pytest.mark.django_db
def test_ids_are_stable_when_slugs_and_titles_change(client, edge_cases):
    offer = edge_cases["local"]
    before = client.get(f"{API}/services/{service_id(offer)}").json()
    offer.slug, offer.title = "nytt-navn", "Nytt navn"
    offer.save()

    after = client.get(f"{API}/services/{service_id(offer)}").json()

    assert after["id"] == before["id"]
    assert after["name"] == "Nytt navn"
    assert after["url"].endswith("/tilbud/nytt-navn/")
    assert [a["id"] for a in after["attributes"]] == [a["id"] for a in before["attributes"]]


@pytest.mark.django_db
def test_the_index_and_the_openapi_description_are_ours(client):
    index = client.get(f"{API}/").json()
    assert index["version"] == "3.0"
    spec = client.get(index["openapi_url"].removeprefix("http://testserver")).json()

    assert spec["openapi"].startswith("3.1")
    assert spec["info"]["title"].startswith("Pårørendeportalen")
    assert spec["info"]["license"]["name"].startswith("Norsk lisens for offentlige data (NLOD) 2.0")
    assert "REQUIRED" not in str(spec["info"])
    assert "/services/{id}" in spec["paths"]


@pytest.mark.django_db
def test_organizations_are_the_providers_of_public_offers(client, edge_cases):
    factories.provider("Uten offentlige tilbud")
    factories.offer("Bare utkast", provider=factories.provider("Utkastlaget"), is_published=False)

    names = {o["name"] for o in items(all_pages(client, f"{API}/organizations"))}

    assert "Asker kommune" in names
    assert not names & {"Uten offentlige tilbud", "Utkastlaget"}
    detail = client.get(f"{API}/organizations/{hsds_id('provider', factories.provider().pk)}")
    assert "Utkast" not in {s["name"] for s in detail.json()["services"]}
    assert "Demenskafé" in {s["name"] for s in detail.json()["services"]}


@pytest.mark.django_db
def test_a_course_between_rounds_is_one_to_enrol_in_as_on_its_page(client, asker):
    # Not of a type that runs in rounds, no round ahead, but it has had one: still a course.
    course = factories.offer("Kurs mellom to runder", municipalities=[asker], format="individual")
    factories.round_of(course, -20, -13)

    page = client.get(course.get_absolute_url()).content.decode()
    service = client.get(f"{API}/services/{service_id(course)}").json()

    assert "Slik melder du deg på" in page
    assert service["application_process"].startswith("Du melder deg på.")
