from offers.models.contact import ContactPerson
from offers.models.offer import Offer, OfferFormat, OfferStatus
from offers.models.provider import Provider, ProviderKind
from offers.models.reach import OfferReach, Reach
from offers.models.round import Round, Session
from offers.models.search import SearchSynonym, SearchWord
from offers.models.subscription import RoundSubscription
from offers.models.taxonomy import AgeGroup, Diagnosis, OfferType

__all__ = [
    "AgeGroup",
    "ContactPerson",
    "Diagnosis",
    "Offer",
    "OfferFormat",
    "OfferReach",
    "OfferStatus",
    "OfferType",
    "Provider",
    "ProviderKind",
    "Reach",
    "Round",
    "RoundSubscription",
    "SearchSynonym",
    "SearchWord",
    "Session",
]
