"""What search engines and link previews read, and sharing an offer: schema.org JSON-LD,
OpenGraph and Twitter tags, the "Del" block, /sitemap.xml and /robots.txt."""

import json
import re
from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from tests import factories

BASE = "http://127.0.0.1:8000"  # PORTAL_BASE_URL in the tests


def json_ld_graph(page: str) -> list[dict]:
    [text] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = json.loads(text)
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


@pytest.fixture
def offer(asker, baerum):
    group = factories.offer(
        "Samtalegruppe for pårørende",
        slug="samtalegruppe",
        municipalities=[asker, baerum],
        diagnoses=[factories.diagnosis("Demens")],
        carer_age_min=18,
        place="Asker bibliotek",
        summary="Møt andre i samme situasjon & snakk sammen.",
    )
    group.contacts.set(
        [
            factories.contact(role="Pårørendekoordinator", phone="+47 012 34 567"),
            factories.contact(role="Skjult", is_public=False),
        ]
    )
    return group


@pytest.mark.django_db
def test_an_offer_page_describes_the_offer_as_a_service_in_json_ld(client, offer):
    [service] = json_ld_graph(client.get("/tilbud/samtalegruppe/").content.decode())

    assert service["@type"] == "GovernmentService"  # a municipality runs it
    assert service["name"] == "Samtalegruppe for pårørende"
    assert service["url"] == f"{BASE}/tilbud/samtalegruppe/"
    assert service["provider"]["name"] == "Asker kommune"
    [point] = service["provider"]["contactPoint"]
    assert (point["contactType"], point["telephone"]) == ("Pårørendekoordinator", "+47 012 34 567")
    assert [(a["name"], a["identifier"]) for a in service["areaServed"]] == [
        ("Asker", "3203"),
        ("Bærum", "3201"),
    ]
    assert service["audience"]["audienceType"] == "Pårørende"
    assert service["audience"]["suggestedMinAge"] == 18
    assert [c["name"] for c in service["audience"]["healthCondition"]] == ["Demens"]
    assert service["offers"]["price"] == 0
    assert service["availableChannel"]["serviceLocation"]["address"] == "Asker bibliotek"
    assert service["inLanguage"] == "nb"


@pytest.mark.django_db
def test_json_ld_names_the_language_the_offer_is_written_in(client, offer):
    offer.language = "nn"
    offer.save()

    [service] = json_ld_graph(client.get("/tilbud/samtalegruppe/").content.decode())

    assert service["inLanguage"] == "nn"


@pytest.mark.django_db
def test_a_voluntary_organisations_national_course_is_a_service_and_a_course(client):
    course = factories.offer(
        "Kurs fra Demensforeningen",
        slug="kurs",
        nationwide=True,
        provider=factories.provider("Demensforeningen", kind="voluntary"),
        is_free=False,
        price="300 kroner",
    )
    factories.round_of(course, 10, 17)

    service, as_course = json_ld_graph(client.get("/tilbud/kurs/").content.decode())

    assert service["@type"] == "Service"
    assert service["areaServed"] == [{"@type": "Country", "name": "Norge", "identifier": "NO"}]
    assert service["offers"]["description"] == "300 kroner"
    assert "contactPoint" not in service["provider"]
    assert as_course["@type"] == "Course"
    assert len(as_course["hasCourseInstance"]) == 1


@pytest.mark.django_db
def test_link_previews_get_opengraph_and_twitter_tags(client, offer):
    page = client.get("/tilbud/samtalegruppe/").content.decode()

    assert f'<link rel="canonical" href="{BASE}/tilbud/samtalegruppe/">' in page
    assert '<meta property="og:title" content="Samtalegruppe for pårørende">' in page
    assert (
        '<meta property="og:description" content="Møt andre i samme situasjon &amp; snakk sammen.">'
        in page
    )
    assert f'<meta property="og:url" content="{BASE}/tilbud/samtalegruppe/">' in page
    assert '<meta property="og:locale" content="nb_NO">' in page
    assert '<meta name="twitter:card" content="summary">' in page
    english = client.get("/tilbud/samtalegruppe/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<meta property="og:locale" content="en_GB">' in english


@pytest.mark.django_db
def test_the_share_block_works_without_javascript(client, offer):
    page = client.get("/tilbud/samtalegruppe/").content.decode()
    short = f"{BASE}/t/{offer.pk}/"

    assert '<h2 id="share-heading">Del</h2>' in page
    assert f'id="share-url" type="text" value="{short}" readonly' in page
    title = quote("Samtalegruppe for pårørende", safe="")
    body = f"{title}%0A{quote(short, safe='')}"
    assert f'href="mailto:?subject={title}&amp;body={body}">Send på e-post</a>' in page
    assert f'href="sms:?&amp;body={body}">Send på SMS</a>' in page
    # The Web Share button is hidden until static/js/share.js finds the API; no inline script.
    assert '<li class="share__native" hidden>' in page
    assert re.search(r'<script src="/static/js/share\.js[^"]*" defer></script>', page)
    assert client.get(f"/t/{offer.pk}/")["Location"] == "/tilbud/samtalegruppe/"


@pytest.mark.django_db
def test_the_admin_preview_has_no_share_block(admin_client, offer):
    offer.is_published = False
    offer.save()
    response = admin_client.get(f"/admin/offers/offer/{offer.pk}/forhandsvisning/")

    page = response.content.decode()
    assert "Samtalegruppe for pårørende" in page
    assert "share-heading" not in page
    assert "og:title" not in page


@pytest.mark.django_db
def test_the_sitemap_lists_every_public_offer_and_municipality_with_lastmod(
    client, offer, asker, baerum, trondheim, django_assert_num_queries
):
    factories.offer("Utkast", slug="utkast", municipalities=[asker], is_published=False)
    factories.offer("Slutt", slug="slutt", municipalities=[asker], status="ended")
    national = factories.offer("Linjen", slug="linjen", nationwide=True)

    # The content version; the public offers (counted, then read); for the municipalities:
    # the last change of the offers serving each (OfferReach), and them.
    with django_assert_num_queries(5):
        response = client.get("/sitemap.xml")

    assert response["Content-Type"].startswith("application/xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    sitemap = ElementTree.fromstring(response.content)  # noqa: S314 - the portal's own
    urls = {
        url.find("s:loc", namespace).text: url.find("s:lastmod", namespace)
        for url in sitemap.findall("s:url", namespace)
    }
    assert set(urls) >= {
        "http://testserver/tilbud/samtalegruppe/",
        "http://testserver/tilbud/linjen/",
        "http://testserver/kommuner/asker/",
        "http://testserver/kommuner/baerum/",
        "http://testserver/kommuner/trondheim/",
        "http://testserver/tilbud/",
        "http://testserver/data/",
    }
    assert not {u for u in urls if "utkast" in u or "slutt" in u}
    # The date as in Norway (near midnight UTC it is already the next day in Oslo).
    assert urls["http://testserver/tilbud/samtalegruppe/"].text == local_date(offer.updated_at)
    assert urls["http://testserver/kommuner/trondheim/"].text == local_date(national.updated_at)


def local_date(moment) -> str:
    return timezone.localdate(moment).isoformat()


@pytest.mark.django_db
def test_robots_txt_keeps_crawlers_from_admin_pdfs_and_forms_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert lines[0] == "User-agent: *"
    for path in ["/admin/", "/tilbud/*/tilbudsark.pdf", "/kommuner/*/tilbudsark.pdf",
                 "/tilbudsark.pdf", "/tilbud/*/varsle/", "/kommuner/*/savner/"]:  # fmt: skip
        assert f"Disallow: {path}" in lines
    assert "Disallow: /tilbud/" not in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
