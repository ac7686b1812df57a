"""WSGI entry point for gunicorn: `gunicorn portal.wsgi`."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

from portal import pdf

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

application = get_wsgi_application()

# The templates of the pages carers and staff open most; compiled once here, then kept.
WARM_TEMPLATES = [
    "offers/start.html",
    "offers/offer_list.html",
    "offers/offer_detail.html",
    "offers/municipality_list.html",
    "offers/municipality_detail.html",
    "offers/sheets/offer.html",
    "offers/sheets/municipality.html",
    "offers/sheets/selection.html",
    "404.html",
]


def warm_up():
    """Do the first request's slow work now, without touching the database: import every view,
    read the translations, compile the main templates and start the sheets' PDF compiler
    process. gunicorn's workers do it before they take their first request."""
    get_resolver().url_patterns  # noqa: B018 - importing the URLconf imports the views
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Tilbud")
    for name in WARM_TEMPLATES:
        get_template(name)
    pdf.start()


warm_up()
