"""HSDS's OpenAPI description of the API (opendata/hsds/openapi.json, as Open Referral
publishes it) with our own `info` and server, for /api/hsds/openapi.json."""

import copy
import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.urls import reverse

HSDS_DIR = Path(__file__).resolve().parent / "hsds"
HSDS_VERSION = "3.0"
HSDS_PROFILE = "https://openreferral.org/hsds/3.0"
LICENCE = {
    "name": "Norsk lisens for offentlige data (NLOD) 2.0",
    "url": "https://data.norge.no/nlod/no/2.0",
}


@cache
def hsds_schema(name: str) -> dict:
    """A schema file shipped in opendata/hsds/: 'openapi.json', 'compiled/service.json'."""
    return json.loads((HSDS_DIR / name).read_text(encoding="utf-8"))


def openapi() -> dict:
    spec = copy.deepcopy(hsds_schema("openapi.json"))
    spec["info"] = {
        "title": "Pårørendeportalen: åpne data (HSDS 3.0)",
        "version": "1.0.0",
        "summary": "Tilbud til pårørende i norske kommuner, som Open Referral HSDS 3.0.",
        "description": (
            "Every public offer for carers (pårørende) in Pårørendeportalen as an HSDS 3.0 "
            "service: who runs it, whom it is for, where it applies, when, what it costs and "
            "whom to contact. Read-only, no key, CORS open. Extra filters: kommune "
            "(municipality number or slug) and diagnose (diagnosis slug). Documentation: "
            + settings.PORTAL_BASE_URL
            + reverse("opendata:data")
        ),
        "contact": {
            "name": "Pårørendeportalen",
            "url": settings.PORTAL_BASE_URL + reverse("opendata:data"),
        },
        "license": LICENCE,
    }
    spec["servers"] = [{"url": settings.PORTAL_BASE_URL + reverse("opendata:index").rstrip("/")}]
    return spec
