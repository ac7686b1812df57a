from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Brukere og tilganger")

    def ready(self):
        from django.contrib import admin

        from accounts import roles, signals  # noqa: F401  (connects the lockout log)
        from accounts.forms import LoginForm

        admin.site.login_form = LoginForm

        # Every migrate brings the two groups' permissions in line with the code.
        post_migrate.connect(roles.sync_roles_after_migrate, sender=self)
