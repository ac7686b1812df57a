"""The pages around the open data: /data/ (licence, how to cite, the API and the downloads),
the downloads themselves, and what search engines read: /robots.txt and /sitemap.xml."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.static import serve

from opendata.export import FILE_NAME, downloads
from opendata.sitemaps import SITEMAPS
from opendata.spec import LICENCE
from portal.content import public_page

CONTENT_TYPES = {"json": "application/json", "zip": "application/zip"}


# Not the public pages' cache: a new export must show at once, and listing a folder is cheap.
def data(request):
    files = downloads()
    newest = {f.kind: f for f in reversed(files) if files and f.day == files[0].day}
    return render(
        request,
        "opendata/data.html",
        {
            "newest": newest,
            "older": [f for f in files if f.day != files[0].day],
            "api_url": settings.PORTAL_BASE_URL + reverse("opendata:index"),
            "services_url": settings.PORTAL_BASE_URL + reverse("opendata:services"),
            "openapi_url": settings.PORTAL_BASE_URL + reverse("opendata:openapi"),
            "licence": LICENCE,
            "base_url": settings.PORTAL_BASE_URL,
        },
    )


def download(request, name):
    """One export file. Its name holds its day, so it never changes: cached for a day."""
    match = FILE_NAME.match(name)
    if match is None:
        raise Http404
    response = serve(request, name, document_root=settings.OPEN_DATA_DIR)
    response["Content-Type"] = CONTENT_TYPES[match[2]]
    response["Access-Control-Allow-Origin"] = "*"
    if response.status_code == 200:
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    patch_cache_control(response, public=True, max_age=86400)
    return response


# Paths that are forms, files made on request, or endless combinations of parameters.
DISALLOWED = [
    "/admin/",
    "/api/",
    "/sprak/",
    "/tilbudsark/",
    "/tilbudsark.pdf",
    "/tilbud/*/tilbudsark.pdf",
    "/kommuner/*/tilbudsark.pdf",
    "/tilbud/*/varsle/",
    "/tilbud/*/meld-fra/",
    "/kommuner/*/savner/",
    "/pris/nominer/",
    "/varsel/",
]


def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED), ""]
    lines.append(f"Sitemap: {settings.PORTAL_BASE_URL}{reverse('opendata:sitemap')}")
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=3600)
    return response


@public_page
def sitemap(request):
    response = sitemap_view(request, sitemaps=SITEMAPS)
    response.render()  # the page cache keeps the bytes
    return response
