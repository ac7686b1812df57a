"""Django's makemessages, without msgmerge's fuzzy guesses: a new text starts untranslated
rather than carrying a similar text's translation that nobody checked."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
