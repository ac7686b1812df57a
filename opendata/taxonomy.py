"""Our own taxonomy, published at /api/hsds/taxonomies: the offer types, the diagnoses and the
age groups national editors keep in the admin, each a taxonomy whose rows are its terms.

An offer is tagged (HSDS attributes) with its type, its diagnoses, and the age groups its
carer's and cared-for person's ages overlap, by the same rules as the carer's filters: a
diagnosis-independent offer is for every diagnosis, an offer without an age limit for every
age group.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from offers.models import AgeGroup, Diagnosis, OfferType
from opendata.ids import hsds_id
from portal.content import cached


@dataclass(frozen=True)
class Taxonomy:
    key: str  # in ids and in attributes' link_type
    model: type
    list_parameter: str  # the offer list's filter for a term: /tilbud/?type=<slug>

    @property
    def id(self) -> str:
        return hsds_id("taxonomy", self.key)

    def name(self) -> str:
        return {
            "offer_type": _("Tilbudstyper for pårørende"),
            "diagnosis": _("Diagnoser hos den man er pårørende for"),
            "age_group": _("Aldersgrupper"),
        }[self.key]

    def description(self) -> str:
        return {
            "offer_type": _(
                "Hva slags tilbud det er: pårørendeskole, samtalegruppe, avlastning og så "
                "videre. Hvert tilbud har én type."
            ),
            "diagnosis": _(
                "Diagnosen til den man er pårørende for. Et tilbud som er åpent for alle "
                "pårørende, uansett diagnose, er merket med alle diagnosene."
            ),
            "age_group": _(
                "Aldersgrupper med fra- og til-alder. Et tilbud er merket med gruppene "
                "pårørendes alder overlapper (link_type carer_age_group) og gruppene alderen "
                "til den man er pårørende for overlapper (patient_age_group); et tilbud uten "
                "aldersgrense med alle."
            ),
        }[self.key]


TAXONOMIES = [
    Taxonomy("offer_type", OfferType, "type"),
    Taxonomy("diagnosis", Diagnosis, "diagnose"),
    Taxonomy("age_group", AgeGroup, "aldersgruppe"),
]
BY_KEY = {taxonomy.key: taxonomy for taxonomy in TAXONOMIES}


def taxonomy_record(taxonomy: Taxonomy) -> dict:
    return {
        "id": taxonomy.id,
        "name": taxonomy.name(),
        "description": taxonomy.description(),
        "uri": settings.PORTAL_BASE_URL + reverse("opendata:taxonomy", args=[taxonomy.id]),
        "version": "1",
    }


def term_id(taxonomy_key: str, pk) -> str:
    return hsds_id(taxonomy_key, pk)


def _term_description(taxonomy: Taxonomy, term) -> str:
    if taxonomy.key == "offer_type" and term.description:
        return term.description
    if taxonomy.key == "age_group":
        return _("%(name)s: %(range)s") % {"name": term.name, "range": term.range_label}
    return term.name


def term_record(taxonomy: Taxonomy, term) -> dict:
    list_url = settings.PORTAL_BASE_URL + reverse("offers:list")
    return {
        "id": term_id(taxonomy.key, term.pk),
        "code": term.slug,
        "name": term.name,
        "description": _term_description(taxonomy, term),
        "taxonomy": taxonomy.name(),
        "taxonomy_id": taxonomy.id,
        "language": "nb",
        "term_uri": f"{list_url}?{taxonomy.list_parameter}={term.slug}",
    }


@dataclass(frozen=True)
class Term:
    taxonomy: Taxonomy
    obj: object

    @property
    def id(self) -> str:
        return term_id(self.taxonomy.key, self.obj.pk)

    def record(self) -> dict:
        return term_record(self.taxonomy, self.obj)


def all_terms() -> list[Term]:
    """Every term of the three taxonomies, in their order; cached until the content changes."""

    def build():
        return [Term(t, obj) for t in TAXONOMIES for obj in t.model.objects.all()]

    return cached("opendata:terms", build)


def terms_by_id() -> dict[str, Term]:
    return {term.id: term for term in all_terms()}


def _overlaps(low, high, band) -> bool:
    """The rule of offers.ages.overlaps_band, for one offer in memory."""
    if high is not None and high < band.min_age:
        return False
    return not (band.max_age is not None and low is not None and low > band.max_age)


def offer_terms(offer, terms: list[Term]) -> list[tuple[str, Term]]:
    """(link_type, term) for each term the offer is tagged with."""
    diagnosis_ids = {d.pk for d in offer.diagnoses.all()}
    tagged = []
    for term in terms:
        key, obj = term.taxonomy.key, term.obj
        if key == "offer_type" and obj.pk == offer.offer_type_id:
            tagged.append(("offer_type", term))
        elif key == "diagnosis" and (offer.diagnosis_independent or obj.pk in diagnosis_ids):
            tagged.append(("diagnosis", term))
        elif key == "age_group":
            if _overlaps(offer.carer_age_min, offer.carer_age_max, obj):
                tagged.append(("carer_age_group", term))
            if _overlaps(offer.patient_age_min, offer.patient_age_max, obj):
                tagged.append(("patient_age_group", term))
    return tagged
