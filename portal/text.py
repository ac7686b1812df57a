import unicodedata

from django.utils.translation import gettext as _


def join_words(words: list[str]) -> str:
    """'Asker, Bærum og Lier': a list as a sentence reads it, in the active language."""
    words = [str(word) for word in words if word]
    if len(words) <= 1:
        return "".join(words)
    return _("%(first)s og %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


# Æ, Ø and Å are the last letters of the Norwegian alphabet; byte order and most database
# collations put Å before Æ and Ø, or sort it as A.
_NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})  # the three after "z"


def norwegian_sort_key(text: str) -> str:
    """Sort key for Norwegian words: '...Vågå, Ørland, Ås' in the order a Norwegian expects."""
    folded = text.casefold().translate(_NORWEGIAN_ORDER)
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
