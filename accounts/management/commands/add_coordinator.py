"""python manage.py add_coordinator EMAIL --kommune NUMBER [--kommune NUMBER ...]"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.services import password_link, save_coordinator


class Command(BaseCommand):
    help = (
        "Create or update a coordinator: a staff account (the e-mail address is the login) "
        "that edits the offers of exactly the given municipalities. Prints a one-time link "
        "where the coordinator sets their own password."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="the coordinator's e-mail address, used to log in")
        parser.add_argument(
            "--kommune",
            action="append",
            required=True,
            metavar="NUMBER",
            dest="municipalities",
            help="municipality number (kommunenummer), e.g. 3203 for Asker; repeat for more",
        )

    def handle(self, *args, email, municipalities, **options):
        try:
            result = save_coordinator(email, [n.strip() for n in municipalities])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        names = ", ".join(f"{m.name} ({m.number})" for m in result.municipalities)
        action = "Created" if result.created else "Updated"
        hours = settings.PASSWORD_RESET_TIMEOUT // 3600
        self.stdout.write(f"{action} coordinator {result.user.email} for {names}.")
        self.stdout.write(
            f"Send this link to the coordinator to set their password (works once, "
            f"for {hours} hours):"
        )
        self.stdout.write(password_link(result.user))
