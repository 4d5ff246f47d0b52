"""Articles, the visits they cover, and every fact read from them with its evidence."""

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models

from people.base import Curated, DatePrecision
from people.models import Country, CuratedManager, Organization, Person


def _end_not_before_start(start: str, end: str, rule: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{start}__isnull": True})
        | models.Q(**{f"{end}__isnull": True})
        | models.Q(**{f"{end}__gte": models.F(start)}),
        name=f"%(app_label)s_%(class)s_{rule}",
    )


def _precision_with_date(date: str, precision: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{date}__isnull": True, precision: ""})
        | (models.Q(**{f"{date}__isnull": False}) & ~models.Q(**{precision: ""})),
        name=f"%(app_label)s_%(class)s_{date}_precision",
    )


class Evidence(models.Model):
    """Where a record was read: the article and the exact span of its cleaned body."""

    # No index of their own: the unique constraint below starts with (content_type, object_id)
    # and serves "the evidence of this record"; one index fewer for every imported fact.
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+", db_index=False)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    article = models.ForeignKey(
        "Article",
        on_delete=models.CASCADE,
        related_name="evidence",
        help_text="The article that states it.",
    )
    start = models.PositiveIntegerField(help_text="Offset of the first character in the article's body.")
    end = models.PositiveIntegerField(help_text="Offset after the last character.")
    snippet = models.TextField(help_text="The span's text, verbatim.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="%(app_label)s_%(class)s_span"),
            models.UniqueConstraint(
                fields=["content_type", "object_id", "article", "start", "end"],
                name="%(app_label)s_%(class)s_unique",
            ),
        ]

    def __str__(self):
        return f"{self.article_id}[{self.start}:{self.end}] {self.snippet[:60]}"


class PublishedBasis(models.TextChoices):
    EXPLICIT = "explicit", "Explicit date in the text"
    BYLINE = "byline", "Byline date"
    CALENDAR_HEADER = "calendar_header", "Calendar header of the page"
    CONTEXT_YEAR = "context_year", "Year inferred from the text's context"
    RELATED_ARTICLE = "related_article", "Inferred from another article about the same visit"
    EDITOR = "editor", "Set by an editor"
    NONE = "none", "Not determined"


class Article(Curated):
    # Null, not "": a text without a title is a fact the API reports as null.
    title = models.CharField(max_length=500, null=True, blank=True, help_text="Null when the text has none.")  # noqa: DJ001
    outlet = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The outlet that published the text.",
    )
    aggregator = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="aggregated_articles",
        help_text="The site the text came through, if not the outlet.",
    )
    author = models.CharField(max_length=300, blank=True, help_text="The byline as written.")
    author_person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles_written",
        help_text="The byline resolved to a person.",
    )
    published = models.DateField(null=True, blank=True, db_index=True)
    published_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    published_basis = models.CharField(
        max_length=20,
        choices=PublishedBasis.choices,
        default=PublishedBasis.NONE,
        help_text="How the publication date was determined.",
    )
    published_note = models.TextField(blank=True, help_text="The evidence for the date, or why there is none.")
    language = models.CharField(max_length=8, default="en")
    source_file = models.CharField(max_length=500, db_index=True, help_text="The file it was imported from.")
    raw_text = models.TextField(help_text="The text as imported, verbatim.")
    body = models.TextField(help_text="The cleaned text that evidence spans point into.")
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the raw bytes.")
    general_credits = models.JSONField(default=list, blank=True, help_text='"Photos: ..." lines.')
    extractor_version = models.CharField(max_length=20)
    visits = models.ManyToManyField("Visit", blank=True, related_name="articles")

    objects = CuratedManager()

    class Meta:
        ordering = ["-published", "id"]
        constraints = [
            *Curated.Meta.constraints,
            _precision_with_date("published", "published_precision"),
        ]

    def __str__(self):
        return self.title or f"(untitled) {self.source_file}"


class Role(Curated):
    """A person holding a title, as press texts attest it: one record per wording.

    "Russian President" and "President of Russia" are two records of one office; they share
    ``title_normalized`` ("president") and ``country``, which is how to group them.

    Texts cite a role on a date; they rarely give a term. ``first_cited``/``last_cited`` are
    the dates of the articles that cite it, never a start of office; ``start_date`` and
    ``end_date`` are for editors who know the term, with their precision.
    """

    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="roles",
        help_text="Who holds the title.",
    )
    title = models.CharField(max_length=300, help_text="As written: 'Russian President', 'President of Russia'.")
    title_normalized = models.CharField(max_length=300, db_index=True, help_text="Canonical lower-case form.")
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roles",
        help_text="The organization the title belongs to.",
    )
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roles",
        help_text="The state the title belongs to.",
    )
    first_cited = models.DateField(null=True, blank=True, db_index=True)
    last_cited = models.DateField(null=True, blank=True, db_index=True)
    last_cited_article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The latest article that cites the role.",
    )
    start_date = models.DateField(null=True, blank=True, help_text="Took office (editor-set).")
    start_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    end_date = models.DateField(null=True, blank=True, help_text="Left office (editor-set).")
    end_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    evidence = GenericRelation(Evidence, related_query_name="role")

    objects = CuratedManager()

    class Meta:
        ordering = ["person__sort_name", "title"]
        constraints = [
            *Curated.Meta.constraints,
            _end_not_before_start("first_cited", "last_cited", "cited_in_order"),
            _end_not_before_start("start_date", "end_date", "term_in_order"),
            _precision_with_date("start_date", "start_precision"),
            _precision_with_date("end_date", "end_precision"),
        ]

    def __str__(self):
        return f"{self.person}: {self.title}"


class VisitType(models.TextChoices):
    STATE = "state", "State visit"
    OFFICIAL = "official", "Official visit"
    WORKING = "working", "Working visit"
    INFORMAL = "informal", "Informal visit"


class Visit(Curated):
    guest = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="visits_as_guest",
        help_text="Who travelled.",
    )
    host = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="visits_as_host",
        help_text="Who received the guest.",
    )
    guest_country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="visits_out",
    )
    host_country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="visits_in",
    )
    visit_type = models.CharField(max_length=10, choices=VisitType.choices, blank=True, db_index=True)
    start_date = models.DateField(null=True, blank=True, db_index=True)
    end_date = models.DateField(null=True, blank=True, db_index=True)
    cities = models.JSONField(default=list, blank=True)
    summary = models.TextField(blank=True)
    evidence = GenericRelation(Evidence, related_query_name="visit")

    objects = CuratedManager()

    class Meta:
        ordering = ["-start_date", "id"]
        constraints = [
            *Curated.Meta.constraints,
            _end_not_before_start("start_date", "end_date", "end_not_before_start"),
            models.CheckConstraint(
                condition=models.Q(guest__isnull=True) | ~models.Q(guest=models.F("host")),
                name="%(app_label)s_%(class)s_guest_is_not_host",
            ),
        ]

    def __str__(self):
        guest = self.guest.name if self.guest_id else "?"
        where = self.host_country.name if self.host_country_id else "?"
        return f"{guest} in {where} ({self.start_date or 'undated'})"


class EventKind(models.TextChoices):
    ARRIVAL = "arrival", "Arrival"
    WELCOME_CEREMONY = "welcome_ceremony", "Welcome ceremony"
    TALKS_NARROW = "talks_narrow", "Talks in narrow format"
    TALKS_EXPANDED = "talks_expanded", "Talks in expanded format"
    TALKS = "talks", "Talks"
    SIGNING = "signing", "Signing"
    WREATH_LAYING = "wreath_laying", "Wreath laying"
    FORUM = "forum", "Forum"
    MEETING = "meeting", "Meeting"
    SUMMIT = "summit", "Summit"
    PRESS_CONFERENCE = "press_conference", "Press conference"
    DEPARTURE = "departure", "Departure"
    OTHER = "other", "Other"


class VisitEvent(Curated):
    """One item of a visit's programme."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="events", help_text="The visit.")
    kind = models.CharField(max_length=20, choices=EventKind.choices, default=EventKind.OTHER, db_index=True)
    description = models.TextField()
    date = models.DateField(null=True, blank=True, db_index=True)
    place = models.CharField(max_length=300, blank=True)
    participants = models.ManyToManyField(Person, blank=True, related_name="visit_events")
    position = models.PositiveIntegerField(default=0, help_text="Order within the programme.")
    evidence = GenericRelation(Evidence, related_query_name="visit_event")

    objects = CuratedManager()

    class Meta(Curated.Meta):
        ordering = ["visit_id", "date", "position"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.date or 'undated'})"


class AgreementKind(models.TextChoices):
    AGREEMENT = "agreement", "Agreement"
    MEMORANDUM = "memorandum", "Memorandum"
    DECLARATION = "declaration", "Declaration"
    TREATY = "treaty", "Treaty"
    PROTOCOL = "protocol", "Protocol"
    PROGRAMME = "programme", "Programme"
    DECISION = "decision", "Decision"
    DOCUMENT = "document", "Document"


class AgreementLevel(models.TextChoices):
    INTERSTATE = "interstate", "Interstate"
    INTERGOVERNMENTAL = "intergovernmental", "Intergovernmental"
    INTERDEPARTMENTAL = "interdepartmental", "Interdepartmental"


class AgreementStatus(models.TextChoices):
    EXPECTED = "expected", "Expected"
    SIGNED = "signed", "Signed"
    RATIFIED = "ratified", "Ratified"
    IN_FORCE = "in_force", "In force"


class Agreement(Curated):
    visit = models.ForeignKey(
        Visit,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
        help_text="The visit during which it was signed or announced.",
    )
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
        help_text="The article that states it.",
    )
    title = models.TextField(help_text="Title or description as written.")
    kind = models.CharField(max_length=12, choices=AgreementKind.choices, default=AgreementKind.AGREEMENT)
    level = models.CharField(max_length=20, choices=AgreementLevel.choices, blank=True)
    field = models.CharField(max_length=40, blank=True, db_index=True, help_text="health, education, energy, ...")
    parties = models.ManyToManyField(Country, blank=True, related_name="agreements")
    signatories = models.ManyToManyField(Person, blank=True, related_name="agreements_signed")
    in_presence_of = models.ManyToManyField(Person, blank=True, related_name="agreements_witnessed")
    date = models.DateField(null=True, blank=True, db_index=True)
    status = models.CharField(
        max_length=10,
        choices=AgreementStatus.choices,
        default=AgreementStatus.SIGNED,
        db_index=True,
    )
    count = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text='Where a text only says "20 agreements were signed".',
    )
    evidence = GenericRelation(Evidence, related_query_name="agreement")

    objects = CuratedManager()

    class Meta:
        ordering = ["-date", "id"]
        constraints = [
            *Curated.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(count__isnull=True) | models.Q(count__gte=1),
                name="%(app_label)s_%(class)s_count_positive",
            ),
        ]

    def __str__(self):
        return self.title[:80]


class Photo(Curated):
    """A photo an article printed, described after IPTC photo metadata."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="photos", help_text="Where it ran.")
    position = models.PositiveIntegerField(help_text="Order of the credit line in the article.")
    caption = models.TextField(blank=True)
    credit_line = models.CharField(max_length=500, help_text="The credit as printed, verbatim.")
    creator = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="photos_taken",
        help_text="The photographer.",
    )
    credit = models.CharField(max_length=300, blank=True, help_text="The agency or press service credited.")
    copyright_holder = models.CharField(max_length=300, blank=True)
    people_shown = models.ManyToManyField(Person, blank=True, related_name="photos_shown_in")
    image = models.FileField(upload_to="photos/", blank=True)
    evidence = GenericRelation(Evidence, related_query_name="photo")

    objects = CuratedManager()

    class Meta:
        ordering = ["article_id", "position"]
        constraints = [
            *Curated.Meta.constraints,
            models.UniqueConstraint(fields=["article", "position"], name="%(app_label)s_%(class)s_one_per_position"),
        ]

    def __str__(self):
        return self.credit_line


class Quote(Curated):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes", help_text="Where it ran.")
    speaker = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        help_text="Who said it.",
    )
    text = models.TextField()
    visit = models.ForeignKey(
        Visit,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        help_text="The visit it was said during.",
    )
    evidence = GenericRelation(Evidence, related_query_name="quote")

    objects = CuratedManager()

    class Meta(Curated.Meta):
        ordering = ["article_id", "id"]

    def __str__(self):
        return self.text[:80]
