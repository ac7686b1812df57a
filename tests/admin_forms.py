"""What the admin's offer form posts, built from an offer, for tests that submit it."""

from django.urls import reverse

FLAGS = ["nationwide", "diagnosis_independent", "is_free", "registration_required", "is_published"]
TEXTS = [
    "title",
    "slug",
    "summary",
    "description",
    "format",
    "schedule",
    "place",
    "price",
    "registration_info",
    "signup_url",
    "more_info_url",
    "status",
]
NUMBERS = ["carer_age_min", "carer_age_max", "patient_age_min", "patient_age_max"]
RELATIONS = ["partners", "municipalities", "counties", "diagnoses", "contacts"]


def offer_form_data(offer, **changes):
    """The change form as loaded for `offer`, with `changes` typed in."""
    data = {name: getattr(offer, name) for name in TEXTS}
    data |= {name: "" if getattr(offer, name) is None else getattr(offer, name) for name in NUMBERS}
    data |= {name: [o.pk for o in getattr(offer, name).all()] for name in RELATIONS}
    data |= {name: "on" for name in FLAGS if getattr(offer, name)}
    data |= {
        "offer_type": offer.offer_type_id,
        "provider": offer.provider_id,
        "owner": offer.owner_id or "",
        "loaded_version": offer.version,
    }
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        else:
            data[name] = "on" if value is True else value
    return data


def new_offer_data(*, owner, provider, offer_type, title="Nytt tilbud", **changes):
    data = {
        "title": title,
        "slug": "nytt-tilbud",
        "summary": "Kort om det nye tilbudet.",
        "offer_type": offer_type.pk,
        "provider": provider.pk,
        "owner": owner.pk,
        "format": "group",
        "schedule": "Hver tirsdag",
        "status": "active",
        "is_free": "on",
    }
    return data | changes


def change_url(offer):
    return reverse("admin:offers_offer_change", args=[offer.pk])


def confirm_url(offer):
    return reverse("admin:offers_offer_confirm", args=[offer.pk])
