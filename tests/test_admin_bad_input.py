"""Bad input to the admin is a form error or 400 Bad Request, never a server error: a NUL in
the query string (PostgreSQL can neither store nor compare it), relation ids that are not
ids, in the add form's address and in what a form sends, odd values for every list's
filters and searches, as a coordinator and as a national editor."""

from urllib.parse import quote

import pytest
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from offers.models import Offer
from tests import factories
from tests.admin_forms import change_url, confirm_url, new_offer_data, offer_form_data
from tests.test_bad_input import get, pieces, texts

NUL = "%00"


@pytest.fixture
def offer(asker):
    offer = factories.offer("Samtalegruppe i Asker", owner=asker, municipalities=[asker])
    offer.contacts.set([factories.contact("Koordinator i Asker", municipality=asker)])
    return offer


def admin_addresses(offer):
    """Admin pages that read the query string, for a coordinator's own offer."""
    return [
        "/admin/",
        "/admin/offers/offer/",
        "/admin/offers/offer/add/",
        change_url(offer),
        confirm_url(offer),
        reverse("admin:offers_offer_history", args=[offer.pk]),
        reverse("admin:offers_offer_preview", args=[offer.pk]),
        reverse("admin:offers_offer_deleted"),
        "/admin/offers/provider/",
        "/admin/offers/contactperson/",
        "/admin/municipalities/municipality/",
        "/admin/autocomplete/",
    ]


@pytest.mark.parametrize(
    "query",
    [
        f"status__exact={NUL}",
        f"q={NUL}",
        f"q=demens{NUL}",
        f"ma_bekreftes={NUL}",
        f"owner__id__exact={NUL}",
        f"{NUL}=1",
        f"app_label=offers&model_name=offer&field_name=provider&term={NUL}",
        f"title={NUL}",
    ],
)
def test_a_nul_in_any_admin_query_string_is_a_bad_request(coordinator_client, offer, query):
    """Found by a probe: PostgreSQL refuses NUL, and the changelist and autocomplete failed."""
    for address in admin_addresses(offer):
        response = get(coordinator_client, address, query)

        assert response.status_code == 400, address
        assert "Vi forsto ikke forespørselen" in response.content.decode()


def test_an_empty_to_field_is_a_bad_request(coordinator_client, offer):
    """Found by hypothesis: Django's change view looked up a field named "" (a 500)."""
    for address in admin_addresses(offer):
        response = get(coordinator_client, address, "_to_field=")

        assert response.status_code == 400, address
        assert "Vi forsto ikke forespørselen" in response.content.decode()


def test_relation_ids_that_are_not_ids_in_the_add_forms_address_are_ignored(
    coordinator_client, offer
):
    """Found by a probe: ?owner=abc&contacts=x,y failed to look 'abc' and 'x' up."""
    for query in [
        "owner=abc&contacts=x,y",
        "provider=1.5&partners=,,&municipalities=-1,abc",
        "owner=99999999999999999999&contacts=99999999999999999999",
        f"contacts={offer.contacts.get().pk},x",
    ]:
        response = get(coordinator_client, "/admin/offers/offer/add/", query)

        assert response.status_code == 200, query
    assert "Koordinator i Asker" in response.content.decode()  # the one real id is shown


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("contacts", "abc"),
        ("contacts", "99999999999999999999"),
        ("partners", "-1"),
        ("municipalities", "1.5"),
        ("provider", "abc"),
        ("owner", "99999999999999999999"),
        ("offer_type", "abc"),
        ("diagnoses", "abc"),
    ],
)
def test_a_relation_sent_as_something_that_is_no_id_is_a_form_error(
    coordinator_client, offer, field, value
):
    """Found by a probe: the change form sent back with contacts=abc failed to show again."""
    response = coordinator_client.post(change_url(offer), offer_form_data(offer, **{field: value}))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field]
    assert Offer.objects.get().version == offer.version


def test_a_new_offer_with_an_odd_relation_is_a_form_error(coordinator_client, offer, asker):
    data = new_offer_data(owner=asker, provider=offer.provider, offer_type=offer.offer_type)

    response = coordinator_client.post("/admin/offers/offer/add/", data | {"contacts": "x"})

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["contacts"]
    assert Offer.objects.count() == 1


@pytest.mark.parametrize("selected", ["abc", "99999999999999999999", "\x00"])
def test_a_list_action_on_something_that_is_no_id_is_a_bad_request(
    coordinator_client, offer, selected
):
    response = coordinator_client.post(
        "/admin/offers/offer/",
        {"action": "confirm_selected", "index": "0", "_selected_action": [offer.pk, selected]},
    )

    assert response.status_code == 400
    assert Offer.objects.get().confirmed_on is None


def test_random_query_strings_never_break_an_admin_page(coordinator_client, offer):
    addresses = admin_addresses(offer)
    parameters = [
        "q",
        "o",
        "p",
        "e",
        "status__exact",
        "is_published__exact",
        "owner__id__exact",
        "offer_type__id__exact",
        "diagnoses__id__exact",
        "ma_bekreftes",
        "_changelist_filters",
        "_to_field",
        "_popup",
        "term",
        "app_label",
        "model_name",
        "field_name",
        "contacts",
        "owner",
    ]
    queries = st.lists(
        st.tuples(st.one_of(st.sampled_from(parameters), pieces), pieces), max_size=5
    ).map(lambda pairs: "&".join(f"{key}={value}" for key, value in pairs))

    @settings(max_examples=300)
    @given(address=st.sampled_from(addresses), query=queries)
    def check(address, query):
        response = get(coordinator_client, address, query)
        assert response.status_code < 500, (address, query, response.content[:300])

    check()


def test_random_relation_values_in_the_change_form_are_form_errors(coordinator_client, offer):
    @settings(max_examples=100)
    @given(
        field=st.sampled_from(["contacts", "partners", "municipalities", "provider", "owner"]),
        value=texts,
    )
    def check(field, value):
        data = offer_form_data(offer, **{field: value})
        response = coordinator_client.post(change_url(offer), data)
        assert response.status_code in {200, 302}, (field, value)

    check()


def test_an_address_path_that_is_no_id_is_not_found(coordinator_client, offer):
    for path in [
        f"/admin/offers/offer/{quote('abc')}/change/",
        "/admin/offers/offer/%00/change/",
        "/admin/offers/offer/99999999999999999999/change/",
        "/admin/offers/offer/abc/history/",
        "/admin/offers/offer/99999999999999999999/history/",
        "/admin/offers/offer/1/history/abc/",
        "/admin/offers/offer/99999999999999999999/bekreft/",
        "/admin/offers/offer/%00/bekreft/",
        "/admin/offers/offer/99999999999999999999/forhandsvisning/",
        "/admin/offers/offer/abc/delete/",
    ]:
        response = get(coordinator_client, path)

        assert response.status_code in {302, 404}, path
