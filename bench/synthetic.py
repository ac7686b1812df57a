"""Synthetic offers at national scale, for the benchmarks and development; never for production.

Every synthetic offer is run by the provider "Syntetiske testdata", has a slug that starts
with "testdata-", a title that ends with "(testdata)" and a description that says what it
is, so it can never be mistaken for a real offer, and delete_synthetic_offers() finds them all.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from municipalities.models import County, Municipality
from offers.models import Diagnosis, Offer, OfferReach, OfferType, Provider
from offers.reach import refresh_reach
from offers.search import refresh_search_index
from portal.content import content_changed
from portal.slugs import norwegian_slugify

PROVIDER_SLUG = "syntetiske-testdata"
PROVIDER_NAME = "Syntetiske testdata"
SLUG_PREFIX = "testdata-"
TITLE_MARK = "(testdata)"
NOTICE = "Dette er syntetiske testdata for utvikling og ytelsesmåling, ikke et ekte tilbud."
BATCH_SIZE = 1000

# Shares of the offers: the rest serve their own municipality.
NATIONWIDE, COUNTY_WIDE, SHARED_WITH_NEIGHBOURS = 0.01, 0.03, 0.12

WHO = {
    "demens": ("personer med demens", "demens"),
    "psykisk-helse": ("personer med psykiske lidelser", "psykisk helse"),
    "rus": ("personer med rusproblemer", "rus og avhengighet"),
    "kreft": ("personer med kreft", "kreft"),
    "utviklingshemming": ("personer med utviklingshemming", "utviklingshemming"),
    "hjerneslag": ("personer som har hatt hjerneslag", "hjerneslag"),
    "alvorlig-somatisk-sykdom": ("personer med alvorlig sykdom", "alvorlig sykdom"),
    None: ("personer med store omsorgsbehov", "det å være pårørende"),
}
TITLES = {
    "parorendeskole": ["Pårørendeskole for pårørende til {who}", "Pårørendeskole om {topic}"],
    "samtalegruppe": [
        "Samtalegruppe for pårørende til {who}",
        "Samtalegruppe for pårørende i {place}",
    ],
    "avlastning": ["Avlastning for pårørende til {who}", "Dagavlastning og pusterom i {place}"],
    "barn-som-parorende": [
        "Gruppe for barn og unge som pårørende",
        "Samtaler for barn som har en forelder med {topic}",
    ],
    "veiledning-og-samtaler": [
        "Veiledningssamtaler for pårørende til {who}",
        "Pårørendesamtale med fagperson",
    ],
    "kurs-og-temamoter": ["Temakveld om {topic}", "Pårørendekafé i {place}"],
    "koordinator-og-radgivning": [
        "Pårørendekoordinator – den enkle veien inn",
        "Rådgivning for pårørende til {who}",
    ],
    "likeperson-og-nettverk": [
        "Likepersoner for pårørende til {who}",
        "Nettverk for pårørende i {place}",
    ],
}
SUMMARIES = [
    "Møt andre som står i samme situasjon, og få kunnskap om {topic} og om å ta vare på deg selv.",
    "Et tilbud for deg som er pårørende til {who}. Du får støtte, råd og noen å snakke med.",
    "Få en pause i hverdagen og hjelp til å finne fram i tjenestene kommunen har.",
    "Fagpersoner og andre pårørende deler erfaringer om {topic}. Gratis og åpent for alle.",
]
SENTENCES = [
    "Mange pårørende forteller at det hjelper å snakke med noen som forstår hvordan de har det.",
    "Vi snakker om rettigheter, tjenester i kommunen og hvordan du kan ta vare på deg selv.",
    "Du trenger ikke henvisning, og du kan ta med deg en du står nær.",
    "Tilbudet ledes av fagpersoner med lang erfaring fra helse- og omsorgstjenesten.",
    "Det er tid til spørsmål, og vi serverer kaffe og noe å bite i.",
    "Ta kontakt hvis du er usikker på om tilbudet passer for deg.",
    "Samlingene har faste temaer, og du kan komme selv om du ikke har vært med fra starten.",
    "Du kan også få en individuell samtale før eller etter gruppen.",
]
PLACES = ["helsehus", "frivilligsentral", "bibliotek", "kulturhus", "omsorgssenter"]
SCHEDULES = [
    "Første tirsdag i måneden kl. 18–20",
    "Hver onsdag kl. 12–14",
    "6 kvelder høst og vår, torsdager kl. 18.00–20.30",
    "Etter avtale, hverdager kl. 8–15",
    "Annenhver mandag kl. 17–19",
    "En helg i mars og en i oktober",
]
FORMATS = ["group", "group", "group", "individual", "drop_in", "phone", "digital", "service"]
STATUSES = ["active"] * 90 + ["pilot"] * 5 + ["paused"] * 3 + ["ended"] * 2


@dataclass
class Generated:
    offers: int
    municipalities_served: int


def synthetic_provider() -> Provider:
    provider, _ = Provider.objects.get_or_create(
        slug=PROVIDER_SLUG, defaults={"name": PROVIDER_NAME, "kind": "other"}
    )
    return provider


@transaction.atomic
def delete_synthetic_offers() -> int:
    offers = Offer.objects.filter(provider__slug=PROVIDER_SLUG)
    deleted = offers.count()  # delete() removes their links too, each table in one statement
    offers.delete()
    Provider.objects.filter(slug=PROVIDER_SLUG).delete()
    content_changed()
    return deleted


@transaction.atomic
def generate_offers(count: int, seed: int = 1) -> Generated:
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    provider = synthetic_provider()
    municipalities = list(Municipality.objects.select_related("county").order_by("number"))
    by_county: dict[int, list[Municipality]] = {}
    for municipality in municipalities:
        by_county.setdefault(municipality.county_id, []).append(municipality)
    counties = list(County.objects.order_by("number"))
    offer_types = list(OfferType.objects.all())
    diagnoses = list(Diagnosis.objects.all())
    start = Offer.objects.filter(provider=provider).count()
    today = timezone.localdate()

    offers, links = [], []
    for n in range(start, start + count):
        # Round-robin first, so every municipality has offers of its own.
        home = municipalities[n % len(municipalities)]
        if n >= len(municipalities):
            home = rng.choice(municipalities)
        reach = rng.random()
        offer_type = rng.choice(offer_types)
        chosen = [] if rng.random() < 0.35 else rng.sample(diagnoses, k=rng.choice([1, 1, 2]))
        who, topic = WHO[chosen[0].slug if chosen else None]
        place = f"{home.name} {rng.choice(PLACES)}"
        title = rng.choice(TITLES.get(offer_type.slug, TITLES["kurs-og-temamoter"])).format(
            who=who, topic=topic, place=home.name
        )
        title = f"{title} {TITLE_MARK}"
        offer = Offer(
            title=title,
            slug=f"{SLUG_PREFIX}{n}-{norwegian_slugify(title)[:60]}",
            summary=rng.choice(SUMMARIES).format(who=who, topic=topic),
            description="\n\n".join([NOTICE, *rng.sample(SENTENCES, k=3)]),
            offer_type=offer_type,
            provider=provider,
            owner=None if reach < NATIONWIDE else home,
            nationwide=reach < NATIONWIDE,
            diagnosis_independent=not chosen,
            format=rng.choice(FORMATS),
            schedule=rng.choice(SCHEDULES),
            place="" if reach < NATIONWIDE else place,
            status=rng.choice(STATUSES),
            is_published=rng.random() > 0.03,
            confirmed_on=today - timedelta(days=rng.randrange(0, 500)),
            **_ages(rng, offer_type.slug),
        )
        served = []
        if NATIONWIDE <= reach < NATIONWIDE + COUNTY_WIDE:
            served = [("counties", rng.choice(counties).pk)]
        elif reach >= NATIONWIDE:
            neighbours = by_county[home.county_id]
            served = [("municipalities", home.pk)]
            if reach < NATIONWIDE + COUNTY_WIDE + SHARED_WITH_NEIGHBOURS and len(neighbours) > 1:
                other = rng.choice([m for m in neighbours if m.pk != home.pk])
                served.append(("municipalities", other.pk))
        served += [("diagnoses", d.pk) for d in chosen]
        offers.append(offer)
        links.append(served)

    for batch_start in range(0, len(offers), BATCH_SIZE):
        Offer.objects.bulk_create(offers[batch_start : batch_start + BATCH_SIZE])
    _link(offers, links)
    synthetic = Offer.objects.filter(provider=provider, pk__in=[o.pk for o in offers])
    refresh_search_index(synthetic)
    refresh_reach()  # every offer's: quicker than a few thousand offers' at a time
    content_changed()
    _analyze()
    served = {pk for served in links for field, pk in served if field == "municipalities"}
    return Generated(offers=len(offers), municipalities_served=len(served))


def _analyze():
    """Fresh planner statistics: without them PostgreSQL plans for the empty tables it knew."""
    if connection.vendor == "postgresql":
        tables = [Offer._meta.db_table, OfferReach._meta.db_table] + [
            getattr(Offer, field).through._meta.db_table
            for field in ("municipalities", "counties", "diagnoses")
        ]
        with connection.cursor() as cursor:
            for table in tables:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


def _ages(rng, type_slug) -> dict:
    if type_slug == "barn-som-parorende":
        return {"carer_age_min": rng.choice([6, 8, 10]), "carer_age_max": 17}
    if rng.random() < 0.6:
        return {}
    return {"carer_age_min": 18, "patient_age_max": rng.choice([None, 64, 30])}


def _link(offers, links):
    rows = {"municipalities": [], "counties": [], "diagnoses": []}
    for offer, served in zip(offers, links, strict=True):
        for field, pk in served:
            rows[field].append((offer.pk, pk))
    for field, pairs in rows.items():
        through = getattr(Offer, field).through
        target = Offer._meta.get_field(field).m2m_reverse_field_name()
        objs = [through(offer_id=offer_id, **{f"{target}_id": pk}) for offer_id, pk in pairs]
        through.objects.bulk_create(objs, batch_size=BATCH_SIZE)
