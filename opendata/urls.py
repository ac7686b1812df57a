from django.urls import path

from opendata import api, pages

app_name = "opendata"

# The HSDS paths have no trailing slash (as openapi.json writes them); the index has one.
urlpatterns = [
    path("api/hsds/", api.index, name="index"),
    path("api/hsds/openapi.json", api.openapi_json, name="openapi"),
    path("api/hsds/services", api.service_list, name="services"),
    path("api/hsds/services/<str:id>", api.service_detail, name="service"),
    path("api/hsds/organizations", api.organization_list, name="organizations"),
    path("api/hsds/organizations/<str:id>", api.organization_detail, name="organization"),
    path("api/hsds/taxonomies", api.taxonomy_list, name="taxonomies"),
    path("api/hsds/taxonomies/<str:id>", api.taxonomy_detail, name="taxonomy"),
    path("api/hsds/taxonomy_terms", api.taxonomy_term_list, name="taxonomy_terms"),
    path("api/hsds/taxonomy_terms/<str:id>", api.taxonomy_term_detail, name="taxonomy_term"),
    path(
        "api/hsds/service_at_locations", api.service_at_location_list, name="service_at_locations"
    ),
    path(
        "api/hsds/service_at_locations/<str:id>",
        api.service_at_location_detail,
        name="service_at_location",
    ),
    path("data/", pages.data, name="data"),
    path("data/filer/<str:name>", pages.download, name="download"),
    path("robots.txt", pages.robots_txt, name="robots"),
    path("sitemap.xml", pages.sitemap, name="sitemap"),
]
