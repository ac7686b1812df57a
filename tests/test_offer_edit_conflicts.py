"""Two coordinators editing the same offer: the first save stands, the second is refused
with a message saying who saved and when, and the second coordinator's input is kept."""

import pytest
from django.test import Client

from offers.admin import forms as offer_forms
from offers.models import Offer
from tests import factories
from tests.admin_forms import change_url, confirm_url, offer_form_data


@pytest.fixture
def offer(asker):
    return factories.offer("Pårørendeskole", owner=asker, municipalities=[asker])


@pytest.fixture
def kari(asker):
    user = factories.coordinator("kari@asker.kommune.example", asker)
    user.first_name, user.last_name = "Kari", "Nordmann"
    user.save()
    return user


@pytest.fixture
def ola(asker):
    return factories.coordinator("ola@asker.kommune.example", asker)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_second_save_from_a_stale_form_is_refused_and_the_first_stands(offer, kari, ola):
    karis_form = offer_form_data(offer, title="Pårørendeskole om demens")
    olas_form = offer_form_data(offer, summary="Ola skrev dette.")

    first = client_for(kari).post(change_url(offer), karis_form)
    second = client_for(ola).post(change_url(offer), olas_form)

    stored = Offer.objects.get(pk=offer.pk)
    html = second.content.decode()
    assert first.status_code == 302
    assert second.status_code == 200
    assert stored.title == "Pårørendeskole om demens"
    assert stored.summary == offer.summary
    assert stored.version == offer.version + 1
    assert "Kari Nordmann lagret tilbudet" in html
    assert "Endringene dine er ikke lagret" in html
    assert 'value="Ola skrev dette."' in html  # the input is still in the form


def test_a_form_loaded_after_the_save_can_save(offer, kari, ola):
    client_for(kari).post(change_url(offer), offer_form_data(offer, title="Ny tittel"))
    offer.refresh_from_db()

    response = client_for(ola).post(
        change_url(offer), offer_form_data(offer, place="Asker bibliotek")
    )

    stored = Offer.objects.get(pk=offer.pk)
    assert response.status_code == 302
    assert (stored.title, stored.place, stored.version) == ("Ny tittel", "Asker bibliotek", 3)


def test_a_save_that_lands_between_the_check_and_the_write_is_still_refused(
    offer, kari, ola, monkeypatch
):
    """The form checks the version first, but the conditional UPDATE decides. Here Ola's
    form passes its check as if Kari's save were committed just after it."""
    check = offer_forms.OfferForm._refuse_if_changed_meanwhile
    calls = []

    def check_ran_before_karis_commit(form, loaded_version):
        calls.append(loaded_version)
        return None if len(calls) == 1 else check(form, loaded_version)

    client_for(kari).post(change_url(offer), offer_form_data(offer, title="Karis tittel"))
    monkeypatch.setattr(
        offer_forms.OfferForm, "_refuse_if_changed_meanwhile", check_ran_before_karis_commit
    )

    response = client_for(ola).post(change_url(offer), offer_form_data(offer, title="Olas tittel"))

    stored = Offer.objects.get(pk=offer.pk)
    assert len(calls) == 2  # refused by the UPDATE, then explained by the form
    assert response.status_code == 200
    assert "Endringene dine er ikke lagret" in response.content.decode()
    assert (stored.title, stored.version) == ("Karis tittel", offer.version + 1)


def test_a_stale_form_cannot_confirm_what_it_did_not_show(offer, kari, ola):
    client_for(kari).post(change_url(offer), offer_form_data(offer, title="Ny tittel"))

    response = client_for(ola).post(confirm_url(offer), offer_form_data(offer, _confirm="1"))

    assert response.status_code == 200
    assert Offer.objects.get(pk=offer.pk).confirmed_on is None
