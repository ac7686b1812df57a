"""Lighthouse 13 (npm `lighthouse@13`, driving Debian's Chromium) scores the carer's main pages
at least 0.95 in performance, accessibility, best practices and SEO, served as in production:
gunicorn with debug off and the static files collected, over the demo data.

Without the `lighthouse` command the test is skipped with the reason; with
PORTAL_REQUIRE_LIGHTHOUSE=1 (set by .ci/run once it has installed it) that is a failure.
Add a page by adding its address to PAGES.
"""

import json
import os
import re
import shutil
import subprocess

import pytest

from tests.browser.conftest import CHROMIUM_ARGS, find_chromium
from tests.processes import fetch, gunicorn, manage, production_environment

PAGES = {
    "start": "/",
    "offer-list-filtered": "/tilbud/?kommune=asker&diagnose=demens",
    "municipality": "/kommuner/asker/",
    "offer": None,  # the filtered list's first offer, as a carer reaches it
    "young-carers": "/unge/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
MIN_SCORE = 0.95
# Performance is timed on a machine other work shares: a page gets a few tries to show it.
ATTEMPTS = 3
# Lighthouse's own failures to record a trace (NO_NAVSTART, NO_FCP on a loaded machine) say
# nothing of the page: such a try is repeated, up to as many times again.
TRACE_FAILURE = re.compile(r"Runtime error encountered: .*\((NO_NAVSTART|NO_FCP|NO_LCP)\)")


def lighthouse_command() -> list[str]:
    command = os.environ.get("PORTAL_LIGHTHOUSE") or shutil.which("lighthouse")
    chromium = find_chromium()
    if not command or not chromium:
        reason = "no `lighthouse` command (npm install -g lighthouse@13) or no Chromium"
        if os.environ.get("PORTAL_REQUIRE_LIGHTHOUSE") == "1":
            pytest.fail(f"PORTAL_REQUIRE_LIGHTHOUSE=1 but {reason}", pytrace=False)
        pytest.skip(f"Lighthouse test skipped: {reason}")
    return [command]


@pytest.fixture(scope="module")
def production_site(tmp_path_factory, collected_static):
    """The portal as `make serve` runs it, with the demo data, on plain http on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("lighthouse")
    env = production_environment(
        DJANGO_STATIC_ROOT=str(collected_static),
        DATABASE_URL=f"sqlite:///{folder / 'demo.sqlite3'}",
        DJANGO_HTTPS="0",
        PORTAL_SHEET_CACHE_DIR=str(folder / "sheets"),
    )
    for command in [("migrate", "--no-input"), ("load_reference_data",), ("load_demo_data",)]:
        result = manage(*command, env=env)
        assert result.returncode == 0, result.stderr
    with gunicorn(env) as (base_url, _log):
        yield base_url


def first_offer(base_url: str) -> str:
    status, _headers, body = fetch(base_url + PAGES["offer-list-filtered"], timeout=30)
    assert status == 200
    html = body.decode()
    return re.search(r'class="offer-card__title"><a href="([^"]+)"', html)[1].replace("&amp;", "&")


def scores(command: list[str], url: str, report) -> dict[str, float] | str:
    """The page's score per category, or the reason Lighthouse could not record its trace."""
    result = subprocess.run(
        [
            *command,
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags=--headless=new {' '.join(CHROMIUM_ARGS)}",
        ],
        env={**os.environ, "CHROME_PATH": find_chromium()},
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    if result.returncode != 0 and (failure := TRACE_FAILURE.search(result.stderr)):
        return failure[0]
    assert result.returncode == 0, result.stderr[-2000:]
    categories = json.loads(report.read_text())["categories"]
    return {name: categories[name]["score"] for name in CATEGORIES}


def test_main_pages_score_at_least_095_in_every_lighthouse_category(production_site, tmp_path):
    command = lighthouse_command()
    # A first run loads Chromium, its fonts and the page cache from disk: not the page's cost.
    scores(command, production_site + "/", tmp_path / "warm-up.json")
    failing = {}
    for name, path in PAGES.items():
        url = production_site + (path or first_offer(production_site))
        tries = []
        while sum(isinstance(t, dict) for t in tries) < ATTEMPTS and len(tries) < 2 * ATTEMPTS:
            tries.append(scores(command, url, tmp_path / f"{name}-{len(tries)}.json"))
            if isinstance(tries[-1], dict) and min(tries[-1].values()) >= MIN_SCORE:
                break
        else:
            failing[name] = tries

    assert not failing, json.dumps(failing, indent=1)
