"""'Gi meg beskjed når neste kurs starter': double opt-in by a signed link, one e-mail when a
new round is published, a way out in every message, the address deleted after use or after
12 months, rate limits per address and per e-mail; delivered through a real SMTP server."""

import re
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from offers.models import RoundSubscription
from portal.mail import send_queued
from tests import factories

EMAIL = "kari@eksempel.example"


@pytest.fixture
def school(asker):
    return factories.offer(
        "Pårørendeskole",
        slug="parorendeskole",
        municipalities=[asker],
        offer_type=factories.offer_type("Pårørendeskole", runs_in_rounds=True),
        place="Asker kulturhus",
    )


@pytest.fixture
def patient(monkeypatch):
    """Forms sent by a person who took their time (portal.forms' minimum fill time)."""
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 60)


def shown_clock(client, url="/tilbud/parorendeskole/"):
    html = client.get(url).content.decode()
    return re.search(r'name="shown" value="([^"]+)"', html)[1]


def sign_up(client, email=EMAIL, **extra):
    clock = shown_clock(client)
    with pytest.MonkeyPatch.context() as later:
        real = time.time
        later.setattr(time, "time", lambda: real() + 60)
        return client.post(
            "/tilbud/parorendeskole/varsle/",
            {"epost": email, "shown": clock, "nettside": "", **extra},
            REMOTE_ADDR=extra.pop("address", "192.0.2.1"),
        )


def link(message, path):
    text = message.get_body(("plain",)).get_content()
    return re.search(rf"http://127\.0\.0\.1:8000({path}[^\s]+/)", text)[1]


def test_the_offer_page_has_the_form_with_its_privacy_text(client, school):
    html = client.get("/tilbud/parorendeskole/").content.decode()

    assert "Gi meg beskjed når neste kurs starter" in html
    assert 'action="/tilbud/parorendeskole/varsle/"' in html
    assert "Bekrefter du ikke innen 7 dager, sletter vi adressen." in html
    assert "får du én e-post, og så sletter vi adressen" in html
    assert "innen 12 måneder, sletter vi den da" in html
    assert "I hver e-post er det en lenke som sletter adressen med en gang." in html
    assert "csrfmiddlewaretoken" not in html  # the page stays the same for everyone


def test_an_offer_that_is_no_course_takes_no_sign_ups(client, asker):
    factories.offer("Kafé", slug="kafe", municipalities=[asker])

    assert "Gi meg beskjed" not in client.get("/tilbud/kafe/").content.decode()
    assert client.get("/tilbud/kafe/varsle/").status_code == 404


def test_double_opt_in_then_one_mail_about_the_new_round_then_the_address_is_gone(
    client, school, smtp_server
):
    response = sign_up(client, "Kari@Eksempel.example ")

    assert response.status_code == 200
    assert "Sjekk e-posten din" in response.content.decode()
    subscription = RoundSubscription.objects.get()
    assert (subscription.email, subscription.confirmed_at) == (EMAIL, None)

    send_queued()
    [confirmation] = smtp_server.messages
    assert confirmation["To"] == EMAIL
    assert "Bekreft" in confirmation["Subject"]
    confirm_path = link(confirmation, "/varsel/bekreft/")
    assert link(confirmation, "/varsel/avmeld/")  # a way out in every message
    assert "avmeld" in confirmation.get_body(("html",)).get_content()

    # A link checker's GET changes nothing; the button does.
    assert "Ja, gi meg beskjed" in client.get(confirm_path).content.decode()
    assert RoundSubscription.objects.get().confirmed_at is None
    done = client.post(confirm_path)
    assert "Takk, det er bekreftet" in done.content.decode()
    assert RoundSubscription.objects.get().confirmed_at is not None

    call_command("notify_round_subscribers")
    assert RoundSubscription.objects.exists()  # no new round yet: nothing sent, kept

    factories.round_of(school, 30, 37, places_left=6, places_total=12)
    call_command("notify_round_subscribers")
    send_queued()

    [_, news] = smtp_server.messages
    assert news["Subject"] == "Nytt kurs: Pårørendeskole"
    text = news.get_body(("plain",)).get_content()
    assert "2 kvelder" in text
    assert "6 ledige plasser" in text
    assert "http://127.0.0.1:8000/tilbud/parorendeskole/" in text
    assert link(news, "/varsel/avmeld/")
    assert not RoundSubscription.objects.exists()  # used, so deleted

    call_command("notify_round_subscribers")
    send_queued()
    assert len(smtp_server.messages) == 2  # one e-mail, once


def test_a_round_that_existed_before_confirming_is_not_news(client, school, smtp_server):
    factories.round_of(school, 30)
    sign_up(client)
    send_queued()
    client.post(link(smtp_server.messages[0], "/varsel/bekreft/"))

    call_command("notify_round_subscribers")

    assert RoundSubscription.objects.get().confirmed_at is not None
    assert send_queued().sent == 0


def test_unconfirmed_addresses_get_nothing_and_are_deleted_after_a_week(
    client, school, smtp_server
):
    sign_up(client)
    factories.round_of(school, 30)

    call_command("notify_round_subscribers")
    send_queued()
    assert len(smtp_server.messages) == 1  # only the confirmation

    RoundSubscription.objects.update(created_at=timezone.now() - timedelta(days=8))
    call_command("notify_round_subscribers")
    assert not RoundSubscription.objects.exists()


def test_confirmed_addresses_are_deleted_after_12_months_without_a_new_round(school):
    RoundSubscription.objects.create(offer=school, email=EMAIL, language="nb")
    RoundSubscription.objects.update(
        created_at=timezone.now() - timedelta(days=366), confirmed_at=timezone.now()
    )

    call_command("notify_round_subscribers")

    assert not RoundSubscription.objects.exists()


def test_the_link_in_a_mail_deletes_the_address_at_once(client, school, smtp_server):
    sign_up(client)
    send_queued()
    leave = link(smtp_server.messages[0], "/varsel/avmeld/")

    assert "Slett adressen min" in client.get(leave).content.decode()
    assert RoundSubscription.objects.exists()
    response = client.post(leave)

    assert "Adressen din er slettet" in response.content.decode()
    assert not RoundSubscription.objects.exists()
    again = client.get(leave)
    assert again.status_code == 200
    assert "allerede slettet" in again.content.decode()


@pytest.mark.parametrize(
    "token", ["", "x", "eyJpZCI6MX0:1abc:forfalsket", "a" * 3000, "%00", "..%2F..%2Fetc"]
)
def test_a_forged_or_broken_link_confirms_nothing(client, school, token):
    RoundSubscription.objects.create(offer=school, email=EMAIL, language="nb")

    response = client.post(f"/varsel/bekreft/{token}/")

    assert response.status_code == 404
    assert RoundSubscription.objects.get().confirmed_at is None


def test_a_confirmation_link_expires_after_a_week(client, school, smtp_server, monkeypatch):
    sign_up(client)
    send_queued()
    confirm_path = link(smtp_server.messages[0], "/varsel/bekreft/")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 8 * 24 * 3600)

    response = client.post(confirm_path)

    assert response.status_code == 404
    assert "Lenken virker ikke lenger" in response.content.decode()


def test_the_mail_is_in_the_language_the_carer_used(client, school, smtp_server):
    client.cookies["django_language"] = "en"
    sign_up(client)
    send_queued()

    [message] = smtp_server.messages
    assert (
        "Confirm" in message["Subject"] or "confirm" in message.get_body(("plain",)).get_content()
    )
    assert RoundSubscription.objects.get().language == "en"


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_kept(client, school, smtp_server):
    response = sign_up(client, nettside="https://spam.example")

    assert "Sjekk e-posten din" in response.content.decode()
    assert not RoundSubscription.objects.exists()
    assert send_queued().tried == 0


@pytest.mark.parametrize(
    "email", ["", "ikke-en-adresse", "a@b", "x" * 300 + "@eksempel.example", "kari@\x00.no"]
)
def test_a_bad_address_is_explained_and_nothing_sent(client, school, email):
    response = sign_up(client, email)

    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not RoundSubscription.objects.exists()


def test_signing_up_twice_sends_a_new_link_but_a_confirmed_address_gets_nothing(
    client, school, smtp_server
):
    sign_up(client)
    sign_up(client)
    send_queued()
    assert len(smtp_server.messages) == 2
    assert RoundSubscription.objects.count() == 1
    client.post(link(smtp_server.messages[1], "/varsel/bekreft/"))

    response = sign_up(client)
    send_queued()

    assert "Sjekk e-posten din" in response.content.decode()  # the same answer either way
    assert len(smtp_server.messages) == 2


def test_sign_ups_are_rate_limited_per_address(client, school, settings):
    settings.SUBSCRIBE_RATE = "3/h"
    answers = [sign_up(client, f"person{n}@eksempel.example").status_code for n in range(4)]

    assert answers == [200, 200, 200, 429]
    assert RoundSubscription.objects.count() == 3


def test_confirmation_mails_are_rate_limited_per_email_address(client, school, settings):
    settings.SUBSCRIBE_RATE_PER_EMAIL = "2/d"
    other = factories.offer(
        "Annet kurs", slug="annet", municipalities=[school.municipalities.first()]
    )
    factories.round_of(other, 20)
    answers = [sign_up(client, EMAIL, address=f"192.0.2.{n}").status_code for n in range(3)]

    assert answers == [200, 200, 429]


def test_wrong_methods_are_refused(client, school):
    assert client.put("/tilbud/parorendeskole/varsle/").status_code == 405
    assert client.delete("/varsel/avmeld/x/").status_code == 405


def test_a_flood_of_sign_ups_is_stopped(client, school, settings):
    settings.SUBSCRIBE_RATE = "10/h"
    answers = [
        client.post("/tilbud/parorendeskole/varsle/", {"epost": f"p{n}@e.example"}).status_code
        for n in range(30)
    ]

    assert answers.count(429) == 20
    assert RoundSubscription.objects.count() == 0  # none of them waited long enough anyway
