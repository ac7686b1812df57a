"""Årets pårørendekommune: the winners by year, and the nomination form while it is open.

The form's page is never cached and carries a CSRF token; only POSTs count against the
address's rate limit (PORTAL_NOMINATE_RATE).
"""

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from portal.content import public_page
from portal.methods import allow_methods
from portal.ratelimit import rate_limited
from projects import jsonld, services
from projects.forms import NominationForm, already_nominated_message, municipality_names
from projects.models import AwardRound, AwardWinner, Project


@public_page
def award_page(request):
    award_round = AwardRound.objects.current()
    projects = Project.objects.public().newest_first()
    winners = AwardWinner.objects.select_related("municipality__county").prefetch_related(
        Prefetch("municipality__owned_projects", queryset=projects, to_attr="public_projects")
    )
    winners = list(winners)
    context = {
        "award_round": award_round,
        "today": timezone.localdate(),
        "winners": [w for w in winners if w.year],
        # Winners whose year is not recorded: named, without details nobody has written.
        "other_winners": [w for w in winners if not w.year],
        "json_ld": jsonld.ceremony(award_round),
    }
    return render(request, "projects/award/award.html", context)


@never_cache
@allow_methods("GET", "HEAD", "POST")
@rate_limited("nominate", lambda: settings.NOMINATE_RATE)
def nominate(request):
    award_round = AwardRound.objects.current()
    today = timezone.localdate()
    if award_round is None or not award_round.is_open(today):
        context = {"award_round": award_round, "today": today}
        return _private(render(request, "projects/award/nominations_closed.html", context))
    form = NominationForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        if form.is_spam:  # answered like any other, kept nowhere
            return _private(render(request, "projects/award/nominated.html", {"form": form}))
        data = form.cleaned_data
        try:
            services.nominate(
                award_round, data["kommune"], data["begrunnelse"], data["navn"], data["epost"]
            )
        except services.AlreadyNominated:
            form.add_error(
                "kommune",
                already_nominated_message(data["kommune"], award_round),
            )
        else:
            context = {"form": form, "award_round": award_round}
            return _private(render(request, "projects/award/nominated.html", context))
    context = {"form": form, "award_round": award_round, "municipalities": municipality_names()}
    return _private(render(request, "projects/award/nominate.html", context))


def _private(response):
    response["X-Robots-Tag"] = "noindex"
    return response
