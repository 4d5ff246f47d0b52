"""Importing many files: extraction in worker processes gives the same archive as in-process."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from people.models import Person
from visits.importing.run import import_paths
from visits.models import Article, Photo, Quote, Visit

pytestmark = pytest.mark.django_db(transaction=True)


def archive_state():
    return (
        sorted(Article.objects.values_list("source_file", "title")),
        sorted(Person.objects.values_list("name", flat=True)),
        Photo.objects.count(),
        Quote.objects.count(),
    )


@pytest.fixture
def corpus(tmp_path):
    for path in sorted(Path(settings.SEEDS_DIR).glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "zz_empty.txt").write_bytes(b"")
    return tmp_path


def test_worker_processes_give_the_same_archive(corpus):
    report = import_paths([corpus], workers=2)
    assert report.totals["created"] == 5 and report.totals["error"] == 1
    assert report.errors[0].path.endswith("zz_empty.txt") and "empty" in report.errors[0].reason
    parallel = archive_state()
    for model in (Photo, Quote, Article, Visit, Person):
        model.objects.all().delete()
    import_paths([corpus], workers=0)
    assert archive_state() == parallel
