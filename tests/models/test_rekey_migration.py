"""The data migration that recomputes stored spellings' keys after the name folding changed."""

import importlib

import pytest
from django.apps import apps

from people.models import Organization, OrganizationName, Person, PersonName

pytestmark = pytest.mark.django_db

rekey = importlib.import_module("people.migrations._rekey").rekey


def test_stale_keys_are_recomputed_and_a_new_spelling_finds_the_person():
    person = Person.objects.create(key="pe:x", name="Đặng Minh Tú", sort_name="Tú Đặng Minh")
    # as stored before 'đ' was folded to 'd': the letter was dropped
    PersonName.objects.create(person=person, name="Đặng Minh Tú", match_key="ang minh tu", skeleton="ang min tu",
                              last_skeleton="tu")
    org = Organization.objects.create(key="or:x", name="Ørsted Fund")
    OrganizationName.objects.create(organization=org, name="Ørsted Fund", match_key="rsted fund")
    rekey(apps, None)
    name = PersonName.objects.get()
    assert (name.match_key, name.last_skeleton) == ("dang minh tu", "tu")
    assert OrganizationName.objects.get(organization=org).match_key == "orsted fund"


# (migration, stored name, its skeleton before the fold, skeleton after, a spelling written the other way)
FOLDS = [
    ("0006_rekey_mb", "Kostas Lymperopoulos", "kostas limperopoulos", "kostas limberopulos", "Kostas Lymberopoulos"),
    ("0007_rekey_arabic_vowels", "Hamid Kadhim Al-Tamimi", "hamid kadhim al tamimi", "hamid kazim al tamimi",
     "Hameed Kazim al-Tamimi"),
    ("0008_rekey_ts", "Darko Tsvetanov", "darko tsvetanov", "darko kvetanov", "Darko Cvetanov"),
]


@pytest.mark.parametrize(("migration", "name", "stale", "fresh", "other"), FOLDS, ids=[f[0] for f in FOLDS])
def test_a_fold_migration_recomputes_skeletons_and_a_new_spelling_finds_the_person(migration, name, stale, fresh,
                                                                                   other):
    from visits.importing.resolve import PeopleIndex, PersonQuery

    assert importlib.import_module(f"people.migrations.{migration}").Migration.operations[0].code is rekey
    words = name.split()
    person = Person.objects.create(key="pe:y", name=name, sort_name=f"{words[-1]} {words[0]}")
    # as stored before the fold
    PersonName.objects.create(person=person, name=name, match_key=name.lower().replace("-", " "), skeleton=stale,
                              last_skeleton=stale.split()[-1])
    rekey(apps, None)
    assert PersonName.objects.get().skeleton == fresh
    query = PersonQuery(name=other, variants=[], country=None)
    assert [p.pk if p else None for p in PeopleIndex([query]).find([query])] == [person.pk]
