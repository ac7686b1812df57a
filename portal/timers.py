"""The portal's periodic jobs: each a management command that a timer runs.

In production each is a systemd timer (docs/deployment.md). `manage.py run_timers` runs them
all in one process on their intervals, which is what `make run` does, so the quick start
sends its mail and reminders like production does. Apps register theirs in AppConfig.ready().
"""

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Timer:
    command: str
    every: timedelta


_timers: dict[str, Timer] = {}


def register(command: str, every: timedelta) -> None:
    _timers[command] = Timer(command, every)


def timers() -> list[Timer]:
    return list(_timers.values())
