"""What search knows about words, read once per content version: the editors' synonyms, the
words of the offers (SearchWord), and the names of the municipalities. Typos are corrected
against them in Python (rapidfuzz), the same on every database."""

from bisect import bisect_left
from dataclasses import dataclass, field

from django.apps import apps
from rapidfuzz import process
from rapidfuzz.distance import OSA

from offers.choices import NOT_NARROWING
from offers.search.text import MIN_FUZZY, allowed_typos, edit_distance, stem, words
from portal.content import cached

LONGEST_PHRASE = 4  # words in the longest synonym or place name read as one
MIN_MISSPELT_SYNONYM = 5  # a shorter word is compared with the synonyms only as it is
# Looser than the corrections made without asking: what «Mente du …?» may suggest.
SUGGESTION_TYPOS = {4: 1, 5: 2, 6: 2, 7: 2}
LONG_WORD_TYPOS = 3
_PLAIN_LETTERS = str.maketrans("æøå", "aoa")  # "barum", "gjovik": Norwegian letters left out


@dataclass(frozen=True)
class Synonym:
    terms: tuple[str, ...]  # words or phrases an offer may have instead
    narrows: bool = True  # False for family and filler words: they rank, never filter


@dataclass(frozen=True)
class Place:
    """A municipality a carer may name in the search box."""

    municipality_id: int
    county_id: int


@dataclass
class Lexicon:
    synonyms: dict[tuple[str, ...], Synonym] = field(default_factory=dict)  # by their stems
    synonym_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # one word: its key
    vocabulary: list[str] = field(default_factory=list)  # sorted
    endings: list[str] = field(default_factory=list)  # the vocabulary's words reversed, sorted
    vocabulary_stems: frozenset[str] = frozenset()
    places: dict[tuple[str, ...], tuple[Place, ...]] = field(default_factory=dict)

    # ---- What the typed words mean ---------------------------------------------------------

    def synonym(self, phrase: list[str]) -> Synonym | None:
        return self.synonyms.get(tuple(stem(word) for word in phrase))

    def misspelt_synonym(self, word: str) -> Synonym | None:
        """The one-word synonym the word is a small typo of ("alzeimer"). Only one that
        narrows: "tanke" is not a misspelt "tante" to be left out of the search."""
        if len(word) < MIN_MISSPELT_SYNONYM:
            return None
        for close in self._close(word, self.synonym_words, allowed_typos(word)):
            synonym = self.synonyms[self.synonym_words[close]]
            if synonym.narrows:
                return synonym
        return None

    def place(self, phrase: list[str]) -> tuple[Place, ...]:
        return self.places.get(tuple(phrase), ())

    def corrections(self, word: str) -> list[str]:
        """Words of the offers the typed word may mean: a small typo's correction ("demense":
        "demens") and the compound words it ends ("skole": "pårørendeskole")."""
        if len(word) < MIN_FUZZY:
            return []
        found = [] if self.knows(word) else self._close(word, self.vocabulary, allowed_typos(word))
        if len(word) > MIN_FUZZY:
            backwards = word[::-1]
            start = bisect_left(self.endings, backwards)
            for ending in self.endings[start:]:
                if not ending.startswith(backwards):
                    break
                if ending != backwards:
                    found.append(ending[::-1])
        return list(dict.fromkeys(found))

    def knows(self, word: str) -> bool:
        """Is the word one the offers or the synonyms use, or the start of one?"""
        if self.synonym([word]) or self.place([word]) or stem(word) in self.vocabulary_stems:
            return True
        start = bisect_left(self.vocabulary, word)
        return start < len(self.vocabulary) and self.vocabulary[start].startswith(word)

    def suggestion(self, word: str) -> str | None:
        """The known word closest to an unknown one, for «Mente du …?»; None if none is."""
        if len(word) < MIN_FUZZY or self.knows(word):
            return None
        allowed = SUGGESTION_TYPOS.get(len(word), LONG_WORD_TYPOS)
        candidates = [*self.vocabulary, *self.synonym_words, *self._place_words()]
        close = self._close(word, candidates, allowed)
        return close[0] if close else None

    # ---- Helpers -----------------------------------------------------------------------------

    def _place_words(self) -> list[str]:
        return [key[0] for key in self.places if len(key) == 1]

    @staticmethod
    def _close(word: str, candidates, allowed: int) -> list[str]:
        """Candidates within `allowed` typos of the word, closest first; the same first letter
        and length break ties (typos are rarer at the start of a word)."""
        found = process.extract(
            word, list(candidates), scorer=OSA.distance, score_cutoff=allowed, limit=None
        )
        close = {c for c, _score, _key in found if c != word and abs(len(c) - len(word)) <= allowed}
        return sorted(
            close,
            key=lambda c: (edit_distance(c, word), c[0] != word[0], abs(len(c) - len(word)), c),
        )


def lexicon() -> Lexicon:
    return cached("search-lexicon", _build)


def _build() -> Lexicon:
    synonyms, synonym_words = _synonyms()
    vocabulary = sorted(
        apps.get_model("offers", "SearchWord").objects.values_list("word", flat=True)
    )
    return Lexicon(
        synonyms=synonyms,
        synonym_words=synonym_words,
        vocabulary=vocabulary,
        endings=sorted(word[::-1] for word in vocabulary),
        vocabulary_stems=frozenset(stem(word) for word in vocabulary),
        places=_places(),
    )


def _synonyms():
    found: dict[tuple[str, ...], Synonym] = {}
    one_word: dict[str, tuple[str, ...]] = {}
    for synonym in apps.get_model("offers", "SearchSynonym").objects.all():
        typed = synonym.words.split()
        key = tuple(stem(word) for word in typed)
        before = found.get(key)
        narrows = synonym.word_class not in NOT_NARROWING
        found[key] = Synonym(
            terms=tuple(dict.fromkeys([*(before.terms if before else ()), *synonym.term_list])),
            narrows=narrows or bool(before and before.narrows),
        )
        if len(typed) == 1:
            one_word[typed[0]] = key
    return found, one_word


def _places() -> dict[tuple[str, ...], tuple[Place, ...]]:
    found: dict[tuple[str, ...], set[Place]] = {}
    municipality_model = apps.get_model("municipalities", "Municipality")
    for municipality in municipality_model.objects.only("name", "alt_names", "slug", "county"):
        place = Place(municipality.pk, municipality.county_id)
        names = [municipality.name, *municipality.other_names]
        keys = {tuple(words(name)) for name in names}
        keys |= {tuple(words(name.lower().translate(_PLAIN_LETTERS))) for name in names}
        keys.add(tuple(municipality.slug.split("-")))
        for key in keys:
            if key and len(key) <= LONGEST_PHRASE:
                found.setdefault(key, set()).add(place)
    return {
        key: tuple(sorted(places, key=lambda p: p.municipality_id)) for key, places in found.items()
    }
