from django.db import models
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.query import ModelIterable
from django.utils import timezone

from municipalities.models import County, Municipality
from offers.ages import overlaps_band
from offers.choices import CLOSED_ENROLMENT, OfferStatus, Reach
from offers.confirmation import overdue_condition
from offers.search import search
from portal.content import cached
from portal.scoping import ScopedQuerySet

# Columns only the search reads, in the database.
SEARCH_COLUMNS = ("search_vector", "search_names")
# The offer type made for children and young people as carers (fixtures/taxonomies.json).
YOUNG_CARERS_TYPE = "barn-som-parorende"
ADULT_AGE = 18


class OfferQuerySet(ScopedQuerySet):
    # with_coverage(): set each fetched offer's listed_places in one query (see _fetch_all).
    _with_coverage = False

    def _clone(self):
        clone = super()._clone()
        clone._with_coverage = self._with_coverage
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._with_coverage and issubclass(self._iterable_class, ModelIterable):
            attach_listed_places(self._result_cache)

    def published(self):
        """Offers carers have been shown: public ones, and ended ones, whose old links say
        that they ended. Drafts never leave the admin."""
        return self.filter(is_published=True)

    def public(self):
        """What carers may see: published, and not ended."""
        return self.published().exclude(status=OfferStatus.ENDED)

    def instead_of(self, ended):
        """Offers of the ended offer's type that serve a municipality it served (OfferReach:
        listed, county-wide or nationwide there); for a nationwide one, nationwide ones. The
        ended one is left out."""
        same_type = self.filter(offer_type=ended.offer_type_id).exclude(pk=ended.pk)
        if ended.nationwide:
            return same_type.filter(nationwide=True)
        reach = self.model._meta.get_field("reach_rows").related_model.objects
        served = reach.filter(offer=ended.pk).values("municipality_id")
        return same_type.filter(pk__in=reach.filter(municipality__in=served).values("offer_id"))

    def needing_confirmation(self):
        """Public offers never confirmed, or not within PORTAL_CONFIRM_WITHIN_MONTHS."""
        return self.public().filter(overdue_condition())

    def claim_version(self, pk, version: int, *, bump: bool) -> bool:
        """Compare-and-set in one UPDATE: True if the offer is still at `version` (and is
        then locked for this transaction, moved on to the next version if `bump`)."""
        step = 1 if bump else 0
        return bool(self.filter(pk=pk, version=version).update(version=F("version") + step))

    def serving(self, municipality):
        """Offers that serve the municipality: listed, via its county, or nationwide; one
        indexed lookup in OfferReach. Each has `reach` as seen from there (local_first)."""
        return self.filter(reach_rows__municipality=municipality.pk).annotate(
            reach=Case(
                When(reach_rows__how__lte=Reach.SHARED, then=Value(0)),
                When(reach_rows__how=Reach.COUNTY, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )

    def for_diagnosis(self, diagnosis):
        """Offers for the diagnosis; a diagnosis-independent offer matches every diagnosis."""
        # EXISTS rather than IN: PostgreSQL can then start from the municipality's offers
        # (OfferReach) and look each one up, instead of reading every offer.
        tagged = self.model.diagnoses.through.objects.filter(
            diagnosis=diagnosis, offer_id=OuterRef("pk")
        )
        return self.filter(Q(diagnosis_independent=True) | Exists(tagged))

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

    def for_young_carers(self):
        """Offers made for children and young people as carers: of the type «barn som
        pårørende», or for carers whose age range starts under 18 (an offer with no age
        limit is for everyone, and not listed as one for young carers)."""
        return self.filter(
            Q(offer_type__slug=YOUNG_CARERS_TYPE)
            | Q(carer_age_min__lt=ADULT_AGE)
            | Q(carer_age_min__isnull=True, carer_age_max__lt=ADULT_AGE)
        )

    def of_type(self, offer_type):
        return self.filter(offer_type=offer_type)

    def search(self, text):
        """What a carer typed, in Norwegian: word forms, synonyms, prefixes and small typos;
        best matches first (see offers.search)."""
        return search(self, text)

    def local_first(self):
        """Municipal offers first, then county-wide, then nationwide ones; by title within.
        After serving(), as seen from that municipality; otherwise by the offer's widest reach."""
        if "reach" in self.query.annotations:  # serving() has said how it serves there
            return self.order_by("reach", "title", "pk")
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
        """What an offer card shows: type, provider, where it applies, its public contacts (a
        phone line's number) and its upcoming rounds; not the description (a search, a sheet
        and the offer page ask for it: with_texts())."""
        contacts = self.model._meta.get_field("contacts").related_model.objects.public()
        return (
            self.select_related("offer_type", "provider")
            .defer("description", *SEARCH_COLUMNS)
            .prefetch_related(Prefetch("contacts", queryset=contacts))
            .with_upcoming_rounds()
            .with_coverage()
        )

    def with_coverage(self):
        """Offer.listed_places for each offer, from one narrow query for all of them and the
        places cached per content version, instead of a row per municipality and county."""
        clone = self._chain()
        clone._with_coverage = True
        return clone

    def with_texts(self):
        """The description and the diagnoses: what a search's «Treff i» reads."""
        return self.defer(None).defer(*SEARCH_COLUMNS).prefetch_related("diagnoses")

    # Rounds (offers.models.round): ended ones drop out by today's date, with no job.

    def _rounds(self):
        return self.model._meta.get_field("rounds").related_model.objects

    def with_upcoming_rounds(self):
        """Each offer's rounds that have not ended, soonest first, with their sessions: two
        queries for the whole page (Offer.upcoming_rounds reads them)."""
        rounds = self._rounds().upcoming().prefetch_related("sessions")
        return self.prefetch_related(
            Prefetch("rounds", queryset=rounds, to_attr="prefetched_rounds")
        )

    def open_for_enrolment(self):
        """Offers with a round a carer can sign up for today (RoundQuerySet.open_for_enrolment).
        IN rather than EXISTS: the open rounds are few, so PostgreSQL finds them first and
        then their offers, instead of asking for each offer (a count over the whole country
        took 50 ms at 12,000 offers; bench/explain.py)."""
        return self.filter(pk__in=self._rounds().open_for_enrolment().values("offer_id"))

    def by_next_start(self):
        """The offers whose next round starts soonest first; those with none last, in the
        order they had."""
        next_start = (
            self._rounds()
            .starting_from(timezone.localdate())
            .filter(offer=OuterRef("pk"))
            .order_by("first_day")
            .values("first_day")[:1]
        )
        return self.annotate(next_start=Subquery(next_start)).order_by(
            F("next_start").asc(nulls_last=True), *self.query.order_by
        )

    def with_upcoming_round(self):
        return self.filter(Exists(self._rounds().upcoming().filter(offer=OuterRef("pk"))))

    def without_upcoming_rounds(self):
        return self.exclude(Exists(self._rounds().upcoming().filter(offer=OuterRef("pk"))))

    def for_list(self):
        """Offers in a list's order. The list's cards fetch what they show for their page
        alone (offers.cards); a caller that shows all it gets adds with_card_relations()."""
        return self.local_first()

    def for_municipality_page(self):
        """Offers grouped by type (in the taxonomy's order), local ones first within a type."""
        return (
            self.with_card_relations()
            .local_first()
            .order_by("offer_type__position", "offer_type__name", "reach", "title", "pk")
        )

    def with_partners(self):
        """What a printed sheet and the offer page add to a card: the description, diagnoses,
        partners, and the municipalities and counties themselves (links, JSON-LD)."""
        full = self.with_texts().prefetch_related(
            "partners",
            "counties",
            Prefetch("municipalities", queryset=Municipality.objects.select_related("county")),
        )
        full._with_coverage = False  # the prefetched rows give Offer.listed_places
        return full

    def for_detail(self):
        return self.with_card_relations().with_partners().select_related("owner").with_has_rounds()

    def with_has_rounds(self):
        """has_rounds: whether the offer has ever had a round (Offer.runs_in_rounds)."""
        return self.annotate(has_rounds=Exists(self._rounds().filter(offer=OuterRef("pk"))))

    def count_serving(self, municipalities) -> dict[int, int]:
        """How many of these offers serve each municipality, in one query (OfferReach has one
        row per offer and municipality, so an offer listed and county-wide counts once)."""
        reach = self.model._meta.get_field("reach_rows").related_model
        rows = (
            reach.objects.filter(offer__in=self.values("pk"))
            .order_by()
            .values_list("municipality")
            .annotate(offers=Count("pk"))
        )
        counts = dict(rows)
        return {m.pk: counts.get(m.pk, 0) for m in municipalities}


def attach_listed_places(offers) -> None:
    """Set Offer.listed_places of these offers from their links (one query) and the cached
    counties and municipalities, each list in its model's order."""
    if not offers:
        return
    model = type(offers[0])
    ids = [offer.pk for offer in offers]
    links = (
        model.municipalities.through.objects.filter(offer_id__in=ids)
        .annotate(is_county=Value(False))
        .values_list("offer_id", "municipality_id", "is_county")
    )
    county_links = (
        model.counties.through.objects.filter(offer_id__in=ids)
        .annotate(is_county=Value(True))
        .values_list("offer_id", "county_id", "is_county")
    )
    counties, municipalities = places_by_pk()
    listed = {pk: ([], []) for pk in ids}
    for offer_id, place_id, is_county in links.union(county_links, all=True):
        if is_county:
            listed[offer_id][0].append(counties[place_id])
        else:
            listed[offer_id][1].append(municipalities[place_id])
    for offer in offers:
        county_list, municipality_list = listed[offer.pk]
        county_list.sort(key=lambda county: county.position)
        municipality_list.sort(key=lambda municipality: municipality.position)
        offer.listed_places = county_list, municipality_list


def places_by_pk() -> tuple[dict, dict]:
    """({pk: County}, {pk: Municipality, with its county}), each with `position`, its place
    in its model's order; cached until the content changes. Treat them as read-only."""

    def build():
        counties = list(County.objects.all())
        municipalities = list(Municipality.objects.select_related("county"))
        for position, place in [*enumerate(counties), *enumerate(municipalities)]:
            place.position = position
        return {c.pk: c for c in counties}, {m.pk: m for m in municipalities}

    return cached("places-by-pk", build)


class RoundQuerySet(models.QuerySet):
    def with_days(self):
        """Each round's first and last day, from its sessions."""
        return self.annotate(first_day=Min("sessions__date"), last_day=Max("sessions__date"))

    def upcoming(self, today=None):
        """Rounds not over yet (their last session is today or later), soonest first."""
        today = today or timezone.localdate()
        return self.with_days().filter(last_day__gte=today).order_by("first_day", "pk")

    def starting_from(self, day):
        """Rounds that have not started before `day`."""
        return self.with_days().filter(first_day__gte=day)

    def open_for_enrolment(self, today=None):
        """Rounds a carer can still sign up for: not started, the deadline not passed, and
        not full (Round.is_open_for_enrolment is the same rule for one round)."""
        today = today or timezone.localdate()
        return (
            self.starting_from(today)
            .filter(Q(enrolment_deadline__isnull=True) | Q(enrolment_deadline__gte=today))
            .exclude(enrolment__in=CLOSED_ENROLMENT)
            .exclude(places_left=0)
        )

    def with_places_after_deadline(self, today=None):
        """Rounds not started whose deadline has passed while they still have places: worth
        a coordinator's look ("fortsatt ledige plasser?")."""
        today = today or timezone.localdate()
        return (
            self.starting_from(today)
            .filter(enrolment_deadline__lt=today)
            .exclude(enrolment__in=CLOSED_ENROLMENT)
            .exclude(places_left=0)
        )
