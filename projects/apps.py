from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Utviklingsprosjekter og pris")

    def ready(self):
        from portal import demo
        from portal.content import track_changes
        from projects import models

        track_changes(
            models.Project,
            models.ProjectTheme,
            models.AwardWinner,
            models.AwardRound,
        )
        demo.register_section("projects", "projects.Project", "slug")
        demo.register_section("award_rounds", "projects.AwardRound", "year")
        demo.register_section("award_winners", "projects.AwardWinner", "slug")
