"""«Bruk som mal»: a coordinator starts an offer of their own from another municipality's."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext

from offers.models import Offer, Provider
from offers.models.provider import ProviderKind
from portal.history import record_version
from portal.scoping import may_edit
from portal.slugs import norwegian_slugify

REASON_LENGTH = 100  # simple_history's history_change_reason

# What a template carries over: what the offer is and for whom. Where, when, how to sign up,
# whom to contact and its rounds are the new owner's to fill in.
COPIED_FIELDS = [
    "title",
    "summary",
    "description",
    "offer_type",
    "diagnosis_independent",
    "carer_age_min",
    "carer_age_max",
    "patient_age_min",
    "patient_age_max",
    "format",
]


@transaction.atomic
def copy_as_draft(source: Offer, municipality, user) -> Offer:
    """A draft owned by `municipality`, serving it, run by its own provider, with the
    source's texts, type, diagnoses, ages and format; its history says where it came from.
    Refused unless the user may edit the municipality's offers."""
    draft = Offer(
        owner=municipality,
        provider=_own_provider(municipality, user),
        is_published=False,
        slug=_free_slug(f"{source.title} {municipality.name}"),
        **{name: getattr(source, name) for name in COPIED_FIELDS},
    )
    if not may_edit(user, draft):
        raise PermissionDenied
    draft.skip_history_when_saving = True  # one complete version, links included, below
    draft.save()
    draft.municipalities.set([municipality])
    draft.diagnoses.set(source.diagnoses.all())
    del draft.skip_history_when_saving
    draft._history_user = user
    # The history keeps at most 100 characters of a reason: where from first, the title last.
    reason = gettext("Kopiert som mal fra %(owner)s (tilbud %(id)s): «%(title)s»") % {
        "owner": source.owner.name if source.owner else gettext("nasjonalt"),
        "id": source.pk,
        "title": source.title,
    }
    draft._change_reason = Truncator(reason).chars(REASON_LENGTH)
    record_version(draft, "+")
    return draft


def _own_provider(municipality, user) -> Provider:
    """The municipality as provider: its own provider record, made if it has none."""
    provider = (
        Provider.objects.filter(municipality=municipality, kind=ProviderKind.MUNICIPALITY)
        .order_by("pk")
        .first()
    )
    if provider is None:
        provider = Provider(
            name=gettext("%(name)s kommune") % {"name": municipality.name},
            slug=_free_slug(f"{municipality.name} kommune", model=Provider),
            kind=ProviderKind.MUNICIPALITY,
            municipality=municipality,
        )
        provider._history_user = user
        provider.save()
    return provider


def _free_slug(text: str, model=Offer) -> str:
    base = norwegian_slugify(text)[:180].strip("-") or "tilbud"
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
