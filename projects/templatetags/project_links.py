"""The link from an offer's page to the project it was developed in (projects know offers;
offers know nothing of projects, so the offer page asks here)."""

from django import template

from projects.models import Project

register = template.Library()


@register.simple_tag
def projects_behind(offer) -> list[Project]:
    """The public projects that produced the offer, in one query."""
    return list(
        Project.objects.public().filter(offers=offer).only("title", "slug").order_by("title")
    )
