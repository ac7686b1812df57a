"""The PDF compiler's own process: `python -m portal.pdf_compiler FONT_DIR IDLE_SECONDS`.

portal.pdf starts one per web worker process and talks to it over its standard input and
output. The Typst binding cannot be interrupted, so a compile that takes too long is ended by
killing this process; the web worker itself is never held. It imports neither Django nor the
portal: only the binding, which never reads a file but the fonts (its project root is an
empty folder of its own).

Each request is three frames (a 4-byte big-endian length, then the bytes): the template's
source, its data as JSON (read by the template as sys.inputs.data) and the PDF's creation
date (ISO 8601). The answer is one byte, "0" for a PDF or "1" for an error message, and one
frame. After IDLE_SECONDS without a request it exits if it has grown (the compiler's caches
of many different sheets), giving its memory back; the next PDF starts a new one.
"""

import contextlib
import datetime
import os
import select
import struct
import sys
import tempfile

_LENGTH = struct.Struct(">I")
# Idle and bigger than this: end, and let the next PDF start a fresh process.
_IDLE_EXIT_MB = 150
# Laid out once at the start, so the fonts are read before the first sheet is asked for.
_WARM_UP = '#set text(font: "DejaVu Sans", stretch: 88%)\nÅ *ø* – 12'.encode()
# Laying out a PDF yields the processor to the web workers: a burst of PDFs slows the PDFs,
# not /healthz and the carers' pages.
NICENESS = 10


def _resident_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def read_exactly(stream, size: int) -> bytes | None:
    """size bytes from an unbuffered stream, or None at its end."""
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(stream) -> bytes | None:
    header = read_exactly(stream, _LENGTH.size)
    if header is None:
        return None
    return read_exactly(stream, _LENGTH.unpack(header)[0])


def write_frame(stream, payload: bytes) -> None:
    stream.write(_LENGTH.pack(len(payload)) + payload)


def main() -> None:
    import typst  # here, not at the top: the web worker imports this module for its framing

    font_dir, idle_seconds = sys.argv[1], float(sys.argv[2])
    os.nice(NICENESS)
    # The answers go out on a copy of standard output; anything the binding itself might print
    # goes to standard error, so it can never be taken for a PDF.
    answers = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    # Unbuffered, so that select() sees every request that has not been read yet.
    requests = os.fdopen(0, "rb", buffering=0)
    fonts = typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[font_dir]
    )
    with tempfile.TemporaryDirectory(prefix="typst-root-") as empty_root:
        compiler = typst.Compiler(root=empty_root, font_paths=fonts, ignore_system_fonts=True)
        compiler.compile(input=_WARM_UP)
        while True:
            if not select.select([requests], [], [], idle_seconds)[0]:
                if _resident_mb() > _IDLE_EXIT_MB:
                    return
                continue
            template, data, date = read_frame(requests), read_frame(requests), read_frame(requests)
            if template is None or data is None or date is None:
                return  # the web worker has gone
            try:
                pdf, warnings = compiler.compile_with_warnings(
                    input=template,
                    sys_inputs={"data": data.decode()},
                    timestamp=datetime.datetime.fromisoformat(date.decode()),
                )
            except Exception as error:  # the binding's TypstError, or a bad request
                answers.write(b"1")
                write_frame(answers, str(error).encode())
                continue
            if warnings:
                # A warning means the template did something it should not: say so.
                answers.write(b"1")
                write_frame(answers, "; ".join(w.message for w in warnings).encode())
                continue
            answers.write(b"0")
            write_frame(answers, pdf)


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):  # the web worker went away mid-answer
        main()
