from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = _("Kommuner og fylker")

    def ready(self):
        from municipalities.models import County, Municipality
        from portal import demo
        from portal.content import track_changes

        track_changes(County, Municipality)
        # Demo data adds a page for carers to some municipalities of the reference data.
        demo.register_section(
            "municipalities", "municipalities.Municipality", "number", partial=True
        )
