"""/api/hsds/ is cheap and safe: conditional GETs, CORS, a per-address rate limit, capped
pages, a 400 in JSON for anything it cannot read (never a 5xx), and fixed query counts."""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opendata.ids import hsds_id
from tests import factories
from tests.hsds import assert_valid

API = "/api/hsds"


@pytest.fixture
def offers(asker, akershus):
    demens = factories.diagnosis("Demens")
    factories.age_group("Barn", 0, 12)
    way_in = factories.contact(municipality=asker, is_way_in=True)
    made = [
        factories.offer(
            f"Tilbud {n}",
            municipalities=[asker],
            counties=[akershus] if n % 2 else [],
            diagnoses=[demens],
            owner=asker,
            place="Rådhuset" if n % 3 else "",
        )
        for n in range(6)
    ]
    for offer in made:
        offer.contacts.set([way_in, factories.contact()])
    factories.round_of(made[0], 5, 12)
    return made


@pytest.mark.django_db
def test_a_client_that_has_the_answer_gets_304_until_the_content_changes(client, offers):
    first = client.get(f"{API}/services")
    assert first["ETag"]
    assert first["Last-Modified"]

    again = client.get(f"{API}/services", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"

    offers[0].title = "Nytt navn"
    offers[0].save()
    changed = client.get(f"{API}/services", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert "Nytt navn" in {s["name"] for s in changed.json()["contents"]}


@pytest.mark.django_db
def test_cors_is_open_for_get_and_preflight(client, offers):
    response = client.get(f"{API}/services", HTTP_ORIGIN="https://kommune.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]

    preflight = client.options(
        f"{API}/services",
        HTTP_ORIGIN="https://kommune.example",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert client.post(f"{API}/services").status_code == 405
    assert client.delete(f"{API}/services").status_code == 405


@pytest.mark.django_db
def test_over_the_rate_limit_the_answer_is_429_in_json_with_retry_after(client, offers, settings):
    settings.API_RATE = "3/m"
    answers = [
        client.get(f"{API}/taxonomies", REMOTE_ADDR="192.0.2.7", HTTP_ACCEPT_LANGUAGE="en")
        for _ in range(4)
    ]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    refused = answers[-1]
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused.json()["status"] == 429
    assert refused.json()["message"].startswith("For mange forespørsler")  # bokmål, as all of it
    assert refused["Access-Control-Allow-Origin"] == "*"
    assert client.get(f"{API}/taxonomies", REMOTE_ADDR="192.0.2.8").status_code == 200


@pytest.mark.django_db
def test_per_page_is_capped(client, offers, settings):
    settings.API_MAX_PER_PAGE = 4
    page = client.get(f"{API}/services", {"per_page": 1000}).json()

    assert (page["size"], page["total_items"], page["total_pages"]) == (4, 6, 2)
    assert_valid(page, "page")
    beyond = client.get(f"{API}/services", {"page": 99}).json()
    assert (beyond["contents"], beyond["page_number"], beyond["last_page"]) == ([], 99, True)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=abc", "page"),
        ("page=%C2%B2", "page"),  # "²": a digit to str.isdigit(), no number to int()
        ("kommune=%00", "kommune"),  # NUL: PostgreSQL refuses it in a query
        ("per_page=1.5", "per_page"),
        ("per_page=99999999999999999999", "per_page"),
        ("kommune=atlantis", "kommune"),
        ("kommune=9999", "kommune"),
        ("diagnose=ukjent", "diagnose"),
        ("taxonomy_term_id=ikke-en-uuid", "taxonomy_term_id"),
        (f"taxonomy_term_id={hsds_id('nothing', 1)}", "taxonomy_term_id"),
        ("taxonomy_id=x", "taxonomy_id"),
        ("organization_id=x", "organization_id"),
        ("modified_after=i%20går", "modified_after"),
        ("modified_after=2026-13-45", "modified_after"),
        ("modified_after=0001-01-01", "modified_after"),
        ("full=kanskje", "full"),
        ("format=ndjson", "format"),
        ("postcode=1383", "postcode"),
        (f"search={'a' * 201}", "search"),
    ],
)
def test_bad_parameters_get_a_400_in_json_that_names_them(client, offers, query, parameter):
    response = client.get(f"{API}/services?{query}")

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert body["parameter"] == parameter
    assert body["message"]
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.django_db
def test_unknown_ids_are_404_in_json(client, offers):
    for kind in ["services", "organizations", "taxonomies", "taxonomy_terms"]:
        for odd in ["ikke-en-id", hsds_id("offer", 999999), quote("'; drop table--")]:
            response = client.get(f"{API}/{kind}/{odd}")
            assert response.status_code == 404
            assert response.json()["status"] == 404


ODD = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", "0", "1", "true", "asker", "3203", "demens", "2026-01-01", "%00"]),
)
PARAMETERS = [
    "page", "per_page", "search", "q", "kommune", "diagnose", "taxonomy_term_id",
    "taxonomy_id", "organization_id", "modified_after", "full", "format", "top_only",
    "parent_id",
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind", ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"]
)
def test_odd_parameters_never_give_a_server_error(client, offers, kind, settings):
    settings.API_RATE = "100000/m"

    @given(params=st.dictionaries(st.sampled_from(PARAMETERS), ODD, max_size=4))
    def check(params):
        response = client.get(f"{API}/{kind}", params)
        assert response.status_code in {200, 400}, response.content[:300]
        if response.status_code == 200:
            assert_valid(response.json(), "page")
        else:
            assert response.json()["parameter"] in PARAMETERS

    check()


@pytest.mark.django_db
def test_query_counts_are_fixed_whatever_the_number_of_offers(
    client, offers, django_assert_num_queries
):
    offer = offers[0]
    organization = hsds_id("provider", offer.provider_id)
    # In this order: the taxonomy terms are read once per content version (by full=true).
    expected = {
        # content version, count, page, diagnoses, contacts, the owners' way-in contacts,
        # upcoming rounds and their sessions (how a carer gets an offer: does it run in rounds)
        f"{API}/services": 8,
        # + the municipality and the diagnosis
        f"{API}/services?kommune=asker&diagnose=demens": 10,
        # + counties, municipalities, and the three taxonomies' terms
        f"{API}/services?full=true": 13,
        # version, the ids of public offers, the offer and its 7 relations
        f"{API}/services/{hsds_id('offer', offer.pk)}": 10,
        f"{API}/organizations": 3,
        # version, the providers' ids, the provider, its offers and their 3 relations, their
        # upcoming rounds and sessions
        f"{API}/organizations/{organization}": 9,
        f"{API}/taxonomy_terms": 1,
        # as services, but only offers with a place: none of them has a round, so no sessions
        f"{API}/service_at_locations": 7,
    }
    for path, count in expected.items():
        with django_assert_num_queries(count):
            assert client.get(path).status_code == 200
