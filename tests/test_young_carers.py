"""/unge/: a page written to children and young people who are carers: someone to talk to
after school hours, what they can get, and the offers for young carers where they live."""

import pytest

from helplines.models import Audience, Helpline
from tests import factories


@pytest.fixture
def helplines(db):
    Helpline.objects.create(
        name="Alarmtelefonen for barn og unge",
        slug="alarmtelefonen",
        number="116 111",
        description="For barn og unge som ikke er trygge hjemme.",
        opening_hours="Hele døgnet",
        audience=Audience.YOUNG,
        is_urgent=True,
        position=3,
    )
    Helpline.objects.create(
        name="Kors på halsen (Røde Kors)",
        slug="kors-pa-halsen",
        number="800 33 321",
        chat_url="https://www.rodekors.no/tilbudene/kors-pa-halsen/",
        description="Snakk med en voksen om det du vil.",
        opening_hours="Mandag til fredag kl. 14–22",
        audience=Audience.YOUNG,
        position=4,
    )
    Helpline.objects.create(
        name="Medisinsk nødtelefon",
        slug="113",
        number="113",
        description="Nød.",
        is_urgent=True,
        position=1,
    )
    Helpline.objects.create(
        name="Pårørendelinjen",
        slug="parorendelinjen",
        number="22 22 49 22",
        description="For voksne.",
        audience=Audience.ADULTS,
        position=5,
    )


@pytest.fixture
def young_offers(asker, baerum):
    young_type = factories.offer_type("Barn som pårørende")
    return {
        "asker": factories.offer(
            "Ungdomsgruppe i Asker", municipalities=[asker], offer_type=young_type
        ),
        "aged": factories.offer(
            "Samtaler for unge", municipalities=[asker], carer_age_min=13, carer_age_max=25
        ),
        "baerum": factories.offer(
            "Ungdomsgruppe i Bærum", municipalities=[baerum], offer_type=young_type
        ),
        "national": factories.offer(
            "Nasjonal chat for unge", nationwide=True, offer_type=young_type
        ),
        "adults": factories.offer(
            "Pårørendeskole for voksne", municipalities=[asker], carer_age_min=18
        ),
        "everyone": factories.offer("Kafé for alle", municipalities=[asker]),
    }


def test_young_carers_page_talks_to_young_people_and_gives_the_helplines(client, helplines):
    html = client.get("/unge/").content.decode()

    assert "<h1>For deg som er ung og pårørende</h1>" in html
    assert "Du er ikke alene." in html
    assert "etter skoletid" in html
    assert '<a class="button helpline__call" href="tel:116111">Ring 116 111</a>' in html
    assert '<a class="button helpline__call" href="tel:+4780033321">Ring 800 33 321</a>' in html
    assert (
        'href="https://www.rodekors.no/tilbudene/kors-pa-halsen/">Chat med Kors på halsen' in html
    )
    assert "Mandag til fredag kl. 14–22" in html
    assert 'Er det farlig nå? Ring <a href="tel:113">113</a>' in html
    main = html[html.index("<main") : html.index("</main>")]
    assert "Pårørendelinjen" not in main  # for adults


def test_without_a_municipality_the_page_shows_nationwide_offers_for_young_carers(
    client, helplines, young_offers
):
    html = client.get("/unge/").content.decode()

    assert "Nasjonal chat for unge" in html
    assert "Ungdomsgruppe i Asker" not in html
    assert '<input type="text" name="kommune"' in html


def test_choosing_a_municipality_shows_the_offers_for_young_carers_there(
    client, helplines, young_offers
):
    html = client.get("/unge/?kommune=asker").content.decode()

    for shown in ["Ungdomsgruppe i Asker", "Samtaler for unge", "Nasjonal chat for unge"]:
        assert shown in html
    for hidden in ["Ungdomsgruppe i Bærum", "Pårørendeskole for voksne", "Kafé for alle"]:
        assert hidden not in html
    assert 'name="kommune" value="Asker"' in html
    assert 'href="/kommuner/asker/"' in html


def test_an_unknown_municipality_is_explained(client, helplines, young_offers):
    response = client.get("/unge/?kommune=atlantis")

    assert response.status_code == 200
    assert "Vi fant ingen kommune som heter «atlantis»." in response.content.decode()


def test_young_carers_page_query_count_is_fixed(
    client, helplines, young_offers, django_assert_num_queries
):
    # The content version, the municipalities for the picker, the helplines for young people,
    # the offers and their diagnoses, counties, municipalities, public contacts and rounds, and
    # the footer's urgent helplines (each list cached until the content changes).
    with django_assert_num_queries(10):
        client.get("/unge/?kommune=asker")


def test_young_carers_page_is_linked_from_the_start_page_and_every_footer(client, db):
    start = client.get("/").content.decode()
    main = start[start.index("<main") : start.index("</main>")]

    assert 'href="/unge/"' in main
    assert 'href="/unge/"' in client.get("/tilbud/").content.decode().split("<footer")[1]


def test_young_carers_page_in_nynorsk(client, helplines):
    client.post("/sprak/", {"language": "nn", "next": "/"})

    html = client.get("/unge/").content.decode()

    assert '<html lang="nn">' in html
    assert "<h1>For deg som er ung og pårørande</h1>" in html
    assert "Du er ikkje åleine." in html
