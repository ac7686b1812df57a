"""Public pages are cached and answer conditional GETs, and an editor's change is on the very
next request: every save or delete of something public bumps the content version."""

import pytest

from offers.models import SearchSynonym
from portal.content import current_version
from tests import factories
from tests.admin_forms import offer_form_data


@pytest.fixture
def offer(asker):
    return factories.offer("Pårørendetreff", municipalities=[asker], summary="Møt andre.")


def test_repeat_visit_with_the_etag_gets_304_not_modified(client, offer):
    first = client.get("/tilbud/")

    again = client.get("/tilbud/", headers={"if-none-match": first["ETag"]})

    assert first.status_code == 200
    assert first["Cache-Control"] == "no-cache"
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_repeat_visit_with_if_modified_since_gets_304(client, offer):
    first = client.get(offer.get_absolute_url())

    again = client.get(
        offer.get_absolute_url(), headers={"if-modified-since": first["Last-Modified"]}
    )

    assert again.status_code == 304


@pytest.mark.parametrize(
    "url", ["/", "/tilbud/", "/tilbud/?q=samtale", "/kommuner/", "/kommuner/asker/"]
)
def test_every_public_page_has_an_etag(client, offer, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response["ETag"].startswith('"')


@pytest.mark.parametrize("url", ["/", "/tilbud/", "/kommuner/asker/"])
def test_caches_are_told_that_the_language_cookie_and_header_change_the_page(client, offer, url):
    vary = {value.strip() for value in client.get(url)["Vary"].split(",")}

    assert {"Cookie", "Accept-Language"} <= vary


def test_other_addresses_and_languages_have_other_etags(client, offer):
    norwegian = client.get("/tilbud/")
    english = client.get("/tilbud/", headers={"accept-language": "en"})
    filtered = client.get("/tilbud/?kommune=asker")

    assert len({norwegian["ETag"], english["ETag"], filtered["ETag"]}) == 3


def test_cached_page_is_served_in_the_visitors_language(client, offer):
    client.get("/tilbud/", headers={"accept-language": "en"})

    norwegian = client.get("/tilbud/", headers={"accept-language": "nb"})

    assert '<html lang="nb">' in norwegian.text


def test_a_cached_page_costs_one_query(client, offer, django_assert_num_queries):
    client.get("/kommuner/asker/")

    with django_assert_num_queries(1):  # the content version
        response = client.get("/kommuner/asker/")

    assert "Pårørendetreff" in response.text


def test_a_change_to_an_offer_is_on_the_next_request(client, offer):
    assert "Pårørendetreff" in client.get("/kommuner/asker/").text
    etag = client.get(offer.get_absolute_url())["ETag"]

    offer.title = "Pårørendegruppe"
    offer.save()

    assert "Pårørendegruppe" in client.get("/kommuner/asker/").text
    assert client.get(offer.get_absolute_url(), headers={"if-none-match": etag}).status_code == 200


def test_unpublishing_an_offer_hides_it_on_the_next_request(client, offer):
    assert "Pårørendetreff" in client.get("/tilbud/").text

    offer.is_published = False
    offer.save()

    assert "Pårørendetreff" not in client.get("/tilbud/").text


def test_a_change_to_an_offers_links_is_on_the_next_request(client, offer, baerum):
    assert "Pårørendetreff" not in client.get("/kommuner/baerum/").text

    offer.municipalities.add(baerum)

    assert "Pårørendetreff" in client.get("/kommuner/baerum/").text


def test_saves_and_deletes_of_what_public_pages_show_bump_the_content_version(offer):
    changes = {
        "provider": lambda: factories.provider("En ny aktør"),
        "contact": lambda: factories.contact("Koordinator"),
        "diagnosis": lambda: factories.diagnosis("Kreft"),
        "age group": lambda: factories.age_group("Eldre", 67, None),
        "offer's diagnoses": lambda: offer.diagnoses.add(factories.diagnosis("Demens")),
        "county": lambda: factories.county("Trøndelag", "50"),
        "synonym": lambda: SearchSynonym.objects.create(words="snakk", terms="samtale"),
        "offer deleted": offer.delete,
    }
    for name, change in changes.items():
        before = current_version().number
        change()
        assert current_version().number > before, name


def test_renamed_taxonomy_and_provider_show_on_the_next_request(client, offer):
    client.get("/tilbud/")

    offer.offer_type.name = "Likepersongruppe"
    offer.offer_type.save()
    offer.provider.name = "Frivilligsentralen"
    offer.provider.save()

    html = client.get("/tilbud/").text
    assert "Likepersongruppe" in html
    assert "Frivilligsentralen" in html


def test_a_new_way_in_contact_shows_on_the_next_request(client, asker):
    client.get("/kommuner/asker/")

    factories.contact("Pårørendekoordinator", municipality=asker, is_way_in=True)

    assert "Pårørendekoordinator" in client.get("/kommuner/asker/").text


def test_a_municipality_change_shows_on_the_next_request(client, asker):
    client.get("/kommuner/asker/")

    asker.carer_page_url = "https://asker.kommune.example/parorende"
    asker.save()

    assert "https://asker.kommune.example/parorende" in client.get("/kommuner/asker/").text


def test_a_new_synonym_works_on_the_next_search(client, offer):
    assert "Pårørendetreff" not in client.get("/tilbud/", {"q": "snakkegruppe"}).text

    SearchSynonym.objects.create(words="snakkegruppe", terms="pårørendetreff")

    assert "Pårørendetreff" in client.get("/tilbud/", {"q": "snakkegruppe"}).text


def test_an_admin_edit_is_on_the_next_anonymous_request(client, offer):
    anonymous = client.get("/tilbud/").text
    assert "Pårørendetreff" in anonymous
    editor = factories.superuser()
    client.force_login(editor)
    page = client.get(f"/admin/offers/offer/{offer.pk}/change/")
    assert page.status_code == 200
    data = offer_form_data(offer, title="Pårørendetreff i Asker", _save="Lagre")
    response = client.post(f"/admin/offers/offer/{offer.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    client.logout()

    assert "Pårørendetreff i Asker" in client.get("/tilbud/").text


def test_logged_in_users_are_not_served_from_the_page_cache(client, offer):
    client.get("/tilbud/")
    client.force_login(factories.superuser())

    response = client.get("/tilbud/")

    assert "ETag" not in response


def test_pickers_cache_a_models_whole_list_only(db):
    from municipalities.models import Municipality
    from offers.filters import cached_choices

    assert len(cached_choices(Municipality.objects.all())) == Municipality.objects.count()
    with pytest.raises(ValueError, match="whole list"):
        cached_choices(Municipality.objects.filter(name="Asker"))


def test_a_process_keeps_only_the_current_versions_values(db):
    from portal import content

    content.cached("a", lambda: 1)
    content.content_changed()
    content.cached("b", lambda: 2)

    assert content._in_process.values == {"b": 2}


def test_a_logged_in_page_reads_the_content_version_once(coordinator_client, offer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        coordinator_client.get("/tilbud/", {"q": "samtale"})

    reads = [q for q in queries.captured_queries if "portal_contentversion" in q["sql"]]
    assert len(reads) == 1
