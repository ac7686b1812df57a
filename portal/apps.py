from datetime import timedelta

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portalen")

    def ready(self):
        from django.db.models.signals import post_migrate

        from portal import checks, content, db, timers  # noqa: F401 - checks, PORTAL_FOLD register

        # A deploy runs migrate: new templates or code must not be answered with an old ETag.
        post_migrate.connect(content.content_changed_after_migrate, sender=self)
        timers.register("send_queued_mail", every=timedelta(minutes=1))


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the portal's own site (see portal.admin_site)."""

    default = False  # not the config of the "portal" app itself
    default_site = "portal.admin_site.PortalAdminSite"
