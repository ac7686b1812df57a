"""Bad input to the admin is a form error or 400 Bad Request, never a server error.

- A NUL in the query string (PostgreSQL can neither store nor compare it) is refused for
  every admin view (PortalAdminSite.admin_view).
- Every model's admin on the site (PortalAdminSite.register mixes InputCheckingAdmin in)
  takes relation ids that are no ids at all, such as ?owner=abc on an add form or
  contacts=abc sent back by a form, as form errors, and a list action on them as a 400.
"""

from django import forms
from django.contrib.admin import helpers, widgets
from django.core.exceptions import BadRequest, ValidationError


def is_key(field, value) -> bool:
    """Whether `value` could be a value of `field` (a primary key, say) at all."""
    try:
        field.run_validators(field.to_python(value))
    except ValidationError:
        return False
    return True


def nul_parameter(query) -> str | None:
    """The first parameter of a query string whose name or a value holds NUL (no database
    stores it; PostgreSQL refuses it outright), or None."""
    return next(
        (key for key, values in query.lists() if any("\0" in text for text in (key, *values))),
        None,
    )


def has_nul(query) -> bool:
    return nul_parameter(query) is not None


class KeysOnly:
    """An autocomplete widget that shows only selected values that are keys: a form sent
    back with "abc" for a relation shows the form's error instead of failing on it."""

    def optgroups(self, name, value, attr=None):
        keys = [v for v in value if is_key(self.field.target_field, v)]
        return super().optgroups(name, keys, attr)


class AutocompleteSelect(KeysOnly, widgets.AutocompleteSelect):
    pass


class AutocompleteSelectMultiple(KeysOnly, widgets.AutocompleteSelectMultiple):
    pass


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Refuses a value that is no key before looking the values up together: SQLite cannot
    even take a number bigger than its integers in a list."""

    def clean(self, value):
        opts = self.queryset.model._meta
        key = opts.get_field(self.to_field_name) if self.to_field_name else opts.pk
        for item in value if isinstance(value, list | tuple) else ():
            if not is_key(key, item):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": item},
                )
        return super().clean(value)


class InputCheckingAdmin:
    """Mixed into every model's admin by PortalAdminSite.register."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        kwargs.setdefault("form_class", ModelMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def response_action(self, request, *args, **kwargs):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if not all(is_key(self.model._meta.pk, value) for value in selected):
            raise BadRequest("The selection names something that is not an id.")
        return super().response_action(request, *args, **kwargs)
