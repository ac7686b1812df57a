"""Årets pårørendekommune: the winners by year (/pris/), and the nomination form
(/pris/nominer/), open only inside the window, protected like every public form, e-mailed
to the national editors, once per e-mail address per municipality per year."""

import datetime
import json
import re
import time

import pytest
from django.db import IntegrityError
from django.utils import timezone

from portal.forms import MIN_SECONDS
from portal.mail import send_queued
from portal.models import OutgoingMail
from projects.forms import NominationForm
from projects.models import AwardWinner, Nomination
from tests import factories
from tests import project_factories as make

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
DAY = datetime.timedelta(days=1)


@pytest.fixture
def open_round():
    today = TODAY()
    return make.award_round(
        today.year,
        opens=today - 10 * DAY,
        closes=today + 20 * DAY,
        ceremony_date=today + 90 * DAY,
        ceremony_name="Pårørendekonferansen",
        ceremony_place="Oslo",
    )


@pytest.fixture
def winners(asker):
    asker_winner = AwardWinner.objects.create(
        municipality=asker,
        year=2018,
        reasons="Asker kommune fikk prisen for å ha gjort arbeidet med pårørende systematisk og "
        "helhetlig.",
        story="I 2017 satte Asker kommune i gang prosjektet «Styrket pårørendestøtte».",
    )
    alta = factories.municipality("Alta", "5601", factories.county("Finnmark", "56"))
    AwardWinner.objects.create(municipality=alta)
    return asker_winner


def form_data(monkeypatch, **fields):
    """A nomination as a person sends it: the form shown a minute ago, every field filled."""
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now - 60)
    clock = NominationForm().fields["shown"].initial
    monkeypatch.setattr(time, "time", lambda: now)
    return {
        "kommune": "Asker",
        "begrunnelse": "Pårørendekoordinatoren er den enkle veien inn.",
        "navn": "Kari Nordmann",
        "epost": "kari@eksempel.example",
        "nettside": "",
        "shown": clock,
        **fields,
    }


# /pris/


def test_the_award_page_shows_askers_2018_award_with_the_jurys_reasons(client, winners):
    project = make.project("Styrket pårørendestøtte", owner=winners.municipality)
    make.project("Et utkast", owner=winners.municipality, is_published=False)

    html = client.get("/pris/").content.decode()

    assert "Årets pårørendekommune" in html
    assert '2018: <a href="/kommuner/asker/">Asker</a>' in html
    assert "Juryens begrunnelse" in html
    assert "systematisk og helhetlig" in html
    assert "Styrket pårørendestøtte" in html
    assert f'<a href="{project.get_absolute_url()}">Styrket pårørendestøtte</a>' in html
    assert "Et utkast" not in html
    assert '<a href="/kommuner/alta/">Alta</a>' in html
    assert html.index("Asker") < html.index('"/kommuner/alta/"')  # years first, then names


def test_the_award_page_shows_the_current_rounds_dates_and_the_ceremony_as_an_event(
    client, open_round
):
    html = client.get("/pris/").content.decode()

    assert f"Prisen for {open_round.year}" in html
    assert "Nominer en kommune" in html
    assert "Pårørendekonferansen" in html
    [data] = re.findall(r'<script type="application/ld\+json">(.+?)</script>', html, re.S)
    event = json.loads(data)
    assert event["@type"] == "Event"
    assert event["startDate"] == open_round.ceremony_date.isoformat()
    assert event["location"]["address"] == "Oslo"


def test_no_event_without_a_ceremony_date(client):
    make.award_round(2024)

    html = client.get("/pris/").content.decode()

    assert "application/ld+json" not in html
    assert "Prisen for 2024" in html
    assert "Nominasjonen til prisen for 2024 er stengt." in html


def test_before_the_window_the_award_page_says_when_it_opens(client):
    today = TODAY()
    make.award_round(today.year + 1, opens=today + 30 * DAY, closes=today + 60 * DAY)

    html = client.get("/pris/").content.decode()

    assert "Du kan nominere en kommune fra" in html


def test_award_page_query_count_is_fixed(client, winners, open_round, django_assert_num_queries):
    for number in range(3):
        make.project(f"Prosjekt {number}", owner=winners.municipality)
    # The content version; the current round (this year's or later), the winners with their
    # municipalities and counties, and the winners' projects; the footer's helplines.
    with django_assert_num_queries(5):
        client.get("/pris/")


# /pris/nominer/


def test_the_form_is_open_inside_the_window(client, open_round):
    html = client.get("/pris/nominer/").content.decode()

    assert "Nominer Årets pårørendekommune" in html
    for name in ["kommune", "begrunnelse", "navn", "epost", "nettside", "shown"]:
        assert f'name="{name}"' in html
    assert '<datalist id="kommuner">' in html
    assert 'list="kommuner"' in html
    assert "<script" not in html


def test_before_the_window_the_form_page_says_when_it_opens(client, monkeypatch, asker):
    today = TODAY()
    make.award_round(today.year + 1, opens=today + 30 * DAY, closes=today + 60 * DAY)

    page = client.get("/pris/nominer/")
    sent = client.post("/pris/nominer/", form_data(monkeypatch))

    html = page.content.decode()
    assert "er ikke åpnet ennå" in html
    assert "Du kan nominere en kommune fra" in html
    assert 'name="begrunnelse"' not in html
    assert "er ikke åpnet ennå" in sent.content.decode()
    assert not Nomination.objects.exists()


def test_after_the_window_the_form_page_says_it_closed(client):
    make.award_round(2024, ceremony_date=datetime.date(2024, 9, 20))

    html = client.get("/pris/nominer/").content.decode()

    assert "Nominasjonen til prisen for 2024 stengte 1. juni 2024." in html
    assert "Prisen deles ut 20. september 2024." in html


def test_without_any_round_the_form_page_says_the_dates_are_not_set(client, db):
    html = client.get("/pris/nominer/").content.decode()

    assert "Datoene for neste nominasjon er ikke bestemt ennå." in html


def test_a_nomination_reaches_the_national_editors_inbox_through_smtp(
    client, open_round, asker, national_editor, asker_coordinator, smtp_server, monkeypatch
):
    response = client.post("/pris/nominer/", form_data(monkeypatch))

    assert "Takk for nominasjonen" in response.content.decode()
    nomination = Nomination.objects.get()
    assert (nomination.municipality, nomination.award_round) == (asker, open_round)
    assert nomination.email == "kari@eksempel.example"
    send_queued()
    [message] = smtp_server.messages  # the editor's; never the coordinator's
    assert message["To"] == national_editor.email
    assert message["Reply-To"] == "kari@eksempel.example"
    assert "Asker" in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    assert "Pårørendekoordinatoren er den enkle veien inn." in text
    assert "Kari Nordmann" in text
    assert f"/admin/projects/nomination/{nomination.pk}/" in text


def test_a_second_nomination_from_the_same_address_for_the_same_municipality_is_refused(
    client, open_round, asker, baerum, national_editor, monkeypatch
):
    client.post("/pris/nominer/", form_data(monkeypatch))

    again = client.post(
        "/pris/nominer/", form_data(monkeypatch, epost="KARI@Eksempel.example", kommune="asker")
    )
    other = client.post("/pris/nominer/", form_data(monkeypatch, kommune="Bærum"))

    html = " ".join(again.content.decode().split())
    assert again.status_code == 200
    assert (
        f"Du har allerede nominert Asker til prisen for {open_round.year} med denne e-postadressen."
        in html
    )
    assert "Pårørendekoordinatoren er den enkle veien inn." in html  # nothing typed is lost
    assert "Takk for nominasjonen" in other.content.decode()
    assert Nomination.objects.count() == 2
    assert OutgoingMail.objects.count() == 2


def test_the_database_refuses_a_duplicate_whatever_the_case_of_the_address(open_round, asker):
    Nomination.objects.create(
        award_round=open_round, municipality=asker, reason="x", name="Kari", email="kari@x.example"
    )

    with pytest.raises(IntegrityError):
        Nomination.objects.create(
            award_round=open_round,
            municipality=asker,
            reason="y",
            name="Kari",
            email="Kari@X.example",
        )


@pytest.mark.parametrize("typed", ["barum", "Bærum", "BÆRUM", "3201", " bærum "])
def test_a_typed_municipality_is_understood(client, open_round, baerum, monkeypatch, typed):
    client.post("/pris/nominer/", form_data(monkeypatch, kommune=typed))

    assert Nomination.objects.get().municipality == baerum


def test_an_unknown_or_shared_name_is_explained_and_nothing_is_lost(
    client, open_round, monkeypatch
):
    factories.municipality(
        "Herøy", "1818", factories.county("Nordland", "18"), slug="heroy-nordland"
    )
    factories.municipality(
        "Herøy", "1515", factories.county("Møre og Romsdal", "15"), slug="heroy-more-og-romsdal"
    )

    unknown = client.post("/pris/nominer/", form_data(monkeypatch, kommune="Atlantis"))
    shared = client.post("/pris/nominer/", form_data(monkeypatch, kommune="Herøy"))
    chosen = client.post("/pris/nominer/", form_data(monkeypatch, kommune="Herøy (Nordland)"))

    assert "Vi fant ingen kommune som heter «Atlantis»." in unknown.content.decode()
    assert "Herøy (Møre og Romsdal), Herøy (Nordland)" in shared.content.decode()
    assert "Pårørendekoordinatoren er den enkle veien inn." in unknown.content.decode()
    assert Nomination.objects.get().municipality.number == "1818"
    assert "Takk for nominasjonen" in chosen.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("begrunnelse", "", "Skriv noen ord om hvorfor kommunen bør vinne."),
        ("begrunnelse", "x" * 3001, "Skriv høyst 3000 tegn"),
        ("epost", "kari", "Skriv en hel e-postadresse"),
        ("navn", "", "Skriv navnet ditt"),
        ("kommune", "", "Skriv hvilken kommune du nominerer."),
        ("kommune", "x" * 5000, "Skriv bare navnet på kommunen (høyst 100 tegn)."),
        ("navn", "x" * 151, "Skriv navnet ditt med høyst 150 tegn."),
    ],
)
def test_bad_input_gets_a_clear_message(
    client, open_round, asker, monkeypatch, field, value, message
):
    response = client.post("/pris/nominer/", form_data(monkeypatch, **{field: value}))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Nomination.objects.exists()


def test_a_bot_filling_the_honeypot_is_thanked_and_forgotten(
    client, open_round, asker, national_editor, monkeypatch
):
    response = client.post(
        "/pris/nominer/", form_data(monkeypatch, nettside="https://spam.example")
    )

    assert "Takk for nominasjonen" in response.content.decode()
    assert not Nomination.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_a_form_sent_faster_than_a_person_can_is_shown_again(client, open_round, asker):
    data = {
        "kommune": "Asker",
        "begrunnelse": "Fordi.",
        "navn": "Bot",
        "epost": "bot@x.example",
        "shown": "",
    }

    response = client.post("/pris/nominer/", data)

    assert "send det en gang til" in response.content.decode()
    assert MIN_SECONDS > 0
    assert not Nomination.objects.exists()


def test_too_many_nominations_from_one_address_get_429(
    client, open_round, asker, settings, monkeypatch
):
    settings.NOMINATE_RATE = "2/m"

    answers = [
        client.post("/pris/nominer/", form_data(monkeypatch, epost=f"n{i}@x.example"))
        for i in range(3)
    ]

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[-1]["Retry-After"]
    assert Nomination.objects.count() == 2


def test_the_form_page_is_never_cached_nor_indexed(client, open_round):
    response = client.get("/pris/nominer/")

    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_the_award_pages_speak_english(client, open_round, winners):
    award = client.get("/pris/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    form = client.get("/pris/nominer/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Carer Municipality of the Year" in award
    assert "The jury's reasons" in award
    assert "Why should the municipality win?" in form
