"""The offer in the admin, as a coordinator uses it: confirm, edit without overwriting
anyone, preview a draft, see and revert history, restore a deleted offer."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import BadRequest, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from municipalities.models import County, Municipality
from offers.admin.forms import OfferForm, changed_meanwhile_message
from offers.admin.rounds import RoundInline, describe_changes, pattern_of
from offers.confirmation import LINK_PARAMETER, confirm_link_is_valid
from offers.models import ContactPerson, Offer, Provider, Round
from offers.services import (
    OfferChangedMeanwhile,
    claim_for_edit,
    confirm,
    confirm_all,
    confirm_on_publishing,
    keep_confirmation,
)
from portal.scoping import ScopedAdmin, municipality_ids, sees_everything

CONFIRM = "_confirm"  # the change form's "Bekreft at tilbudet stemmer", posted to confirm_view
SAVE_AND_CONFIRM = "_saveandconfirm"  # the change form's "Lagre og bekreft"
# The coverage rule for coordinators (Municipality.objects.neighbouring), where they choose.
COVERAGE_RULE = _(
    "Du kan la tilbudet gjelde kommunene dine og andre kommuner i samme fylke, for tilbud "
    "dere driver sammen med nabokommuner. Tilbud for hele fylker eller hele landet legger "
    "de nasjonale redaktørene inn."
)
OUTSIDE_COVERAGE = _(
    "Tilbudet kan bare gjelde kommunene dine og andre kommuner i samme fylke. Skal det gjelde "
    "kommuner i andre fylker, må en nasjonal redaktør legge dem inn."
)
UNSAVED_EDITS = _(
    "Du har endret opplysninger i skjemaet. Å bekrefte lagrer ikke endringer: lagre dem "
    "med «Lagre og bekreft», eller last siden på nytt for å forkaste dem."
)

LINK_NOT_VALID = _(
    "Lenken i e-posten er for gammel, eller den ble sendt til en annen bruker, så tilbudet er "
    "ikke bekreftet. Se over opplysningene og bekreft med knappen under."
)


class NeedsConfirmationFilter(admin.SimpleListFilter):
    title = _("bekreftelse")
    parameter_name = "ma_bekreftes"

    def lookups(self, request, model_admin):
        return [("nei", _("bekreftet innen fristen")), ("ja", _("forfalt"))]

    def queryset(self, request, queryset):
        stale = Offer.objects.needing_confirmation().values("pk")
        if self.value() == "ja":
            return queryset.filter(pk__in=stale)
        if self.value() == "nei":
            return queryset.exclude(pk__in=stale)
        return queryset


@admin.register(Offer)
class OfferAdmin(ScopedAdmin):
    form = OfferForm
    scoped_choices = {
        "owner": Municipality.objects.editable_by,
        "provider": Provider.objects.choosable_by,
        "partners": Provider.objects.choosable_by,
        "contacts": ContactPerson.objects.choosable_by,
        "municipalities": Municipality.objects.neighbouring,
        "counties": County.objects.nameable_by,
    }
    list_display = [
        "title",
        "owner",
        "status",
        "is_published",
        "confirmed_on_column",
        "needs_confirmation_column",
    ]
    list_filter = [
        NeedsConfirmationFilter,
        "status",
        "is_published",
        ("owner", admin.RelatedOnlyFieldListFilter),
        "offer_type",
        "nationwide",
        "diagnoses",
    ]
    search_fields = ["title", "summary", "owner__name", "provider__name"]
    save_on_top = True  # the confirm button at the top too: confirming is the common visit
    inlines = [RoundInline]
    list_select_related = ["offer_type", "owner"]
    actions = ["confirm_selected"]
    autocomplete_fields = [
        "provider",
        "partners",
        "owner",
        "municipalities",
        "counties",
        "contacts",
    ]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["confirmation", "created_at", "updated_at"]
    filter_horizontal = ["diagnoses"]

    class Media:
        css = {"all": ["css/admin.css"]}

    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "summary", "description", "offer_type", "loaded_version"]},
        ),
        (
            _("Språk"),
            {
                "fields": ["language", ("title_nn", "summary_nn"), ("title_en", "summary_en")],
                "classes": ["collapse"],
                "description": _(
                    "Tittel og kort beskrivelse på nynorsk og engelsk er valgfritt. De vises "
                    "for dem som har valgt det språket; resten av teksten vises slik den er "
                    "skrevet."
                ),
            },
        ),
        (_("Hvem driver tilbudet"), {"fields": ["provider", "partners", "owner"]}),
        (_("Hvor tilbudet gjelder"), {"fields": ["municipalities", "counties", "nationwide"]}),
        (
            _("Hvem tilbudet er for"),
            {
                "fields": [
                    "diagnoses",
                    "diagnosis_independent",
                    ("carer_age_min", "carer_age_max"),
                    ("patient_age_min", "patient_age_max"),
                ]
            },
        ),
        (
            _("Når og hvor"),
            {
                "fields": ["format", "schedule", "place"],
                "description": _(
                    "Et kurs med faste datoer legger dem inn under «Kursrunder» nederst på siden."
                ),
            },
        ),
        (
            _("Pris og påmelding"),
            {
                "fields": [
                    "is_free",
                    "price",
                    "registration_required",
                    "registration_info",
                    "signup_url",
                    "more_info_url",
                ]
            },
        ),
        (
            _("Kontakt"),
            {
                "fields": ["contacts"],
                "description": _(
                    "Søk opp kontakter, eller legg til en ny med plusstegnet. Du kan velge "
                    "kommunens egne og nasjonale kontakter."
                ),
            },
        ),
        (
            _("Status"),
            {
                "fields": [
                    ("status", "ended_on"),
                    "is_published",
                    "confirmation",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]

    # The list

    @admin.display(description=_("sist bekreftet"), ordering="confirmed_on", empty_value="–")
    def confirmed_on_column(self, offer):
        if offer.confirmed_on:
            return formats.date_format(offer.confirmed_on, "SHORT_DATE_FORMAT")
        return None

    @admin.display(description=_("må bekreftes"))
    def needs_confirmation_column(self, offer):
        # Words, not the yes/no icons: a green tick would read as "all is well".
        return gettext("Må bekreftes") if offer.needs_confirmation else ""

    @admin.display(description=_("sist bekreftet"))
    def confirmation(self, offer):
        if offer.confirmed_on is None:
            text = gettext("Aldri bekreftet.")
        else:
            text = gettext("%(date)s av %(who)s.") % {
                "date": formats.date_format(offer.confirmed_on, "DATE_FORMAT"),
                "who": offer.confirmed_by or gettext("en tidligere bruker"),
            }
        if offer.needs_confirmation:
            text += " " + gettext("Må bekreftes.")
        return text

    @admin.action(description=_("Bekreft at tilbudet stemmer"), permissions=["change"])
    def confirm_selected(self, request, queryset):
        count = confirm_all(queryset, request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d tilbud er bekreftet i dag.",
                "%(count)d tilbud er bekreftet i dag.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    # The form

    def _serves_one_municipality(self, request):
        return not sees_everything(request.user) and len(municipality_ids(request.user)) < 2

    def get_list_display(self, request):
        columns = super().get_list_display(request)
        if self._serves_one_municipality(request):
            columns = [c for c in columns if c != "owner"]  # the same in every row
        return columns

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        if self._serves_one_municipality(request):
            filters = [f for f in filters if not (isinstance(f, tuple) and f[0] == "owner")]
        return filters

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not sees_everything(request.user):
            # Whole counties and the whole country are the national editors' to name.
            fields += ["counties", "nationwide"]
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if sees_everything(request.user):
            return fieldsets
        return [
            (name, {**options, "description": COVERAGE_RULE})
            if "municipalities" in options["fields"]
            else (name, options)
            for name, options in fieldsets
        ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "municipalities" and not sees_everything(request.user):
            field.error_messages["invalid_choice"] = OUTSIDE_COVERAGE
        return field

    def get_view_on_site_url(self, obj=None):
        if obj is None or obj.pk is None:
            return None
        if obj.is_public:
            return obj.get_absolute_url()
        return reverse("admin:offers_offer_preview", args=[obj.pk])

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return self._retrying_when_changed_meanwhile(
            super().changeform_view, request, object_id, form_url, extra_context
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        return self._retrying_when_changed_meanwhile(
            transaction.atomic(super().history_form_view),
            request,
            object_id,
            version_id,
            extra_context,
        )

    def _retrying_when_changed_meanwhile(self, view, *args):
        try:
            return view(*args)
        except OfferChangedMeanwhile:
            # Someone saved between the form's check and our save; their save is committed
            # now, so this time the form's check sees it and explains, keeping the input.
            return view(*args)

    def save_model(self, request, obj, form, change):
        published_before = False
        if change:
            loaded_version = form.cleaned_data["loaded_version"]
            if loaded_version is None:
                obj._change_reason = gettext("Gjenopprettet etter sletting")
                published_before = None  # a restored offer keeps its own confirmation
            else:
                published_before = Offer.objects.filter(pk=obj.pk, is_published=True).exists()
            claim_for_edit(obj, loaded_version)
            keep_confirmation(obj)
        if obj.is_published and published_before is False:
            # Whoever publishes an offer vouches for it: confirmed by them, today.
            confirm_on_publishing(obj, request.user)
        super().save_model(request, obj, form, change)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, RoundInline):  # the blank round starts from the previous one
            kwargs["initial"] = [pattern_of(inline.previous_round(obj))]
        return kwargs

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Round and (changes := describe_changes(formset)):
            # The offer's version records what happened to its rounds, so its history says.
            reason = getattr(form.instance, "_change_reason", "")
            form.instance._change_reason = "; ".join([reason, *changes] if reason else changes)

    def response_change(self, request, obj):
        if SAVE_AND_CONFIRM in request.POST:  # "Lagre og bekreft": saved; now confirmed too
            confirm(obj, request.user)
            return self._thank_for_confirming(request, obj)
        return super().response_change(request, obj)

    # Confirming: its own view, posted by the change form's button or the confirm page

    def confirm_view(self, request, object_id):
        """Record that the user confirmed today that the offer is true. GET shows what is
        being confirmed (the page a reminder's link opens); POST confirms it."""
        offer = self.get_object(request, unquote(object_id))
        if offer is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, offer):
            raise PermissionDenied
        if request.method != "POST":
            if (token := request.GET.get(LINK_PARAMETER)) is not None:
                # A reminder's one-click link: signed for this offer and this user.
                if confirm_link_is_valid(token, offer, request.user):
                    confirm(offer, request.user)
                    return self._thank_for_confirming(request, offer)
                self.message_user(request, LINK_NOT_VALID, messages.WARNING)
            return self._confirm_page(request, offer)
        if CONFIRM in request.POST:  # the whole change form: refuse what it would not save
            form = self.get_form(request, offer, change=True)(request.POST, instance=offer)
            formsets, inlines = self._create_formsets(request, offer, change=True)
            if (
                not form.is_valid()
                or form.has_changed()
                or any(formset.has_changed() for formset in formsets)
            ):
                return self._change_form_again(request, offer, form, formsets, inlines)
        try:
            loaded_version = int(request.POST["loaded_version"])
        except (KeyError, ValueError):
            raise BadRequest("loaded_version") from None
        try:
            confirm(offer, request.user, loaded_version)
        except OfferChangedMeanwhile:
            self.message_user(request, changed_meanwhile_message(offer.pk), messages.ERROR)
            return HttpResponseRedirect(self._change_url(offer))
        return self._thank_for_confirming(request, offer)

    def _thank_for_confirming(self, request, offer):
        """After confirm(): log it, thank the user and show the offer again."""
        field = str(Offer._meta.get_field("confirmed_on").verbose_name)
        self.log_change(request, offer, [{"changed": {"fields": [field]}}])
        self.message_user(
            request,
            gettext("Takk! «%(title)s» er bekreftet i dag.") % {"title": offer.title},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._change_url(offer))

    def _change_url(self, offer):
        return reverse("admin:offers_offer_change", args=[offer.pk])

    def _confirm_page(self, request, offer):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": gettext("Bekreft at tilbudet stemmer"),
            "offer": offer,
            "version": Offer.objects.filter(pk=offer.pk).values_list("version", flat=True).get(),
            "confirmation": self.confirmation(offer),
            "site_url": self.get_view_on_site_url(offer),
        }
        return TemplateResponse(request, "admin/offers/offer/confirm.html", context)

    def _change_form_again(self, request, offer, form, formsets, inlines):
        """The change form with what was typed, and why it was not confirmed."""
        if form.is_valid():  # valid, so the only problem is what was typed in
            form.add_error(None, ValidationError(UNSAVED_EDITS, code="confirm_with_changes"))
        fieldsets = self.get_fieldsets(request, offer)
        admin_form = helpers.AdminForm(
            form,
            list(fieldsets),
            self.get_prepopulated_fields(request, offer),
            self.get_readonly_fields(request, offer),
            model_admin=self,
        )
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Change %s") % self.opts.verbose_name,  # as Django's own form
            "subtitle": str(offer),
            "adminform": admin_form,
            "object_id": offer.pk,
            "original": offer,
            "is_popup": False,
            "to_field": None,
            "media": self.media + admin_form.media,
            "inline_admin_formsets": self.get_inline_formsets(request, formsets, inlines, offer),
            "errors": helpers.AdminErrorList(form, formsets),
            "preserved_filters": self.get_preserved_filters(request),
        }
        return self.render_change_form(
            request, context, change=True, obj=offer, form_url=self._change_url(offer)
        )

    # Preview and deleted offers

    def get_urls(self):
        return [
            path(
                "slettede/",
                self.admin_site.admin_view(self.deleted_view),
                name="offers_offer_deleted",
            ),
            path(
                "<path:object_id>/bekreft/",
                self.admin_site.admin_view(self.confirm_view),
                name="offers_offer_confirm",
            ),
            path(
                "<int:object_id>/forhandsvisning/",
                self.admin_site.admin_view(self.preview_view),
                name="offers_offer_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id):
        """The offer's public page as carers would see it, drafts included, for its editors."""
        offer = self.get_queryset(request).for_detail().filter(pk=object_id).first()
        if offer is None or not self.has_view_permission(request, offer):
            return self._get_obj_does_not_exist_redirect(request, self.opts, str(object_id))
        response = render(request, "offers/offer_detail.html", {"offer": offer, "preview": True})
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
        return response

    def deleted_view(self, request):
        """Deleted offers the user may restore, each with the version it had before."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        existing = Offer.objects.values("pk")
        # The version each offer had before it was deleted: what restoring brings back.
        before = (
            Offer.history.filter(id=OuterRef("id"), history_date__lte=OuterRef("history_date"))
            .exclude(history_type="-")
            .order_by("-history_date")
            .values("history_id")[:1]
        )
        deletions = (
            Offer.history.filter(history_type="-")
            .exclude(id__in=existing)
            .annotate(before_id=Subquery(before))
            .select_related("owner", "history_user")
            .order_by("-history_date")
        )
        restorable, seen = [], set()
        for deletion in deletions:
            if deletion.id in seen or not self.in_scope(request, deletion.instance):
                continue
            seen.add(deletion.id)
            if deletion.before_id is not None:
                restorable.append(deletion)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": gettext("Slettede tilbud"),
            "restorable": restorable,
        }
        return TemplateResponse(request, "admin/offers/offer/deleted_offers.html", context)
