"""Forms anyone may send (portal.forms.PublicForm): a honeypot and a minimum fill time stop
bots without JavaScript; a person who is caught by either loses nothing they wrote."""

import time

import pytest
from django import forms
from django.template import Context, Template

from portal.forms import MIN_SECONDS, PublicForm


class MessageForm(PublicForm):
    message = forms.CharField(max_length=2000)


def shown_seconds_ago(monkeypatch, seconds):
    """A form shown `seconds` ago, submitted now with its signed clock."""
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now - seconds)
    clock = MessageForm().fields["shown"].initial
    monkeypatch.setattr(time, "time", lambda: now)
    return clock


def test_a_person_who_took_their_time_gets_through(monkeypatch):
    form = MessageForm(
        {"message": "Telefonnummeret er feil.", "shown": shown_seconds_ago(monkeypatch, 30)}
    )

    assert form.is_valid()
    assert not form.is_spam


def test_a_form_sent_faster_than_a_person_can_is_shown_again_with_the_text_kept(monkeypatch):
    form = MessageForm(
        {"message": "Telefonnummeret er feil.", "shown": shown_seconds_ago(monkeypatch, 1)}
    )

    assert not form.is_valid()
    assert "send det en gang til" in str(form.non_field_errors())
    assert form["message"].value() == "Telefonnummeret er feil."
    assert MIN_SECONDS > 1


@pytest.mark.parametrize("clock", ["", "1700000000", "forfalsket:signatur", "x" * 5000])
def test_a_missing_or_forged_clock_asks_to_send_again(clock):
    form = MessageForm({"message": "Hei", "shown": clock})

    assert not form.is_valid()
    assert "send det en gang til" in str(form.non_field_errors())


def test_a_filled_in_honeypot_marks_the_form_as_spam(monkeypatch):
    form = MessageForm(
        {
            "message": "Kjøp nå",
            "nettside": "https://spam.example",
            "shown": shown_seconds_ago(monkeypatch, 30),
        }
    )

    assert form.is_valid()
    assert form.is_spam


def test_people_never_meet_the_honeypot():
    html = Template(
        "{% for field in form.person_fields %}{{ field }}{% endfor %}"
        '{% include "includes/public_form_guard.html" %}'
    ).render(Context({"form": MessageForm()}))

    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'name="nettside"' in html
    assert 'tabindex="-1"' in html
    assert 'autocomplete="off"' in html
    assert 'type="hidden" name="shown"' in html
    assert [f.name for f in MessageForm().person_fields()] == ["message"]
