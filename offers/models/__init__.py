from offers.models.contact import ContactPerson
from offers.models.offer import Offer, OfferFormat, OfferStatus
from offers.models.provider import Provider, ProviderKind
from offers.models.search import SearchSynonym, SearchWord
from offers.models.taxonomy import AgeGroup, Diagnosis, OfferType

__all__ = [
    "AgeGroup",
    "ContactPerson",
    "Diagnosis",
    "Offer",
    "OfferFormat",
    "OfferStatus",
    "OfferType",
    "Provider",
    "ProviderKind",
    "SearchSynonym",
    "SearchWord",
]
