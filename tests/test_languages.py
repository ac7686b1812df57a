"""Bokmål, nynorsk and English: a switcher on every page that works without JavaScript,
remembers the choice, and sets <html lang>. Offer texts stay as the coordinator wrote them."""

import datetime

import pytest
from django.conf import settings

from tests import factories
from tests.pdf import pdf_text


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
    # As the coordinator wrote it, marked as bokmål on a page in another language.
    mark = "" if language == "nb" else ' lang="nb"'
    assert f"<h1{mark}>Samtalegruppe for pårørende</h1>" in html
    assert "Vi møtes første tirsdag i måneden." in html


# What a carer reads, in each language: the interface follows the choice, the offer's own
# words do not.
INTERFACE = {
    "nb": {
        "start": "Finn støtte når du er pårørende",
        "skip": "Hopp til hovedinnholdet",
        "count": "1 tilbud",
        "confirmed": "Sist bekreftet 12. mars 2026",
        "no_results": "Vi fant ingen tilbud som passer alle valgene dine.",
        "bad_municipality": "Vi fant ingen kommune som heter «atlantis».",
        "not_found": "Vi fant ikke siden",
        "sheet": ["Sist bekreftet 12. mars 2026", "side 1 av 1", "skrevet ut"],
    },
    "nn": {
        "start": "Finn støtte når du er pårørande",
        "skip": "Hopp til hovudinnhaldet",
        "count": "1 tilbod",
        "confirmed": "Sist stadfesta 12. mars 2026",
        "no_results": "Vi fann ingen tilbod som passar til alle vala dine.",
        "bad_municipality": "Vi fann ingen kommune som heiter «atlantis».",
        "not_found": "Vi fann ikkje sida",
        "sheet": ["Sist stadfesta 12. mars 2026", "side 1 av 1"],
    },
    "en": {
        "start": "Find support when you are a carer",
        "skip": "Skip to main content",
        "count": "1 offer",
        "confirmed": "Last confirmed March 12, 2026",
        "no_results": "We found no offers that match all your choices.",
        "bad_municipality": "We could not find a municipality called “atlantis”.",
        "not_found": "We could not find the page",
        "sheet": ["Last confirmed March 12, 2026", "page 1 of 1", "printed"],
    },
}


@pytest.fixture
def confirmed_offer(offer):
    offer.confirmed_on = datetime.date(2026, 3, 12)
    offer.save()
    return offer


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_interface_speaks_the_chosen_language(client, confirmed_offer, language):
    words = INTERFACE[language]
    choose(client, language)

    def text(url):
        return " ".join(client.get(url).content.decode().split())

    start = text("/")
    assert words["start"] in start
    assert words["skip"] in start
    assert words["count"] in text("/tilbud/?kommune=asker")
    detail = text(confirmed_offer.get_absolute_url())
    assert words["confirmed"] in detail
    assert "Vi møtes første tirsdag i måneden." in detail  # the coordinator's words, as written
    assert words["no_results"] in text("/tilbud/?q=finnesikkenoesteds")
    assert words["bad_municipality"] in text("/tilbud/?kommune=atlantis")
    assert words["not_found"] in text("/tilbud/finnes-ikke/")


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_printed_sheet_speaks_the_chosen_language(client, confirmed_offer, language):
    choose(client, language)

    response = client.get(f"{confirmed_offer.get_absolute_url()}tilbudsark.pdf")

    text = " ".join(pdf_text(response).split())
    for words in INTERFACE[language]["sheet"]:
        assert words in text
    assert "Samtalegruppe for pårørende" in text


def test_every_interface_text_is_translated():
    """No text in the code is left without its nynorsk and English translation."""
    from babel.messages.pofile import read_po

    for language in ["nn", "en"]:
        path = settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
        with path.open("rb") as po_file:
            catalog = read_po(po_file)
        missing = [
            message.id
            for message in catalog
            if message.id
            and (
                message.fuzzy
                or not all(
                    message.string if isinstance(message.string, tuple) else [message.string]
                )
            )
        ]
        assert not missing, (language, missing[:5])


@pytest.mark.parametrize(
    ("language", "skip_link", "add_button"),
    [
        ("nb", "Hopp til hovedinnholdet", "Legg til tilbud"),
        ("nn", "Hopp til hovudinnhaldet", "Legg til tilbod"),
    ],
)
def test_the_admin_speaks_norwegian_where_django_itself_does_not(
    coordinator_client, language, skip_link, add_button
):
    coordinator_client.post("/sprak/", {"language": language, "next": "/"})

    html = " ".join(coordinator_client.get("/admin/offers/offer/").text.split())

    assert skip_link in html
    assert "Skip to main content" not in html
    assert add_button in html
    assert "Legg til ny tilbud" not in html
