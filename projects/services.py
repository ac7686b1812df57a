"""A nomination: kept for the jury, and told to the national editors by e-mail."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse

from accounts.roles import NATIONAL_EDITORS
from portal.mail import queue_mail
from projects.models import Nomination


class AlreadyNominated(Exception):
    """This e-mail address has nominated this municipality this year already."""


def national_editor_addresses() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=NATIONAL_EDITORS)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


@transaction.atomic
def nominate(award_round, municipality, reason: str, name: str, email: str) -> Nomination:
    """Keep the nomination and queue a mail to each national editor; AlreadyNominated if the
    address nominated the municipality this year (the database's constraint decides)."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            nomination = Nomination.objects.create(
                award_round=award_round,
                municipality=municipality,
                reason=reason,
                name=name,
                email=email,
            )
    except IntegrityError:
        raise AlreadyNominated from None
    context = {
        "nomination": nomination,
        "admin_path": reverse("admin:projects_nomination_change", args=[nomination.pk]),
    }
    for address in national_editor_addresses():
        queue_mail(address, "nomination", context, language="nb", reply_to=email)
    return nomination
