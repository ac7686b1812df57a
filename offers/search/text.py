"""Words as search reads them: lower-cased, stemmed the way PostgreSQL's `norwegian`
configuration stems them, without the words that find nothing on their own; and how far
apart two words are."""

import re
import threading
from functools import lru_cache

import snowballstemmer
from rapidfuzz.distance import OSA

from portal.db import fold

CONFIG = "norwegian"
# PostgreSQL's norwegian.stop: words that find nothing on their own ("for", "til", "med").
_STOPWORD_TEXT = """
    og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg
    men ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan
    hans hvor eller hva skal selv sjøl her alle vil bli ble blei blitt kunne inn når være kom
    noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget
    hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni
    mellom vår hver hvem vors hvis både bare enn fordi før mange også slik vært båe begge
    siden dykk dykkar dei deira deires deim di då eg ein eit eitt elles honom hjå ho hoe
    henne hennar hennes hoss hossen ingi inkje korleis korso kva kvar kvarhelst kven kvi
    kvifor me medan mi mine mykje no nokon noka nokor noko nokre sia sidan so somt somme um
    upp vere vore verte vort varte vart"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
MIN_PREFIX = 3  # shorter words are matched whole ("hf"), not as the start of longer ones
MIN_FUZZY = 4  # shorter words are too short for typo tolerance ("rus" is not "bus")
WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'’")  # "alzheimer's" is one word, not "alzheimer" and "s"

_stemmer = snowballstemmer.stemmer(CONFIG)  # the Snowball stemmer PostgreSQL uses, too
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps state while it works


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    with _stemmer_lock:
        return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Lower-cased words, without punctuation: nothing of it can reach SQL as syntax."""
    return WORD.findall(fold(text).translate(_APOSTROPHES))


GAP = "_"  # in SQLite's index where a stop word was; no typed word can be it (see WORD)


def stems(text: str) -> str:
    """The text as SQLite's index keeps it: the stems of its words, and a gap for each stop
    word, as PostgreSQL's to_tsvector('norwegian', ...) keeps their positions."""
    return " ".join(GAP if word in STOPWORDS else stem(word) for word in words(text))


def trimmed(phrase: str) -> tuple[str, ...]:
    """A phrase's words without the stop words it starts or ends with (they constrain
    nothing), and none at all when it has only stop words."""
    found = phrase.split()
    while found and found[0] in STOPWORDS:
        found.pop(0)
    while found and found[-1] in STOPWORDS:
        found.pop()
    return tuple(found)


def edit_distance(a: str, b: str) -> int:
    """Letters added, removed or changed, or two neighbours swapped, to turn a into b."""
    return OSA.distance(a, b)


def allowed_typos(word: str) -> int:
    """How many typos a word may have and still be corrected without asking."""
    return 1 if len(word) <= 6 else 2


def is_close(word: str, typed: str) -> bool:
    """A small typo: one in a short word, two in a longer one."""
    allowed = allowed_typos(typed)
    return abs(len(word) - len(typed)) <= allowed and edit_distance(word, typed) <= allowed
