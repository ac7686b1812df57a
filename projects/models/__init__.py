from projects.models.award import AwardRound, AwardWinner, Nomination
from projects.models.project import Project, ProjectTheme

__all__ = ["AwardRound", "AwardWinner", "Nomination", "Project", "ProjectTheme"]
