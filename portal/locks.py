"""Locks shared by every worker process: in Redis when REDIS_URL is set (so every app server
shares them), else file locks in a folder on this host (settings.LOCK_DIR).

    with first_free_lock(["pdf-slot-0", "pdf-slot-1"], wait=3) as held:
        if held is None: ...   # all taken for `wait` seconds

A lock in Redis expires by itself after `expire` seconds, so a process killed while holding
one blocks nobody for longer; a file lock ends with the process that holds it.
"""

import contextlib
import fcntl
import functools
import hashlib
import os
import time
import uuid

import redis
from django.conf import settings

_POLL_SECONDS = 0.02
# Deletes the lock only if it is still ours: it may have expired and been taken by another.
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end"


@functools.cache
def _redis(url: str):
    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def _try_redis(name: str, expire: float):
    client, token = _redis(settings.REDIS_URL), uuid.uuid4().hex
    key = f"portal:lock:{name}"
    if not client.set(key, token, nx=True, px=max(1, int(expire * 1000))):
        return None
    return lambda: client.eval(_RELEASE, 1, key, token)


def _try_file(name: str, expire: float):
    folder = settings.LOCK_DIR
    folder.mkdir(parents=True, exist_ok=True)
    # Names may be long or odd (a sheet's key): the file is named by their hash.
    path = folder / (hashlib.sha256(name.encode()).hexdigest()[:40] + ".lock")
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        return None

    def release():
        # The file stays: removing it would let another open a new file of the same name and
        # lock that while a third still waits on the old one.
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)

    return release


def try_lock(name: str, *, expire: float):
    """Take the lock `name` now if it is free: a function that releases it, or None."""
    if settings.REDIS_URL:
        return _try_redis(name, expire)
    return _try_file(name, expire)


@contextlib.contextmanager
def first_free_lock(names: list[str], *, wait: float, expire: float, stop=None):
    """Hold the first of `names` that is free, trying again for up to `wait` seconds: yields
    its name, or None if none came free (or if stop(), checked while waiting, came true)."""
    deadline = time.monotonic() + wait
    while True:
        for name in names:
            release = try_lock(name, expire=expire)
            if release is not None:
                try:
                    yield name
                finally:
                    release()
                return
        if time.monotonic() >= deadline or (stop is not None and stop()):
            yield None
            return
        time.sleep(_POLL_SECONDS)
