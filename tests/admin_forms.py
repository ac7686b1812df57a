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
    "language",
    "title_nn",
    "title_en",
    "summary_nn",
    "summary_en",
]
NUMBERS = ["carer_age_min", "carer_age_max", "patient_age_min", "patient_age_max", "ended_on"]
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
    data |= rounds_management_form(offer)
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        else:
            data[name] = "on" if value is True else value
    return data


ROUNDS = "rounds"  # the prefix of the rounds inline's formset


def rounds_management_form(offer=None) -> dict:
    """The rounds inline as loaded with nothing typed into it: its forms' ids."""
    rounds = list(offer.rounds.upcoming()) if offer is not None else []
    data = {
        f"{ROUNDS}-TOTAL_FORMS": len(rounds),
        f"{ROUNDS}-INITIAL_FORMS": len(rounds),
        f"{ROUNDS}-MIN_NUM_FORMS": 0,
        f"{ROUNDS}-MAX_NUM_FORMS": 1000,
    }
    for number, round_ in enumerate(rounds):
        data |= round_form_data(round_, number)
    return data


def round_form_data(round_, number: int) -> dict:
    """A round's form in the inline as loaded (its sessions one a line)."""
    lines = [
        f"{s.date:%d.%m.%Y} {s.start_time:%H.%M}–{s.end_time:%H.%M}" for s in round_.sessions.all()
    ]
    return {
        f"{ROUNDS}-{number}-id": round_.pk,
        f"{ROUNDS}-{number}-offer": round_.offer_id,
        f"{ROUNDS}-{number}-sessions": "\n".join(lines),
        f"{ROUNDS}-{number}-repeat_weeks": 1,
        f"{ROUNDS}-{number}-enrolment_deadline": round_.enrolment_deadline or "",
        f"{ROUNDS}-{number}-places_total": ""
        if round_.places_total is None
        else round_.places_total,
        f"{ROUNDS}-{number}-places_left": "" if round_.places_left is None else round_.places_left,
        f"{ROUNDS}-{number}-enrolment": round_.enrolment,
        f"{ROUNDS}-{number}-place": round_.place,
        f"{ROUNDS}-{number}-note": round_.note,
    }


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
        "language": "nb",
        "is_free": "on",
    }
    return data | rounds_management_form() | changes


def change_url(offer):
    return reverse("admin:offers_offer_change", args=[offer.pk])


def confirm_url(offer):
    return reverse("admin:offers_offer_confirm", args=[offer.pk])
