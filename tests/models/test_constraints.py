"""Each database constraint of the data model, broken once."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import IntegrityError, transaction

from people.models import Country, MatchDecision, OrganizationName, Person, PersonName
from tests.factories import (
    AgreementFactory,
    ArticleFactory,
    EvidenceFactory,
    OrganizationFactory,
    PersonFactory,
    PhotoFactory,
    QuoteFactory,
    RoleFactory,
    VisitEventFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db


def breaks(fn):
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def test_person_cannot_be_merged_into_itself():
    person = PersonFactory()
    person.merged_into = person
    breaks(person.save)


def test_organization_cannot_be_merged_into_itself():
    org = OrganizationFactory()
    org.merged_into = org
    breaks(org.save)


CURATED_FACTORIES = [
    PersonFactory,
    OrganizationFactory,
    ArticleFactory,
    RoleFactory,
    VisitFactory,
    VisitEventFactory,
    AgreementFactory,
    PhotoFactory,
    QuoteFactory,
]


@pytest.mark.parametrize("factory", CURATED_FACTORIES, ids=lambda f: f._meta.model.__name__)
@pytest.mark.parametrize("confidence", [1.5, -0.1])
def test_confidence_outside_zero_to_one_is_refused(factory, confidence):
    breaks(lambda: factory(confidence=confidence))


def test_migrations_match_the_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_import_key_is_unique():
    PersonFactory(key="pe:same")
    breaks(lambda: PersonFactory(key="pe:same"))


def test_person_name_is_unique_per_person():
    person = PersonFactory(name="Ann Example")
    breaks(lambda: PersonName.objects.create(person=person, name="Ann Example", match_key="x", skeleton="x"))


def test_country_code_must_be_two_capitals():
    breaks(lambda: Country.objects.create(code="kz", name="Lower"))


def test_article_content_hash_is_unique():
    ArticleFactory(content_hash="a" * 64)
    breaks(lambda: ArticleFactory(content_hash="a" * 64))


def test_article_date_needs_its_precision():
    breaks(lambda: ArticleFactory(published=datetime.date(2024, 1, 1), published_precision=""))
    breaks(lambda: ArticleFactory(published=None, published_precision="day"))


def test_visit_cannot_end_before_it_starts():
    breaks(lambda: VisitFactory(start_date=datetime.date(2024, 11, 28), end_date=datetime.date(2024, 11, 27)))


def test_visit_guest_is_not_the_host():
    person = PersonFactory()
    breaks(lambda: VisitFactory(guest=person, host=person))


def test_role_last_cited_not_before_first_cited():
    breaks(lambda: RoleFactory(first_cited=datetime.date(2025, 1, 2), last_cited=datetime.date(2025, 1, 1)))


def test_role_term_cannot_end_before_it_starts():
    breaks(
        lambda: RoleFactory(
            start_date=datetime.date(2020, 1, 1),
            start_precision="year",
            end_date=datetime.date(2019, 1, 1),
            end_precision="year",
        )
    )


def test_role_start_date_needs_its_precision():
    breaks(lambda: RoleFactory(start_date=datetime.date(2020, 1, 1), start_precision=""))


def test_agreement_count_is_positive():
    breaks(lambda: AgreementFactory(count=0))


def test_photo_position_is_unique_per_article():
    article = ArticleFactory()
    PhotoFactory(article=article, position=1)
    breaks(lambda: PhotoFactory(article=article, position=1))


def test_evidence_span_must_not_be_empty():
    breaks(lambda: EvidenceFactory(start=5, end=5))


def test_evidence_is_unique_per_record_and_span():
    article, person = ArticleFactory(), PersonFactory()
    EvidenceFactory(article=article, record=person, start=0, end=4)
    breaks(lambda: EvidenceFactory(article=article, record=person, start=0, end=4))


def test_match_decision_pair_is_ordered_and_unique():
    ct = ContentType.objects.get_for_model(Person)
    breaks(lambda: MatchDecision.objects.create(content_type=ct, left_id=5, right_id=3, verdict="same"))
    MatchDecision.objects.create(content_type=ct, left_id=3, right_id=5, verdict="same")
    breaks(lambda: MatchDecision.objects.create(content_type=ct, left_id=3, right_id=5, verdict="different"))


def test_changes_are_kept_in_history():
    person = PersonFactory(name="Ann Example")
    person.name = "Ann Q. Example"
    person.save()
    assert [h.name for h in person.history.order_by("history_date")] == ["Ann Example", "Ann Q. Example"]


def test_organization_name_is_unique_per_organization():
    org = OrganizationFactory()
    OrganizationName.objects.create(organization=org, name="Example Agency", match_key="example agency")
    breaks(lambda: OrganizationName.objects.create(organization=org, name="Example Agency", match_key="x"))


def test_role_end_date_needs_its_precision():
    breaks(lambda: RoleFactory(end_date=datetime.date(2020, 1, 1), end_precision=""))


@pytest.mark.parametrize("factory", [PersonFactory, OrganizationFactory, ArticleFactory, VisitFactory, RoleFactory,
                                     AgreementFactory, PhotoFactory, QuoteFactory, VisitEventFactory])
def test_import_key_is_unique_but_hand_made_records_may_have_none(factory):
    first = factory(key="k:same")
    breaks(lambda: factory(key="k:same"))
    factory(key=None), factory(key=None)  # records made by hand have no key, as many as editors make
    assert type(first).objects.filter(key__isnull=True).count() == 2


def test_import_keys_have_no_pattern_index_on_postgresql():
    """The keys import matching looks up whole carry one plain index each: no "_like" twin for LIKE 'x%'
    (Django adds one to every unique or db_index CharField on PostgreSQL), which every insert would update."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("pattern-ops indexes exist on PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename, indexdef FROM pg_indexes WHERE indexdef LIKE '%%pattern_ops%%'")
        pattern = cursor.fetchall()
    hot = {"key", "match_key", "skeleton", "last_skeleton", "name", "sort_name"}
    offending = [(table, d) for table, d in pattern
                 if table in {"people_person", "people_personname"} | {
                     f"visits_{m}" for m in ("article", "visit", "visitevent", "role", "agreement", "photo", "quote")}
                 and d.rsplit("(", 1)[1].split()[0].strip('"') in hot]
    assert offending == []
