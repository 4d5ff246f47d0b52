"""Abstract bases shared by every curated record of the archive (people and visits apps)."""

from django.db import models
from simple_history.models import HistoricalRecords


class ReviewStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class LeanHistoricalRecords(HistoricalRecords):
    """History that indexes only what history is read by: the record's id (and the date).

    simple-history copies every indexed and unique field into the history table as an index:
    sixteen on a person's history, each updated by every import. History is read per record
    (``record.history``) and by date, so every other copied index only slows writes down.
    """

    def copy_fields(self, model):
        fields = super().copy_fields(model)
        for name, field in fields.items():
            if name != "id":
                field.db_index = False
        return fields


class Timestamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class CuratedQuerySet(models.QuerySet):
    def public(self):
        """What the public API serves: everything an editor has not rejected."""
        return self.exclude(review_status=ReviewStatus.REJECTED)


class Curated(Timestamped):
    """A record the importer proposes and editors review.

    ``key`` is deterministic for imported records (a hash of the article and the normalised
    fact), so re-importing the same text finds the same record, including a rejected one.
    ``locked_fields`` lists what an editor changed; the importer never overwrites those.
    """

    key = models.CharField(  # noqa: DJ001 (NULL for hand-made records; unique by a constraint in Meta)
        max_length=80,
        null=True,
        blank=True,
        editable=False,
        help_text="Deterministic import key; empty for records created by hand.",
    )
    review_status = models.CharField(
        max_length=12,
        choices=ReviewStatus.choices,
        default=ReviewStatus.PROPOSED,
        db_index=True,
    )
    confidence = models.FloatField(default=1.0, help_text="The importer's confidence, from 0 to 1.")
    locked_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields an editor changed: re-import never overwrites them.",
    )

    history = LeanHistoricalRecords(inherit=True)
    objects = CuratedQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1),
                name="%(app_label)s_%(class)s_confidence_range",
            ),
            # A constraint, not ``unique=True``: on PostgreSQL a unique or indexed CharField also gets a
            # second "_like" index (varchar_pattern_ops) for LIKE 'prefix%', which nothing asks of an
            # opaque hash key. Each insert updated both random-key indexes.
            models.UniqueConstraint(fields=["key"], name="%(app_label)s_%(class)s_key_unique"),
        ]

    def natural_key(self):
        return (self.key,)

    def lock(self, *fields: str) -> None:
        """Mark fields as edited by hand (call ``save`` afterwards)."""
        self.locked_fields = sorted(set(self.locked_fields or []) | set(fields))
