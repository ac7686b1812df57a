from django.db import models
from django.db.models import Min
from django.utils.translation import gettext_lazy as _

from offers.choices import Reach


class OfferReachQuerySet(models.QuerySet):
    def of_public_offers(self):
        offer_model = self.model._meta.get_field("offer").related_model
        return self.filter(offer__in=offer_model.objects.public())

    def best_by_type(self) -> dict[tuple[int, int], int]:
        """{(municipality id, offer type id): the most local Reach} for these rows: how each
        municipality gets offers of each type (own, shared, county or national)."""
        rows = self.values_list("municipality", "offer__offer_type").annotate(best=Min("how"))
        return {(municipality, offer_type): best for municipality, offer_type, best in rows}


class OfferReach(models.Model):
    """Which municipalities an offer serves, and how: its municipalities, counties and the
    whole country expanded once, at save time (offers.reach), so that "offers serving X" is
    one indexed lookup. One row per offer and municipality, the most local way it serves it."""

    # No index of their own: the constraint's (offer, municipality) and the index's
    # (municipality, offer, how) serve lookups from either side.
    offer = models.ForeignKey(
        "offers.Offer",
        on_delete=models.CASCADE,
        related_name="reach_rows",
        db_index=False,
        verbose_name=_("tilbud"),
    )
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.CASCADE,
        related_name="offer_reach",
        db_index=False,
        verbose_name=_("kommune"),
    )
    how = models.PositiveSmallIntegerField(_("hvordan"), choices=Reach.choices)

    objects = OfferReachQuerySet.as_manager()

    class Meta:
        verbose_name = _("kommune tilbudet gjelder for")
        verbose_name_plural = _("kommuner tilbudene gjelder for")
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "municipality"], name="offer_reach_once_per_municipality"
            )
        ]
        # "Offers serving X": the municipality's rows and how, from the index alone.
        indexes = [
            models.Index(fields=["municipality", "offer", "how"], name="offer_reach_municipality")
        ]

    def __str__(self):
        return f"{self.offer_id} → {self.municipality_id}: {self.get_how_display()}"
