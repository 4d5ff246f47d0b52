"""Imported records keep a full change history, written by the database in bulk."""

import datetime

import pytest

from people.models import Person
from tests.importing.builders import article
from visits.importing.history import snapshot
from visits.importing.loader import article_load
from visits.models import Photo, Role

pytestmark = pytest.mark.django_db


def test_every_imported_record_has_its_created_history_row():
    article_load(article(), source_file="seeds/t.txt")
    for model in (Person, Role, Photo):
        for record in model.objects.all():
            (row,) = record.history.all()
            assert row.history_type == "+" and row.history_user is None
            assert row.instance.key == record.key
            assert row.instance.confidence == record.confidence
            assert row.instance.locked_fields == record.locked_fields


def test_a_role_cited_again_records_the_change():
    article_load(article(day=(2024, 3, 4)), source_file="a.txt")
    article_load(article(body=article().body + " Later.", day=(2024, 5, 6)), source_file="b.txt")
    role = Role.objects.filter(person__name="Aziz Karimov").get()
    assert role.last_cited == datetime.date(2024, 5, 6)
    types = list(role.history.order_by("history_id").values_list("history_type", "last_cited"))
    assert types == [("+", datetime.date(2024, 3, 4)), ("~", datetime.date(2024, 5, 6))]


def test_snapshot_copies_every_tracked_field():
    person = Person.objects.create(name="Ada Novak", sort_name="Novak Ada", description="economist")
    person.history.all().delete()
    person.locked_fields = ["name"]
    person.save_without_historical_record()
    snapshot(Person, [person.pk], "~")
    row = person.history.get()
    assert (row.name, row.sort_name, row.description, row.locked_fields) == (
        "Ada Novak",
        "Novak Ada",
        "economist",
        ["name"],
    )
    assert row.history_date is not None and row.history_type == "~"
