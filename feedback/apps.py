from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Tilbakemeldinger")

    def ready(self):
        from django.urls import reverse
        from django.utils.translation import gettext

        from feedback import admin  # noqa: F401  (its start-page panel)
        from offers import sheets
        from portal import demo, timers

        def report_line(offer, site):
            path = reverse("feedback:report_offer", args=[offer.slug])
            return gettext("Feil eller utdatert? Meld fra: %(address)s") % {
                "address": f"{site.host}{path}"
            }

        sheets.register_offer_line(report_line, own_sheet_only=True)
        demo.register_section("reports", "feedback.Report", "uid")
        # Hourly, so a digest goes out early in each period; never more than one per period.
        timers.register("send_reminders", every=timedelta(hours=1))
