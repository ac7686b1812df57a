"""The two groups and exactly the permissions each needs, kept in step with this code.

The groups are synced after every `migrate` (and by `add_coordinator`), not created by a data
migration: a data migration freezes the list as it was, while this keeps every database,
including the test database, equal to what the code below says.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

COORDINATORS = "Koordinatorer"
NATIONAL_EDITORS = "Nasjonale redaktører"

_EDIT = ("view", "add", "change", "delete")

COORDINATOR_PERMISSIONS = [
    *(f"offers.{action}_offer" for action in _EDIT),
    # Rounds are edited on their offer's page; their sessions with them.
    *(f"offers.{action}_round" for action in _EDIT),
    *(f"offers.{action}_provider" for action in _EDIT),
    *(f"offers.{action}_contactperson" for action in _EDIT),
    # Their own municipality's development projects (projects.admin).
    *(f"projects.{action}_project" for action in _EDIT),
    # Their own municipality's way in only; the admin limits which fields.
    "municipalities.view_municipality",
    "municipalities.change_municipality",
    # Reports from carers on their offers and municipalities: read, set status, answer.
    "feedback.view_report",
    "feedback.change_report",
    # «Søk om hjelp», part of the way in; and «Hull i tilbudet» (the coverage app).
    *(f"coverage.{action}_applicationoffice" for action in _EDIT),
    "coverage.view_unmetsearch",
]

NATIONAL_EDITOR_PERMISSIONS = [
    *COORDINATOR_PERMISSIONS,
    "accounts.edit_all_municipalities",
    *(
        f"offers.{action}_{model}"
        for model in ("offertype", "diagnosis", "agegroup", "searchsynonym")
        for action in _EDIT
    ),
    *(f"coverage.{action}_population" for action in _EDIT),
    "municipalities.view_county",
    # Project themes, and Årets pårørendekommune: dates, winners, nominations for the jury.
    *(
        f"projects.{action}_{model}"
        for model in ("projecttheme", "awardround", "awardwinner")
        for action in _EDIT
    ),
    "projects.view_nomination",
    "projects.delete_nomination",
    *(f"helplines.{action}_helpline" for action in _EDIT),
]

ROLES = {
    COORDINATORS: COORDINATOR_PERMISSIONS,
    NATIONAL_EDITORS: NATIONAL_EDITOR_PERMISSIONS,
}


def _permissions(names) -> list[Permission]:
    """The permissions named "app_label.codename", in one query; a missing one is an error."""
    wanted = [tuple(name.split(".")) for name in names]
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.filter(
            codename__in={codename for _, codename in wanted}
        ).select_related("content_type")
    }
    missing = [".".join(name) for name in wanted if name not in found]
    if missing:
        raise Permission.DoesNotExist(f"No such permissions: {', '.join(missing)}")
    return [found[name] for name in wanted]


@transaction.atomic
def sync_roles() -> dict[str, Group]:
    """Create the groups if missing and give each exactly its permissions; safe to repeat."""
    for app_label in {name.split(".")[0] for names in ROLES.values() for name in names}:
        create_permissions(apps.get_app_config(app_label), verbosity=0)
    groups = {}
    for name, permission_names in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(permission_names))
        groups[name] = group
    return groups


def sync_roles_after_migrate(using=None, **kwargs):
    if using in (None, "default"):
        sync_roles()
