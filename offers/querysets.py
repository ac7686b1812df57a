from collections import defaultdict

from django.db.models import Case, Exists, F, IntegerField, OuterRef, Prefetch, Q, Value, When

from municipalities.models import Municipality
from offers.ages import overlaps_band
from offers.choices import OfferStatus
from offers.confirmation import confirmation_cutoff
from offers.search import search
from offers.serving import serving_condition
from portal.scoping import ScopedQuerySet


class OfferQuerySet(ScopedQuerySet):
    def public(self):
        """What carers may see: published, and not ended. Drafts never leave the admin."""
        return self.filter(is_published=True).exclude(status=OfferStatus.ENDED)

    def needing_confirmation(self):
        """Public offers never confirmed, or not within PORTAL_CONFIRM_WITHIN_MONTHS."""
        return self.public().filter(
            Q(confirmed_on__isnull=True) | Q(confirmed_on__lt=confirmation_cutoff())
        )

    def claim_version(self, pk, version: int, *, bump: bool) -> bool:
        """Compare-and-set in one UPDATE: True if the offer is still at `version` (and is
        then locked for this transaction, moved on to the next version if `bump`)."""
        step = 1 if bump else 0
        return bool(self.filter(pk=pk, version=version).update(version=F("version") + step))

    def serving(self, municipality):
        """Offers that serve the municipality: listed, via its county, or nationwide."""
        return self.filter(serving_condition(self.model, municipality.pk, municipality.county_id))

    def for_diagnosis(self, diagnosis):
        """Offers for the diagnosis; a diagnosis-independent offer matches every diagnosis."""
        tagged = self.model.diagnoses.through.objects.filter(diagnosis=diagnosis)
        return self.filter(Q(diagnosis_independent=True) | Q(pk__in=tagged.values("offer_id")))

    def specific_first(self):
        """Within each reach, offers made for the chosen diagnosis before those for everyone;
        a search's ranking, when there is one, still comes first."""
        ordering = list(self.query.order_by)
        if "reach" not in ordering or "diagnosis_independent" in ordering:
            return self
        ordering.insert(ordering.index("reach") + 1, "diagnosis_independent")
        return self.order_by(*ordering)

    def for_carer_age(self, age_group):
        return self.filter(overlaps_band("carer", age_group.min_age, age_group.max_age))

    def for_patient_age(self, age_group):
        return self.filter(overlaps_band("patient", age_group.min_age, age_group.max_age))

    def of_type(self, offer_type):
        return self.filter(offer_type=offer_type)

    def search(self, text):
        """What a carer typed, in Norwegian: word forms, synonyms, prefixes and small typos;
        best matches first (see offers.search)."""
        return search(self, text)

    def local_first(self):
        """Municipal offers first, then county-wide, then nationwide ones; by title within."""
        county_wide = self.model.counties.through.objects.filter(offer_id=OuterRef("pk"))
        return self.annotate(
            reach=Case(
                When(nationwide=True, then=Value(2)),
                When(Exists(county_wide), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        ).order_by("reach", "title", "pk")

    def with_card_relations(self):
        """What an offer card shows: type, provider, diagnoses and where it applies."""
        return (
            self.select_related("offer_type", "provider")
            .defer("search_vector", "search_names")
            .prefetch_related(
                "diagnoses",
                "counties",
                Prefetch("municipalities", queryset=Municipality.objects.select_related("county")),
            )
        )

    def for_list(self):
        return self.with_card_relations().local_first()

    def for_municipality_page(self):
        """Offers grouped by type (in the taxonomy's order), local ones first within a type."""
        return (
            self.with_card_relations()
            .local_first()
            .order_by("offer_type__position", "offer_type__name", "reach", "title", "pk")
        )

    def with_contacts_and_partners(self):
        """What a printed sheet adds to a card: partners and the public contacts."""
        contacts = self.model._meta.get_field("contacts").related_model.objects.public()
        return self.prefetch_related("partners", Prefetch("contacts", queryset=contacts))

    def for_detail(self):
        return self.with_card_relations().with_contacts_and_partners().select_related("owner")

    def count_serving(self, municipalities) -> dict[int, int]:
        """How many of these offers serve each municipality, in four queries whatever the count.

        An offer counts once for a municipality even when it is listed and also serves the
        municipality's county.
        """
        regional = self.filter(nationwide=False).values("pk")
        nationwide = self.filter(nationwide=True).count()
        by_municipality, by_county = defaultdict(set), defaultdict(set)
        listed = self.model.municipalities.through.objects.filter(offer__in=regional)
        for municipality_id, offer_id in listed.values_list("municipality_id", "offer_id"):
            by_municipality[municipality_id].add(offer_id)
        county_wide = self.model.counties.through.objects.filter(offer__in=regional)
        for county_id, offer_id in county_wide.values_list("county_id", "offer_id"):
            by_county[county_id].add(offer_id)
        return {
            m.pk: nationwide + len(by_municipality[m.pk] | by_county[m.county_id])
            for m in municipalities
        }
