"""Countries, people and organizations, with every name they were written under."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models

from people.base import Curated, CuratedQuerySet


class CountryManager(models.Manager):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class Country(models.Model):
    """Reference data: an ISO 3166 country with the names and demonyms the press uses."""

    code = models.CharField(max_length=2, unique=True, help_text="ISO 3166-1 alpha-2 code.")
    code3 = models.CharField(max_length=3, blank=True, help_text="ISO 3166-1 alpha-3 code.")
    name = models.CharField(max_length=100, db_index=True)
    names = models.JSONField(default=list, blank=True, help_text="Other names the press uses.")
    demonyms = models.JSONField(default=list, blank=True, help_text='"Kazakh", "Kazakhstani", ...')
    capital = models.CharField(max_length=100, blank=True)
    cities = models.JSONField(default=list, blank=True)

    objects = CountryManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[A-Z]{2}$"),
                name="%(app_label)s_%(class)s_code_iso",
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.code,)


class CuratedManager(models.Manager.from_queryset(CuratedQuerySet)):
    def get_by_natural_key(self, key):
        return self.get(key=key)


class Mergeable(Curated):
    """A curated record an editor can merge into another; the merged one becomes a redirect."""

    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_from",
        help_text="Set when an editor merged this record into another: the survivor.",
    )

    objects = CuratedManager()

    class Meta:
        abstract = True
        constraints = [
            *Curated.Meta.constraints,
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("id")),
                name="%(app_label)s_%(class)s_not_merged_into_self",
            ),
        ]


class PersonKind(models.TextChoices):
    OFFICIAL = "official", "Official"
    JOURNALIST = "journalist", "Journalist"
    PHOTOGRAPHER = "photographer", "Photographer"
    EXPERT = "expert", "Expert"
    ARTIST = "artist", "Artist"
    OTHER = "other", "Other"


class Person(Mergeable):
    name = models.CharField(max_length=200, help_text="Display name.")
    sort_name = models.CharField(max_length=200, blank=True, help_text="Surname first.")
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The country the person belongs to, where a text tells.",
    )
    kind = models.CharField(max_length=20, choices=PersonKind.choices, default=PersonKind.OTHER, db_index=True)
    description = models.TextField(blank=True)

    objects = CuratedManager()

    class Meta:
        ordering = ["sort_name", "name"]
        verbose_name_plural = "people"
        constraints = [
            *Mergeable.Meta.constraints,
        ]
        indexes = [  # (in Meta, not db_index=True: no "_like" twin on PostgreSQL; see PersonName)
            models.Index(fields=["name"], name="person_name_idx"),
            models.Index(fields=["sort_name", "name"], name="person_sort_name_idx"),
        ]

    def __str__(self):
        return self.name


class NameSource(models.TextChoices):
    IMPORT = "import", "Import"
    EDITOR = "editor", "Editor"
    MERGE = "merge", "Merge"


class PersonName(models.Model):
    """One spelling a person was written under, with the keys that import matching uses."""

    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="names",
        help_text="Who was written so.",
    )
    name = models.CharField(max_length=200)
    match_key = models.CharField(max_length=200, help_text="Accents, case and punctuation folded.")
    skeleton = models.CharField(
        max_length=200,
        help_text="Transliteration-folded key (kh/h, q/k, doubled letters).",
    )
    last_skeleton = models.CharField(
        max_length=100, blank=True,
        help_text="Skeleton of the last word: finds the holder of a lone surname without a table scan.",
    )
    source = models.CharField(max_length=10, choices=NameSource.choices, default=NameSource.IMPORT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["person", "name"], name="%(app_label)s_%(class)s_unique_per_person"),
        ]
        # (plain indexes in Meta, not ``db_index=True``: the keys are only ever matched whole, and on
        # PostgreSQL an indexed CharField gets a second "_like" index that every import would update)
        indexes = [
            models.Index(fields=["match_key"], name="personname_match_key_idx"),
            models.Index(fields=["skeleton"], name="personname_skeleton_idx"),
            models.Index(fields=["last_skeleton"], name="personname_last_skeleton_idx"),
        ]

    def __str__(self):
        return self.name


class OrganizationKind(models.TextChoices):
    GOVERNMENT_BODY = "government_body", "Government body"
    MINISTRY = "ministry", "Ministry"
    COMPANY = "company", "Company"
    UNIVERSITY = "university", "University"
    MEDIA = "media", "Media outlet"
    INTERNATIONAL = "international", "International organization"
    OTHER = "other", "Other"


class Organization(Mergeable):
    name = models.CharField(max_length=300, db_index=True)
    abbreviation = models.CharField(max_length=40, blank=True, db_index=True)
    kind = models.CharField(
        max_length=20,
        choices=OrganizationKind.choices,
        default=OrganizationKind.OTHER,
        db_index=True,
    )
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organizations",
        help_text="Where the organization belongs; empty for international ones.",
    )

    objects = CuratedManager()

    class Meta:
        ordering = ["name"]
        constraints = [
            *Mergeable.Meta.constraints,
        ]

    def __str__(self):
        return self.name


class OrganizationName(models.Model):
    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="names",
        help_text="Who was written so.",
    )
    name = models.CharField(max_length=300)
    match_key = models.CharField(max_length=300, db_index=True)
    source = models.CharField(max_length=10, choices=NameSource.choices, default=NameSource.IMPORT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "name"],
                name="%(app_label)s_%(class)s_unique_per_organization",
            ),
        ]

    def __str__(self):
        return self.name


class MatchVerdict(models.TextChoices):
    SAME = "same", "The same"
    DIFFERENT = "different", "Different"


class MatchDecision(models.Model):
    """An editor's judgement that two records are, or are not, the same.

    The pair is stored in canonical order (``left_id < right_id``) so that one pair has
    one decision. Automatic matching never merges a pair judged different.
    """

    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Person or organization.",
    )
    left_id = models.PositiveBigIntegerField()
    right_id = models.PositiveBigIntegerField()
    verdict = models.CharField(max_length=10, choices=MatchVerdict.choices)
    note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The editor who decided.",
    )
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(left_id__lt=models.F("right_id")),
                name="%(app_label)s_%(class)s_ordered_pair",
            ),
            models.UniqueConstraint(
                fields=["content_type", "left_id", "right_id"],
                name="%(app_label)s_%(class)s_one_per_pair",
            ),
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.left_id} / {self.right_id}: {self.verdict}"
