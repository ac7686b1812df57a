"""Bokmål, nynorsk and English: a switcher on every page that works without JavaScript,
remembers the choice, and sets <html lang>. Offer texts stay as the coordinator wrote them."""

import pytest
from django.conf import settings

from tests import factories


@pytest.fixture
def offer(asker):
    return factories.offer(
        "Samtalegruppe for pårørende",
        summary="Vi møtes første tirsdag i måneden.",
        municipalities=[asker],
        diagnoses=[factories.diagnosis("Demens")],
        offer_type=factories.offer_type("Samtalegruppe"),
    )


def choose(client, language, next_url="/"):
    return client.post("/sprak/", {"language": language, "next": next_url})


def test_every_page_has_a_switcher_for_the_three_languages(client, offer):
    for url in ["/", "/tilbud/", offer.get_absolute_url(), "/kommuner/", "/kommuner/asker/"]:
        html = client.get(url).content.decode()
        assert 'action="/sprak/" method="post"' in html, url
        assert f'<input type="hidden" name="next" value="{url}">' in html, url
        for code, name in [("nb", "Bokmål"), ("nn", "Nynorsk"), ("en", "English")]:
            assert f'name="language" value="{code}" lang="{code}"' in html, url
            assert f">{name}</button>" in html, url


def test_bokmal_is_the_default(client, offer):
    html = client.get("/").content.decode()

    assert '<html lang="nb">' in html
    assert 'value="nb" lang="nb" aria-current="true"' in html


@pytest.mark.parametrize("language", ["nn", "en"])
def test_choosing_a_language_returns_to_the_page_and_is_remembered(client, offer, language):
    response = choose(client, language, "/kommuner/asker/")

    assert response.status_code == 302
    assert response["Location"] == "/kommuner/asker/"
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == language
    assert int(cookie["max-age"]) >= 365 * 24 * 60 * 60 - 1
    for url in ["/", "/tilbud/", offer.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert f'<html lang="{language}">' in html
        assert f'value="{language}" lang="{language}" aria-current="true"' in html


def test_the_switcher_needs_no_csrf_token(offer):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)

    assert choose(client, "nn").status_code == 302
    assert "csrfmiddlewaretoken" not in client.get("/").content.decode()


def test_a_foreign_return_address_is_not_followed(client, db):
    response = choose(client, "en", "https://evil.example/")

    assert response["Location"] == "/"


def test_an_unknown_language_changes_nothing(client, offer):
    choose(client, "sv")

    assert '<html lang="nb">' in client.get("/").content.decode()


def test_browser_language_is_honoured_until_a_choice_is_made(client, offer):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="nn-NO,nn;q=0.9").content.decode()

    assert '<html lang="nn">' in html


@pytest.mark.parametrize(
    ("language", "type_name", "diagnosis_name"),
    [
        ("nb", "Samtalegruppe", "Demens"),
        ("nn", "Samtalegruppe", "Demens"),
        ("en", "Conversation group", "Dementia"),
    ],
)
def test_taxonomy_names_follow_the_language_and_offer_texts_do_not(
    client, offer, language, type_name, diagnosis_name
):
    offer.offer_type.name_en = "Conversation group"
    offer.offer_type.save()
    diagnosis = offer.diagnoses.get()
    diagnosis.name_en = "Dementia"
    diagnosis.save()
    choose(client, language)

    html = client.get(offer.get_absolute_url()).content.decode()

    assert f'<span class="tag">{type_name}</span>' in html
    assert f"<dd>{diagnosis_name}</dd>" in html
    assert "<h1>Samtalegruppe for pårørende</h1>" in html  # as the coordinator wrote it
    assert "Vi møtes første tirsdag i måneden." in html
