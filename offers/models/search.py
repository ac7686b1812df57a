"""The words carers type, mapped to the terms the offers use; kept by editors in admin."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from offers.choices import NOT_NARROWING, WordClass
from portal.db import fold


def normalise_words(text: str) -> str:
    """'  Psykisk   SYK ' -> 'psykisk syk': how the words are stored and compared."""
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


class SearchSynonymQuerySet(models.QuerySet):
    def get_by_natural_key(self, words):
        return self.get(words=words)


class SearchSynonym(models.Model):
    words = models.CharField(
        _("ord pårørende skriver"),
        max_length=100,
        unique=True,
        help_text=_(
            "Ett eller flere ord, for eksempel «alzheimer» eller «psykisk syk». Store og små "
            "bokstaver er likegyldige, og bøyde former («alzheimers») regnes med."
        ),
    )
    terms = models.CharField(
        _("søk også etter"),
        max_length=300,
        blank=True,
        help_text=_(
            "Ordene tilbudene bruker, skilt med komma, for eksempel «demens» eller "
            "«psykisk helse, psykiske lidelser». Ord som står sammen, må stå slik i tilbudet. "
            "Kan stå tomt for familieord og fyllord."
        ),
    )
    word_class = models.CharField(
        _("ordklasse"),
        max_length=10,
        choices=WordClass.choices,
        default=WordClass.EVERYDAY,
        help_text=_(
            "Familieord («mor», «pappa», «sønn») og fyllord («hjelp», «tilbud») avgrenser ikke "
            "søket: «glemsk far» finner det samme som «glemsk», men tilbud som nevner ordet, "
            "kommer først."
        ),
    )

    objects = SearchSynonymQuerySet.as_manager()

    class Meta:
        ordering = ["words"]
        verbose_name = _("søkeord")
        verbose_name_plural = _("søkeord")

    def __str__(self):
        return f"{self.words} → {self.terms}"

    def save(self, *args, **kwargs):
        self.words = normalise_words(self.words)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.words,)

    def clean(self):
        self.words = normalise_words(self.words)
        if not self.words:
            raise ValidationError({"words": _("Skriv minst ett ord.")})
        if not self.term_list and self.word_class not in NOT_NARROWING:
            raise ValidationError({"terms": _("Skriv minst ett ord å søke etter.")})

    @property
    def term_list(self) -> list[str]:
        """'psykisk helse, psykiske lidelser' -> ['psykisk helse', 'psykiske lidelser']."""
        terms = (normalise_words(term) for term in self.terms.split(","))
        return [term for term in terms if term]


class SearchWord(models.Model):
    """A word from the offers' titles, types and diagnoses: what a misspelt search word is
    compared with, and what «Mente du …?» suggests. Kept by offers.search; never edited."""

    word = models.CharField(_("ord"), max_length=100, primary_key=True)

    class Meta:
        verbose_name = _("ord i tilbudene")
        verbose_name_plural = _("ord i tilbudene")

    def __str__(self):
        return self.word
