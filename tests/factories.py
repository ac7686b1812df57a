"""Small builders for test data. Each makes a valid object and takes overrides by keyword."""

import datetime
from itertools import count

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.roles import NATIONAL_EDITORS, sync_roles
from accounts.services import save_coordinator
from municipalities.models import County, Municipality
from offers.models import (
    AgeGroup,
    ContactPerson,
    Diagnosis,
    Offer,
    OfferType,
    Provider,
    Round,
    Session,
)
from portal.slugs import norwegian_slugify

_sequence = count(1)


def county(name="Akershus", number="32"):
    obj, _ = County.objects.get_or_create(
        number=number, defaults={"name": name, "slug": norwegian_slugify(name)}
    )
    return obj


def municipality(name="Asker", number="3203", county_obj=None, **fields):
    county_obj = county_obj or county()
    obj, _ = Municipality.objects.get_or_create(
        number=number,
        defaults={
            "name": name,
            "slug": fields.pop("slug", norwegian_slugify(name)),
            "county": county_obj,
            **fields,
        },
    )
    return obj


def offer_type(name="Samtalegruppe", **fields):
    obj, _ = OfferType.objects.get_or_create(
        slug=norwegian_slugify(name), defaults={"name": name, **fields}
    )
    return obj


def diagnosis(name="Demens"):
    obj, _ = Diagnosis.objects.get_or_create(slug=norwegian_slugify(name), defaults={"name": name})
    return obj


def age_group(name="Voksne", min_age=26, max_age=66):
    obj, _ = AgeGroup.objects.get_or_create(
        slug=norwegian_slugify(name),
        defaults={"name": name, "min_age": min_age, "max_age": max_age},
    )
    return obj


def provider(name="Asker kommune", **fields):
    obj, _ = Provider.objects.get_or_create(
        slug=norwegian_slugify(name), defaults={"name": name, "kind": "municipality", **fields}
    )
    return obj


def contact(role="Pårørendekoordinator", **fields):
    fields.setdefault("phone", "+47 012 34 567")
    fields.setdefault("email", f"kontakt{next(_sequence)}@kommune.example")
    return ContactPerson.objects.create(role=role, **fields)


def offer(title=None, *, municipalities=(), counties=(), diagnoses=(), partners=(), **fields):
    """A published, active offer. It serves nobody unless given municipalities, counties or
    nationwide=True."""
    n = next(_sequence)
    title = title or f"Tilbud {n}"
    fields.setdefault("slug", f"{norwegian_slugify(title)}-{n}")
    fields.setdefault("summary", f"Kort om {title}.")
    fields.setdefault("offer_type", offer_type())
    fields.setdefault("provider", provider())
    fields.setdefault("format", "group")
    fields.setdefault("schedule", "Første tirsdag i måneden kl. 18–20")
    fields.setdefault("is_published", True)
    obj = Offer.objects.create(title=title, **fields)
    obj.municipalities.set(municipalities)
    obj.counties.set(counties)
    obj.diagnoses.set(diagnoses)
    obj.partners.set(partners)
    return obj


def round_of(offer, *days, start="18:00", end="20:00", **fields):
    """A round of the offer with a session on each day (dates, or days from today)."""
    today = timezone.localdate()
    obj = Round.objects.create(offer=offer, **fields)
    for day in days:
        day = today + datetime.timedelta(days=day) if isinstance(day, int) else day
        Session.objects.create(round=obj, date=day, start_time=start, end_time=end)
    return Round.objects.prefetch_related("sessions").get(pk=obj.pk)


PASSWORD = "et-langt-passord-for-test"


def superuser(email="redaktor@portal.example", password=PASSWORD):
    """A superuser, whatever the user model's login field is."""
    user_model = get_user_model()
    return user_model.objects.create_superuser(
        **{user_model.USERNAME_FIELD: email, "email": email, "password": password}
    )


def coordinator(email, *municipalities, password=PASSWORD):
    """A coordinator of the municipalities, made as `add_coordinator` makes one."""
    user = save_coordinator(email, [m.number for m in municipalities]).user
    user.set_password(password)
    user.save()
    return user


def national_editor(email="nasjonal@portal.example", password=PASSWORD):
    user = get_user_model().objects.create_user(email, password, is_staff=True)
    user.groups.add(sync_roles()[NATIONAL_EDITORS])
    return user
