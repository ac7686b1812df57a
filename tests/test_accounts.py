"""Accounts log in with their e-mail address, compared without regard to case, and the two
groups carry exactly the permissions their work needs."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from accounts.roles import COORDINATORS, NATIONAL_EDITORS, ROLES, sync_roles
from portal.scoping import sees_everything
from tests import factories

User = get_user_model()


def test_e_mail_addresses_are_stored_in_lower_case_and_unique_ignoring_case(db):
    user = User.objects.create_user(" Kari@Asker.Kommune.Example ", "passord")

    assert user.email == "kari@asker.kommune.example"
    assert User.objects.get_by_natural_key("KARI@asker.kommune.example") == user
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("kari@asker.kommune.example", "passord")


def test_superusers_are_made_with_the_e_mail_as_login(db):
    user = factories.superuser("Admin@Portal.example")

    assert user.email == "admin@portal.example"
    assert user.is_staff
    assert user.is_superuser
    assert not hasattr(user, "username") or user.username is None


def test_the_groups_have_exactly_their_permissions_and_syncing_is_idempotent(db):
    sync_roles()
    sync_roles()

    for name, permissions in ROLES.items():
        group = Group.objects.get(name=name)
        stored = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        assert stored == set(permissions)
    assert Group.objects.filter(name__in=ROLES).count() == 2


def test_coordinators_cannot_touch_taxonomies_or_accounts(db):
    coordinator_permissions = set(ROLES[COORDINATORS])

    assert not {p for p in coordinator_permissions if p.startswith(("auth.", "accounts."))}
    assert not {p for p in coordinator_permissions if "offertype" in p or "diagnosis" in p}
    assert not {p for p in ROLES[NATIONAL_EDITORS] if p.startswith("auth.") or "_user" in p}


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("asker_coordinator", False),
        ("baerum_coordinator", False),
        ("national_editor", True),
        ("anonymous", False),
    ],
)
def test_who_sees_everything(request, persona, expected, asker, baerum):
    user = request.getfixturevalue(persona)

    assert sees_everything(user) is expected


def test_superusers_see_everything(db):
    assert sees_everything(factories.superuser())
