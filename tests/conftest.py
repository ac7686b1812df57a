import email
import email.policy
import io
import os
import socket

import pytest
import redis
from aiosmtpd.controller import Controller
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from hypothesis import HealthCheck, settings

from tests import factories
from tests.processes import manage, production_environment

# A Redis that app servers started by the tests share. The tests never empty it: what they
# keep there is keyed by the test database's content version, which no other run has.
TEST_REDIS_URL = os.environ.get("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: the database is rolled back between tests, and
    with it the content version that cached pages are keyed by."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request in nynorsk or English leaves its
    language active in the thread (LocaleMiddleware), which forms built outside a request read."""
    translation.deactivate()
    yield
    translation.deactivate()


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


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """The static files as a deploy collects them (hashed names), for servers started in
    production mode."""
    folder = tmp_path_factory.mktemp("static")
    env = production_environment(DJANGO_STATIC_ROOT=str(folder))
    result = manage("collectstatic", "--no-input", "--verbosity", "0", env=env)
    assert result.returncode == 0, result.stderr
    return folder


def _redis_answers(url: str) -> bool:
    try:
        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture(scope="module")
def shared_environment(request, django_db_setup):
    """The environment of app servers behind one load balancer, in production mode (over
    plain http): they share PostgreSQL (the test database) and Redis, and nothing else. Start
    them with tests.processes.app_servers({**shared_environment, ...}), and write the data
    they are to see with @pytest.mark.django_db(transaction=True)."""
    if connection.vendor != "postgresql":
        pytest.skip("app servers share a PostgreSQL database; this run is on SQLite")
    if not _redis_answers(TEST_REDIS_URL):
        pytest.skip(f"app servers share a Redis; none answers at {TEST_REDIS_URL}")
    database = connection.settings_dict
    return production_environment(
        DJANGO_HTTPS="0",
        DJANGO_STATIC_ROOT=str(request.getfixturevalue("collected_static")),
        DATABASE_URL=(
            f"postgresql://{database['USER']}:{database['PASSWORD']}"
            f"@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
        ),
        REDIS_URL=TEST_REDIS_URL,
    )
