"""Load the demo data: reference data plus the offers described in the seed articles.

Idempotent: offers are matched by slug, providers by slug and contacts by e-mail, and
brought back to the demo's state; nothing else in the database is touched.
"""

from datetime import timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from municipalities.models import County, Municipality
from offers import demo_data
from offers.models import ContactPerson, Diagnosis, Offer, OfferType, Provider


class Command(BaseCommand):
    help = "Load the demo offers from the seed articles (Trondheim, Asker, Bærum, Gjøvik)."

    @transaction.atomic
    def handle(self, *args, **options):
        call_command("load_reference_data", stdout=self.stdout)
        municipalities = {m.number: m for m in Municipality.objects.all()}
        counties = {c.number: c for c in County.objects.all()}

        for number, url in demo_data.CARER_PAGES.items():
            Municipality.objects.filter(number=number).update(carer_page_url=url)

        providers = {}
        for data in demo_data.PROVIDERS:
            providers[data["slug"]], _ = Provider.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "kind": data["kind"],
                    "website": data["website"],
                    "municipality": municipalities.get(data["municipality"]),
                },
            )

        contacts = {}
        for data in demo_data.CONTACTS:
            fields = {key: value for key, value in data.items() if key != "email"}
            fields["municipality"] = municipalities.get(data["municipality"])
            contacts[data["email"]], _ = ContactPerson.objects.update_or_create(
                email=data["email"], defaults=fields
            )

        offer_types = {t.slug: t for t in OfferType.objects.all()}
        diagnoses = {d.slug: d for d in Diagnosis.objects.all()}
        today = timezone.localdate()
        for data in demo_data.OFFERS:
            days_ago = data["confirmed_days_ago"]
            offer, _ = Offer.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "title": data["title"],
                    "summary": data["summary"],
                    "description": data["description"],
                    "offer_type": offer_types[data["offer_type"]],
                    "provider": providers[data["provider"]],
                    "owner": municipalities.get(data["owner"]),
                    "nationwide": data["nationwide"],
                    "diagnosis_independent": data["diagnosis_independent"],
                    "carer_age_min": data["carer_age"][0],
                    "carer_age_max": data["carer_age"][1],
                    "patient_age_min": data["patient_age"][0],
                    "patient_age_max": data["patient_age"][1],
                    "format": data["format"],
                    "schedule": data["schedule"],
                    "place": data["place"],
                    "is_free": data["is_free"],
                    "price": data["price"],
                    "registration_required": data["registration_required"],
                    "registration_info": data["registration_info"],
                    "signup_url": data["signup_url"],
                    "more_info_url": data["more_info_url"],
                    "status": data["status"],
                    "is_published": data["is_published"],
                    "confirmed_on": None if days_ago is None else today - timedelta(days=days_ago),
                },
            )
            offer.partners.set([providers[slug] for slug in data["partners"]])
            offer.municipalities.set([municipalities[n] for n in data["municipalities"]])
            offer.counties.set([counties[n] for n in data["counties"]])
            offer.diagnoses.set([diagnoses[slug] for slug in data["diagnoses"]])
            offer.contacts.set([contacts[email] for email in data["contacts"]])

        self.stdout.write(
            f"Demo data: {len(demo_data.OFFERS)} offers, {len(providers)} providers, "
            f"{len(contacts)} contacts."
        )
