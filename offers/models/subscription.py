"""'Gi meg beskjed når neste kurs starter': an e-mail address kept for one message.

The address is kept only for this: unconfirmed for CONFIRM_WITHIN, confirmed until a new round
of the offer is published (then one e-mail, and the row is deleted) or for KEEP_FOR at most.
offers/subscriptions.py holds the rules; `manage.py notify_round_subscribers` applies them.
"""

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

CONFIRM_WITHIN = timedelta(days=7)
KEEP_FOR = timedelta(days=365)  # 12 months


class RoundSubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def expired(self, now):
        """Unconfirmed past CONFIRM_WITHIN, or kept KEEP_FOR without a new round."""
        return self.filter(
            models.Q(confirmed_at__isnull=True, created_at__lt=now - CONFIRM_WITHIN)
            | models.Q(created_at__lt=now - KEEP_FOR)
        )


class RoundSubscription(models.Model):
    offer = models.ForeignKey(
        "offers.Offer",
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("tilbud"),
    )
    email = models.EmailField(_("e-postadresse"))
    language = models.CharField(_("språk"), max_length=8)
    created_at = models.DateTimeField(_("meldt på"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bekreftet"), null=True, blank=True)

    objects = RoundSubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("ønske om beskjed om nytt kurs")
        verbose_name_plural = _("ønsker om beskjed om nytt kurs")
        constraints = [
            models.UniqueConstraint(fields=["offer", "email"], name="subscription_once_per_offer")
        ]

    def __str__(self):
        return f"{self.email} ({self.offer_id})"
