"""The register of development projects: the list with its filters, and one project."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from offers.models import Offer
from portal.content import public_page
from projects.filters import ProjectFilter
from projects.models import Project

PROJECTS_PER_PAGE = 20


@public_page
def project_list(request):
    filterset = ProjectFilter(request.GET or None, queryset=Project.objects.public().for_list())
    page = Paginator(filterset.qs, PROJECTS_PER_PAGE).get_page(request.GET.get("side"))
    return render(
        request,
        "projects/project_list.html",
        {
            "form": filterset.form,
            "page": page,
            "page_numbers": page.paginator.get_elided_page_range(page.number),
            "chosen_labels": filterset.chosen_labels(),
        },
    )


@public_page
def project_detail(request, slug):
    public_offers = Offer.objects.public().select_related("offer_type", "provider")
    projects = (
        Project.objects.public()
        .for_detail()
        .prefetch_related(Prefetch("offers", queryset=public_offers, to_attr="public_offers"))
    )
    project = get_object_or_404(projects, slug=slug)
    context = {
        "project": project,
        # The portal's public address, not the one this request came by: what a friend opens.
        "share_url": settings.PORTAL_BASE_URL + project.get_absolute_url(),
    }
    return render(request, "projects/project_detail.html", context)
