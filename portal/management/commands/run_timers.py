"""Run the portal's periodic jobs on their intervals, until stopped (`make run` does).

For development and single-machine setups; production runs each job from its own systemd
timer (docs/deployment.md). A job that fails is logged, and run again at its next turn.
"""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from portal.timers import timers

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the periodic jobs (sending mail, reminders, ...) on their intervals."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run each job once and stop")

    def handle(self, *args, once=False, **options):
        next_run = {timer.command: 0.0 for timer in timers()}
        self.stdout.write(
            "Running "
            + ", ".join(f"{t.command} every {t.every.total_seconds():g} s" for t in timers())
        )
        while True:
            for timer in timers():
                if time.monotonic() >= next_run[timer.command]:
                    next_run[timer.command] = time.monotonic() + timer.every.total_seconds()
                    self._run(timer.command)
            if once:
                return
            time.sleep(5)

    def _run(self, command):
        close_old_connections()
        try:
            call_command(command, stdout=self.stdout, stderr=self.stderr)
        except Exception:  # a failing job must not stop the others
            logger.exception("The periodic job %s failed", command)
