from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelplinesConfig(AppConfig):
    name = "helplines"
    verbose_name = _("Hjelpetelefoner")

    def ready(self):
        from helplines import models
        from portal.content import track_changes

        track_changes(models.Helpline)
