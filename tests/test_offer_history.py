"""Nothing is lost: every admin save is one version with who and when, a coordinator can
revert their offer to an earlier version (its relations too) and restore a deleted one."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from offers.models import Offer
from tests import factories
from tests.admin_forms import change_url, offer_form_data


@pytest.fixture
def offer(asker):
    return factories.offer("Samtalegruppe", owner=asker, municipalities=[asker])


def save(client, offer, **changes):
    offer.refresh_from_db()
    response = client.post(change_url(offer), offer_form_data(offer, **changes))
    assert response.status_code == 302, response.content.decode()


def revert_url(offer, version):
    return reverse("admin:offers_offer_simple_history", args=[offer.pk, version.history_id])


def test_each_admin_save_is_one_version_with_who_made_it(
    coordinator_client, offer, baerum, asker_coordinator
):
    before = offer.history.count()

    save(
        coordinator_client,
        offer,
        title="Samtalegruppe for pårørende",
        municipalities=[offer.owner_id, baerum.pk],
    )

    versions = offer.history.order_by("-history_date")
    latest = versions.first()
    assert versions.count() == before + 1
    assert latest.history_user == asker_coordinator
    assert latest.title == "Samtalegruppe for pårørende"
    assert {m.municipality_id for m in latest.municipalities.all()} == {offer.owner_id, baerum.pk}


def test_history_page_lists_the_changes_and_who_made_them(coordinator_client, offer):
    save(coordinator_client, offer, title="Ny tittel")

    html = coordinator_client.get(
        reverse("admin:offers_offer_history", args=[offer.pk])
    ).content.decode()

    assert "koordinator@asker.kommune.example" in html
    assert "Ny tittel" in html


def test_the_change_message_names_what_was_edited_and_nothing_else(coordinator_client, offer):
    """The form's hidden version number is no edit (it was listed as "loaded_version")."""
    save(coordinator_client, offer, title="Ny tittel")

    entry = LogEntry.objects.get(object_id=str(offer.pk))
    html = coordinator_client.get(
        reverse("admin:offers_offer_history", args=[offer.pk])
    ).content.decode()
    assert entry.get_change_message() == "Endret Tittel."
    assert "loaded_version" not in html
    assert "loaded_version" not in entry.change_message


def test_reverting_restores_an_earlier_version_with_its_relations(
    coordinator_client, offer, baerum
):
    save(coordinator_client, offer, title="Versjon to", municipalities=[offer.owner_id, baerum.pk])
    version_two = offer.history.latest("history_date")
    save(coordinator_client, offer, title="Versjon tre", municipalities=[baerum.pk])
    offer.refresh_from_db()

    form = coordinator_client.get(revert_url(offer, version_two))
    # The revert form starts from version two, relations included; the user presses the button.
    initial = form.context["adminform"].form.initial
    assert initial["title"] == "Versjon to"
    assert set(initial["municipalities"]) == {offer.owner_id, baerum.pk}
    response = coordinator_client.post(
        revert_url(offer, version_two),
        offer_form_data(offer, title="Versjon to", municipalities=initial["municipalities"]),
    )

    offer.refresh_from_db()
    assert response.status_code == 302
    assert offer.title == "Versjon to"
    assert set(offer.municipalities.values_list("pk", flat=True)) == {offer.owner_id, baerum.pk}
    assert offer.history.latest("history_date").title == "Versjon to"


def test_a_deleted_offer_can_be_restored_by_its_coordinator(coordinator_client, offer, baerum):
    save(coordinator_client, offer, municipalities=[offer.owner_id, baerum.pk])
    coordinator_client.post(reverse("admin:offers_offer_delete", args=[offer.pk]), {"post": "yes"})
    assert not Offer.objects.filter(pk=offer.pk).exists()

    listing = coordinator_client.get(reverse("admin:offers_offer_deleted"))
    before_deletion = Offer.history.get(history_id=listing.context["restorable"][0].before_id)
    form = coordinator_client.get(revert_url(offer, before_deletion))
    initial = form.context["adminform"].form.initial
    data = offer_form_data(offer, municipalities=initial["municipalities"], loaded_version="")
    response = coordinator_client.post(revert_url(offer, before_deletion), data)

    restored = Offer.objects.get(pk=offer.pk)
    assert "Samtalegruppe" in listing.content.decode()
    assert form.status_code == 200
    assert response.status_code == 302
    assert set(restored.municipalities.values_list("pk", flat=True)) == {offer.owner_id, baerum.pk}
    assert (
        restored.history.latest("history_date").history_change_reason
        == "Gjenopprettet etter sletting"
    )


def test_other_municipalities_deleted_offers_are_neither_listed_nor_restorable(
    client, offer, baerum_coordinator
):
    offer_pk, version = offer.pk, offer.history.latest("history_date")
    offer.delete()
    client.force_login(baerum_coordinator)

    listing = client.get(reverse("admin:offers_offer_deleted"))
    history = client.get(reverse("admin:offers_offer_history", args=[offer_pk]))
    revert = client.get(
        reverse("admin:offers_offer_simple_history", args=[offer_pk, version.history_id])
    )

    assert "Samtalegruppe" not in listing.content.decode()
    assert history.status_code == 404
    assert revert.status_code == 404


def test_links_changed_from_the_other_side_are_kept_in_the_offers_history(db):
    cancer = factories.diagnosis("Kreft")
    offer = factories.offer("Gruppe")
    versions = offer.history.count()

    cancer.offers.add(offer)
    cancer.offers.clear()

    assert offer.history.count() == versions + 2
    latest, before = offer.history.all()[:2]
    assert list(before.diagnoses.values_list("diagnosis__slug", flat=True)) == ["kreft"]
    assert latest.diagnoses.count() == 0
