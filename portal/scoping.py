"""Who may edit what: national editors everything, a coordinator their municipalities' records.

Each scoped model names the field that ties a record to a municipality (`scope_field`, e.g.
"owner" on Offer). The rule is written once, here: for querysets, for single objects
(including historical versions of deleted ones, which no queryset can find), and for every
admin view through ScopedAdmin (list, forms, choices, autocomplete, actions, delete, history
and revert), enforced on the server.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from portal.history import record_version

EDIT_ALL_PERMISSION = "accounts.edit_all_municipalities"


def is_active_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


def sees_everything(user) -> bool:
    """Superusers and national editors work across all municipalities."""
    return is_active_staff(user) and user.has_perm(EDIT_ALL_PERMISSION)


def municipality_ids(user) -> frozenset[int]:
    """The municipalities a coordinator serves, read once per user object (i.e. per request)."""
    if not is_active_staff(user):
        return frozenset()
    if not hasattr(user, "_municipality_ids"):
        user._municipality_ids = frozenset(user.municipalities.values_list("pk", flat=True))
    return user._municipality_ids


def may_edit(user, obj) -> bool:
    """The rule of ScopedQuerySet.editable_by() for one object, saved or not."""
    if sees_everything(user):
        return True
    attname = obj._meta.get_field(obj.scope_field).attname
    return getattr(obj, attname) in municipality_ids(user)


class ScopedQuerySet(models.QuerySet):
    def editable_by(self, user):
        """What the user may see and change in the admin."""
        if sees_everything(user):
            return self
        if not is_active_staff(user):
            return self.none()
        return self.filter(**{f"{self.model.scope_field}__in": municipality_ids(user)})


class SharedScopedQuerySet(ScopedQuerySet):
    """Records that also exist nationally (municipality empty), like providers and contacts."""

    def choosable_by(self, user):
        """What the user may pick for an offer: their municipalities' and the national ones."""
        if not is_active_staff(user):
            return self.none()
        return self.editable_by(user) | self.filter(**{f"{self.model.scope_field}__isnull": True})


class ScopedAdmin(SimpleHistoryAdmin):
    # Relation fields whose choices depend on the user: field name -> function(user) that
    # returns the queryset the user may choose from. Other relations offer every record.
    scoped_choices = {}
    object_history_form_template = "admin/history_revert_form.html"

    # Visibility

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def in_scope(self, request, obj) -> bool:
        return obj is None or may_edit(request.user, obj)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_scope(request, obj)

    # Choices in forms and autocomplete

    def choice_queryset(self, request, db_field):
        """What the user may pick for a relation field; the form validates against it and
        the autocomplete view searches it."""
        rule = self.scoped_choices.get(db_field.name)
        if rule is not None:
            return rule(request.user)
        return db_field.remote_field.model._default_manager.all()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.scoped_choices:
            kwargs["queryset"] = self.choice_queryset(request, db_field)
        if db_field.name == self.model.scope_field and not sees_everything(request.user):
            kwargs["required"] = True  # empty means national: the national editors' records
            kwargs["help_text"] = _("Velg blant kommunene du er koordinator for.")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        own = municipality_ids(request.user)
        scope_field = self.model._meta.get_field(self.model.scope_field)
        if scope_field.is_relation and len(own) == 1 and not sees_everything(request.user):
            initial.setdefault(scope_field.name, next(iter(own)))
        return initial

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.scoped_choices:
            kwargs["queryset"] = self.choice_queryset(request, db_field)
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and db_field.name in self.filter_horizontal:
            # Django adds "Hold down Control ... to select more than one" to every multiple
            # select, the two-list chooser too, where it does not apply.
            field.help_text = db_field.help_text
        return field

    # History: a version per save, and only of objects in scope, deleted ones included

    def save_model(self, request, obj, form, change):
        if not self.in_scope(request, obj):  # the forms' choices should make this impossible
            raise PermissionDenied
        # Recorded in log_addition/log_change, once the relations are saved as well.
        obj.skip_history_when_saving = True
        super().save_model(request, obj, form, change)

    def _record_version(self, obj, history_type):
        if hasattr(obj, "skip_history_when_saving"):
            del obj.skip_history_when_saving
            record_version(obj, history_type)

    def log_addition(self, request, obj, message):
        self._record_version(obj, "+")
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self._record_version(obj, "~")
        return super().log_change(request, obj, message)

    def versions(self, object_id):
        return self.model.history.filter(**{self.model._meta.pk.attname: object_id})

    def latest_version_in_scope(self, request, object_id):
        """The newest historical version of an object the user may edit, or 404. For a
        deleted object, its last version decides."""
        current = self.get_queryset(request).filter(pk=object_id).first()
        latest = self.versions(object_id).order_by("-history_date").first()
        if current is None and (latest is None or not self.in_scope(request, latest.instance)):
            raise Http404
        return latest

    def history_view(self, request, object_id, extra_context=None):
        self.latest_version_in_scope(request, _pk(object_id))
        extra_context = extra_context or {}
        if not request.user.has_perm("accounts.view_user"):
            # Names without links for those who may not open accounts (a link would 403).
            extra_context.setdefault("admin_user_view", "admin:no-link")
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Revert: both the object as it is and the version to go back to must be in scope."""
        self.latest_version_in_scope(request, _pk(object_id))
        version = self.versions(_pk(object_id)).filter(history_id=_pk(version_id)).first()
        if version is None or not self.in_scope(request, version.instance):
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)


def _pk(object_id):
    """A primary key from a URL, or 404 (the history URLs accept any text)."""
    try:
        return int(admin.utils.unquote(object_id))
    except ValueError:
        raise Http404 from None
