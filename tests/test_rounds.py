"""Rounds (kursrunder) on the public pages: the next round first, ended rounds gone by
themselves, enrolment open or not, the filter and the order, query counts, the sheet."""

import datetime
import re

import pytest

from offers.models import Offer
from tests import factories

TODAY = datetime.date.today


@pytest.fixture
def school(asker):
    return factories.offer(
        "Pårørendeskole",
        slug="parorendeskole",
        owner=asker,
        municipalities=[asker],
        offer_type=factories.offer_type("Pårørendeskole", runs_in_rounds=True),
        place="Asker kulturhus",
        schedule="",
    )


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def listed(client, query):
    return [o.slug for o in client.get("/tilbud/", query).context["page"].object_list]


def test_the_offer_page_shows_the_next_round_first_with_deadline_and_places(client, school):
    factories.round_of(
        school,
        datetime.date(2027, 1, 12),
        datetime.date(2027, 1, 19),
        enrolment_deadline=datetime.date(2027, 1, 5),
        places_total=12,
        places_left=4,
    )
    factories.round_of(school, datetime.date(2027, 9, 7), datetime.date(2027, 9, 14))

    page = html(client, "/tilbud/parorendeskole/")

    assert "tirsdag 12. januar 2027 kl. 18.00–20.00</strong>, 2 kvelder" in page
    assert "Påmeldingsfrist 5. januar" in page
    assert "4 ledige plasser" in page
    assert "Senere kurs" in page
    assert "tirsdag 7. september 2027 kl. 18.00–20.00" in page
    assert page.index("12. januar 2027") < page.index("7. september 2027")
    assert 'href="/tilbud/parorendeskole/kalender.ics">Legg i kalenderen' in page


def test_a_round_whose_last_session_was_yesterday_is_gone(client, school):
    factories.round_of(school, -8, -1)

    page = html(client, "/tilbud/parorendeskole/")

    assert "Ingen nye datoer ennå" in page
    assert "Neste kurs:" not in page
    assert school.upcoming_rounds == []


def test_a_round_that_ends_today_still_shows_as_running(client, school):
    factories.round_of(school, -7, 0)

    page = html(client, "/tilbud/parorendeskole/")

    assert "Kurset er i gang" in page


def test_an_offer_with_a_free_text_schedule_keeps_it_when_its_rounds_have_ended(client, asker):
    offer = factories.offer("Kurs", slug="kurs", municipalities=[asker], schedule="Hver høst")
    factories.round_of(offer, -3)

    page = html(client, "/tilbud/kurs/")

    assert "Hver høst" in page
    assert "Ingen nye datoer ennå" not in page


@pytest.mark.parametrize(
    ("fields", "days", "open_now", "label"),
    [
        ({}, (10,), True, "Påmelding er åpen"),
        ({"places_left": 0, "places_total": 10}, (10,), False, "Fullt"),
        ({"enrolment": "full"}, (10,), False, "Fullt"),
        ({"enrolment": "waiting_list"}, (10,), False, "venteliste"),
        ({"enrolment_deadline": "yesterday"}, (10,), False, "Påmeldingsfristen er ute"),
        ({"enrolment_deadline": "today"}, (10,), True, "Påmelding er åpen"),
        ({}, (-7, 7), False, "Kurset er i gang"),
    ],
)
def test_enrolment_is_open_only_before_the_start_and_deadline_and_with_places(
    client, school, fields, days, open_now, label
):
    deadline = {"yesterday": TODAY() - datetime.timedelta(days=1), "today": TODAY()}
    if "enrolment_deadline" in fields:
        fields = {**fields, "enrolment_deadline": deadline[fields["enrolment_deadline"]]}
    round_ = factories.round_of(school, *days, **fields)

    assert round_.is_open_for_enrolment() is open_now
    assert (listed(client, {"paamelding": "apen"}) == ["parorendeskole"]) is open_now
    assert label in html(client, "/tilbud/")


def test_enrolment_filter_combines_with_the_other_filters(client, asker, baerum, school):
    dementia = factories.diagnosis("Demens")
    school.diagnoses.set([dementia])
    factories.round_of(school, 10)
    elsewhere = factories.offer("Annet kurs", slug="baerum-kurs", municipalities=[baerum])
    factories.round_of(elsewhere, 10)
    no_round = factories.offer("Gruppe", slug="gruppe", municipalities=[asker])

    assert listed(client, {"paamelding": "apen", "kommune": "asker"}) == ["parorendeskole"]
    assert listed(client, {"paamelding": "apen", "kommune": "baerum"}) == ["baerum-kurs"]
    assert listed(client, {"paamelding": "apen", "diagnose": "demens"}) == ["parorendeskole"]
    assert no_round.slug in listed(client, {"kommune": "asker"})
    page = html(client, "/tilbud/?paamelding=apen&kommune=asker")
    # The summary line of what was chosen names it.
    assert "Du har valgt: </span>Asker · Påmelding åpen</span>" in page
    assert re.search(r'<input type="checkbox" name="paamelding" value="apen"[^>]* checked', page)


def test_an_unknown_enrolment_or_order_value_is_explained_not_an_error(client, school):
    factories.round_of(school, 10)

    response = client.get("/tilbud/", {"paamelding": "kanskje", "sorter": "<b>"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Vi forsto ikke påmeldingsvalget «kanskje»" in page
    assert "Vi kan ikke sortere etter «&lt;b&gt;»" in page
    assert "parorendeskole" in listed(client, {"paamelding": "kanskje"})


def test_the_list_can_be_sorted_by_next_start(client, asker):
    late = factories.offer("A sent", slug="sent", municipalities=[asker])
    factories.round_of(late, 40)
    soon = factories.offer("B snart", slug="snart", municipalities=[asker])
    factories.round_of(soon, -20, -10)  # ended: not a start
    factories.round_of(soon, 5)
    running = factories.offer("C i gang", slug="i-gang", municipalities=[asker])
    factories.round_of(running, -2, 30)  # started: no next start
    factories.offer("D uten", slug="uten", municipalities=[asker])

    assert listed(client, {"kommune": "asker"}) == ["sent", "snart", "i-gang", "uten"]
    assert listed(client, {"kommune": "asker", "sorter": "start"}) == [
        "snart",
        "sent",
        "i-gang",
        "uten",
    ]


def test_the_card_shows_the_next_start_and_whether_enrolment_is_open(client, school):
    factories.round_of(school, datetime.date(2030, 3, 5), places_left=0, places_total=8)

    page = html(client, "/tilbud/")

    assert "Neste kurs: <strong>5. mars 2030</strong>" in page
    assert "Fullt" in page


def test_the_start_page_links_to_courses_starting_soon(client, db):
    page = html(client, "/")

    assert "Kurs som starter snart" in page
    assert 'href="/tilbud/?paamelding=apen&amp;sorter=start"' in page


def test_the_printed_sheet_shows_the_next_round(client, school):
    factories.round_of(school, datetime.date(2030, 3, 5), datetime.date(2030, 3, 12))

    page = html(client, "/tilbud/parorendeskole/tilbudsark/")

    assert "Neste kurs:" in page
    assert "tirsdag 5. mars 2030 kl. 18.00–\u206020.00, 2 kvelder" in page


def test_a_weekend_reads_as_days_and_daytime_as_times(school):
    weekend = factories.round_of(school, 10, 11, 12, start="09:00", end="15:00")
    daytime = factories.round_of(school, 10, 17, start="10:00", end="12:00")

    assert weekend.length_label == "3 dager"
    assert daytime.length_label == "2 ganger"


def test_the_municipality_page_links_its_calendar_when_a_course_has_dates(client, school):
    assert "kalender.ics" not in html(client, "/kommuner/asker/")
    factories.round_of(school, 10)

    assert 'href="/kommuner/asker/kalender.ics"' in html(client, "/kommuner/asker/")


def test_rounds_of_a_draft_offer_are_nowhere(client, school):
    factories.round_of(school, 10)
    Offer.objects.filter(pk=school.pk).update(is_published=False)

    assert listed(client, {"paamelding": "apen"}) == []
    assert client.get("/tilbud/parorendeskole/kalender.ics").status_code == 404


def test_a_card_whose_next_round_is_full_points_to_the_open_one(client, school):
    factories.round_of(school, datetime.date(2030, 3, 5), enrolment="full")
    factories.round_of(school, datetime.date(2030, 9, 3))

    page = html(client, "/tilbud/?paamelding=apen")

    assert "Neste kurs: <strong>5. mars 2030</strong>" in page
    assert "Påmelding åpen for kurset som starter 3. september 2030" in page
