"""The closed sets of an offer: its status and its format."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfferStatus(models.TextChoices):
    ACTIVE = "active", _("Aktivt")
    PILOT = "pilot", _("Prøveprosjekt")
    PAUSED = "paused", _("Har pause")
    ENDED = "ended", _("Avsluttet")


# What carers are told about a status that is not plain "active" (an ended offer is not shown).
STATUS_NOTICES = {
    OfferStatus.PILOT: _("Dette er et prøveprosjekt. Tilbudet prøves ut og kan bli endret."),
    OfferStatus.PAUSED: _("Tilbudet har pause nå. Ta kontakt for å høre når det starter igjen."),
}


class OfferFormat(models.TextChoices):
    GROUP = "group", _("I gruppe")
    INDIVIDUAL = "individual", _("Samtale med én fagperson")
    PHONE = "phone", _("På telefon")
    DIGITAL = "digital", _("Digitalt")
    DROP_IN = "drop_in", _("Åpent møte, kom når du vil")
    RESIDENTIAL = "residential", _("Helgeopphold")
    SERVICE = "service", _("Tjeneste etter vedtak eller avtale")


class Enrolment(models.TextChoices):
    """Where enrolment for a round stands, when a coordinator keeps no count of places."""

    OPEN = "open", _("Ledige plasser")
    FEW = "few", _("Få ledige plasser")
    FULL = "full", _("Fullt")
    WAITING_LIST = "waiting_list", _("Fullt, men du kan stå på venteliste")


# A round in one of these states takes no more sign-ups, whatever its count of places says.
CLOSED_ENROLMENT = [Enrolment.FULL, Enrolment.WAITING_LIST]
# A count of places left at or below this reads as "few places left".
FEW_PLACES = 3


class WordClass(models.TextChoices):
    """What kind of word a search synonym is. Family words and filler words rank offers that
    have them first, but never narrow a search ("glemsk far" finds what "glemsk" finds)."""

    EVERYDAY = "everyday", _("Hverdagsord")
    FAMILY = "family", _("Familieord (avgrenser ikke søket)")
    FILLER = "filler", _("Fyllord (avgrenser ikke søket)")
    NYNORSK = "nynorsk", _("Nynorsk")
    ENGLISH = "english", _("Engelsk")
    SPELLING = "spelling", _("Annen skrivemåte")


NOT_NARROWING = frozenset({WordClass.FAMILY, WordClass.FILLER})


class Reach(models.IntegerChoices):
    """How an offer serves a municipality, most local first (DESIGN.md's four kinds)."""

    OWN = 0, _("eget tilbud")  # names this municipality and no other
    SHARED = 1, _("delt med andre kommuner")  # names it among others ("Asker og Bærum")
    COUNTY = 2, _("hele fylket")
    NATIONAL = 3, _("hele landet")
