import io

import pytest
from django.core.management import call_command

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
