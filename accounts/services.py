"""Coordinator accounts: created or updated in one go, with a link to set a password."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User
from accounts.roles import COORDINATORS, sync_roles
from municipalities.models import Municipality


@dataclass
class CoordinatorResult:
    user: User
    created: bool
    municipalities: list[Municipality]


def find_municipalities(numbers: list[str]) -> list[Municipality]:
    """The municipalities with these numbers; ValidationError naming any unknown number."""
    found = {m.number: m for m in Municipality.objects.filter(number__in=numbers)}
    unknown = [n for n in numbers if n not in found]
    if unknown:
        raise ValidationError(
            "Unknown municipality number(s): %(numbers)s. Municipality numbers have four "
            "digits, e.g. 3203 for Asker.",
            params={"numbers": ", ".join(unknown)},
        )
    return sorted(set(found.values()), key=lambda m: m.number)


@transaction.atomic
def save_coordinator(email: str, municipality_numbers: list[str]) -> CoordinatorResult:
    """Create or update a staff account in the coordinator group serving exactly these
    municipalities. Changes nothing when the e-mail or a municipality number is wrong."""
    email = User.objects.normalize_email(email)
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(
            "%(email)s is not a valid e-mail address.", params={"email": repr(email)}
        ) from None
    if not municipality_numbers:
        raise ValidationError("Give at least one municipality number.")
    municipalities = find_municipalities(municipality_numbers)
    groups = sync_roles()
    user, created = User.objects.get_or_create(email=email, defaults={"is_staff": True})
    if created:
        user.set_unusable_password()
    user.is_staff = True
    user.is_active = True
    user.save()
    user.groups.add(groups[COORDINATORS])
    user.municipalities.set(municipalities)
    return CoordinatorResult(user, created, municipalities)


def password_link(user: User) -> str:
    """An absolute, one-time link where the user sets their own password. It stops working
    once used (the token is tied to the password) or after PASSWORD_RESET_TIMEOUT."""
    path = reverse(
        "admin:password_set",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.PORTAL_BASE_URL + path
