from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Tilbud")

    def ready(self):
        from offers import models, signals
        from portal.content import track_changes

        signals.connect()
        track_changes(
            models.Offer,
            models.Provider,
            models.ContactPerson,
            models.OfferType,
            models.Diagnosis,
            models.AgeGroup,
            models.SearchSynonym,
        )
