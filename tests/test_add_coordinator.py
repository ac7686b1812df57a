"""`manage.py add_coordinator`: a coordinator account in one command, and a one-time link
where the coordinator chooses their own password."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from accounts.roles import COORDINATORS

User = get_user_model()
GOOD_PASSWORD = "blå hest tre epler"


def add_coordinator(*args):
    out = io.StringIO()
    call_command("add_coordinator", *args, stdout=out)
    return out.getvalue()


def printed_link(output):
    return re.search(r"^(https?://\S+)$", output, re.MULTILINE).group(1)


def test_creates_a_staff_account_in_the_coordinator_group(asker, baerum, settings):
    settings.PORTAL_BASE_URL = "https://parorende.example.no"

    output = add_coordinator("Kari.Nordmann@Asker.Kommune.example", "--kommune", "3203")

    user = User.objects.get(email="kari.nordmann@asker.kommune.example")
    assert user.is_staff
    assert user.is_active
    assert not user.is_superuser
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == [COORDINATORS]
    assert list(user.municipalities.all()) == [asker]
    assert "Created coordinator kari.nordmann@asker.kommune.example for Asker (3203)." in output
    assert printed_link(output).startswith("https://parorende.example.no/admin/passord/ny/")


def test_running_it_again_updates_to_exactly_the_given_municipalities(asker, baerum):
    add_coordinator("kari@kommune.example", "--kommune", "3203")

    output = add_coordinator("KARI@kommune.example", "--kommune", "3201", "--kommune", "3203")
    add_coordinator("kari@kommune.example", "--kommune", "3201")

    user = User.objects.get()
    assert "Updated coordinator" in output
    assert list(user.municipalities.all()) == [baerum]
    assert user.groups.count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["kari@kommune.example", "--kommune", "9999"], "Unknown municipality number(s): 9999"),
        (["kari@kommune.example", "--kommune", "3203", "--kommune", "abc"], "Unknown municipality"),
        (["ikke-en-adresse", "--kommune", "3203"], "is not a valid e-mail address"),
    ],
)
def test_bad_input_gives_a_clear_error_and_changes_nothing(asker, args, message):
    with pytest.raises(CommandError, match=re.escape(message)):
        add_coordinator(*args)

    assert not User.objects.exists()


def test_an_unknown_municipality_leaves_an_existing_coordinator_as_it_was(asker):
    add_coordinator("kari@kommune.example", "--kommune", "3203")

    with pytest.raises(CommandError):
        add_coordinator("kari@kommune.example", "--kommune", "9999")

    assert list(User.objects.get().municipalities.all()) == [asker]


def test_the_link_sets_a_validated_password_once_and_the_coordinator_can_log_in(client, asker):
    link = printed_link(add_coordinator("kari@kommune.example", "--kommune", "3203"))
    path = link.removeprefix("http://127.0.0.1:8000")

    form_page = client.get(path, follow=True)
    set_password_url = form_page.redirect_chain[-1][0]
    too_short = client.post(set_password_url, {"new_password1": "kort", "new_password2": "kort"})
    done = client.post(
        set_password_url, {"new_password1": GOOD_PASSWORD, "new_password2": GOOD_PASSWORD}
    )
    used_again = client.get(path, follow=True)
    login = client.post(
        reverse("admin:login"),
        {"username": "Kari@Kommune.example", "password": GOOD_PASSWORD, "next": "/admin/"},
    )

    assert "Velg et passord for kari@kommune.example" in form_page.content.decode()
    assert "Passordet er for kort. Det må ha minst 12 tegn." in too_short.content.decode()
    assert done.status_code == 302
    assert done["Location"] == reverse("admin:password_set_complete")
    assert "Lenken virker ikke lenger" in used_again.content.decode()
    assert login.status_code == 302
    assert login["Location"] == "/admin/"
