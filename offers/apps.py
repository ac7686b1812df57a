from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Tilbud")

    def ready(self):
        from offers import models, reach, signals
        from portal import demo, timers
        from portal.content import track_changes

        signals.connect()
        reach.connect()
        track_changes(
            models.Offer,
            models.Provider,
            models.ContactPerson,
            models.OfferType,
            models.Diagnosis,
            models.AgeGroup,
            models.SearchSynonym,
            models.Round,
            models.Session,
        )
        demo.register_section("providers", "offers.Provider", "slug")
        demo.register_section("contacts", "offers.ContactPerson", "email")
        demo.register_section("offers", "offers.Offer", "slug")
        # Each round lists its sessions (portal.demo: rows that belong to a row).
        demo.register_section("rounds", "offers.Round", "uid")
        timers.register("notify_round_subscribers", every=timedelta(minutes=15))
