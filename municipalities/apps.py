from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = _("Kommuner og fylker")

    def ready(self):
        from municipalities.models import County, Municipality
        from portal.content import track_changes

        track_changes(County, Municipality)
