import io
import os

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, settings

from tests import factories


@pytest.fixture
def akershus(db):
    return factories.county("Akershus", "32")


@pytest.fixture
def asker(akershus):
    return factories.municipality("Asker", "3203", akershus)


@pytest.fixture
def baerum(akershus):
    return factories.municipality("Bærum", "3201", akershus)


@pytest.fixture
def trondheim(db):
    return factories.municipality(
        "Trondheim", "5001", factories.county("Trøndelag", "50"), alt_names="Tråante"
    )


@pytest.fixture
def reference_data(db):
    """All 357 municipalities and the seeded taxonomies, as production has them."""
    call_command("load_reference_data", stdout=io.StringIO())


# Property-based tests: `make test` runs the "ci" profile, a few thousand examples in all;
# HYPOTHESIS_PROFILE=thorough runs ten times as many.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("thorough", settings.get_profile("ci"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
