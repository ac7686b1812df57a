from django.db import migrations, models
from django.utils import timezone


def create_the_row(apps, schema_editor):
    apps.get_model("portal", "ContentVersion").objects.get_or_create(
        id=1, defaults={"changed_at": timezone.now()}
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.PositiveBigIntegerField(default=1, verbose_name="versjon")),
                ("changed_at", models.DateTimeField(verbose_name="sist endret")),
            ],
            options={
                "verbose_name": "innholdsversjon",
                "verbose_name_plural": "innholdsversjoner",
                "constraints": [models.CheckConstraint(condition=models.Q(("id", 1)), name="contentversion_one_row")],
            },
        ),
        migrations.RunPython(create_the_row, migrations.RunPython.noop),
    ]
