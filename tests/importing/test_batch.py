"""Loading articles in batches: the same archive as one at a time, and a bad article costs no other."""

import pytest

from people.models import Person, PersonName
from tests.importing.builders import BODY, article, span_of
from visits.extraction.types import ExtractedPerson
from visits.importing.loader import article_load, batch_load
from visits.importing.resolve import Lookups, person_keys
from visits.importing.run import load_batch
from visits.models import Article, Evidence, Role, Visit

pytestmark = pytest.mark.django_db


def later_report(suffix=" The talks went on."):
    """A second article (a different text) about the same visit, naming the guest by surname only."""
    body = BODY + suffix
    x = article(body=body, day=(2024, 3, 5))
    x.people[0] = ExtractedPerson(name="Karimov", variants=["Karimov"], country="UZ", kind="official",
                                  mentions=[span_of("Karimov", body)], confidence=0.9)
    return x


def state():
    return {
        "people": sorted(Person.objects.values_list("name", "kind", "country_id")),
        "names": sorted(PersonName.objects.values_list("person__name", "name")),
        "roles": sorted(Role.objects.values_list("person__name", "title", "first_cited", "last_cited")),
        "visits": sorted(Visit.objects.values_list("guest__name", "start_date", "end_date")),
        "evidence": Evidence.objects.count(),
    }


def test_a_batch_gives_the_archive_that_one_article_at_a_time_gives():
    items = [(article(), "a.txt"), (later_report(), "b.txt")]
    results = batch_load(items)
    assert [r.status for r in results] == ["created", "created"]
    # the second article found the person, the role and the visit the first one made in the same batch
    assert results[1].created["people"] == 0 and results[1].created["visits"] == 0
    batched = state()
    for model in (Article, Visit, Person):
        model.objects.all().delete()
    for x, name in items:
        article_load(x, source_file=name)
    assert state() == batched
    first, second = (x.metadata.published.to_date() for x, _ in items)
    assert batched["roles"][0][2:] == (first, second)  # the role is dated by both articles


def test_the_same_text_twice_in_a_batch_is_stored_once():
    results = batch_load([(article(), "a.txt"), (article(), "copy.txt")])
    assert [r.status for r in results] == ["created", "unchanged"]
    assert results[0].article_id == results[1].article_id == Article.objects.get().pk


def test_a_failing_article_is_reported_and_the_rest_of_its_batch_lands(tmp_path):
    broken = later_report(" Something else happened.")
    broken.photos[0].position = -1  # breaks the database's unsigned rule, in the middle of the batch's writes
    batch = [(tmp_path / "a.txt", article()), (tmp_path / "b.txt", broken), (tmp_path / "c.txt", later_report())]
    reports = load_batch(batch, lookups=Lookups())
    assert [r.status for r in reports] == ["created", "error", "created"]
    assert reports[1].path.endswith("b.txt") and "could not be stored" in reports[1].reason
    assert sorted(Article.objects.values_list("source_file", flat=True)) == [str(tmp_path / "a.txt"),
                                                                            str(tmp_path / "c.txt")]
    assert Person.objects.filter(name="Aziz Karimov").count() == 1  # nothing of the failed batch was left behind


def test_a_batch_costs_what_one_article_does(django_assert_max_num_queries):
    article_load(article(), source_file="warm.txt")  # content types and countries cached
    bodies = [BODY + f" Day {n} of the talks." for n in range(20)]
    items = [(article(body=body, title=f"Day {n}"), f"{n}.txt") for n, body in enumerate(bodies)]
    with django_assert_max_num_queries(35):  # 31, as for one article; 30 an article when loaded one by one
        batch_load(items, lookups=Lookups())
    assert Article.objects.count() == 21 and Visit.objects.count() == 1
    assert Visit.objects.get().articles.count() == 21


def test_namesakes_get_keys_from_where_they_were_read_in_one_query(django_assert_max_num_queries):
    first, second = person_keys(["Aziz Karimov", "Aziz Karimov"], ["text1:0", "text2:3"])
    assert second.startswith(f"{first}-") and second != first
    for n in range(30):  # however many namesakes the archive holds
        Person.objects.create(key=f"{first}-{n}", name="Aziz Karimov", sort_name="Karimov Aziz")
    Person.objects.create(key=first, name="Aziz Karimov", sort_name="Karimov Aziz")
    with django_assert_max_num_queries(1):
        again = person_keys(["Aziz Karimov", "Greta Vogel"], ["text2:3", "text2:4"])
    assert again[0] == second  # the same namesake read from the same place gets the same key
    Person.objects.create(key=second, name="Aziz Karimov", sort_name="Karimov Aziz")
    assert person_keys(["Aziz Karimov"], ["text2:3"]) == [f"{second}-2"]  # taken after all: numbered
    Person.objects.create(key=f"{second}-2", name="Aziz Karimov", sort_name="Karimov Aziz")
    assert person_keys(["Aziz Karimov"], ["text2:3"]) == [f"{second}-3"]  # after the numbered ones taken


def test_a_text_whose_article_an_editor_deleted_imports_again():
    """Its photos and quotes went with it; its agreements and events stayed and are taken up again."""
    article_load(article(), source_file="a.txt")
    Article.objects.all().delete()
    result = article_load(article(), source_file="a.txt")
    assert result.status == "created" and Article.objects.count() == 1
    assert Article.objects.get().photos.count() == len(article().photos)


def test_a_newer_extractor_that_finds_no_title_clears_the_old_one():
    article_load(article(version="t1"), source_file="a.txt")
    result = article_load(article(version="t2", title=None), source_file="a.txt")
    assert result.status == "updated" and Article.objects.get().title is None
