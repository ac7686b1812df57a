from django.urls import path

from offers.views import calendar, municipalities, pages, sheets, subscriptions

app_name = "offers"

urlpatterns = [
    path("", pages.start, name="start"),
    path("tilbud/", pages.offer_list, name="list"),
    path("tilbud/<slug:slug>/", pages.offer_detail, name="detail"),
    path("tilbud/<slug:slug>/kalender.ics", calendar.offer_calendar, name="calendar"),
    path("tilbud/<slug:slug>/varsle/", subscriptions.subscribe, name="subscribe"),
    path("tilbud/<slug:slug>/tilbudsark/", sheets.offer_sheet, name="sheet"),
    path(
        "tilbud/<slug:slug>/tilbudsark.pdf", sheets.offer_sheet, {"as_pdf": True}, name="sheet_pdf"
    ),
    path("kommuner/", municipalities.municipality_list, name="municipality_list"),
    path("kommuner/<slug:slug>/", municipalities.municipality_detail, name="municipality"),
    path(
        "kommuner/<slug:slug>/kalender.ics",
        calendar.municipality_calendar,
        name="municipality_calendar",
    ),
    path("kommuner/<slug:slug>/tilbudsark/", sheets.municipality_sheet, name="municipality_sheet"),
    path(
        "kommuner/<slug:slug>/tilbudsark.pdf",
        sheets.municipality_sheet,
        {"as_pdf": True},
        name="municipality_sheet_pdf",
    ),
    path("tilbudsark/", sheets.selection_sheet, name="selection_sheet"),
    path("tilbudsark.pdf", sheets.selection_sheet, {"as_pdf": True}, name="selection_sheet_pdf"),
    # The signed links in the e-mails about a course's next round; outside the URL contract.
    path("varsel/bekreft/<str:token>/", subscriptions.confirm, name="subscription_confirm"),
    path("varsel/avmeld/<str:token>/", subscriptions.unsubscribe, name="unsubscribe"),
    # The short address printed under a sheet's QR code; outside the public URL contract.
    path("t/<int:pk>/", sheets.offer_short_link, name="short_link"),
]
