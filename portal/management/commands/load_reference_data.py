"""Load Norway's counties and municipalities, the shared taxonomies, the search synonyms and
the helplines; safe to run again.

Geography is Kartverket's: its names, numbers and slugs are brought up to date, while what
coordinators keep (a municipality's page for carers) is left alone. Taxonomies, synonyms and
helplines belong to the national editors once loaded: missing ones are added, edited ones are
not overwritten.
"""

from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand
from django.db import transaction

FIXTURES = [
    "geography.json",
    "taxonomies.json",
    "synonyms.json",
    "project_themes.json",
    "helplines.json",
]
# Fields the fixture is the authority on; everything else on an existing row stays as it is.
AUTHORITATIVE_FIELDS = {
    "municipalities.county": ["name", "slug"],
    "municipalities.municipality": ["name", "alt_names", "slug", "county"],
}


class Command(BaseCommand):
    help = (
        "Load counties, municipalities, taxonomies (offer types, diagnoses, age groups, project "
        "themes), search synonyms and helplines."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = updated = 0
        for name in FIXTURES:
            path = settings.BASE_DIR / "fixtures" / name
            with path.open(encoding="utf-8") as fixture:
                for item in serializers.deserialize(
                    "json", fixture, handle_forward_references=False
                ):
                    obj = item.object
                    model = type(obj)
                    if obj.pk is None:
                        item.save()
                        created += 1
                    elif model._meta.label_lower in AUTHORITATIVE_FIELDS:
                        fields = AUTHORITATIVE_FIELDS[model._meta.label_lower]
                        columns = [model._meta.get_field(f).attname for f in fields]
                        current = model.objects.values(*columns).get(pk=obj.pk)
                        if any(current[c] != getattr(obj, c) for c in columns):
                            obj.save(update_fields=fields)
                            updated += 1
        self.stdout.write(f"Reference data: {created} created, {updated} updated.")
