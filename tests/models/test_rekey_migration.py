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


def test_the_mb_fold_migration_recomputes_skeletons_and_a_new_spelling_finds_the_person():
    from visits.importing.resolve import PeopleIndex, PersonQuery

    migration = importlib.import_module("people.migrations.0006_rekey_mb")
    assert migration.Migration.operations[0].code is rekey
    person = Person.objects.create(key="pe:y", name="Kostas Lymperopoulos", sort_name="Lymperopoulos Kostas")
    # as stored before "mp" folded into "mb"
    PersonName.objects.create(person=person, name="Kostas Lymperopoulos", match_key="kostas lymperopoulos",
                              skeleton="kostas limperopoulos", last_skeleton="limperopoulos")
    rekey(apps, None)
    assert PersonName.objects.get().skeleton == "kostas limberopulos"
    query = PersonQuery(name="Kostas Lymberopoulos", variants=[], country=None)
    assert [p.pk if p else None for p in PeopleIndex([query]).find([query])] == [person.pk]


def test_the_arabic_spelling_migration_recomputes_skeletons_and_a_new_spelling_finds_the_person():
    from visits.importing.resolve import PeopleIndex, PersonQuery

    migration = importlib.import_module("people.migrations.0007_rekey_arabic_vowels")
    assert migration.Migration.operations[0].code is rekey
    person = Person.objects.create(key="pe:z", name="Hamid Kadhim Al-Tamimi", sort_name="Al-Tamimi Hamid")
    # as stored before "dh" folded into "z"
    PersonName.objects.create(person=person, name="Hamid Kadhim Al-Tamimi", match_key="hamid kadhim al tamimi",
                              skeleton="hamid kadhim al tamimi", last_skeleton="tamimi")
    rekey(apps, None)
    assert PersonName.objects.get().skeleton == "hamid kazim al tamimi"
    query = PersonQuery(name="Hameed Kazim al-Tamimi", variants=[], country=None)
    assert [p.pk if p else None for p in PeopleIndex([query]).find([query])] == [person.pk]
