from django.urls import path

from projects.views import award, projects

app_name = "projects"

urlpatterns = [
    path("prosjekter/", projects.project_list, name="list"),
    path("prosjekter/<slug:slug>/", projects.project_detail, name="detail"),
    path("pris/", award.award_page, name="award"),
    path("pris/nominer/", award.nominate, name="nominate"),
]
