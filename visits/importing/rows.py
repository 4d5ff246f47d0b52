"""Plain rows written straight to the database, for tables that keep no history and give no ids back.

``bulk_create`` builds a model instance per row and prepares every field of it in Python: for
the many small rows an import writes (evidence spans, spellings, many-to-many links) that is
most of the cost. Here rows are plain tuples of values the database takes as they are (ids,
numbers, text), sent as one ``INSERT`` per table: on PostgreSQL one array per column
(``INSERT ... SELECT * FROM unnest(...)``, a handful of parameters however many rows), elsewhere
multi-row ``VALUES``. Fields left out take their default.
"""

from __future__ import annotations

from django.db import connection, models
from django.utils import timezone

_PARAMS = 10_000  # values per statement (multi-row VALUES), well under SQLite's limit of 32,766


def insert_rows(model: type[models.Model], fields: list[str], rows: list[tuple], *, ignore_conflicts: bool = False):
    """Insert ``rows`` (tuples in the order of ``fields``, attribute names); duplicates skipped if asked."""
    if not rows:
        return
    given = set(fields)
    extra, constants = [], []
    for field in model._meta.concrete_fields:
        if field.attname in given or field.primary_key:
            continue
        if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
            value = timezone.now()
        elif field.has_default():
            value = field.get_default()
        else:
            raise ValueError(f"{model.__name__}.{field.attname} has no default: give it")
        extra.append(field)
        constants.append(field.get_db_prep_save(value, connection))
    qn = connection.ops.quote_name
    by_name = {f.attname: f for f in model._meta.concrete_fields}
    targets = [by_name[name] for name in fields] + extra
    columns = ", ".join(qn(f.column) for f in targets)
    suffix = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    table = qn(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            arrays = [list(column) for column in zip(*rows, strict=True)] + [[c] * len(rows) for c in constants]
            unnest = ", ".join(f"%s::{f.db_type(connection)}[]" for f in targets)
            cursor.execute(f"INSERT INTO {table} ({columns}) SELECT * FROM unnest({unnest}){suffix}", arrays)
            return
        one = "(" + ", ".join(["%s"] * len(targets)) + ")"
        step = max(1, _PARAMS // len(targets))
        for start in range(0, len(rows), step):
            chunk = rows[start : start + step]
            params = [value for row in chunk for value in (*row, *constants)]
            cursor.execute(f"INSERT INTO {table} ({columns}) VALUES {', '.join([one] * len(chunk))}{suffix}", params)


def update_rows(model: type[models.Model], fields: list[str], records: list[models.Model]) -> None:
    """Write these fields of these saved records back in one ``UPDATE`` (no signals, no per-row ``CASE``)."""
    if not records:
        return
    targets = [model._meta.get_field(name) for name in fields]
    pk = model._meta.pk
    rows = [(obj.pk, *(f.get_db_prep_save(getattr(obj, f.attname), connection) for f in targets)) for obj in records]
    qn = connection.ops.quote_name
    table = qn(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            names = ["id", *(f"v{i}" for i in range(len(targets)))]
            sets = ", ".join(f"{qn(f.column)} = v.v{i}" for i, f in enumerate(targets))
            unnest = ", ".join(f"%s::{f.db_type(connection)}[]" for f in [pk, *targets])
            arrays = [list(column) for column in zip(*rows, strict=True)]
            cursor.execute(
                f"UPDATE {table} SET {sets} FROM unnest({unnest}) AS v({', '.join(names)})"
                f" WHERE {table}.{qn(pk.column)} = v.id",
                arrays,
            )
            return
        one = "(" + ", ".join(["%s"] * (len(targets) + 1)) + ")"
        sets = ", ".join(f"{qn(f.column)} = v.column{i + 2}" for i, f in enumerate(targets))
        step = max(1, _PARAMS // (len(targets) + 1))
        for start in range(0, len(rows), step):
            chunk = rows[start : start + step]
            cursor.execute(
                f"UPDATE {table} SET {sets} FROM (VALUES {', '.join([one] * len(chunk))}) AS v"
                f" WHERE {table}.{qn(pk.column)} = v.column1",
                [value for row in chunk for value in row],
            )
