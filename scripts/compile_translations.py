#!/usr/bin/env python
"""Compile locale/*/LC_MESSAGES/*.po into the .mo files Django reads.

Babel does what GNU gettext's msgfmt does, in pure Python, so setting up the portal needs no
system package. Fuzzy entries are left out, as msgfmt does by default.
"""

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
# The portal's own texts, and the fixes to Django's Norwegian admin texts (see settings).
LOCALE_DIRS = [ROOT / "locale", ROOT / "locale_django"]


def main() -> int:
    for po_path in sorted(p for folder in LOCALE_DIRS for p in folder.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, abort_invalid=True)
        with po_path.with_suffix(".mo").open("wb") as mo_file:
            write_mo(mo_file, catalog)
        print(f"Compiled {po_path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
