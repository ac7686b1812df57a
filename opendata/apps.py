from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("Åpne data")

    def ready(self):
        from portal import timers

        timers.register("export_open_data", every=timedelta(days=1))
