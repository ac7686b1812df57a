"""The admin side of accounts.scoping: one mixin that keeps a coordinator inside their
municipalities in every admin view (list, forms, choices, autocomplete, actions, delete,
history and revert), enforced on the server."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from accounts.scoping import may_edit, municipality_ids, sees_everything
from portal.history import record_version


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
