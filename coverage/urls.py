from django.urls import path

from coverage import views

app_name = "coverage"

urlpatterns = [
    path("oversikt/", views.overview, name="overview"),
    path("oversikt.csv", views.overview_csv, name="overview_csv"),
]
