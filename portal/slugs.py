"""ASCII slugs from Norwegian and Sami text, as the public URL contract spells them."""

import unicodedata

from django.utils.text import slugify

# Letters that Unicode does not decompose into a base letter plus a mark.
_TRANSLITERATION = str.maketrans(
    {
        "æ": "ae",
        "Æ": "Ae",
        "ø": "o",
        "Ø": "O",
        "å": "a",
        "Å": "A",
        "đ": "d",
        "Đ": "D",
        "ŋ": "n",
        "Ŋ": "N",
        "ŧ": "t",
        "Ŧ": "T",
        "ß": "ss",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
    }
)


def norwegian_slugify(text: str) -> str:
    """Bærum -> baerum, Ålesund -> alesund, Porsáŋgu -> porsangu, "Sør-Odal" -> sor-odal."""
    ascii_text = (
        unicodedata.normalize("NFKD", str(text).translate(_TRANSLITERATION))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    return slugify(ascii_text)
