"""An offer's texts in the language they are written in, marked when it is not the page's.

Coordinators write in bokmål (or nynorsk) and may translate the title and summary; a screen
reader reading Norwegian inside an English page needs lang="nb" to pronounce it.
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


def _page_language() -> str:
    return (get_language() or "nb").split("-")[0]


@register.filter
def translated(offer, field):
    """{{ offer|translated:"title" }}: the text in the page's language if it was translated."""
    return offer.in_language(field, _page_language())[0]


@register.filter
def lang_attr(offer, field=None):
    """{{ offer|lang_attr:"title" }}: ' lang="nb"' when that text (or, with no field, the
    offer's untranslated texts) is in another language than the page; else nothing."""
    page = _page_language()
    language = offer.in_language(field, page)[1] if field else offer.language
    return format_html(' lang="{}"', language) if language != page else ""


@register.filter
def in_its_language(offer, field):
    """{{ offer|in_its_language:"title" }}: the text, in a <span lang> when it is not in the
    page's language."""
    page = _page_language()
    text, language = offer.in_language(field, page)
    if language == page:
        return text
    return format_html('<span lang="{}">{}</span>', language, text)


@register.simple_tag
def lang_unless(language):
    """{% lang_unless "nb" %}: ' lang="nb"' on a page in another language, for texts that are
    always written in bokmål (a contact's role, a provider's description)."""
    return format_html(' lang="{}"', language) if language != _page_language() else ""
