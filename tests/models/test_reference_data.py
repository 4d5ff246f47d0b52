"""The reference data of fixtures/ is loaded by migrate and can be loaded again without duplicates."""

from io import StringIO

import pytest
from django.core.management import call_command

from people.models import Country, Organization, Person

pytestmark = pytest.mark.django_db


def test_every_country_is_loaded_with_demonyms():
    assert Country.objects.count() >= 240
    kz = Country.objects.get_by_natural_key("KZ")
    assert kz.name == "Kazakhstan" and "Kazakh" in kz.demonyms
    assert "Russian" in Country.objects.get(code="RU").demonyms


def test_international_organizations_are_loaded_with_abbreviations():
    csto = Organization.objects.get(abbreviation="CSTO")
    assert csto.kind == "international" and csto.review_status == "confirmed"
    assert csto.names.filter(name="CSTO").exists()
    assert Organization.objects.get_by_natural_key(csto.key) == csto


def test_loading_again_changes_nothing():
    before = (Country.objects.count(), Organization.objects.count())
    call_command("load_reference", stdout=StringIO())
    assert (Country.objects.count(), Organization.objects.count()) == before


def test_reference_data_names_no_person():
    assert Person.objects.count() == 0
