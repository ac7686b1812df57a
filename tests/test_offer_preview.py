"""A draft's editors can preview its public page from the admin; the public cannot."""

import pytest
from django.urls import reverse

from tests import factories
from tests.admin_forms import change_url


@pytest.fixture
def draft(asker):
    return factories.offer("Utkast til temakveld", slug="utkast", owner=asker, is_published=False)


def preview_url(offer):
    return reverse("admin:offers_offer_preview", args=[offer.pk])


def test_the_offers_editors_see_the_draft_as_carers_will_with_a_banner(
    client, draft, asker_coordinator
):
    client.force_login(asker_coordinator)

    response = client.get(preview_url(draft))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Utkast til temakveld</h1>" in html
    assert "Forhåndsvisning – ikke publisert" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("persona", ["baerum_coordinator", "anonymous"])
def test_others_cannot_preview_the_draft(persona_client, draft, persona):
    response = persona_client(persona).get(preview_url(draft))

    assert response.status_code == 302
    assert "Utkast til temakveld" not in response.content.decode()


@pytest.mark.parametrize("persona", ["asker_coordinator", "national_editor", "anonymous"])
def test_the_public_address_of_a_draft_stays_not_found_for_everyone(persona_client, draft, persona):
    assert persona_client(persona).get("/tilbud/utkast/").status_code == 404


def test_the_change_form_links_to_the_preview_for_a_draft_and_the_page_when_public(
    client, draft, asker, asker_coordinator
):
    public = factories.offer("Publisert", slug="publisert", owner=asker)
    client.force_login(asker_coordinator)

    draft_form = client.get(change_url(draft)).content.decode()
    public_form = client.get(change_url(public)).content.decode()

    assert f'href="{preview_url(draft)}" class="viewsitelink">Forhåndsvis</a>' in draft_form
    assert 'href="/tilbud/publisert/" class="viewsitelink">Vis på nettsted</a>' in public_form
