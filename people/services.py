"""Curation writes shared by the admin and scripts: review decisions and field locks."""

from django.db import transaction
from django.db.models import QuerySet

from people.base import Curated, ReviewStatus

# Fields an admin form may change that are bookkeeping, not facts: never locked.
UNLOCKABLE = frozenset({"review_status", "locked_fields", "confidence"})


def record_edit(*, record: Curated, changed: list[str]) -> None:
    """Lock the fields an editor changed so that re-import never overwrites them."""
    fields = [f for f in changed if f not in UNLOCKABLE]
    if fields:
        record.lock(*fields)


@transaction.atomic
def review_set(*, queryset: QuerySet, status: str) -> int:
    """Confirm or reject records in bulk; one history entry per record."""
    if status not in ReviewStatus.values:
        raise ValueError(f"unknown review status {status!r}")
    count = 0
    for record in queryset.select_for_update():
        if record.review_status != status:
            record.review_status = status
            record.save(update_fields=["review_status", "updated_at"])
            count += 1
    return count
