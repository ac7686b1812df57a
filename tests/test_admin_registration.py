"""Every model is in Django admin with list columns, filters and search."""

import pytest
from django.contrib import admin
from django.urls import reverse

from municipalities.models import County, Municipality
from offers.models import AgeGroup, ContactPerson, Diagnosis, Offer, OfferType, Provider
from tests import factories

MODELS = [County, Municipality, Offer, OfferType, Diagnosis, AgeGroup, Provider, ContactPerson]


@pytest.fixture
def superuser_client(client, db):
    client.force_login(factories.superuser())
    return client


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_is_registered_with_list_columns_and_search(model):
    model_admin = admin.site._registry[model]

    assert len(model_admin.list_display) > 1
    assert model_admin.search_fields


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_and_add_pages_open(superuser_client, asker, model):
    factories.offer("Et tilbud", municipalities=[asker])
    opts = model._meta

    changelist = superuser_client.get(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    )
    add = superuser_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))

    assert changelist.status_code == 200
    assert add.status_code == 200


def test_offer_change_page_opens_and_uses_autocomplete_for_municipalities(superuser_client, asker):
    offer = factories.offer("Et tilbud", municipalities=[asker])

    response = superuser_client.get(reverse("admin:offers_offer_change", args=[offer.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-field-name="municipalities"' in html
    assert "admin-autocomplete" in html


def test_municipality_autocomplete_finds_by_name(superuser_client, asker, baerum):
    response = superuser_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "bær",
            "app_label": "offers",
            "model_name": "offer",
            "field_name": "municipalities",
        },
    )

    assert [r["text"] for r in response.json()["results"]] == ["Bærum"]


def test_offer_form_is_roomy_and_gives_no_advice_that_does_not_apply(coordinator_client):
    html = coordinator_client.get("/admin/offers/offer/add/").text

    assert 'href="/static/css/admin.css"' in html
    assert "Diagnosen til den man er pårørende for." in html  # the field's own help
    assert "Control" not in html  # Django's advice for plain multiple selects
