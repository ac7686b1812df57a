from django.conf import settings


def portal(request):
    return {
        "portal_name": settings.PORTAL_NAME,
        # Named in themselves ("Nynorsk", "English"), never translated.
        "portal_languages": settings.LANGUAGES,
    }
