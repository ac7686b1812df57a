"""iCalendar of upcoming rounds (/tilbud/<slug>/kalender.ics, /kommuner/<slug>/kalender.ics)
and the schema.org JSON-LD on the offer page: both parsed back and checked."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone

from offers.services import set_sessions
from tests import factories

OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture
def school(asker):
    return factories.offer(
        "Pårørendeskole",
        slug="parorendeskole",
        municipalities=[asker],
        place="Asker kulturhus, Strandveien 4",
        offer_type=factories.offer_type("Pårørendeskole", runs_in_rounds=True),
    )


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_the_offer_calendar_has_one_event_per_session_in_oslo_time_across_dst(client, school):
    # Summer time ends on 27 October 2030: the same 18.00 is UTC+2 before and UTC+1 after.
    factories.round_of(
        school, datetime.date(2030, 10, 22), datetime.date(2030, 10, 29), start="18:00"
    )
    factories.round_of(school, -10, -3)  # ended: not in the calendar

    parsed = calendar(client, "/tilbud/parorendeskole/kalender.ics")

    events = list(parsed.walk("VEVENT"))
    assert len(events) == 2
    starts = [event.decoded("DTSTART") for event in events]
    assert [s.astimezone(datetime.UTC).hour for s in starts] == [16, 17]
    assert [s.astimezone(OSLO).hour for s in starts] == [18, 18]
    assert [str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")] == ["Europe/Oslo"]
    assert "TZID=Europe/Oslo" in client.get("/tilbud/parorendeskole/kalender.ics").text
    first = events[0]
    assert str(first["SUMMARY"]) == "Pårørendeskole (1 av 2)"
    assert str(first["LOCATION"]) == "Asker kulturhus, Strandveien 4"
    assert str(first["URL"]) == "http://127.0.0.1:8000/tilbud/parorendeskole/"
    assert first.decoded("DTEND") - first.decoded("DTSTART") == datetime.timedelta(hours=2)
    assert str(parsed["VERSION"]) == "2.0"
    assert parsed["PRODID"]


def test_uids_are_stable_and_survive_a_change_of_time(client, school):
    round_ = factories.round_of(school, datetime.date(2030, 3, 5), datetime.date(2030, 3, 12))
    before = {
        str(e["UID"])
        for e in calendar(client, "/tilbud/parorendeskole/kalender.ics").walk("VEVENT")
    }
    assert len(before) == 2
    assert all(re.fullmatch(r"[0-9a-f-]{36}@127\.0\.0\.1", uid) for uid in before)

    sessions = [
        type("S", (), {"date": s.date, "start_time": datetime.time(17), "end_time": s.end_time})
        for s in round_.session_list
    ]
    set_sessions(round_, sessions)
    after = calendar(client, "/tilbud/parorendeskole/kalender.ics")

    assert {str(e["UID"]) for e in after.walk("VEVENT")} == before
    assert {e.decoded("DTSTART").hour for e in after.walk("VEVENT")} == {17}


def test_the_municipality_calendar_has_every_serving_offers_sessions(client, asker, baerum, school):
    factories.round_of(school, 10, 17)
    other = factories.offer("Kurs i Bærum", municipalities=[baerum])
    factories.round_of(other, 10)
    national = factories.offer("Nettkurs", nationwide=True)
    factories.round_of(national, 20, place="På nett")

    parsed = calendar(client, "/kommuner/asker/kalender.ics")

    summaries = sorted(str(e["SUMMARY"]) for e in parsed.walk("VEVENT"))
    assert summaries == ["Nettkurs", "Pårørendeskole (1 av 2)", "Pårørendeskole (2 av 2)"]
    assert str(parsed["X-WR-CALNAME"]) == "Kurs for pårørende i Asker"
    assert all(e.decoded("DTSTART").date() > timezone.localdate() for e in parsed.walk("VEVENT"))


def test_unknown_offers_and_municipalities_have_no_calendar(client, db):
    assert client.get("/tilbud/finnes-ikke/kalender.ics").status_code == 404
    assert client.get("/kommuner/finnes-ikke/kalender.ics").status_code == 404


def json_ld(page: str) -> list[dict]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(text) for text in found]


def courses(page: str) -> list[dict]:
    """The Course nodes of the page's JSON-LD graph (beside the offer's Service)."""
    return [node for data in json_ld(page) for node in data["@graph"] if node["@type"] == "Course"]


def test_the_offer_page_describes_its_rounds_as_a_course_in_json_ld(client, school):
    factories.round_of(
        school,
        datetime.date(2030, 3, 5),
        datetime.date(2030, 3, 12),
        enrolment_deadline=datetime.date(2030, 2, 26),
        places_total=12,
        places_left=2,
    )
    factories.round_of(school, datetime.date(2030, 9, 3), enrolment="full")

    page = client.get("/tilbud/parorendeskole/").content.decode()
    [data] = courses(page)

    assert json_ld(page)[0]["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert data["name"] == "Pårørendeskole"
    assert data["url"] == "http://127.0.0.1:8000/tilbud/parorendeskole/"
    first, second = data["hasCourseInstance"]
    assert first["@type"] == "CourseInstance"
    assert first["startDate"] == "2030-03-05T18:00:00+01:00"
    assert first["endDate"] == "2030-03-12T20:00:00+01:00"
    assert first["location"] == {"@type": "Place", "address": "Asker kulturhus, Strandveien 4"}
    assert first["remainingAttendeeCapacity"] == 2
    assert first["maximumAttendeeCapacity"] == 12
    assert first["courseSchedule"]["repeatCount"] == 2
    assert first["courseSchedule"]["repeatFrequency"] == "P1W"
    assert first["offers"]["availability"] == "https://schema.org/LimitedAvailability"
    assert first["offers"]["validThrough"] == "2030-02-26"
    assert first["offers"]["price"] == 0
    assert second["offers"]["availability"] == "https://schema.org/SoldOut"


def test_no_course_without_upcoming_rounds_and_no_json_ld_that_breaks_out(client, school):
    assert courses(client.get("/tilbud/parorendeskole/").content.decode()) == []

    school.title = "</script><script>alert(1)</script>"
    school.save()
    factories.round_of(school, 10)
    page = client.get("/tilbud/parorendeskole/").content.decode()

    assert "<script>alert(1)" not in page
    assert courses(page)[0]["name"] == "</script><script>alert(1)</script>"
    assert json_ld(page)[0]["@graph"][0]["name"] == "</script><script>alert(1)</script>"


def test_the_calendars_query_count_does_not_grow_with_the_courses(
    client, asker, django_assert_num_queries
):
    for n in range(6):
        factories.round_of(factories.offer(f"Kurs {n}", municipalities=[asker]), 10, 17, 24)

    # The content version; the municipality; the offers, their upcoming rounds and sessions.
    with django_assert_num_queries(5):
        parsed = calendar(client, "/kommuner/asker/kalender.ics")

    assert len(list(parsed.walk("VEVENT"))) == 18


def test_a_course_page_with_json_ld_stays_one_cached_page_for_everyone(
    client, school, django_assert_num_queries
):
    factories.round_of(school, 10)
    first = client.get("/tilbud/parorendeskole/")

    with django_assert_num_queries(1):  # the content version
        again = client.get("/tilbud/parorendeskole/")

    assert again.content == first.content
    assert "nonce" not in first.content.decode()
    assert "nonce" not in first.get("Content-Security-Policy", "")
