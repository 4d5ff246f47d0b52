"""factory_boy factories for the archive's models."""

import datetime

import factory

from people.models import Country, Organization, Person
from visits.importing.resolve import person_name
from visits.models import Agreement, Article, Evidence, Photo, Quote, Role, Visit, VisitEvent


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    name = factory.Sequence(lambda n: f"Country {n}")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person
        skip_postgeneration_save = True

    key = factory.Sequence(lambda n: f"pe:test-{n}")
    name = factory.Sequence(lambda n: f"Given{n} Surname{n}")
    sort_name = factory.LazyAttribute(lambda p: " ".join(reversed(p.name.split())))
    kind = "official"

    @factory.post_generation
    def spellings(person, create, extracted, **kwargs):
        if create:
            for spelling in dict.fromkeys([person.name, *(extracted or [])]):
                person_name(person, spelling).save()


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    key = factory.Sequence(lambda n: f"or:test-{n}")
    name = factory.Sequence(lambda n: f"Organization {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    key = factory.Sequence(lambda n: f"ar:test-{n}")
    title = factory.Sequence(lambda n: f"Article {n}")
    source_file = factory.Sequence(lambda n: f"seeds/{n:03}.txt")
    raw_text = "President Given Surname arrived."
    body = "President Given Surname arrived."
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    extractor_version = "test"
    published = datetime.date(2024, 11, 27)
    published_precision = "day"
    published_basis = "explicit"


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit

    key = factory.Sequence(lambda n: f"vi:test-{n}")
    guest = factory.SubFactory(PersonFactory)
    host = factory.SubFactory(PersonFactory)
    visit_type = "state"
    start_date = datetime.date(2024, 11, 27)
    end_date = datetime.date(2024, 11, 28)
    cities = ["Astana"]


class VisitEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VisitEvent

    visit = factory.SubFactory(VisitFactory)
    kind = "arrival"
    description = "The guest's plane landed."
    date = datetime.date(2024, 11, 27)


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    person = factory.SubFactory(PersonFactory)
    title = "President"
    title_normalized = "president"
    first_cited = datetime.date(2024, 11, 27)
    last_cited = datetime.date(2024, 11, 27)


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    title = "agreement on cooperation in healthcare"
    kind = "agreement"
    status = "signed"


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    article = factory.SubFactory(ArticleFactory)
    position = factory.Sequence(lambda n: n)
    caption = "The leaders shake hands."
    credit_line = "Photo by the press service"
    credit = "the press service"


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(PersonFactory)
    text = "We view our neighbours as friends."


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    article = factory.SubFactory(ArticleFactory)
    record = factory.SubFactory(PersonFactory)
    start = 0
    end = 9
    snippet = "President"
