"""Offer texts are in the language they were written in (bokmål, or nynorsk), marked with
lang= on pages in another language; a coordinator may translate the title and summary."""

import pytest

from offers.models import Offer
from tests import factories


@pytest.fixture
def offer(asker):
    return factories.offer(
        "Samtalegruppe for pårørende",
        slug="samtalegruppe",
        summary="Vi møtes og snakker sammen.",
        description="Gruppa møtes i Asker.",
        place="Asker bibliotek",
        registration_info="Ring koordinatoren.",
        municipalities=[asker],
    )


def in_language(client, language):
    client.post("/sprak/", {"language": language, "next": "/"})
    return client


def test_norwegian_offer_text_is_marked_nb_on_the_english_offer_page(client, offer):
    html = in_language(client, "en").get("/tilbud/samtalegruppe/").content.decode()

    assert '<h1 lang="nb">Samtalegruppe for pårørende</h1>' in html
    assert '<p class="lead" lang="nb">Vi møtes og snakker sammen.</p>' in html
    assert '<div class="prose" lang="nb"><p>Gruppa møtes i Asker.</p></div>' in html
    assert '<dd lang="nb">Asker bibliotek</dd>' in html
    assert '<p lang="nb">Ring koordinatoren.</p>' in html


def test_the_english_page_says_once_that_offer_details_are_in_norwegian(client, offer):
    client = in_language(client, "en")
    notice = "Offer details are written in Norwegian"

    assert client.get("/tilbud/samtalegruppe/").content.decode().count(notice) == 1
    assert client.get("/tilbud/").content.decode().count(notice) == 1
    assert client.get("/kommuner/asker/").content.decode().count(notice) == 1


def test_bokmal_pages_carry_no_notice_and_no_lang_marks(client, offer):
    html = client.get("/tilbud/samtalegruppe/").content.decode()

    assert "<h1>Samtalegruppe for pårørende</h1>" in html
    assert 'lang="nb"' not in html[html.index("<main") : html.index("</main>")]
    assert "Offer details" not in html


def test_translated_title_and_summary_are_shown_in_their_language(client, offer):
    Offer.objects.filter(pk=offer.pk).update(
        title_en="Support group for carers", summary_en="We meet and talk."
    )

    english = in_language(client, "en").get("/tilbud/samtalegruppe/").content.decode()
    listed = client.get("/tilbud/").content.decode()

    assert "<h1>Support group for carers</h1>" in english
    assert '<p class="lead">We meet and talk.</p>' in english
    assert '<div class="prose" lang="nb">' in english  # the rest stays in bokmål
    assert 'class="offer-card__title"><a href="/tilbud/samtalegruppe/">Support group' in listed


def test_nynorsk_translation_on_the_nynorsk_page_and_bokmal_marked_there(client, offer):
    Offer.objects.filter(pk=offer.pk).update(title_nn="Samtalegruppe for pårørande")

    html = in_language(client, "nn").get("/tilbud/samtalegruppe/").content.decode()

    assert "<h1>Samtalegruppe for pårørande</h1>" in html
    assert '<p class="lead" lang="nb">Vi møtes og snakker sammen.</p>' in html


def test_an_offer_written_in_nynorsk_is_marked_nn_on_bokmal_pages(client, offer):
    Offer.objects.filter(pk=offer.pk).update(language="nn")

    bokmal = client.get("/tilbud/samtalegruppe/").content.decode()
    nynorsk = in_language(client, "nn").get("/tilbud/samtalegruppe/").content.decode()

    assert '<h1 lang="nn">Samtalegruppe for pårørende</h1>' in bokmal
    assert "<h1>Samtalegruppe for pårørende</h1>" in nynorsk


def test_cards_mark_the_title_and_summary(client, offer):
    html = in_language(client, "en").get("/tilbud/").content.decode()
    # A card shows the summary when the carer searched (the words it matched are in it).
    searched = in_language(client, "en").get("/tilbud/", {"q": "møtes"}).content.decode()

    assert 'class="offer-card__title" lang="nb"><a href="/tilbud/samtalegruppe/">' in html
    assert '<p class="offer-card__summary" lang="nb">Vi ' in searched


def test_sheets_mark_the_offer_texts_and_use_translations(client, offer):
    Offer.objects.filter(pk=offer.pk).update(title_en="Support group for carers")

    html = in_language(client, "en").get("/tilbud/samtalegruppe/tilbudsark/").content.decode()

    assert '<h1 class="sheet-offer__title">Support group for carers</h1>' in html or (
        'class="sheet-offer__title">Support group for carers<' in html
    )
    assert '<p class="sheet-offer__summary" lang="nb">Vi møtes og snakker sammen.</p>' in html
    assert '<div class="sheet-offer__about" lang="nb">' in html
