"""Keep the search index current when editors change things, and after a restore (the
content version is kept current by portal.content.track_changes)."""

from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete
from django.dispatch import Signal

from offers.models import Diagnosis, Offer, OfferType, Provider
from offers.search import (
    SEARCHED_FIELDS,
    forget_missing_offers,
    forget_offers,
    refresh_search_index,
)
from portal.signals import data_restored

# Sent by the offer list when what a carer chose found nothing, with `request` and `chosen`
# (the understood filters by parameter name, as OfferFilter.chosen). Apps that count unmet
# demand listen, and may return a sentence the page shows (what was noted); offers knows
# nothing of them.
nothing_found = Signal()


def offer_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and not set(update_fields) & set(SEARCHED_FIELDS)):
        return  # e.g. confirming an offer saves only who confirmed it and when
    refresh_search_index(Offer.objects.filter(pk=instance.pk))


def offer_deleted(sender, instance, using, **kwargs):
    forget_offers([instance.pk], using=using)


def data_loaded(**kwargs):
    refresh_search_index()  # a backup's rows were saved raw, or come from another database


def offer_diagnoses_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not reverse:  # offer.diagnoses.add(...), as admin does
        if action.startswith("post_"):
            refresh_search_index(Offer.objects.filter(pk=instance.pk))
    elif action == "pre_clear":  # diagnosis.offers.clear(): the links are gone afterwards
        diagnosis_deleting(sender, instance)
    elif action == "post_clear":
        refresh_search_index(Offer.objects.filter(pk__in=instance._offers_to_refresh))
    elif action.startswith("post_"):
        refresh_search_index(Offer.objects.filter(pk__in=pk_set))


def offer_type_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_search_index(Offer.objects.filter(offer_type=instance))


def provider_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_search_index(Offer.objects.filter(provider=instance))


def diagnosis_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_search_index(Offer.objects.filter(diagnoses=instance))


def diagnosis_deleting(sender, instance, **kwargs):
    instance._offers_to_refresh = list(instance.offers.values_list("pk", flat=True))


def diagnosis_deleted(sender, instance, **kwargs):
    refresh_search_index(Offer.objects.filter(pk__in=instance._offers_to_refresh))


def connect():
    post_save.connect(offer_saved, sender=Offer, dispatch_uid="search:offer")
    post_delete.connect(offer_deleted, sender=Offer, dispatch_uid="search:offer")
    data_restored.connect(data_loaded, dispatch_uid="search:restored")
    post_migrate.connect(forget_missing_offers, dispatch_uid="search:flushed")
    m2m_changed.connect(
        offer_diagnoses_changed, sender=Offer.diagnoses.through, dispatch_uid="search:diagnoses"
    )
    post_save.connect(offer_type_saved, sender=OfferType, dispatch_uid="search:offer_type")
    post_save.connect(provider_saved, sender=Provider, dispatch_uid="search:provider")
    post_save.connect(diagnosis_saved, sender=Diagnosis, dispatch_uid="search:diagnosis")
    pre_delete.connect(diagnosis_deleting, sender=Diagnosis, dispatch_uid="search:diagnosis")
    post_delete.connect(diagnosis_deleted, sender=Diagnosis, dispatch_uid="search:diagnosis")
