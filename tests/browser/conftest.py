"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Without a Chromium the suite is skipped with the reason printed; with PORTAL_REQUIRE_BROWSER=1
(set by .ci/run) a missing browser fails the run instead.
"""

import datetime
import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests import factories, project_factories

# Sync Playwright runs an event loop in the test thread; Django's ORM calls from that thread
# are safe here because nothing else runs in it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def find_chromium() -> str | None:
    candidates = [os.environ.get("PORTAL_CHROMIUM", ""), "/usr/bin/chromium"]
    candidates += [shutil.which(name) or "" for name in ("chromium", "chromium-browser")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = find_chromium()
    if not chromium:
        reason = "no Chromium found (install Debian's chromium or set PORTAL_CHROMIUM)"
        if os.environ.get("PORTAL_REQUIRE_BROWSER") == "1":
            pytest.fail(f"PORTAL_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(f"Browser tests skipped: {reason}")
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nb-NO", "viewport": DESKTOP}


@pytest.fixture
def site(transactional_db):
    """A small portal with realistic data; returns the addresses of every public page type."""
    call_command("load_reference_data", stdout=io.StringIO())
    from municipalities.models import Municipality
    from offers.models import Diagnosis, Offer, OfferType, Provider
    from projects.models import AwardWinner

    asker = Municipality.objects.get(slug="asker")
    baerum = Municipality.objects.get(slug="baerum")
    dementia = Diagnosis.objects.get(slug="demens")
    group_type = OfferType.objects.get(slug="samtalegruppe")
    school_type = OfferType.objects.get(slug="parorendeskole")
    coordinator = factories.contact(
        "Pårørendekoordinator",
        municipality=asker,
        is_way_in=True,
        phone="+47 011 10 100",
        email="parorendekoordinator@asker.kommune.example",
        availability="Hverdager kl. 8.00–15.30",
    )
    group = factories.offer(
        "Samtalegruppe for pårørende til personer med demens",
        slug="samtalegruppe-demens-asker",
        summary="En fast gruppe som møtes én gang i måneden.",
        description="Sammen med andre pårørende og en erfaren gruppeleder.\n\nGratis.",
        offer_type=group_type,
        provider=Provider.objects.create(
            name="Demensteamet, Asker kommune", slug="demensteamet", kind="municipality"
        ),
        municipalities=[asker],
        diagnoses=[dementia],
        carer_age_min=18,
        registration_required=True,
        registration_info="Ring demensteamet.",
        place="Asker helsehus, Testveien 1, 1383 Asker",
    )
    group.contacts.set([coordinator])
    factories.offer(
        "Pårørendeskole for pårørende til personer med demens",
        offer_type=school_type,
        municipalities=[asker, baerum],
        diagnoses=[dementia],
        status="pilot",
        is_free=False,
        price="300 kr for hele kurset",
    )
    factories.round_of(
        Offer.objects.get(slug__startswith="parorendeskole-for-parorende"),
        10,
        17,
        24,
        enrolment_deadline=timezone.localdate() + datetime.timedelta(days=5),
        places_total=12,
        places_left=3,
    )
    factories.offer("Mestringstreff for pårørende", diagnosis_independent=True, nationwide=True)
    ended = factories.offer(
        "Samtalegruppe som er avsluttet",
        offer_type=group_type,
        municipalities=[asker],
        status="ended",
    )
    factories.offer(
        "Gruppe for unge pårørende",
        offer_type=OfferType.objects.get(slug="barn-som-parorende"),
        municipalities=[asker],
        carer_age_min=12,
        carer_age_max=17,
    )
    school = Offer.objects.get(slug__startswith="parorendeskole-for-parorende")
    project = project_factories.project(
        "Styrket pårørendestøtte",
        owner=asker,
        municipalities=[asker],
        themes=[project_factories.theme("Organisering")],
        status="avsluttet",
        start_year=2017,
        end_year=2020,
        goals="Et helhetlig tilbud til pårørende\nTenke på tvers av virksomheter",
        lead=coordinator,
        offers=[group],
    )
    today = timezone.localdate()
    project_factories.award_round(
        today.year, opens=today, closes=today, ceremony_date=today + datetime.timedelta(days=90)
    )
    AwardWinner.objects.create(municipality=asker, year=2018, reasons="Systematisk og helhetlig.")
    AwardWinner.objects.create(municipality=baerum)  # a winner whose year is not recorded
    # In Bærum, for another diagnosis: the lists above keep their counts.
    mental_health = Diagnosis.objects.get(slug="psykisk-helse")
    respite = factories.offer(
        "Avlastning for pårørende",
        slug="avlastning-baerum",
        offer_type=OfferType.objects.get(slug="avlastning"),
        provider=Provider.objects.create(
            name="Tildelingskontoret, Bærum kommune", slug="tk", kind="municipality"
        ),
        format="service",
        municipalities=[baerum],
        diagnoses=[mental_health],
        registration_required=True,
        registration_info="Søk om avlastning hos Tildelingskontoret.",
        schedule="Etter avtale",
    )
    respite.contacts.set([factories.contact("Tildelingskontoret", phone="+47 011 10 200")])
    line = factories.offer(
        "Pårørendelinjen",
        slug="parorendelinjen",
        format="phone",
        municipalities=[baerum],
        diagnoses=[mental_health],
        schedule="",
    )
    line.contacts.set([factories.contact("Rådgiver", phone="800 00 000", availability="Hverdager")])
    factories.offer(
        "Pårørendekafé",
        slug="parorendekafe-baerum",
        format="drop_in",
        municipalities=[baerum],
        diagnoses=[mental_health],
        place="Bærum bibliotek, Testgata 2, 1338 Sandvika",
    )
    return {
        "start": "/",
        "offer-list": "/tilbud/",
        "offer-list-filtered": "/tilbud/?kommune=asker&diagnose=demens",
        "offer-list-empty": "/tilbud/?kommune=asker&diagnose=hjerneslag",
        "offer-list-invalid": "/tilbud/?kommune=atlantis&q=%3Cscript%3E",
        "offer-list-search-recovery": "/tilbud/?q=samtalgrupe+demnss",
        "offer": group.get_absolute_url(),
        "municipality-list": "/kommuner/",
        "municipality": "/kommuner/asker/",
        "municipality-sami": "/kommuner/kautokeino/",
        "not-found": "/tilbud/finnes-ikke/",
        "course": school.get_absolute_url(),
        "course-list": "/tilbud/?paamelding=apen&sorter=start",
        "course-sign-up": f"{school.get_absolute_url()}varsle/",
        "report-offer": f"{group.get_absolute_url()}meld-fra/",
        "report-missing": "/kommuner/asker/savner/",
        "report-sent": "/kommuner/asker/savner/?sendt=1",
        "project-list": "/prosjekter/",
        "project-list-filtered": "/prosjekter/?fylke=akershus&status=avsluttet",
        "project": project.get_absolute_url(),
        "award": "/pris/",
        "award-nominate": "/pris/nominer/",
        "coverage-county": "/oversikt/?fylke=akershus",
        "coverage": "/oversikt/?sorter=hull",
        "open-data": "/data/",
        "offer-list-print": "/tilbud/?kommune=asker&diagnose=demens&utskrift=1",
        "offer-list-baerum": "/tilbud/?kommune=baerum&diagnose=psykisk-helse",
        "offer-from-list": f"{group.get_absolute_url()}?kommune=asker&diagnose=demens",
        "offer-respite": respite.get_absolute_url(),
        "offer-list-municipality-choice": "/tilbud/?kommune=her%C3%B8y&diagnose=demens",
        "ended-offer": ended.get_absolute_url(),
        "young-carers": "/unge/",
        "young-carers-near": "/unge/?kommune=asker",
        "accessibility": "/tilgjengelighet/",
    }


@pytest.fixture
def sheets(site):
    """The printed offer sheets' pages (their HTML, the preview staff print from)."""
    offer = site["offer"]
    return {
        "offer-sheet": f"{offer}tilbudsark/",
        "municipality-sheet": "/kommuner/asker/tilbudsark/",
        "selection-sheet": "/tilbudsark/?tilbud=samtalegruppe-demens-asker"
        "&tilbud=mestringstreff-for-parorende",
        "selection-sheet-empty": "/tilbudsark/",
        "selection-sheet-filtered": "/tilbudsark/?kommune=asker&diagnose=demens",
    }
