"""Stable ids for open data: a UUID made from what a row is and its primary key.

HSDS wants UUIDs. A name-based UUID (version 5) of a fixed namespace, the kind of row and
its primary key is the same on every request, in every export and after a slug changes, and
needs no column or migration. The namespace must never change: consumers store these ids.
"""

import uuid

NAMESPACE = uuid.UUID("6f1c0a52-3d8e-5b7a-9c21-70a3e1d4b8f0")


def hsds_id(kind: str, *keys) -> str:
    """'offer', 42 -> the service's id; ('attribute', 'offer', 42, 'diagnosis', 3) likewise."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *map(str, keys)])))


def parse_uuid(value: str) -> str | None:
    """The canonical form of a UUID a consumer sent, or None if it is not one."""
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        return None
