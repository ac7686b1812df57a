from django.urls import path

from municipalities import views
from offers.views import sheets

app_name = "municipalities"

urlpatterns = [
    path("kommuner/", views.municipality_list, name="list"),
    path("kommuner/<slug:slug>/", views.municipality_detail, name="detail"),
    path("kommuner/<slug:slug>/tilbudsark/", sheets.municipality_sheet, name="sheet"),
    path(
        "kommuner/<slug:slug>/tilbudsark.pdf",
        sheets.municipality_sheet,
        {"as_pdf": True},
        name="sheet_pdf",
    ),
]
