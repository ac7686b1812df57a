"""Run the portal as operators do: in a fresh interpreter, under gunicorn, behind a proxy."""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# The variables the portal and gunicorn.conf.py read, dropped so a test sets what it means.
_PORTAL_VARIABLES = (
    "DJANGO_",
    "DATABASE_",
    "REDIS_",
    "PORTAL_",
    "GUNICORN_",
    "WEB_CONCURRENCY",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
)


def environment(**variables) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(_PORTAL_VARIABLES)}
    env.update(variables)
    return env


def production_environment(**variables) -> dict:
    """What an operator sets: debug off, a real secret, the host names, a mail server; HTTPS
    by default."""
    return environment(
        **{
            "DJANGO_SECRET_KEY": "a-production-like-secret-key-for-tests-0123456789abcdef",
            "DJANGO_ALLOWED_HOSTS": "parorende.example.no,127.0.0.1",
            "EMAIL_URL": "smtp://mail.parorende.example.no:587?tls=1",
            "DEFAULT_FROM_EMAIL": "Pårørendeportalen <ikke-svar@parorende.example.no>",
            **variables,
        }
    )


def run_python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=PROJECT, capture_output=True, text=True
    )


def manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], env=env, cwd=PROJECT, capture_output=True, text=True
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, headers: dict | None = None, timeout: float = 10, data: dict | None = None):
    """(status, headers, body) of a GET (a POST of the form `data`, if given), without
    following redirects or raising on errors."""
    return _open(urllib.request.build_opener(_NoRedirect), url, headers, timeout, data)


def _open(opener, url, headers=None, timeout=10, data=None):
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    request = urllib.request.Request(url, body, headers or {})  # noqa: S310 - our own server
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class Browser:
    """fetch() with cookies, for the admin of servers started here. A cookie is the host's,
    whatever the port, so a login made through one server goes to every server on
    127.0.0.1, as to the app servers behind one load balancer."""

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        cookie_handler = urllib.request.HTTPCookieProcessor(self.cookies)
        self._opener = urllib.request.build_opener(cookie_handler, _NoRedirect)

    def get(self, url: str):
        return _open(self._opener, url)

    def submit(self, url: str, data: dict):
        """Load the form at `url` and post `data` to it, with the form's CSRF token."""
        status, _, body = self.get(url)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        assert token, (status, body[:300])
        return _open(self._opener, url, data={**data, "csrfmiddlewaretoken": token[1].decode()})

    def log_in(self, base_url: str, email: str, password: str):
        return self.submit(f"{base_url}/admin/login/", {"username": email, "password": password})


@contextmanager
def gunicorn(env: dict, workers: int = 2):
    """gunicorn with the project's gunicorn.conf.py; yields (base URL, log file path)."""
    port = free_port()
    log_path = Path(tempfile.mkdtemp(prefix="gunicorn-")) / "gunicorn.log"
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)}
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_port(port, process, log_path)
        yield base_url, log_path
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def app_servers(env: dict, count: int = 2, workers: int = 1):
    """`count` app servers (gunicorn, each on its own port) with one environment, as behind a
    load balancer; yields their (base URL, log file path)."""
    with ExitStack() as stack:
        yield [stack.enter_context(gunicorn(env, workers)) for _ in range(count)]


def _wait_for_port(port: int, process: subprocess.Popen, log_path: Path, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped at start:\n{log_path.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not listen within {timeout} s:\n{log_path.read_text()}")


class TcpProxy:
    """A TCP relay to a server that a test can cut off (stop) and restore (start)."""

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.port = free_port()
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self):
        """Refuse new connections and break every open one, as a dead server does."""
        listener, self._listener = self._listener, None
        if listener:
            _close(listener)  # shutdown() also wakes the thread blocked in accept()
        with self._lock:
            for sock in self._sockets:
                _close(sock)
            self._sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # stopped
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets.update({client, server})
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                _close(sock)


def _close(sock):
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
