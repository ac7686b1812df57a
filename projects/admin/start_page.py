"""The jury's panel on the admin's start page: this year's nominations, while there are any."""

from django.contrib import admin
from django.db.models import Count
from django.template.loader import render_to_string

from projects.models import AwardRound


def nominations_panel(request):
    """How many nominations the current round has, by municipality, for the jury."""
    if not request.user.has_perm("projects.view_nomination"):
        return None
    award_round = AwardRound.objects.current()
    if award_round is None:
        return None
    counts = (
        award_round.nominations.values("municipality__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "municipality__name")
    )
    if not counts:
        return None
    context = {"award_round": award_round, "counts": counts}
    return render_to_string("admin/projects/nominations_panel.html", context, request)


admin.site.add_index_panel(nominations_panel, position=40)
