from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Tilbakemeldinger")

    def ready(self):
        from feedback.sheets import report_line
        from offers import sheets
        from portal import demo, timers

        sheets.register_offer_line(report_line, own_sheet_only=True)
        demo.register_section("reports", "feedback.Report", "uid")
        # Hourly, so a digest goes out early in each period; never more than one per period.
        timers.register("send_reminders", every=timedelta(hours=1))
