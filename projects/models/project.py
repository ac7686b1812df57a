"""Development projects (utviklingsprosjekter): who tried what, where, and what came of it."""

from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality
from offers.models import Offer
from offers.models.taxonomy import Taxonomy
from portal.history import PortalHistoricalRecords
from portal.scoping import ScopedQuerySet
from portal.text import join_words
from projects.choices import ProjectStatus


class ProjectTheme(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("prosjekttema")
        verbose_name_plural = _("prosjekttemaer")


class ProjectQuerySet(ScopedQuerySet):
    def public(self):
        return self.filter(is_published=True)

    def in_county(self, county):
        """Projects in the county: named whole, or through a municipality involved or owning."""
        involved = Project.municipalities.through.objects.filter(
            project=OuterRef("pk"), municipality__county=county
        )
        named = Project.counties.through.objects.filter(project=OuterRef("pk"), county=county)
        return self.filter(Q(owner__county=county) | Exists(involved) | Exists(named))

    def with_theme(self, theme):
        tagged = Project.themes.through.objects.filter(project=OuterRef("pk"), projecttheme=theme)
        return self.filter(Exists(tagged))

    def involving(self, municipality):
        """The municipality's own projects and those it took part in."""
        involved = Project.municipalities.through.objects.filter(
            project=OuterRef("pk"), municipality=municipality
        )
        return self.filter(Q(owner=municipality) | Exists(involved))

    def search(self, text):
        condition = Q()
        for word in text.split():
            condition &= (
                Q(title__icontains=word)
                | Q(organisation__icontains=word)
                | Q(background__icontains=word)
                | Q(goals__icontains=word)
                | Q(measures__icontains=word)
                | Q(partners__icontains=word)
                | Q(results__icontains=word)
            )
        return self.filter(condition)

    def newest_first(self):
        return self.order_by(
            F("start_year").desc(nulls_last=True), F("end_year").desc(nulls_first=True), "title"
        )

    def for_list(self):
        """What a project's card shows: its themes and where it took place."""
        return self.prefetch_related(
            "themes",
            "counties",
            Prefetch("municipalities", queryset=Municipality.objects.select_related("county")),
        ).newest_first()

    def for_detail(self):
        return self.for_list().select_related("owner", "lead")


class Project(models.Model):
    # The municipality whose coordinators may edit the project (portal.scoping).
    scope_field = "owner"

    title = models.CharField(_("tittel"), max_length=200)
    slug = models.SlugField(
        _("adresse"),
        max_length=200,
        unique=True,
        help_text=_("Siste del av lenken til prosjektet, for eksempel «styrket-parorendestotte»."),
    )
    summary = models.CharField(
        _("kort beskrivelse"),
        max_length=300,
        help_text=_("Én eller to setninger om hva prosjektet gjorde. Vises i listen."),
    )
    organisation = models.CharField(
        _("prosjektansvarlig"),
        max_length=200,
        help_text=_("Kommunen, helseforetaket eller organisasjonen som eier prosjektet."),
    )
    owner = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_projects",
        verbose_name=_("holdes oppdatert av kommune"),
        help_text=_("Kommunen som holder prosjektet oppdatert. Tom for nasjonale prosjekter."),
    )
    municipalities = models.ManyToManyField(
        "municipalities.Municipality",
        blank=True,
        related_name="projects",
        verbose_name=_("kommuner som var med"),
    )
    counties = models.ManyToManyField(
        "municipalities.County",
        blank=True,
        related_name="projects",
        verbose_name=_("fylker som var med"),
        help_text=_("For prosjekter i et helt fylke, som et utviklingssenters."),
    )
    themes = models.ManyToManyField(
        ProjectTheme, blank=True, related_name="projects", verbose_name=_("tema")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.RUNNING
    )
    start_year = models.PositiveSmallIntegerField(_("startår"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("sluttår"), null=True, blank=True, help_text=_("Tom mens prosjektet pågår.")
    )
    lead = models.ForeignKey(
        "offers.ContactPerson",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_projects",
        verbose_name=_("prosjektleder"),
        help_text=_("En kontakt med rolle, telefon eller e-post: den andre kommuner kan ringe."),
    )
    background = models.TextField(_("bakgrunn"), max_length=4000, blank=True)
    goals = models.TextField(
        _("mål"), max_length=4000, blank=True, help_text=_("Ett mål per linje.")
    )
    measures = models.TextField(
        _("tiltak og gjennomføring"), max_length=4000, blank=True, help_text=_("Ett per linje.")
    )
    partners = models.TextField(
        _("samarbeidspartnere"),
        max_length=1000,
        blank=True,
        help_text=_("For eksempel «NTNU, Senter for omsorgsforskning, Gjøvik demensforening»."),
    )
    results = models.TextField(
        _("resultater og produkter"),
        max_length=4000,
        blank=True,
        help_text=_("Hva prosjektet lærte og laget. Ett punkt per linje."),
    )
    report_url = models.URLField(_("lenke til sluttrapporten"), blank=True)
    offers = models.ManyToManyField(
        Offer,
        blank=True,
        related_name="projects",
        verbose_name=_("tilbud prosjektet har utviklet"),
    )
    is_published = models.BooleanField(
        _("publisert"), default=False, help_text=_("Et utkast vises bare i administrasjonen.")
    )
    created_at = models.DateTimeField(_("opprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sist endret"), auto_now=True)

    objects = ProjectQuerySet.as_manager()
    history = PortalHistoricalRecords(m2m_fields=["municipalities", "counties", "themes", "offers"])

    class Meta:
        ordering = ["-start_year", "title"]
        verbose_name = _("utviklingsprosjekt")
        verbose_name_plural = _("utviklingsprosjekter")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(start_year__lte=F("end_year")),
                name="project_starts_before_it_ends",
                violation_error_message=_("Sluttåret kan ikke være før startåret."),
            ),
            models.CheckConstraint(
                condition=(Q(start_year__gte=1900) & Q(start_year__lte=2200))
                | Q(start_year__isnull=True),
                name="project_start_year_plausible",
                violation_error_message=_("Skriv startåret med fire sifre, for eksempel 2017."),
            ),
            models.CheckConstraint(
                condition=(Q(end_year__gte=1900) & Q(end_year__lte=2200))
                | Q(end_year__isnull=True),
                name="project_end_year_plausible",
                violation_error_message=_("Skriv sluttåret med fire sifre, for eksempel 2020."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:detail", args=[self.slug])

    @property
    def period_label(self) -> str:
        """'2016–2018', 'Fra 2017' or ''."""
        if self.start_year and self.end_year and self.start_year != self.end_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year and self.end_year:
            return str(self.start_year)
        if self.start_year:
            return gettext("Fra %(year)s") % {"year": self.start_year}
        if self.end_year:
            return gettext("Til %(year)s") % {"year": self.end_year}
        return ""

    @property
    def places_label(self) -> str:
        """Where it took place: 'Hele Innlandet (Gjøvik)', 'Asker og Bærum' (prefetched)."""
        counties = list(self.counties.all())
        places = []
        for county in counties:
            within = [m.label for m in self.municipalities.all() if m.county_id == county.pk]
            place = gettext("hele %(county)s") % {"county": county.name}
            places.append(f"{place} ({join_words(within)})" if within else place)
        named = {county.pk for county in counties}
        places += [m.label for m in self.municipalities.all() if m.county_id not in named]
        label = join_words(places)
        return label[:1].upper() + label[1:]

    @property
    def themes_label(self) -> str:
        # Each theme keeps its capital letter, as in the filter: a list, not a sentence.
        return ", ".join(t.display_name for t in self.themes.all())

    @staticmethod
    def points(text: str) -> list[str]:
        """A field written one point per line, as a list (leading bullets dropped)."""
        lines = (line.strip().lstrip("•*-–").strip() for line in text.splitlines())
        return [line for line in lines if line]

    @property
    def goal_list(self):
        return self.points(self.goals)

    @property
    def measure_list(self):
        return self.points(self.measures)

    @property
    def result_list(self):
        return self.points(self.results)
