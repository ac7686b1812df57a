"""The closed sets of an offer: its status, its format and how a carer gets it."""

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


class WrittenIn(models.TextChoices):
    """The language a coordinator wrote an offer's texts in (an HTML language code)."""

    BOKMAL = "nb", _("Bokmål")
    NYNORSK = "nn", _("Nynorsk")


class OfferFormat(models.TextChoices):
    GROUP = "group", _("I gruppe")
    INDIVIDUAL = "individual", _("Samtale med én fagperson")
    PHONE = "phone", _("På telefon")
    DIGITAL = "digital", _("Digitalt")
    DROP_IN = "drop_in", _("Åpent møte, kom når du vil")
    RESIDENTIAL = "residential", _("Helgeopphold")
    SERVICE = "service", _("Hjelp du søker kommunen om")


class Access(models.TextChoices):
    """How a carer gets an offer. Offer.access decides it from the offer; the card, the
    offer page and the printed sheet all take their words from here."""

    APPLY = "apply", _("Du søker, og kommunen avgjør")
    ENROL = "enrol", _("Du melder deg på")
    DROP_IN = "drop_in", _("Bare møt opp")
    CALL = "call", _("Du ringer")
    CONTACT = "contact", _("Du tar kontakt")

    @property
    def heading(self):
        """The heading over what to do: «Slik søker du»."""
        return _ACCESS_HEADINGS[self]

    @property
    def button(self):
        """The words of the button to the offer's own web form (Offer.signup_url)."""
        return _ACCESS_BUTTONS[self]


_ACCESS_HEADINGS = {
    Access.APPLY: _("Slik søker du"),
    Access.ENROL: _("Slik melder du deg på"),
    Access.DROP_IN: _("Bare møt opp"),
    Access.CALL: _("Slik tar du kontakt"),
    Access.CONTACT: _("Slik tar du kontakt"),
}
_ACCESS_BUTTONS = {
    Access.APPLY: _("Søk på nett"),
    Access.ENROL: _("Meld deg på"),
    Access.DROP_IN: _("Les mer på nett"),
    Access.CALL: _("Ta kontakt på nett"),
    Access.CONTACT: _("Ta kontakt på nett"),
}
# Where a carer who gets no, or less than they need, may appeal a municipality's decision.
APPEAL_URL = "https://www.statsforvalteren.no/"


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
