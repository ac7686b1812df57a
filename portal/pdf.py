"""PDFs from Typst templates, made in a compiler process of this worker's own, within a time.

    pdf = portal.pdf.render(template_source, data, date=printed_on, seconds=8)

The Typst binding cannot be cancelled, and it must not run in a process that later forks
(gunicorn's master never renders: the app is not preloaded). So each web worker process keeps
one compiler process (portal/pdf_compiler.py), started when its first PDF is asked for and
reused after that, with the compiler's caches warm. A compile that takes longer than its time
kills that process (the next PDF starts another) and raises RenderTimeout: the web worker is
never held past the time. One compile at a time per web worker; how many at once across
workers is for the caller to limit (portal.locks).

The data reaches the template as JSON in sys.inputs.data, never as Typst source, so nothing in
it is ever read as markup or code.
"""

import datetime
import json
import os
import select
import struct
import subprocess
import sys
import threading
import time

from django.conf import settings

from portal.pdf_compiler import write_frame

_LENGTH = struct.Struct(">I")


class RenderError(Exception):
    """The template could not be compiled with this data (a bug in the template)."""


class RenderTimeout(Exception):
    """The PDF was not ready within its time; its compiler process was ended."""


class RenderBusy(Exception):
    """This process's compiler stayed busy with another PDF (another thread's) all the time."""


class _Compiler:
    """One compiler process and the pipe to it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.process = None
        self.owner = None  # the process that started it: a forked copy of this one starts its own

    def start(self):
        self.owner = os.getpid()
        self.process = subprocess.Popen(  # noqa: S603 - this Python, our module, our settings
            [
                sys.executable,
                "-m",
                "portal.pdf_compiler",
                str(settings.SHEET_FONT_DIR),
                str(settings.SHEET_COMPILER_IDLE_SECONDS),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=settings.BASE_DIR,
            # Its own process group: a Ctrl+C in the terminal reaches the web worker, which
            # ends it (its standard input closes), not both at once mid-answer.
            start_new_session=True,
        )

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process.stdin.close()
            self.process.stdout.close()
            self.process = None

    def render(self, request: list[bytes], seconds: float) -> bytes:
        deadline = time.monotonic() + seconds
        if not self.lock.acquire(timeout=seconds):
            raise RenderBusy("another PDF of this process took the whole time")
        try:
            for attempt in (1, 2):
                if self.owner != os.getpid():
                    self.process = None  # the parent's, not ours to use or end
                if self.process is None or self.process.poll() is not None:
                    self.stop()
                    self.start()
                try:
                    return self._exchange(request, deadline)
                except (BrokenPipeError, EOFError):
                    # It had gone idle and ended itself as we asked: start another, once.
                    self.stop()
                    if attempt == 2:
                        raise RenderError("the PDF compiler process ended unexpectedly") from None
        finally:
            self.lock.release()
        raise AssertionError("unreachable")

    def _exchange(self, request: list[bytes], deadline: float) -> bytes:
        for frame in request:
            write_frame(self.process.stdin, frame)
        self.process.stdin.flush()
        status = self._read(1, deadline)
        (length,) = _LENGTH.unpack(self._read(_LENGTH.size, deadline))
        payload = self._read(length, deadline)
        if status != b"0":
            raise RenderError(payload.decode(errors="replace"))
        return payload

    def _read(self, size: int, deadline: float) -> bytes:
        """size bytes of the answer, waiting no later than the deadline."""
        stream, chunks, left = self.process.stdout, [], size
        while left:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([stream], [], [], remaining)[0]:
                self.stop()
                raise RenderTimeout("the PDF was not ready in time; its compiler was ended")
            chunk = os.read(stream.fileno(), left)
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)


_compiler = _Compiler()


def render(source: bytes, data: dict, *, date: datetime.date, seconds: float) -> bytes:
    """The PDF of a Typst template with data (JSON-able), dated `date` (the same data and
    date give the same bytes), made within `seconds` or RenderTimeout."""
    created = datetime.datetime.combine(date, datetime.time(12), tzinfo=datetime.UTC)
    request = [
        source,
        json.dumps(data, ensure_ascii=False).encode(),
        created.isoformat().encode(),
    ]
    return _compiler.render(request, seconds)


def start() -> None:
    """Start this process's compiler now (a web worker does, as it loads), so that its first
    PDF does not wait for it; starting is not waiting: it gets ready on its own."""
    with _compiler.lock:
        if _compiler.process is None:
            _compiler.start()


def stop() -> None:
    """End this process's compiler (the next PDF starts another)."""
    with _compiler.lock:
        _compiler.stop()
