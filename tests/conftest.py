import email
import email.policy
import io
import os
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import caches
from django.core.management import call_command
from hypothesis import HealthCheck, settings

from tests import factories


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: the database is rolled back between tests, and
    with it the content version that cached pages are keyed by."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


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


# The standing personas of the admin: a coordinator for each of two neighbouring
# municipalities, a national editor, and the anonymous visitor (a carer).
PERSONAS = ["asker_coordinator", "baerum_coordinator", "national_editor", "anonymous"]


@pytest.fixture
def asker_coordinator(asker):
    return factories.coordinator("koordinator@asker.kommune.example", asker)


@pytest.fixture
def baerum_coordinator(baerum):
    return factories.coordinator("koordinator@baerum.kommune.example", baerum)


@pytest.fixture
def national_editor(db):
    return factories.national_editor()


@pytest.fixture
def anonymous():
    return None


@pytest.fixture
def coordinator_client(client, asker_coordinator):
    """Logged in as Asker's coordinator."""
    client.force_login(asker_coordinator)
    return client


@pytest.fixture
def persona_client(request, client):
    """A test client logged in as the named persona (or not at all for "anonymous")."""

    def login(name):
        user = request.getfixturevalue(name)
        if user is not None:
            client.force_login(user)
        return client

    return login


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


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """The live server, started after the test database exists. Session fixtures end in the
    reverse order, so the server and its thread's connection are gone before the test
    database is dropped (otherwise PostgreSQL refuses: "being accessed by other users")."""
    return live_server


class MailServer:
    """A real SMTP server (aiosmtpd) on a free local port, keeping what it receives."""

    def __init__(self):
        self.messages = []
        self.refuse = set()  # recipients it answers 550 for
        self.controller = None
        self.port = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 Message accepted for delivery"

    def start(self):
        with socket.socket() as probe:  # a port nothing else listens on
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def mailer(self):
        return {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": self.port, "timeout": 5},
        }


@pytest.fixture
def smtp_server(settings):
    """Mail is sent through a real SMTP server for this test; .messages holds what arrived."""
    server = MailServer()
    server.start()
    settings.MAILERS = {"default": server.mailer()}
    yield server
    server.stop()
