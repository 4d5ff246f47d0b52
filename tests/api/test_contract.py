"""Every route of /api/v1/ answers with at least the fields of the API contract."""

import pytest
from django.core.management import call_command

from tests.factories import (
    AgreementFactory,
    ArticleFactory,
    OrganizationFactory,
    PersonFactory,
    PhotoFactory,
    QuoteFactory,
    RoleFactory,
    VisitEventFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db

CONTRACT = {
    "articles": {"id", "title", "outlet", "author", "published", "source_file", "visits"},
    "visits": {
        "id",
        "guest",
        "host",
        "guest_country",
        "host_country",
        "visit_type",
        "start_date",
        "end_date",
        "cities",
        "events",
    },
    "people": {"id", "name", "aliases", "country", "kind", "roles"},
    "roles": {"id", "person", "title", "organization", "as_of", "article"},
    "organizations": {"id", "name", "kind", "country"},
    "agreements": {"id", "visit", "title", "kind", "count", "signatories", "date", "status"},
    "photos": {"id", "article", "caption", "credit_line", "photographer", "agency", "people_shown"},
    "quotes": {"id", "speaker", "text", "article"},
}


@pytest.fixture
def archive():
    article = ArticleFactory()
    visit = VisitFactory()
    article.visits.add(visit)
    VisitEventFactory(visit=visit)
    RoleFactory(person=visit.guest, last_cited_article=article)
    AgreementFactory(visit=visit, article=article, count=20)
    PhotoFactory(article=article, creator=PersonFactory(kind="photographer"))
    QuoteFactory(article=article, speaker=visit.host)
    OrganizationFactory()
    return visit


@pytest.mark.parametrize("resource", sorted(CONTRACT))
def test_list_and_detail_carry_contract_fields(api, archive, resource):
    page = api.get(f"/api/v1/{resource}/").json()
    assert {"count", "next", "previous", "results"} <= set(page)
    assert page["results"], f"{resource} listed nothing"
    first = page["results"][0]
    assert CONTRACT[resource] <= set(first)
    detail = api.get(f"/api/v1/{resource}/{first['id']}/")
    assert detail.status_code == 200
    assert CONTRACT[resource] <= set(detail.json())


def test_visit_people_are_id_and_name(api, archive):
    visit = api.get(f"/api/v1/visits/{archive.pk}/").json()
    assert visit["guest"] == {"id": archive.guest.pk, "name": archive.guest.name}
    assert visit["events"][0]["kind"] == "arrival"


def test_page_size_is_honoured_up_to_500(api):
    PersonFactory.create_batch(3)
    assert len(api.get("/api/v1/people/?page_size=2").json()["results"]) == 2
    page = api.get("/api/v1/people/?page_size=5000").json()
    assert len(page["results"]) == 3 and page["next"] is None


def test_rejected_records_are_not_served(api):
    kept, rejected = PersonFactory(), PersonFactory(review_status="rejected")
    ids = {p["id"] for p in api.get("/api/v1/people/").json()["results"]}
    assert kept.pk in ids and rejected.pk not in ids
    assert api.get(f"/api/v1/people/{rejected.pk}/").status_code == 404


def test_merged_person_redirects_to_survivor(api):
    survivor = PersonFactory()
    merged = PersonFactory(merged_into=survivor)
    response = api.get(f"/api/v1/people/{merged.pk}/")
    assert response.status_code == 301
    assert response["Location"].endswith(f"/api/v1/people/{survivor.pk}/")


def test_api_is_read_only_for_anonymous_users(api, archive):
    assert api.post("/api/v1/people/", {"name": "New"}).status_code in (401, 403, 405)
    assert api.delete(f"/api/v1/visits/{archive.pk}/").status_code in (401, 403, 405)


def test_people_filter_by_any_spelling(api):
    person = PersonFactory(name="Anna Example", spellings=["Ana Eksample"])
    PersonFactory(name="Other Person")
    results = api.get("/api/v1/people/?name=eksample").json()["results"]
    assert [p["id"] for p in results] == [person.pk]


@pytest.mark.parametrize("resource", sorted(CONTRACT))
def test_list_query_count_does_not_grow_with_items(resource, api, django_assert_max_num_queries):
    def make(n):
        for _ in range(n):
            article = ArticleFactory()
            visit = VisitFactory()
            article.visits.add(visit)
            VisitEventFactory(visit=visit)
            RoleFactory(person=visit.guest, last_cited_article=article)
            AgreementFactory(visit=visit, article=article)
            PhotoFactory(article=article)
            QuoteFactory(article=article)
            OrganizationFactory()

    make(1)
    with django_assert_max_num_queries(12) as one:
        api.get(f"/api/v1/{resource}/")
    make(2)
    with django_assert_max_num_queries(len(one.captured_queries)):
        api.get(f"/api/v1/{resource}/")


def test_schema_validates_without_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yml"))
    assert "/api/v1/visits/" in (tmp_path / "schema.yml").read_text()


def test_docs_page_renders(api):
    assert api.get("/api/v1/docs/").status_code == 200
