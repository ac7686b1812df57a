from django.urls import path

from municipalities import views

app_name = "municipalities"

urlpatterns = [
    path("kommuner/", views.municipality_list, name="list"),
    path("kommuner/<slug:slug>/", views.municipality_detail, name="detail"),
]
