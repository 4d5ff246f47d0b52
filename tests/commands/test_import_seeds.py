"""import_seeds as a user runs it: paths in, a summary out, bad input reported and harmless."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from people.models import Person
from visits.models import Article, Evidence, Photo, Quote, Visit

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.SEEDS_DIR)


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot():
    return [m.objects.count() for m in (Article, Person, Visit, Photo, Quote, Evidence)]


@pytest.fixture
def one_seed(tmp_path):
    shutil.copy(SEEDS / "000_e439a4b7d7e248e2.txt", tmp_path / "000.txt")
    return tmp_path


def test_default_path_imports_the_seeds():
    out, _ = run()
    assert "5 created" in out
    assert Article.objects.count() == 5


def test_second_run_changes_nothing_and_says_so(one_seed):
    run(one_seed)
    before = snapshot()
    out, _ = run(one_seed)
    assert "1 unchanged" in out and "nothing new" in out
    assert snapshot() == before


def test_missing_path_stops_before_anything_is_written(one_seed):
    with pytest.raises(CommandError, match=r"path not found: .*nowhere"):
        run(one_seed, one_seed / "nowhere")
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
    ids=["empty", "whitespace", "binary"],
)
def test_bad_file_is_reported_and_others_still_land(one_seed, content, reason):
    (one_seed / "bad.txt").write_bytes(content)
    err = StringIO()
    with pytest.raises(CommandError, match="1 file"):
        call_command("import_seeds", str(one_seed), stdout=StringIO(), stderr=err)
    assert "bad.txt" in err.getvalue() and reason in err.getvalue()
    assert Article.objects.count() == 1


def test_bad_file_message_names_the_file_and_the_problem(one_seed):
    (one_seed / "bad.txt").write_bytes(b"")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_seeds", str(one_seed), stdout=StringIO(), stderr=err)
    assert "bad.txt" in err.getvalue() and "empty" in err.getvalue()


def test_huge_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_seeds", str(big), stdout=StringIO(), stderr=err)
    assert "big.txt" in err.getvalue() and "too large" in err.getvalue()
    assert Article.objects.count() == 0


def test_undecodable_file_is_reported(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(bytes(range(128, 256)) * 40)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_seeds", str(tmp_path / "mixed.txt"), stdout=StringIO(), stderr=err)
    assert "mixed.txt" in err.getvalue()
    assert Article.objects.count() == 0


def test_cp1251_file_is_decoded(tmp_path):
    text = (SEEDS / "000_e439a4b7d7e248e2.txt").read_text(encoding="utf-8")
    text = text.replace("©️", "(c)").replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    (tmp_path / "a.txt").write_bytes(("Москва. " + text).encode("cp1251", errors="replace"))
    run(tmp_path / "a.txt")
    assert Article.objects.get().raw_text.startswith("Москва.")


def test_folder_with_non_text_files_skips_them(one_seed):
    (one_seed / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (one_seed / "notes.pdf").write_bytes(b"%PDF-1.4")
    out, _ = run(one_seed)
    assert "1 created" in out and "2 skipped" in out


def test_folder_without_text_files_is_an_error(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(CommandError, match=r"no \.txt files"):
        run(tmp_path)


def test_dry_run_stores_nothing(one_seed):
    out, _ = run(one_seed, "--dry-run")
    assert "Dry run" in out
    assert snapshot() == [0, 0, 0, 0, 0, 0]


def test_report_file_lists_each_file(one_seed, tmp_path):
    (one_seed / "bad.txt").write_bytes(b"")
    report = tmp_path / "report.json"
    with pytest.raises(CommandError):
        run(one_seed, "--report", report)
    data = json.loads(report.read_text())
    by_file = {Path(f["path"]).name: f for f in data["files"]}
    assert by_file["000.txt"]["status"] == "created" and by_file["000.txt"]["created"]["people"] > 5
    assert by_file["bad.txt"]["status"] == "error" and "empty" in by_file["bad.txt"]["reason"]
