from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentVersion(models.Model):
    """One row whose number goes up whenever anything a public page shows changes.

    It lives in the database, not the cache, so every worker process (and every cache
    backend, even per-process local memory) sees a change on the very next request.
    """

    version = models.PositiveBigIntegerField(_("versjon"), default=1)
    changed_at = models.DateTimeField(_("sist endret"))

    class Meta:
        verbose_name = _("innholdsversjon")
        verbose_name_plural = _("innholdsversjoner")
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="contentversion_one_row")
        ]

    def __str__(self):
        return str(self.version)
