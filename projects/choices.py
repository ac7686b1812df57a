"""The closed set of a development project: where it stands."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    # The values are the `status` filter's words in addresses (/prosjekter/?status=avsluttet).
    PLANNED = "planlagt", _("Planlagt")
    RUNNING = "pagar", _("Pågår")
    ENDED = "avsluttet", _("Avsluttet")
    IMPLEMENTED = "i-drift", _("Innført i drift")
