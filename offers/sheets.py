"""Printed offer sheets: what a sheet holds, built once for its HTML preview and its PDF.

offer_sheet(), municipality_sheet() and selection_sheet() return a sheet as a dict of plain,
translated strings (JSON-able). The HTML templates (templates/offers/sheets/) show it as the
preview staff print from their browser, and the Typst template (sheet.typ) lays the same dict
out as the PDF (offers/sheet_pdf.py), so the two say the same. What is printed is all there
is: nothing from the request but the site's address and the language reaches a sheet.

Every text is cleaned (no control or direction-override characters) and held to its field's
length, so a sheet's size follows from the number of its offers and contacts.
"""

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby
from urllib.parse import urlsplit

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import formats
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext as _

from offers.models import ContactPerson, Offer
from portal.text import join_words

# What an offer's slug can be (Offer.slug is an ASCII SlugField); anything else is not looked up.
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,200}")
# Invisible characters that could hide or reorder printed text: C0 and C1 controls (but the
# line break), direction marks, embeddings, overrides and isolates, and lone surrogates.
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# A list of more offers than this gets a table of contents.
CONTENTS_FROM = 4


@dataclass
class Picks:
    """The offers a staff member ticked: distinct values in the order picked."""

    values: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, values: list[str]) -> "Picks":
        picked = []
        for value in values:
            value = value.strip()
            if value and value not in picked:
                picked.append(value)
        return cls(picked)

    @property
    def slugs(self) -> list[str]:
        """The values that could be an offer's address."""
        return [value for value in self.values if SLUG.fullmatch(value)]

    def __len__(self):
        return len(self.values)


@dataclass(frozen=True)
class Site:
    """The portal's address as the sheet prints it: the short links and their QR codes."""

    scheme: str
    host: str

    @classmethod
    def of_request(cls, request) -> "Site":
        return cls(request.scheme, request.get_host())

    @classmethod
    def of_url(cls, url: str) -> "Site":
        parts = urlsplit(url)
        return cls(parts.scheme, parts.netloc)


@functools.lru_cache(maxsize=2048)
def qr_code_svg(url: str) -> SafeString:
    """The address as a QR code: an inline <svg> that scales to its box, with a quiet zone.

    Kept per address (an offer's never changes): making one costs more than looking it up
    (bench/micro.py).
    """
    code = segno.make(url, error="m", micro=False)
    # segno writes only numbers and path data here: nothing from the URL reaches the markup.
    return mark_safe(  # noqa: S308
        code.svg_inline(border=4, omitsize=True, svgclass="qr-code", lineclass=None)
    )


def clean(text, limit: int | None = None) -> str:
    """Text as it may be printed: no invisible characters, at most `limit` characters."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _INVISIBLE.sub("", text).strip()
    return Truncator(text).chars(limit) if limit and len(text) > limit else text


def _field(instance, name: str) -> str:
    """A text field, cleaned and held to the field's length (a database that does not enforce
    it, or a write that bypassed the forms, cannot make a sheet longer)."""
    return clean(getattr(instance, name), instance._meta.get_field(name).max_length)


# Lines an app adds under each offer (a next round, where to report an error): functions of
# (offer, site) that return a line of text or "".
_offer_lines: list[Callable] = []
# Those printed only on an offer's own sheet: a list keeps to what fits.
_own_sheet_lines: set[Callable] = set()


def register_offer_line(line: Callable, *, own_sheet_only: bool = False) -> None:
    """Print line(offer, site) under each offer on every sheet, or only on the offer's own
    sheet (from an AppConfig.ready())."""
    if line not in _offer_lines:
        _offer_lines.append(line)
    if own_sheet_only:
        _own_sheet_lines.add(line)


def _contact(contact) -> dict:
    return {
        "role": _field(contact, "role"),
        "name": _field(contact, "name"),
        "phone": _field(contact, "phone"),
        "email": _field(contact, "email"),
        "availability": _field(contact, "availability"),
    }


def _facts(offer, *, own_sheet: bool, municipality) -> list[list[list[str]]]:
    """ "Label: value" lines in two columns, for whom and when, where and what it costs; on a
    list, none that says nothing or repeats the sheet's heading."""
    for_whom, when_where = [], []
    if offer.diagnosis_label and (own_sheet or not offer.diagnosis_independent):
        for_whom.append([_("Diagnose"), clean(offer.diagnosis_label, 600)])
    if offer.carer_age_label:
        for_whom.append([_("Din alder"), offer.carer_age_label])
    if offer.patient_age_label:
        for_whom.append([_("Alderen til den du er pårørende til"), offer.patient_age_label])
    if not offer.serves_only(municipality):  # else it would repeat the heading
        for_whom.append([_("Gjelder for"), clean(offer.coverage_label, 600)])
    for_whom.append([_("Form"), offer.get_format_display()])
    if offer.schedule:  # a course in rounds may leave it to its next round's line
        when_where.append([_("Når"), _field(offer, "schedule")])
    if offer.place:
        when_where.append([_("Sted"), _field(offer, "place")])
    when_where.append([_("Pris"), _("Gratis") if offer.is_free else _field(offer, "price")])
    if own_sheet:  # on a list, the line that leads to the contacts says it
        when_where.append([_("Slik får du tilbudet"), str(offer.access.label)])
    return [for_whom, when_where]


def _next_round(offer) -> dict | None:
    """A course's next round: "Neste kurs: tirsdag 12. januar kl. 18.00–20.00, 8 kvelder.
    Påmeldingsfrist 5. januar. 4 ledige plasser." (its rounds prefetched by the queryset)."""
    round_ = offer.next_round
    if round_ is None:
        return None
    when = ", ".join(part for part in [round_.when_label, round_.length_label] if part)
    text = [f"{when}." if when else ""]
    if round_.deadline_label:
        text.append(f"{capfirst(round_.deadline_label)}.")
    text.append(f"{round_.places_label}.")
    return {
        "lead": _("Kurset er i gang:") if round_.has_started() else _("Neste kurs:"),
        "text": clean(" ".join(part for part in text if part), 400),
    }


def _offer(offer, site: Site, *, own_sheet=False, grouped=False, municipality=None) -> dict:
    """One offer as a sheet prints it. grouped: under its type's heading; municipality: the
    sheet's own, whose name need not be repeated."""
    path = reverse("offers:short_link", args=[offer.pk])
    kicker = [] if grouped else [clean(offer.offer_type.display_name, 100)]
    kicker += [str(offer.status_label)] if offer.status_label else []
    act = [_field(offer, "registration_info")]
    if offer.signup_url:
        act.append(_("Påmelding på nett:") + " " + _field(offer, "signup_url"))
    by = _("Drives av %(provider)s") % {"provider": _field(offer.provider, "name")}
    if partners := offer.partners.all():
        partner_names = join_words([_field(partner, "name") for partner in partners])
        by += ", " + _("i samarbeid med") + " " + partner_names
    if offer.confirmed_on:
        confirmed = _("Sist bekreftet %(date)s") % {
            "date": formats.date_format(offer.confirmed_on, "DATE_FORMAT")
        }
        confirmed += "."
    else:
        confirmed = _("Opplysningene er ikke bekreftet av kommunen ennå.")
    description = []
    if own_sheet:
        text = _field(offer, "description")
        description = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return {
        "slug": offer.slug,  # for the templates of apps that add lines (register_offer_line)
        "anchor": f"tilbud-{offer.slug}",
        "kicker": " · ".join(kicker),
        **_texts(offer),
        "note": str(offer.status_notice),
        "description": description,
        "facts": _facts(offer, own_sheet=own_sheet, municipality=municipality),
        "act": {
            "lead": f"{offer.access.heading}:",
            "text": " ".join(part for part in act if part),
        },
        "round": _next_round(offer),
        "contacts": [_contact(contact) for contact in offer.contacts.all()],
        "lines": [
            clean(line, 300)
            for make in _offer_lines
            if (own_sheet or make not in _own_sheet_lines) and (line := make(offer, site))
        ],
        "by": by + ".",
        "confirmed": confirmed,
        "short_host": site.host,
        "short_path": path.rstrip("/"),
        "qr": qr_code_svg(f"{site.scheme}://{site.host}{path}"),
    }


def _texts(offer) -> dict:
    """Title and summary in the sheet's language where the coordinator translated them, and
    the language of each text that differs from the sheet's (for lang attributes); '' when
    it is the sheet's own."""
    page = (get_language() or "nb").split("-")[0]
    texts = {}
    for name in ("title", "summary"):
        text, language = offer.in_language(name, page)
        texts[name] = clean(text, Offer._meta.get_field(name).max_length)
        texts[f"{name}_lang"] = "" if language == page else language
    texts["lang"] = "" if offer.language == page else offer.language
    return texts


def _sheet(kind: str, title: str, site: Site, printed_on) -> dict:
    """What every sheet has: its title, the words of its page footer and the date printed."""
    return {
        "kind": kind,
        "lang": (get_language() or "nb").split("-")[0],
        "title": title,
        "other_names": [],
        "subtitle": "",
        "document_title": f"{title} – {settings.PORTAL_NAME}",
        "footer": " · ".join(
            [
                settings.PORTAL_NAME,
                site.host,
                _("skrevet ut %(date)s") % {"date": formats.date_format(printed_on, "DATE_FORMAT")},
            ]
        ),
        "words": {
            "page": pgettext("side X av Y", "side"),
            "of": pgettext("side X av Y", "av"),
            "read_more": _("Les mer:"),
            "phone": _("Telefon"),
            "email": _("E-post"),
        },
        "way_in": None,
        "skipped": None,
        "contents": None,
        "groups": [],
        "empty": "",
    }


def _way_in(municipality, contacts) -> dict:
    """The "Start her" box: whom in the municipality a carer can call first."""
    carer_page = ""
    if municipality.carer_page_url:
        carer_page = _("%(name)s kommunes side for pårørende") % {"name": clean(municipality.name)}
        carer_page += f": {_field(municipality, 'carer_page_url')}"
    return {
        "heading": _("Start her"),
        "text": _(
            "Usikker på hva du trenger? Ta kontakt. Du kan spørre om tilbud, rettigheter og "
            "avlastning, eller bare få snakke med noen."
        ),
        "contacts": [_contact(contact) for contact in contacts],
        "carer_page": carer_page,
        "empty": ""
        if contacts or carer_page
        else _(
            "Kommunen har ikke registrert en kontakt for pårørende her ennå. Ring kommunens "
            "sentralbord eller servicetorg og spør etter tilbud til pårørende."
        ),
    }


def _count_heading(count: int) -> str:
    return ngettext("%(counter)s tilbud på arket", "%(counter)s tilbud på arket", count) % {
        "counter": count
    }


def offer_sheet(offer, site: Site, printed_on) -> dict:
    sheet = _sheet("offer", _texts(offer)["title"], site, printed_on)
    sheet["groups"] = [
        {"heading": "", "anchor": "", "offers": [_offer(offer, site, own_sheet=True)]}
    ]
    return sheet


def municipality_sheet(municipality, site: Site, printed_on) -> dict:
    """A municipality's whole list: its way in, then every offer serving it, by type."""
    offers = list(
        Offer.objects.public().serving(municipality).for_municipality_page().with_partners()
    )
    way_in = list(ContactPerson.objects.way_in().filter(municipality=municipality))
    title = _("Tilbud til pårørende i %(name)s") % {"name": clean(municipality.label)}
    sheet = _sheet("municipality", title, site, printed_on)
    sheet["other_names"] = [clean(name) for name in municipality.other_names]
    sheet["way_in"] = _way_in(municipality, way_in)
    for offer_type, members in groupby(offers, key=lambda offer: offer.offer_type):
        sheet["groups"].append(
            {
                "heading": clean(offer_type.display_name, 100),
                "anchor": f"type-{offer_type.slug}",
                "offers": [
                    _offer(offer, site, grouped=True, municipality=municipality)
                    for offer in members
                ],
            }
        )
    if offers:
        sheet["contents"] = {
            "heading": _count_heading(len(offers)),
            "entries": [
                {"text": f"{group['heading']} ({len(group['offers'])})", "anchor": group["anchor"]}
                for group in sheet["groups"]
            ],
        }
    else:
        sheet["empty"] = _(
            "Ingen tilbud er registrert for kommunen ennå. Kontakten øverst kan fortelle hva "
            "som finnes."
        )
    return sheet


def selection_sheet(
    offers, site: Site, printed_on, *, skipped=(), chosen=(), municipality=None, way_in=()
) -> dict:
    """Offers staff picked or filtered, in that order. skipped: picks that were not found;
    chosen: the list's filters as a carer reads them; municipality: whose way in to print."""
    if municipality is not None:
        title = _("Utvalgte tilbud til pårørende i %(name)s") % {"name": clean(municipality.label)}
    else:
        title = _("Utvalgte tilbud til pårørende")
    sheet = _sheet("selection", title, site, printed_on)
    if municipality is not None:
        sheet["other_names"] = [clean(name) for name in municipality.other_names]
        sheet["way_in"] = _way_in(municipality, way_in)
    if chosen:
        sheet["subtitle"] = _("Utvalg: %(filters)s") % {
            "filters": ", ".join(clean(c) for c in chosen)
        }
    if skipped:
        sheet["skipped"] = {
            "text": ngettext(
                "Ett valg kom ikke med, fordi tilbudet ikke finnes eller ikke lenger er aktivt:",
                "%(counter)s valg kom ikke med, fordi tilbudene ikke finnes eller ikke lenger er "
                "aktive:",
                len(skipped),
            )
            % {"counter": len(skipped)},
            "values": [f"«{clean(value, 40)}»" for value in skipped],
        }
    entries = [_offer(offer, site, municipality=municipality) for offer in offers]
    sheet["groups"] = [{"heading": "", "anchor": "", "offers": entries}]
    if len(entries) >= CONTENTS_FROM:
        sheet["contents"] = {
            "heading": _count_heading(len(entries)),
            "entries": [{"text": o["title"], "anchor": o["anchor"]} for o in entries],
        }
    return sheet


def shared_municipality(offers):
    """The one municipality every offer serves, when the offers name one (a nationwide or
    county-wide offer serves it too); else None."""
    named = {}
    for offer in offers:
        if not offer.nationwide:
            named.update((m.pk, m) for m in offer.municipalities.all())

    def serves(offer, municipality):
        return (
            offer.nationwide
            or municipality.pk in {m.pk for m in offer.municipalities.all()}
            or municipality.county_id in {c.pk for c in offer.counties.all()}
        )

    common = [m for m in named.values() if all(serves(offer, m) for offer in offers)]
    return common[0] if len(common) == 1 else None
