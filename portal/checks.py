"""The portal's own deployment checks (`manage.py check --deploy`)."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.mail, deploy=True)
def mail_is_sent(app_configs, **kwargs):
    """In production, mail must reach people: a real mail server and a sender address."""
    problems = []
    if settings.EMAIL_URL.split("://", 1)[0] in {"console", "memory"}:
        problems.append(
            checks.Warning(
                "EMAIL_URL is not set: e-mail is printed to the log, not sent.",
                hint="Set EMAIL_URL=smtp://user:password@mail.example.no:587?tls=1 (see README).",
                id="portal.W001",
            )
        )
    if settings.DEFAULT_FROM_EMAIL.endswith("@localhost>"):
        problems.append(
            checks.Warning(
                "DEFAULT_FROM_EMAIL is not set: e-mail would come from ikke-svar@localhost.",
                hint="Set DEFAULT_FROM_EMAIL='Pårørendeportalen <ikke-svar@parorende.example.no>'.",
                id="portal.W002",
            )
        )
    return problems


# The printed sheets' fonts (templates/offers/sheets/sheet.typ asks for DejaVu Sans, condensed).
SHEET_FONTS = ["DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"]


@checks.register()
def sheet_fonts_are_there(app_configs, **kwargs):
    """Without its fonts Typst would refuse every sheet's PDF: say so at start, not per PDF."""
    missing = [name for name in SHEET_FONTS if not (settings.SHEET_FONT_DIR / name).is_file()]
    if not missing:
        return []
    return [
        checks.Error(
            f"The sheets' fonts are not in PORTAL_SHEET_FONT_DIR={settings.SHEET_FONT_DIR}: "
            f"{', '.join(missing)}.",
            hint="On Debian: apt-get install fonts-dejavu-core fonts-dejavu-extra; elsewhere "
            "set PORTAL_SHEET_FONT_DIR to a folder with DejaVu Sans Condensed.",
            id="portal.E001",
        )
    ]
