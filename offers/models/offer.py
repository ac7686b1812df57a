from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from offers.ages import MAX_AGE, age_range_label
from offers.choices import STATUS_NOTICES, Access, OfferFormat, OfferStatus, WrittenIn
from offers.confirmation import is_overdue
from offers.querysets import OfferQuerySet
from portal.history import PortalHistoricalRecords
from portal.text import join_words

# The texts a coordinator may give in nynorsk and English too (title_nn, summary_en, ...).
TRANSLATED = frozenset({"title", "summary"})


def _age_field(verbose_name):
    return models.PositiveSmallIntegerField(
        verbose_name, null=True, blank=True, validators=[MaxValueValidator(MAX_AGE)]
    )


def _min_not_above_max(prefix):
    low, high = f"{prefix}_age_min", f"{prefix}_age_max"
    return models.CheckConstraint(
        condition=Q(**{f"{low}__isnull": True})
        | Q(**{f"{high}__isnull": True})
        | Q(**{f"{low}__lte": F(high)}),
        name=f"offer_{prefix}_age_min_not_above_max",
        violation_error_message=_("Fra-alderen kan ikke være høyere enn til-alderen."),
    )


class Offer(models.Model):
    # The municipality whose coordinators may edit the offer (portal.scoping).
    scope_field = "owner"

    title = models.CharField(_("tittel"), max_length=200)
    slug = models.SlugField(
        _("adresse"),
        max_length=200,
        unique=True,
        help_text=_("Siste del av lenken til tilbudet, for eksempel «parorendeskole-demens»."),
    )
    summary = models.CharField(
        _("kort beskrivelse"),
        max_length=300,
        help_text=_("Én eller to setninger i et enkelt språk. Vises i søkeresultatene."),
    )
    language = models.CharField(
        _("skrevet på"),
        max_length=2,
        choices=WrittenIn.choices,
        default=WrittenIn.BOKMAL,
        help_text=_("Språket teksten om tilbudet er skrevet på."),
    )
    # Optional translations of the two texts a carer reads first; the rest stays in bokmål.
    title_nn = models.CharField(_("tittel (nynorsk)"), max_length=200, blank=True)
    title_en = models.CharField(_("tittel (engelsk)"), max_length=200, blank=True)
    summary_nn = models.CharField(_("kort beskrivelse (nynorsk)"), max_length=300, blank=True)
    summary_en = models.CharField(_("kort beskrivelse (engelsk)"), max_length=300, blank=True)
    # Held to what a sheet can print (about a page at the sheet's type size).
    description = models.TextField(
        _("beskrivelse"),
        max_length=2000,
        blank=True,
        help_text=_("Høyst 2000 tegn. Lenger tekst kan stå på kommunens egen side."),
    )
    offer_type = models.ForeignKey(
        "offers.OfferType",
        on_delete=models.PROTECT,
        related_name="offers",
        verbose_name=_("tilbudstype"),
    )
    provider = models.ForeignKey(
        "offers.Provider",
        on_delete=models.PROTECT,
        related_name="offers",
        verbose_name=_("drives av"),
    )
    partners = models.ManyToManyField(
        "offers.Provider",
        blank=True,
        related_name="partner_offers",
        verbose_name=_("samarbeidspartnere"),
    )
    owner = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_offers",
        verbose_name=_("eies av kommune"),
        help_text=_("Kommunen som holder tilbudet oppdatert. Tom for nasjonale tilbud."),
    )

    # Whom it serves: listed municipalities, whole counties, or the whole country.
    municipalities = models.ManyToManyField(
        "municipalities.Municipality",
        blank=True,
        related_name="offers",
        verbose_name=_("kommuner tilbudet gjelder for"),
    )
    counties = models.ManyToManyField(
        "municipalities.County",
        blank=True,
        related_name="offers",
        verbose_name=_("hele fylker tilbudet gjelder for"),
    )
    nationwide = models.BooleanField(_("gjelder hele landet"), default=False)

    # For whom.
    diagnoses = models.ManyToManyField(
        "offers.Diagnosis",
        blank=True,
        related_name="offers",
        verbose_name=_("diagnoser"),
        help_text=_("Diagnosen til den man er pårørende for."),
    )
    diagnosis_independent = models.BooleanField(
        _("uavhengig av diagnose"),
        default=False,
        help_text=_("Åpent for alle pårørende, uansett diagnose."),
    )
    carer_age_min = _age_field(_("pårørendes alder fra"))
    carer_age_max = _age_field(_("pårørendes alder til og med"))
    patient_age_min = _age_field(_("alder fra, den man er pårørende for"))
    patient_age_max = _age_field(_("alder til og med, den man er pårørende for"))

    # How, when and where.
    format = models.CharField(_("form"), max_length=20, choices=OfferFormat.choices)
    schedule = models.CharField(
        _("når og hvor ofte"),
        max_length=300,
        blank=True,
        help_text=_(
            "For eksempel «Første tirsdag i måneden kl. 18–20». Et kurs med datoer under "
            "«Kursrunder» kan la feltet stå tomt."
        ),
    )
    place = models.CharField(
        _("sted"),
        max_length=300,
        blank=True,
        help_text=_("Navn på stedet og adressen. La stå tom for telefon og digitale tilbud."),
    )
    is_free = models.BooleanField(_("gratis"), default=True)
    price = models.CharField(
        _("pris"),
        max_length=200,
        blank=True,
        help_text=_("Hva det koster, når det ikke er gratis."),
    )
    registration_required = models.BooleanField(_("krever påmelding"), default=False)
    registration_info = models.CharField(
        _("slik melder du deg på"),
        max_length=300,
        blank=True,
        help_text=_("For eksempel «Ring demensteamet» eller «Meld deg på innen 1. september»."),
    )
    signup_url = models.URLField(_("lenke til påmelding"), blank=True)
    more_info_url = models.URLField(_("lenke til mer informasjon"), blank=True)
    contacts = models.ManyToManyField(
        "offers.ContactPerson", blank=True, related_name="offers", verbose_name=_("kontakter")
    )

    status = models.CharField(
        _("status"), max_length=10, choices=OfferStatus.choices, default=OfferStatus.ACTIVE
    )
    ended_on = models.DateField(
        _("avsluttet"),
        null=True,
        blank=True,
        help_text=_(
            "Dagen tilbudet ble avsluttet. Settes til i dag når status blir «Avsluttet» og "
            "feltet er tomt; vises til dem som åpner en gammel lenke til tilbudet."
        ),
    )
    is_published = models.BooleanField(
        _("publisert"),
        default=False,
        help_text=_("Et utkast vises bare i administrasjonen."),
    )
    # Confirming is a deliberate act by a coordinator; saving an edit is not confirming.
    confirmed_on = models.DateField(_("sist bekreftet"), null=True, blank=True, editable=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("bekreftet av"),
    )
    created_at = models.DateTimeField(_("opprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sist endret"), auto_now=True)
    # Raised by every edit in the admin, so that a form loaded before someone else saved
    # cannot overwrite their work (see OfferQuerySet.claim_version).
    version = models.PositiveIntegerField(_("versjon"), default=1, editable=False)

    # What search reads, kept current by offers.search.refresh_search_index(): a weighted
    # PostgreSQL text-search vector (GIN-indexed; on SQLite an FTS5 table stands in, see
    # offers.search.index); and the names an offer goes by, lower-cased, whose words typos
    # are corrected against.
    search_vector = SearchVectorField(null=True, editable=False)
    search_names = models.TextField(blank=True, default="", editable=False)

    objects = OfferQuerySet.as_manager()
    history = PortalHistoricalRecords(
        m2m_fields=["partners", "municipalities", "counties", "diagnoses", "contacts"],
        # Derived from the rest and rebuilt on every save, so not worth keeping in history.
        excluded_fields=["search_vector", "search_names"],
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("tilbud")
        verbose_name_plural = _("tilbud")
        constraints = [
            _min_not_above_max("carer"),
            _min_not_above_max("patient"),
            models.CheckConstraint(
                condition=Q(is_free=True) | ~Q(price=""),
                name="offer_price_given_unless_free",
                violation_error_message=_("Skriv hva tilbudet koster, eller kryss av for gratis."),
            ),
            models.CheckConstraint(
                condition=Q(registration_required=False)
                | ~Q(registration_info="")
                | ~Q(signup_url=""),
                name="offer_registration_explained_when_required",
                violation_error_message=_(
                    "Når tilbudet krever påmelding, må det stå hvordan man melder seg på."
                ),
            ),
        ]
        indexes = [
            models.Index(fields=["is_published", "status"], name="offer_public_idx"),
            # A list of public offers without a municipality, in its order (bench/explain.py):
            # found, counted and sorted from this index alone, without reading the wide rows.
            models.Index(
                fields=[
                    "title",
                    "id",
                    "offer_type",
                    "nationwide",
                    "diagnosis_independent",
                    "carer_age_min",
                    "carer_age_max",
                    "patient_age_min",
                    "patient_age_max",
                ],
                condition=Q(is_published=True) & ~Q(status=OfferStatus.ENDED),
                name="offer_public_list_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # An ended offer keeps the day it ended; one that runs again forgets it.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "status" in update_fields:
            if self.status != OfferStatus.ENDED:
                self.ended_on = None
            elif self.ended_on is None:
                self.ended_on = timezone.localdate()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "ended_on"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("offers:detail", args=[self.slug])

    @property
    def is_public(self) -> bool:
        return self.is_published and self.status != OfferStatus.ENDED

    @property
    def has_ended(self) -> bool:
        """Published once and ended since: its old links say so (a draft stays unknown)."""
        return self.is_published and self.status == OfferStatus.ENDED

    @property
    def needs_confirmation(self) -> bool:
        """The rule of OfferQuerySet.needing_confirmation() for this offer."""
        if not self.is_public:
            return False
        return is_overdue(self.confirmed_on)

    @property
    def status_label(self) -> str:
        """'Prøveprosjekt' or 'Har pause' for a status carers should notice; '' when active."""
        return self.get_status_display() if self.status in STATUS_NOTICES else ""

    @property
    def status_notice(self) -> str:
        """The sentence that explains status_label to a carer, or ''."""
        return STATUS_NOTICES.get(self.status, "")

    def in_language(self, field: str, language: str) -> tuple[str, str]:
        """(text, the language it is in): the title or summary in `language` where the
        coordinator translated it, else as written."""
        translated = getattr(self, f"{field}_{language}", "") if field in TRANSLATED else ""
        return (translated, language) if translated else (getattr(self, field), self.language)

    # How the offer reads on a card, a page and a sheet. These use the prefetched relations
    # of OfferQuerySet.with_card_relations(), so they cost no queries of their own.

    @property
    def upcoming_rounds(self) -> list:
        """Rounds not over yet, soonest first (prefetched by with_upcoming_rounds())."""
        if not hasattr(self, "prefetched_rounds"):
            self.prefetched_rounds = list(self.rounds.upcoming().prefetch_related("sessions"))
        return self.prefetched_rounds

    @property
    def next_round(self):
        return self.upcoming_rounds[0] if self.upcoming_rounds else None

    @property
    def next_open_round(self):
        """The first round a carer can still sign up for, if it is not the next round."""
        rounds = [r for r in self.upcoming_rounds if r.is_open_for_enrolment()]
        return rounds[0] if rounds and rounds[0] is not self.next_round else None

    @property
    def runs_in_rounds(self) -> bool:
        """A course: its type runs in rounds, or it has had a round (annotated has_rounds,
        as OfferQuerySet.for_detail() does)."""
        return (
            self.offer_type.runs_in_rounds
            or bool(self.upcoming_rounds)
            or getattr(self, "has_rounds", False)
        )

    @cached_property
    def listed_places(self) -> tuple[list, list]:
        """(counties, municipalities) the offer lists, in their models' order; a card list's
        with_coverage() sets them for a whole page from the cached places, in one query."""
        return list(self.counties.all()), list(self.municipalities.all())

    @property
    def coverage_label(self) -> str:
        """Where the offer applies: 'Hele landet', 'Hele Akershus', 'Asker og Bærum'."""
        if self.nationwide:
            return gettext("Hele landet")
        counties, municipalities = self.listed_places
        places = [gettext("hele %(county)s") % {"county": c.name} for c in counties]
        places += [m.label for m in municipalities]
        label = join_words(places)
        return label[:1].upper() + label[1:]

    def serves_only(self, municipality) -> bool:
        """The offer is for this municipality alone, so «Gjelder for» would only repeat it."""
        counties, municipalities = self.listed_places
        if municipality is None or self.nationwide or counties:
            return False
        return [m.pk for m in municipalities] == [municipality.pk]

    @property
    def diagnosis_label(self) -> str:
        if self.diagnosis_independent:
            return gettext("Alle diagnoser")
        label = join_words([d.display_name for d in self.diagnoses.all()])
        return label[:1].upper() + label[1:]

    @property
    def carer_age_label(self) -> str:
        return age_range_label(self.carer_age_min, self.carer_age_max)

    @property
    def patient_age_label(self) -> str:
        return age_range_label(self.patient_age_min, self.patient_age_max)

    @property
    def price_label(self) -> str:
        return gettext("Gratis") if self.is_free else self.price

    @property
    def access(self) -> Access:
        """How a carer gets it: granted by decision (respite, carer allowance), a course to
        enrol in, a meeting to just turn up at, a line to call, or someone to contact."""
        if self.format == OfferFormat.SERVICE:
            return Access.APPLY
        if self.format == OfferFormat.DROP_IN:
            return Access.DROP_IN
        if self.format == OfferFormat.PHONE:
            return Access.CALL
        # A one-to-one conversation is booked, not enrolled in, even when it must be booked.
        if self.runs_in_rounds or (
            self.registration_required and self.format != OfferFormat.INDIVIDUAL
        ):
            return Access.ENROL
        return Access.CONTACT

    @property
    def phone_contact(self):
        """The first public contact with a phone number: the number a phone line's card shows
        (reads the contacts prefetched by with_card_relations())."""
        return next((contact for contact in self.contacts.all() if contact.phone), None)
