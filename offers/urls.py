from django.urls import path

from offers.views import municipalities, pages, sheets

app_name = "offers"

urlpatterns = [
    path("", pages.start, name="start"),
    path("tilbud/", pages.offer_list, name="list"),
    path("tilbud/<slug:slug>/", pages.offer_detail, name="detail"),
    path("tilbud/<slug:slug>/tilbudsark/", sheets.offer_sheet, name="sheet"),
    path(
        "tilbud/<slug:slug>/tilbudsark.pdf", sheets.offer_sheet, {"as_pdf": True}, name="sheet_pdf"
    ),
    path("kommuner/", municipalities.municipality_list, name="municipality_list"),
    path("kommuner/<slug:slug>/", municipalities.municipality_detail, name="municipality"),
    path("kommuner/<slug:slug>/tilbudsark/", sheets.municipality_sheet, name="municipality_sheet"),
    path(
        "kommuner/<slug:slug>/tilbudsark.pdf",
        sheets.municipality_sheet,
        {"as_pdf": True},
        name="municipality_sheet_pdf",
    ),
    path("tilbudsark/", sheets.selection_sheet, name="selection_sheet"),
    path("tilbudsark.pdf", sheets.selection_sheet, {"as_pdf": True}, name="selection_sheet_pdf"),
    # The short address printed under a sheet's QR code; outside the public URL contract.
    path("t/<int:pk>/", sheets.offer_short_link, name="short_link"),
]
