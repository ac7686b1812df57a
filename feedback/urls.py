from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("tilbud/<slug:slug>/meld-fra/", views.report_offer, name="report_offer"),
    path("kommuner/<slug:slug>/savner/", views.report_missing, name="report_missing"),
]
