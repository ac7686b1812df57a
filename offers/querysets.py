from collections import defaultdict

from django.db import models
from django.db.models import Case, Exists, IntegerField, OuterRef, Prefetch, Q, Value, When

from offers.ages import overlaps_band


class OfferQuerySet(models.QuerySet):
    def public(self):
        """What carers may see: published, and not ended. Drafts never leave the admin."""
        return self.filter(is_published=True).exclude(status="ended")

    def serving(self, municipality):
        """Offers that serve the municipality: listed, via its county, or nationwide."""
        listed = self.model.municipalities.through.objects.filter(municipality=municipality)
        county_wide = self.model.counties.through.objects.filter(county_id=municipality.county_id)
        return self.filter(
            Q(nationwide=True)
            | Q(pk__in=listed.values("offer_id"))
            | Q(pk__in=county_wide.values("offer_id"))
        )

    def for_diagnosis(self, diagnosis):
        """Offers for the diagnosis; a diagnosis-independent offer matches every diagnosis."""
        tagged = self.model.diagnoses.through.objects.filter(diagnosis=diagnosis)
        return self.filter(Q(diagnosis_independent=True) | Q(pk__in=tagged.values("offer_id")))

    def for_carer_age(self, age_group):
        return self.filter(overlaps_band("carer", age_group.min_age, age_group.max_age))

    def for_patient_age(self, age_group):
        return self.filter(overlaps_band("patient", age_group.min_age, age_group.max_age))

    def of_type(self, offer_type):
        return self.filter(offer_type=offer_type)

    def matching_text(self, text):
        """A plain substring search over the texts a carer sees."""
        diagnosis_links = self.model.diagnoses.through.objects
        condition = Q()
        for word in text.split():
            with_diagnosis = diagnosis_links.filter(diagnosis__name__icontains=word)
            condition &= (
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(description__icontains=word)
                | Q(offer_type__name__icontains=word)
                | Q(provider__name__icontains=word)
                | Q(place__icontains=word)
                | Q(pk__in=with_diagnosis.values("offer_id"))
            )
        return self.filter(condition)

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
        from municipalities.models import Municipality

        return self.select_related("offer_type", "provider").prefetch_related(
            "diagnoses",
            "counties",
            Prefetch("municipalities", queryset=Municipality.objects.select_related("county")),
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
        from offers.models import ContactPerson

        return self.prefetch_related(
            "partners", Prefetch("contacts", queryset=ContactPerson.objects.public())
        )

    def for_detail(self):
        from offers.models import ContactPerson

        return (
            self.with_card_relations()
            .select_related("owner")
            .prefetch_related(
                "partners",
                Prefetch("contacts", queryset=ContactPerson.objects.public()),
            )
        )

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
