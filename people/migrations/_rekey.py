"""Recompute the match keys of stored spellings with today's name folding (used by data migrations).

Spellings keep the keys they were stored with; when ``name_key`` or ``name_skeleton`` learns to
fold more, a migration runs this so that a new text finds the people stored before.
"""

from visits.extraction.normalize import name_key, name_skeleton


def rekey(apps, schema_editor):
    PersonName = apps.get_model("people", "PersonName")
    changed = []
    for row in PersonName.objects.only("id", "name", "match_key", "skeleton", "last_skeleton").iterator():
        skeleton = name_skeleton(row.name)[:200]
        tokens = skeleton.split()
        keys = (name_key(row.name)[:200], skeleton, tokens[-1][:100] if len(tokens) > 1 else "")
        if keys != (row.match_key, row.skeleton, row.last_skeleton):
            row.match_key, row.skeleton, row.last_skeleton = keys
            changed.append(row)
    PersonName.objects.bulk_update(changed, ["match_key", "skeleton", "last_skeleton"], batch_size=1000)
    OrganizationName = apps.get_model("people", "OrganizationName")
    changed = []
    for row in OrganizationName.objects.only("id", "name", "match_key").iterator():
        key = name_key(row.name)[:300]
        if key != row.match_key:
            row.match_key = key
            changed.append(row)
    OrganizationName.objects.bulk_update(changed, ["match_key"], batch_size=1000)
