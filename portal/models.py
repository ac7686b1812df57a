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


class OutgoingMailQuerySet(models.QuerySet):
    def due(self, now):
        """Mail waiting to be sent whose time has come."""
        return self.filter(sent_at__isnull=True, gave_up_at__isnull=True, send_after__lte=now)


class OutgoingMail(models.Model):
    """One e-mail to one recipient, kept until `manage.py send_queued_mail` has sent it, so a
    request never waits for the mail server and a mail server that is away loses nothing."""

    to = models.EmailField(_("til"), max_length=254)
    reply_to = models.EmailField(_("svar til"), max_length=254, blank=True)
    subject = models.CharField(_("emne"), max_length=300)
    text = models.TextField(_("tekst"))
    html = models.TextField(_("HTML"), blank=True)
    created_at = models.DateTimeField(_("lagt i kø"), auto_now_add=True)
    send_after = models.DateTimeField(_("sendes tidligst"))
    attempts = models.PositiveSmallIntegerField(_("forsøk"), default=0)
    last_error = models.TextField(_("siste feil"), blank=True)
    sent_at = models.DateTimeField(_("sendt"), null=True, blank=True)
    gave_up_at = models.DateTimeField(_("gitt opp"), null=True, blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("utgående e-post")
        verbose_name_plural = _("utgående e-post")
        indexes = [
            models.Index(fields=["sent_at", "gave_up_at", "send_after"], name="mail_due_idx")
        ]

    def __str__(self):
        return f"{self.subject} → {self.to}"
