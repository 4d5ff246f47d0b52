"""Matching an extracted person to the archive: shorter forms of long names, and their limits."""

import pytest

from people.models import Country, Person
from visits.importing.resolve import PeopleIndex, PersonQuery, person_name

pytestmark = pytest.mark.django_db


def _stored(name, country=None):
    person = Person.objects.create(key=f"pe:{name}", name=name, sort_name=name, country=country)
    person_name(person, name).save()
    return person


def _found(name, country=None):
    query = PersonQuery(name=name, variants=[], country=country)
    [person] = PeopleIndex([query]).find([query])
    return person.name if person else None


def test_a_long_name_finds_the_person_stored_under_a_shorter_form():
    _stored("Ana Ruiz Soto")
    _stored("Isabel Cristina Londono")
    assert _found("Ana Maria Ruiz Soto") == "Ana Ruiz Soto"  # a middle name left out
    assert _found("Isabel Cristina Londono de Arboleda") == "Isabel Cristina Londono"  # a leading part


def test_shorter_forms_of_two_words_two_candidates_or_another_country_match_nobody():
    _stored("Ahmed Hassan")
    assert _found("Ahmed Ali Hassan") is None  # too short a form to be sure
    _stored("Ana Ruiz Soto")
    _stored("Ana Maria Soto")
    assert _found("Ana Maria Ruiz Soto") is None  # two shorter forms, two people: an editor decides
    chile = Country.objects.get(code="CL")
    _stored("Luis Gomez Pena", country=chile)
    assert _found("Luis Alberto Gomez Pena", country="PE") is None
    assert _found("Luis Alberto Gomez Pena", country="CL") == "Luis Gomez Pena"
