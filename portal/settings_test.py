"""Test settings: the real settings with fast hashing, plain static files and a local cache."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "test-secret-key-that-is-long-enough-for-the-checks")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# The test client speaks plain http; tests/test_https.py checks the HTTPS settings.
os.environ.setdefault("DJANGO_HTTPS", "0")

from portal.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "cards": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "cards"},
    "sheets": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "sheets"},
}
# Each test run's locks in a folder of its own (no REDIS_URL in the tests).
LOCK_DIR = Path(tempfile.mkdtemp(prefix="portal-test-locks-"))
# Serve static files from the app and project folders, as in development; no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Close each request's connection when it ends: the live server's request threads (kept alive
# by the browser's keep-alive connections) must not hold the test database open at teardown.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# The open data export writes into a folder of each run's own.
OPEN_DATA_DIR = Path(tempfile.mkdtemp(prefix="portal-test-data-"))
