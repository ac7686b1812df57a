"""Helplines are data: national editors keep them in the admin (with history and the offers'
confirmation rule), load_reference_data seeds them, and the footer's «Trenger du hjelp nå?»
shows the urgent ones on every page."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from helplines.models import Audience, Helpline
from tests import factories


def helpline(name="Alarmtelefonen for barn og unge", **fields):
    fields.setdefault("slug", name.lower().replace(" ", "-"))
    fields.setdefault("number", "116 111")
    fields.setdefault("description", "For barn og unge.")
    return Helpline.objects.create(name=name, **fields)


@pytest.fixture
def urgent(db):
    return [
        helpline("Medisinsk nødtelefon", slug="113", number="113", is_urgent=True, position=1),
        helpline("Legevakt", number="116 117", is_urgent=True, position=2),
        helpline(
            "Alarmtelefonen for barn og unge",
            number="116 111",
            is_urgent=True,
            audience=Audience.YOUNG,
            position=3,
        ),
    ]


def test_footer_lists_the_urgent_helplines_with_tel_links(client, urgent):
    helpline("Pårørendelinjen", number="22 22 49 22", audience=Audience.ADULTS)

    html = client.get("/tilbud/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]

    assert "Trenger du hjelp nå?" in footer
    assert '<a href="tel:113" class="help-now__number">113</a>' in footer
    assert '<a href="tel:116117" class="help-now__number">116 117</a>' in footer
    assert '<a href="tel:116111" class="help-now__number">116 111</a>' in footer
    assert "Alarmtelefonen for barn og unge" in footer
    assert footer.index("113") < footer.index("116 117") < footer.index("116 111")
    assert "22 22 49 22" not in footer  # not urgent


def test_an_edited_helpline_is_in_the_footer_on_the_next_request(client, urgent):
    client.get("/")
    urgent[2].number = "116 112"
    urgent[2].save()

    assert "116 112" in client.get("/").content.decode()


def test_footer_falls_back_to_a_fixed_sentence_without_helplines(client, db):
    html = client.get("/").content.decode()

    assert "ring legevakten på 116 117. Ved fare for liv, ring 113." in html


def test_footer_costs_no_query_on_a_cached_page(client, urgent, django_assert_num_queries):
    client.get("/tilgjengelighet/")
    with django_assert_num_queries(1):  # the content version
        assert "116 111" in client.get("/tilgjengelighet/").content.decode()


def test_footer_reads_the_helplines_once_per_content_version(
    client, urgent, django_assert_num_queries
):
    client.get("/")
    # The content version and the page's own queries; the helplines come from the cache.
    with django_assert_num_queries(1):
        client.get("/tilgjengelighet/?anders=1")


def test_footer_is_in_the_active_language(client, urgent):
    urgent[2].name_en = "Helpline for children and young people"
    urgent[2].save()
    client.post("/sprak/", {"language": "en", "next": "/"})

    html = client.get("/").content.decode()

    assert "Need help now?" in html
    assert "Helpline for children and young people" in html


def test_tel_links_keep_short_numbers_and_give_eight_digit_ones_the_country_code(db):
    assert helpline("A", slug="a", number="116 111").phone_uri == "tel:116111"
    assert helpline("B", slug="b", number="800 33 321").phone_uri == "tel:+4780033321"
    # Written with its country code, the number keeps it (the "+" too).
    assert helpline("C", slug="c", number="+47 800 33 321").phone_uri == "tel:+4780033321"


def test_reference_data_seeds_the_helplines_and_keeps_editors_changes(db):
    call_command("load_reference_data", verbosity=0)
    alarm = Helpline.objects.get(slug="alarmtelefonen")
    assert alarm.number == "116 111"
    assert alarm.is_urgent
    assert alarm.audience == Audience.YOUNG
    kors = Helpline.objects.get(slug="kors-pa-halsen")
    assert kors.number == "800 33 321"
    assert kors.chat_url
    assert set(Helpline.objects.urgent().values_list("number", flat=True)) == {
        "113",
        "116 117",
        "116 111",
    }
    # Seeded numbers are not checked by anyone yet: the editors are asked to check them.
    assert set(Helpline.objects.needing_confirmation()) == set(Helpline.objects.all())

    kors.opening_hours = "Hver dag kl. 14–22"
    kors.save()
    call_command("load_reference_data", verbosity=0)

    assert Helpline.objects.get(slug="kors-pa-halsen").opening_hours == "Hver dag kl. 14–22"
    assert Helpline.objects.count() == 5


# The admin


def test_coordinators_may_not_see_or_edit_helplines(coordinator_client, urgent):
    assert coordinator_client.get("/admin/helplines/helpline/").status_code == 403
    assert (
        coordinator_client.get(f"/admin/helplines/helpline/{urgent[0].pk}/change/").status_code
        == 403
    )
    assert (
        coordinator_client.post(f"/admin/helplines/helpline/{urgent[0].pk}/bekreft/").status_code
        == 403
    )
    assert Helpline.objects.get(pk=urgent[0].pk).confirmed_on is None


def test_national_editor_edits_a_helpline_and_it_is_kept_in_the_history(
    client, national_editor, urgent
):
    client.force_login(national_editor)
    alarm = urgent[2]
    data = {
        "name": alarm.name,
        "slug": alarm.slug,
        "number": "116 111",
        "chat_url": "https://www.116111.no/chat",
        "website": "",
        "audience": "young",
        "description": "For barn og unge som har det vondt.",
        "opening_hours": "Hele døgnet",
        "name_nn": "",
        "description_nn": "",
        "opening_hours_nn": "",
        "name_en": "",
        "description_en": "",
        "opening_hours_en": "",
        "is_urgent": "on",
        "position": "3",
    }

    response = client.post(f"/admin/helplines/helpline/{alarm.pk}/change/", data)

    assert response.status_code == 302
    alarm.refresh_from_db()
    assert alarm.chat_url == "https://www.116111.no/chat"
    assert alarm.history.first().history_user == national_editor
    assert "Hele døgnet" in client.get("/unge/").content.decode()


def test_a_helpline_needs_a_number_or_a_chat(client, national_editor, db):
    client.force_login(national_editor)

    response = client.post(
        "/admin/helplines/helpline/add/",
        {
            "name": "Tom",
            "slug": "tom",
            "audience": "everyone",
            "description": "Ingenting.",
            "position": "0",
        },
    )

    assert "Skriv et telefonnummer eller en lenke til chat." in response.content.decode()
    assert not Helpline.objects.filter(slug="tom").exists()


def test_editor_confirms_a_helpline_on_its_own_page(client, national_editor, urgent):
    client.force_login(national_editor)
    url = f"/admin/helplines/helpline/{urgent[0].pk}/bekreft/"

    assert "Sjekket: nummer og åpningstid stemmer" in client.get(url).content.decode()
    response = client.post(url)

    assert response.status_code == 302
    confirmed = Helpline.objects.get(pk=urgent[0].pk)
    assert confirmed.confirmed_on == timezone.localdate()
    assert confirmed.confirmed_by == national_editor
    assert confirmed.history.first().history_change_reason.startswith("Sjekket")


def test_overdue_helplines_are_listed_for_editors_on_the_admin_start_page(
    client, national_editor, urgent, settings
):
    settings.CONFIRM_WITHIN_MONTHS = 12
    Helpline.objects.filter(pk=urgent[0].pk).update(confirmed_on=timezone.localdate())
    Helpline.objects.filter(pk=urgent[1].pk).update(
        confirmed_on=timezone.localdate() - datetime.timedelta(days=400)
    )
    client.force_login(national_editor)

    html = client.get("/admin/").content.decode()
    panel = html[html.index('id="helplines-to-check"') :]
    panel = panel[: panel.index("</table>")]

    assert "Hjelpetelefoner som må sjekkes" in panel
    assert "Legevakt" in panel  # checked over a year ago
    assert "Alarmtelefonen for barn og unge" in panel  # never checked
    assert "Medisinsk nødtelefon" not in panel  # checked today


def test_coordinators_do_not_get_the_helplines_panel(coordinator_client, urgent):
    assert (
        "Hjelpetelefoner som må sjekkes" not in coordinator_client.get("/admin/").content.decode()
    )


def test_confirm_selected_action_checks_each(client, national_editor, urgent):
    client.force_login(national_editor)

    client.post(
        "/admin/helplines/helpline/",
        {"action": "confirm_selected", "_selected_action": [h.pk for h in urgent[:2]]},
    )

    assert set(Helpline.objects.needing_confirmation()) == {urgent[2]}


def test_factories_national_editor_has_the_helpline_permissions(db):
    editor = factories.national_editor()
    assert editor.has_perm("helplines.change_helpline")
    assert not factories.coordinator("k@asker.kommune.example", factories.municipality()).has_perm(
        "helplines.view_helpline"
    )
