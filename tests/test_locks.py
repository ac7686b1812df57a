"""Locks the worker processes share: file locks on one host, or Redis when REDIS_URL is set
(PORTAL_TEST_REDIS_URL names a Redis database these tests may write to; without it the Redis
cases are skipped)."""

import os
import subprocess
import sys
import time
import uuid

import pytest
import redis

from portal import locks

TEST_REDIS_URL = os.environ.get("PORTAL_TEST_REDIS_URL", "")


def redis_reachable() -> bool:
    if not TEST_REDIS_URL:
        return False
    try:
        return bool(redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(params=["files", "redis"])
def backend(request, settings, tmp_path):
    if request.param == "redis":
        if not redis_reachable():
            pytest.skip(f"no Redis at PORTAL_TEST_REDIS_URL={TEST_REDIS_URL!r}")
        settings.REDIS_URL = TEST_REDIS_URL
    else:
        settings.REDIS_URL = ""
        settings.LOCK_DIR = tmp_path / "locks"
    return request.param


def test_a_lock_is_held_by_one_until_it_is_released(backend):
    name = f"test-{uuid.uuid4().hex}"

    release = locks.try_lock(name, expire=30)
    second = locks.try_lock(name, expire=30)
    release()
    third = locks.try_lock(name, expire=30)

    assert release is not None
    assert second is None
    assert third is not None
    third()


def test_the_first_free_of_several_is_held_and_none_when_all_stay_taken(backend):
    names = [f"slot-{uuid.uuid4().hex}" for _ in range(2)]
    first = locks.try_lock(names[0], expire=30)

    with locks.first_free_lock(names, wait=0.1, expire=30) as held:
        assert held == names[1]
        started = time.monotonic()
        with locks.first_free_lock(names, wait=0.3, expire=30) as none_free:
            assert none_free is None
        assert 0.3 <= time.monotonic() - started < 1
    first()


def test_waiting_stops_as_soon_as_asked(backend):
    name = f"test-{uuid.uuid4().hex}"
    release = locks.try_lock(name, expire=30)

    started = time.monotonic()
    with locks.first_free_lock([name], wait=5, expire=30, stop=lambda: True) as held:
        assert held is None
    release()

    assert time.monotonic() - started < 1


def test_a_redis_lock_expires_so_a_killed_worker_blocks_nobody_for_long(backend):
    if backend != "redis":
        pytest.skip("a file lock ends with its process instead (the next test)")
    name = f"test-{uuid.uuid4().hex}"
    locks.try_lock(name, expire=0.2)  # never released

    time.sleep(0.3)

    assert locks.try_lock(name, expire=30) is not None


def test_a_file_lock_ends_with_the_process_that_held_it(settings, tmp_path):
    settings.REDIS_URL = ""
    settings.LOCK_DIR = tmp_path
    name = f"test-{uuid.uuid4().hex}"
    code = (
        "import pathlib, time\n"
        "from django.conf import settings\n"
        f"settings.configure(REDIS_URL='', LOCK_DIR=pathlib.Path({str(tmp_path)!r}))\n"
        "from portal import locks\n"
        f"assert locks.try_lock({name!r}, expire=30)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    assert locks.try_lock(name, expire=30) is None

    holder.kill()
    holder.wait()

    release = locks.try_lock(name, expire=30)
    assert release is not None
    release()
