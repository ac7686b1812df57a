from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class UserCreationForm(AdminUserCreationForm):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ["email"]


class UserEditForm(UserChangeForm):
    class Meta(UserChangeForm.Meta):
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Accounts are for superusers only (no group has these permissions): whoever can
    change users can make themselves a superuser."""

    form = UserEditForm
    add_form = UserCreationForm
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active", "last_login"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "first_name", "last_name", "municipalities__name"]
    ordering = ["email"]
    filter_horizontal = ["groups", "user_permissions"]
    autocomplete_fields = ["municipalities"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personlig informasjon"), {"fields": ["first_name", "last_name"]}),
        (_("Koordinator for"), {"fields": ["municipalities"]}),
        (
            _("Tilganger"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Viktige datoer"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"classes": ["wide"], "fields": ["email", "usable_password", "password1", "password2"]},
        ),
    ]
