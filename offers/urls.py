from django.urls import path

from offers.views import pages

app_name = "offers"

urlpatterns = [
    path("", pages.start, name="start"),
    path("tilbud/", pages.offer_list, name="list"),
    path("tilbud/<slug:slug>/", pages.offer_detail, name="detail"),
]
