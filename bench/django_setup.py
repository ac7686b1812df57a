"""Django for the benchmark scripts: the project on the path, settings chosen, apps loaded."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(settings_module: str = "portal.settings") -> None:
    """Load Django with the environment's settings (DATABASE_URL and the rest)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django  # only after the path and settings are set

    django.setup()
