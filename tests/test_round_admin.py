"""Rounds in the offer's admin: typed a line a session or made from a pattern, the blank round
starting from the previous round's pattern; scoped like the offer, kept in its history, refused
from a stale form; the start page's course panel."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from offers.models import Offer, Round
from tests import factories
from tests.admin_forms import ROUNDS, change_url, confirm_url, offer_form_data


@pytest.fixture
def school(asker):
    return factories.offer(
        "Pårørendeskole",
        owner=asker,
        municipalities=[asker],
        offer_type=factories.offer_type("Pårørendeskole", runs_in_rounds=True),
    )


def with_new_round(offer, **fields):
    """The change form as loaded, with the blank round at the bottom filled in."""
    data = offer_form_data(offer)
    number = data[f"{ROUNDS}-TOTAL_FORMS"]
    data[f"{ROUNDS}-TOTAL_FORMS"] = number + 1
    data[f"{ROUNDS}-{number}-offer"] = offer.pk
    data[f"{ROUNDS}-{number}-enrolment"] = "open"
    data |= {f"{ROUNDS}-{number}-{name}": value for name, value in fields.items()}
    return data


def save(client, offer, data):
    response = client.post(change_url(offer), data)
    assert response.status_code == 302, response.context and [
        response.context["errors"],
        [f.errors for fs in response.context["inline_admin_formsets"] for f in fs.formset],
    ]


def sessions(round_):
    return [
        (s.date, s.start_time.strftime("%H:%M"), s.end_time.strftime("%H:%M"))
        for s in round_.sessions.all()
    ]


def test_a_coordinator_adds_a_round_a_line_per_session(coordinator_client, school):
    save(
        coordinator_client,
        school,
        with_new_round(
            school,
            sessions=(
                "tirsdag 12.01.2030 18.00–20.00\n19.1.30 kl. 18-20\n\n2030-01-26 18:00 til 20:30"
            ),
            enrolment_deadline="2030-01-05",
            places_total=12,
            places_left=4,
        ),
    )

    round_ = Round.objects.get(offer=school)
    assert sessions(round_) == [
        (datetime.date(2030, 1, 12), "18:00", "20:00"),
        (datetime.date(2030, 1, 19), "18:00", "20:00"),
        (datetime.date(2030, 1, 26), "18:00", "20:30"),
    ]
    assert (round_.enrolment_deadline, round_.places_total, round_.places_left) == (
        datetime.date(2030, 1, 5),
        12,
        4,
    )


def test_a_round_from_a_pattern_same_weekday_for_n_weeks(coordinator_client, school):
    save(
        coordinator_client,
        school,
        with_new_round(
            school,
            repeat_from="2030-01-08",
            repeat_count=8,
            repeat_weeks=1,
            repeat_start="18:00",
            repeat_end="20:00",
        ),
    )

    dates = [s[0] for s in sessions(Round.objects.get(offer=school))]
    assert len(dates) == 8
    assert dates[0] == datetime.date(2030, 1, 8)
    assert dates[-1] == datetime.date(2030, 2, 26)
    assert {d.weekday() for d in dates} == {1}


def test_the_blank_round_starts_from_the_previous_rounds_pattern(coordinator_client, school):
    factories.round_of(school, 5, 19, 33, start="17:30", end="20:30", places_total=14)

    page = coordinator_client.get(change_url(school))
    html = page.content.decode()

    assert "Som forrige runde: 3 ganger, annenhver uke kl. 17.30–20.30. Skriv første dato." in html
    blank = [f for fs in page.context["inline_admin_formsets"] for f in fs.formset][-1]
    assert blank.initial["repeat_count"] == 3
    assert blank.initial["repeat_weeks"] == 2
    assert blank.initial["places_total"] == 14

    # Only the date typed: a whole round like the last one.
    data = offer_form_data(school)
    data[f"{ROUNDS}-TOTAL_FORMS"] += 1
    number = data[f"{ROUNDS}-TOTAL_FORMS"] - 1
    data |= {
        f"{ROUNDS}-{number}-offer": school.pk,
        f"{ROUNDS}-{number}-repeat_from": "2030-09-03",
        f"{ROUNDS}-{number}-repeat_count": 3,
        f"{ROUNDS}-{number}-repeat_weeks": 2,
        f"{ROUNDS}-{number}-repeat_start": "17:30",
        f"{ROUNDS}-{number}-repeat_end": "20:30",
        f"{ROUNDS}-{number}-places_total": 14,
        f"{ROUNDS}-{number}-enrolment": "open",
    }
    save(coordinator_client, school, data)

    new = Round.objects.filter(offer=school).order_by("-pk").first()
    assert [s[0] for s in sessions(new)] == [
        datetime.date(2030, 9, 3),
        datetime.date(2030, 9, 17),
        datetime.date(2030, 10, 1),
    ]


def test_an_untouched_blank_round_adds_nothing(coordinator_client, school):
    factories.round_of(school, 5)
    page = coordinator_client.get(change_url(school))
    data = offer_form_data(school)
    blank = [f for fs in page.context["inline_admin_formsets"] for f in fs.formset][-1]
    data[f"{ROUNDS}-TOTAL_FORMS"] += 1
    prefix = blank.prefix
    data |= {
        f"{prefix}-{name}": "" if value is None else value
        for name, value in blank.initial.items()
        if name != "pattern_note"
    }
    data[f"{prefix}-enrolment"] = "open"

    save(coordinator_client, school, data)

    assert Round.objects.filter(offer=school).count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"sessions": "neste tirsdag"}, "Linje 1: «neste tirsdag» forsto vi ikke."),
        ({"sessions": "12.01.2030 20.00–18.00"}, "forsto vi ikke"),
        ({"enrolment_deadline": "2030-01-05"}, "Skriv inn datoene"),
        ({"repeat_from": "2030-01-08", "repeat_count": 3}, "Fyll ut dette"),
        ({"sessions": "12.01.2030 18-20", "places_total": 4, "places_left": 9}, "flere ledige"),
    ],
)
def test_a_round_that_makes_no_sense_is_explained(coordinator_client, school, fields, message):
    response = coordinator_client.post(change_url(school), with_new_round(school, **fields))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Round.objects.exists()


def test_editing_the_lines_keeps_unchanged_sessions_and_their_ids(coordinator_client, school):
    round_ = factories.round_of(school, datetime.date(2030, 1, 8), datetime.date(2030, 1, 15))
    kept = round_.session_list[0].uid
    data = offer_form_data(school)
    data[f"{ROUNDS}-0-sessions"] = "08.01.2030 18.00–20.00\n22.01.2030 18.00–20.00"

    save(coordinator_client, school, data)

    round_.refresh_from_db()
    assert [s.date.day for s in round_.sessions.all()] == [8, 22]
    assert round_.sessions.get(date=datetime.date(2030, 1, 8)).uid == kept


def test_a_round_change_is_in_the_offers_history_and_the_rounds_own(
    coordinator_client, school, asker_coordinator
):
    save(coordinator_client, school, with_new_round(school, sessions="12.01.2030 18-20"))

    latest = Offer.history.filter(id=school.pk).latest("history_date")
    history_page = coordinator_client.get(f"/admin/offers/offer/{school.pk}/history/")
    assert "La til Kursrunde fra 12.01.2030" in latest.history_change_reason
    assert "La til Kursrunde fra 12.01.2030" in history_page.content.decode()
    round_ = Round.objects.get(offer=school)
    assert round_.history.get().history_user == asker_coordinator


def test_a_stale_form_cannot_change_rounds(school, asker):
    first, second = (Client(), Client())
    first.force_login(factories.coordinator("kari@asker.kommune.example", asker))
    second.force_login(factories.coordinator("ola@asker.kommune.example", asker))
    stale = with_new_round(school, sessions="12.01.2030 18-20")

    save(first, school, offer_form_data(school, title="Ny tittel"))
    response = second.post(change_url(school), stale)

    assert response.status_code == 200
    assert "Endringene dine er ikke lagret" in response.content.decode()
    assert not Round.objects.exists()


def test_a_round_change_moves_the_offer_to_its_next_version(coordinator_client, school):
    version = school.version

    save(coordinator_client, school, with_new_round(school, sessions="12.01.2030 18-20"))

    school.refresh_from_db()
    assert school.version == version + 1


def test_confirming_refuses_a_round_typed_but_not_saved(coordinator_client, school):
    data = with_new_round(school, sessions="12.01.2030 18-20") | {"_confirm": "1"}

    response = coordinator_client.post(confirm_url(school), data)

    assert response.status_code == 200
    assert "Å bekrefte lagrer ikke endringer" in response.content.decode()
    assert not Round.objects.exists()
    school.refresh_from_db()
    assert school.confirmed_on is None


def test_another_municipalitys_coordinator_cannot_see_or_change_the_rounds(
    client, school, baerum_coordinator
):
    round_ = factories.round_of(school, 10)
    client.force_login(baerum_coordinator)

    assert client.get(change_url(school)).status_code in {302, 403, 404}
    client.post(change_url(school), offer_form_data(school) | {f"{ROUNDS}-0-DELETE": "on"})

    assert Round.objects.filter(pk=round_.pk).exists()


def test_a_round_of_another_offer_cannot_be_changed_through_this_one(
    coordinator_client, school, baerum
):
    other = factories.offer("Bærums kurs", owner=baerum, municipalities=[baerum])
    theirs = factories.round_of(other, 10, places_left=5)
    data = with_new_round(school, sessions="12.01.2030 18-20")
    data[f"{ROUNDS}-0-id"] = theirs.pk
    data[f"{ROUNDS}-INITIAL_FORMS"] = 1
    data[f"{ROUNDS}-0-places_left"] = 0

    coordinator_client.post(change_url(school), data)

    theirs.refresh_from_db()
    assert theirs.places_left == 5
    assert theirs.offer == other


def test_the_start_page_lists_courses_without_dates_and_places_left_after_the_deadline(
    coordinator_client, school, asker
):
    other = factories.offer("Kurs med frist ute", owner=asker, municipalities=[asker])
    factories.round_of(
        other,
        10,
        enrolment_deadline=timezone.localdate() - datetime.timedelta(days=1),
        places_left=3,
        places_total=10,
    )

    html = coordinator_client.get("/admin/").content.decode()

    assert "Kurs uten nye datoer" in html
    assert "Pårørendeskole" in html
    assert "Fortsatt ledige plasser?" in html
    assert "Kurs med frist ute" in html
    assert "3 ledige plasser" in html


def test_the_start_page_says_nothing_of_other_municipalities_courses(
    client, school, baerum_coordinator
):
    client.force_login(baerum_coordinator)

    assert "Kurs uten nye datoer" not in client.get("/admin/").content.decode()
