from django.contrib.admin import apps as admin_apps


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the portal's own site (see portal.admin_site)."""

    default = False  # not the config of the "portal" app itself
    default_site = "portal.admin_site.PortalAdminSite"
