"""Links a phone can act on: a number to dial, an address to find on a map."""

import re
from urllib.parse import urlencode

# A place worth a map search names a street number or a postcode; "Hjemme hos deg" does not.
_ADDRESS = re.compile(r"\d")
MAP_SEARCH = "https://www.google.com/maps/search/?"


def phone_uri(number: str) -> str:
    """'tel:+4780033321' for '800 33 321', '0047 800 33 321' or '+47 800 33 321'; '' if none."""
    digits = "".join(c for c in number if c.isdigit() or c == "+")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if len(digits) == 8 and digits.isdigit():  # a Norwegian number without its country code
        digits = f"+47{digits}"
    return f"tel:{digits}" if digits else ""


def map_search_url(place: str) -> str:
    """A map search for an address (the map opens in the phone's map app), or '' for a
    place that names no address."""
    if not place or not _ADDRESS.search(place):
        return ""
    return MAP_SEARCH + urlencode({"api": "1", "query": place})
