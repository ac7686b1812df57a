"""The permission matrix: every admin view of an offer, for every persona.

The offer belongs to Asker. Asker's coordinator and the national editor may do everything
with it; Bærum's coordinator and an anonymous visitor may do nothing, and a refused write
leaves the database as it was. Bærum's coordinator is told the offer does not exist (404 or
the admin's "does not exist" redirect), never that it is forbidden.
"""

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone

from offers.models import Offer
from tests import factories
from tests.admin_forms import change_url, new_offer_data, offer_form_data
from tests.conftest import PERSONAS

ALLOWED = {
    "asker_coordinator": True,
    "national_editor": True,
    "baerum_coordinator": False,
    "anonymous": False,
}
matrix = pytest.mark.parametrize(("persona", "allowed"), ALLOWED.items())


@pytest.fixture
def contacts(asker, baerum):
    return {
        "asker": factories.contact("Demenskoordinator i Asker", municipality=asker),
        "baerum": factories.contact("Demenskoordinator i Bærum", municipality=baerum),
        "national": factories.contact("Nasjonal pårørendelinje"),
    }


@pytest.fixture
def asker_offer(asker, contacts):
    offer = factories.offer("Samtalegruppe i Asker", owner=asker, municipalities=[asker])
    offer.contacts.set([contacts["asker"]])
    return offer


@pytest.fixture
def baerum_offer(baerum):
    return factories.offer("Samtalegruppe i Bærum", owner=baerum, municipalities=[baerum])


def snapshot(offer):
    """Everything stored about an offer, relations included."""
    offer = Offer.objects.get(pk=offer.pk)
    return model_to_dict(offer) | {"version": offer.version, "confirmed_on": offer.confirmed_on}


def assert_refused(response, persona):
    if persona == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    else:
        assert response.status_code in {302, 404}
        if response.status_code == 302:
            assert response["Location"] == reverse("admin:index")


def test_every_persona_is_in_the_matrix():
    assert set(ALLOWED) == set(PERSONAS)


@matrix
def test_changelist(persona_client, persona, allowed, asker_offer, baerum_offer):
    response = persona_client(persona).get(reverse("admin:offers_offer_changelist"))

    if persona == "anonymous":
        assert_refused(response, persona)
        return
    html = response.content.decode()
    assert response.status_code == 200
    assert (asker_offer.title in html) is allowed
    assert (baerum_offer.title in html) is (persona != "asker_coordinator")


@matrix
def test_add(persona_client, persona, allowed, asker, asker_offer):
    client = persona_client(persona)
    data = new_offer_data(
        owner=asker, provider=asker_offer.provider, offer_type=asker_offer.offer_type
    )

    page = client.get(reverse("admin:offers_offer_add"))
    response = client.post(reverse("admin:offers_offer_add"), data)

    created = Offer.objects.filter(title="Nytt tilbud")
    if allowed:
        assert page.status_code == 200
        assert response.status_code == 302
        assert created.get().owner == asker
    elif persona == "anonymous":
        assert_refused(response, persona)
        assert not created.exists()
    else:
        # Bærum's coordinator may add offers, but not for Asker: the form refuses the owner.
        assert response.status_code == 200
        assert "Velg et gyldig valg" in response.content.decode()
        assert not created.exists()


@matrix
def test_change(persona_client, persona, allowed, asker_offer):
    client = persona_client(persona)
    before = snapshot(asker_offer)

    page = client.get(change_url(asker_offer))
    response = client.post(change_url(asker_offer), offer_form_data(asker_offer, title="Endret"))

    if allowed:
        assert page.status_code == 200
        assert response.status_code == 302
        assert Offer.objects.get(pk=asker_offer.pk).title == "Endret"
    else:
        assert_refused(page, persona)
        assert_refused(response, persona)
        assert snapshot(asker_offer) == before


@matrix
def test_delete(persona_client, persona, allowed, asker_offer):
    client = persona_client(persona)
    url = reverse("admin:offers_offer_delete", args=[asker_offer.pk])

    response = client.post(url, {"post": "yes"})

    assert Offer.objects.filter(pk=asker_offer.pk).exists() is not allowed
    if not allowed:
        assert_refused(response, persona)


@matrix
def test_history(persona_client, persona, allowed, asker_offer):
    response = persona_client(persona).get(
        reverse("admin:offers_offer_history", args=[asker_offer.pk])
    )

    if allowed:
        assert response.status_code == 200
        assert asker_offer.title in response.content.decode()
    else:
        assert_refused(response, persona)


@matrix
def test_revert(persona_client, persona, allowed, asker_offer):
    first = asker_offer.history.earliest("history_date")
    asker_offer.title = "Nytt navn"
    asker_offer.save()
    client = persona_client(persona)
    before = snapshot(asker_offer)
    url = reverse("admin:offers_offer_simple_history", args=[asker_offer.pk, first.history_id])

    page = client.get(url)
    response = client.post(url, offer_form_data(asker_offer, title=first.title))

    if allowed:
        assert page.status_code == 200
        assert response.status_code == 302
        assert Offer.objects.get(pk=asker_offer.pk).title == "Samtalegruppe i Asker"
    else:
        assert_refused(page, persona)
        assert_refused(response, persona)
        assert snapshot(asker_offer) == before


@matrix
def test_autocomplete(persona_client, persona, allowed, asker_offer, contacts):
    response = persona_client(persona).get(
        reverse("admin:autocomplete"),
        {"app_label": "offers", "model_name": "offer", "field_name": "contacts", "term": ""},
    )

    if persona == "anonymous":
        assert_refused(response, persona)
        return
    found = {r["text"] for r in response.json()["results"]}
    assert ("Demenskoordinator i Asker" in found) is allowed
    assert ("Demenskoordinator i Bærum" in found) is (persona != "asker_coordinator")
    assert "Nasjonal pårørendelinje" in found


@matrix
def test_bulk_confirm_action(persona_client, persona, allowed, asker_offer):
    before = snapshot(asker_offer)

    response = persona_client(persona).post(
        reverse("admin:offers_offer_changelist"),
        {"action": "confirm_selected", "_selected_action": [asker_offer.pk]},
    )

    if allowed:
        assert response.status_code == 302
        assert Offer.objects.get(pk=asker_offer.pk).confirmed_on == timezone.localdate()
    else:
        assert snapshot(asker_offer) == before
        if persona == "anonymous":
            assert_refused(response, persona)


@matrix
def test_bulk_delete_action(persona_client, persona, allowed, asker_offer):
    persona_client(persona).post(
        reverse("admin:offers_offer_changelist"),
        {"action": "delete_selected", "_selected_action": [asker_offer.pk], "post": "yes"},
    )

    assert Offer.objects.filter(pk=asker_offer.pk).exists() is not allowed
