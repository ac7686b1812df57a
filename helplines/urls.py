from django.urls import path

from helplines import views

app_name = "helplines"

urlpatterns = [
    path("unge/", views.young_carers, name="young_carers"),
]
