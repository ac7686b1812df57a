"""/sitemap.xml: every public offer's page and every municipality's page, with the day each
last changed, and the few pages that lead to them."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from municipalities.models import Municipality
from offers.models import Offer, OfferReach


class PortalSitemap(Sitemap):
    @property
    def protocol(self):
        return settings.PORTAL_BASE_URL.split(":", 1)[0]


class PageSitemap(PortalSitemap):
    priority = 0.8

    def items(self):
        return ["offers:start", "offers:list", "offers:municipality_list", "opendata:data"]

    def location(self, item):
        return reverse(item)


class OfferSitemap(PortalSitemap):
    priority = 0.6

    def items(self):
        return Offer.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, offer):
        return offer.updated_at


class MunicipalitySitemap(PortalSitemap):
    """A municipality's page changes when an offer serving it does: listed, county-wide or
    nationwide (OfferReach). Two queries for all 357, whatever the number of offers."""

    priority = 0.6

    def items(self):
        last_changed = dict(
            OfferReach.objects.of_public_offers()
            .order_by()
            .values_list("municipality")
            .annotate(last=Max("offer__updated_at"))
        )
        municipalities = list(Municipality.objects.only("slug").order_by("pk"))
        for municipality in municipalities:
            municipality.last_changed = last_changed.get(municipality.pk)
        return municipalities

    def location(self, municipality):
        return reverse("offers:municipality", args=[municipality.slug])

    def lastmod(self, municipality):
        return municipality.last_changed


SITEMAPS = {"sider": PageSitemap, "tilbud": OfferSitemap, "kommuner": MunicipalitySitemap}
