from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoverageConfig(AppConfig):
    name = "coverage"
    verbose_name = _("Kartlegging")

    def ready(self):
        from coverage import demand, models
        from portal import demo
        from portal.content import track_changes

        track_changes(models.Population, models.ApplicationOffice)
        demand.connect()
        demo.register_section("populations", "coverage.Population", "municipality")
        demo.register_section("application_offices", "coverage.ApplicationOffice", "municipality")
