"""Import press texts from files and folders: validate, extract, load, report.

Paths are all checked before anything is written (a missing path stops the run). Each file is
then read and extracted on its own, and the articles are loaded in batches, one transaction
per batch. If a batch fails, each of its articles is loaded again alone, in a transaction of
its own: a bad file is reported with its reason, the others still land, and no article is
ever stored in part.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.db import transaction

from visits.extraction.cleaning import ExtractionError
from visits.extraction.pipeline import extract
from visits.extraction.types import ExtractedArticle
from visits.importing.loader import batch_load
from visits.importing.resolve import Lookups

MAX_BYTES = 5 * 1024 * 1024  # a press article is tens of kilobytes; 5 MB is no article
TEXT_SUFFIXES = {".txt", ".text"}
PARALLEL_FROM = 50  # files; below this a worker pool costs more than it saves
BATCH_SIZE = 50  # articles per transaction: the queries of a batch cost about what one article's did
# Extracted articles waiting, at most: two batches, so the workers keep extracting the next batch
# while this process loads one (a window smaller than a batch left them idle half the time).
READ_AHEAD = 2 * BATCH_SIZE


class PathsError(Exception):
    """A path given to the import does not exist or holds nothing to import."""


@dataclass
class FileReport:
    path: str
    status: str  # created | updated | unchanged | skipped | error
    reason: str = ""
    article_id: int | None = None
    created: dict[str, int] = field(default_factory=dict)


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    dry_run: bool = False

    @property
    def totals(self) -> Counter:
        return Counter(f.status for f in self.files)

    @property
    def created(self) -> Counter:
        total = Counter()
        for f in self.files:
            total.update(f.created)
        return total

    @property
    def errors(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "error"]

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "totals": dict(self.totals),
            "created": dict(self.created),
            "files": [asdict(f) for f in self.files],
        }

    def write_json(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileReport]]:
    """The text files to import, in name order, and reports for what is skipped.

    A folder contributes its ``*.txt`` files (recursively); other files in it are skipped
    with a reason. A file named explicitly is always read, whatever its name.
    """
    files, skipped, missing = [], [], []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            missing.append(str(raw))
        elif path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            texts = [p for p in inside if p.suffix.lower() in TEXT_SUFFIXES]
            skipped += [FileReport(str(p), "skipped", "not a .txt file") for p in inside if p not in texts]
            if not texts:
                raise PathsError(f"{path}: folder holds no .txt files")
            files += texts
        else:
            files.append(path)
    if missing:
        raise PathsError("path not found: " + ", ".join(missing))
    return list(dict.fromkeys(files)), skipped


def read_text_file(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ExtractionError(f"file too large: {size / 1_048_576:.1f} MB (at most {MAX_BYTES // 1_048_576} MB)")
    return path.read_bytes()


class _DryRunRollback(Exception):
    pass


def import_paths(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import every text under ``paths``; see the module docstring for the guarantees.

    With many files, extraction (pure Python, no database) runs in worker processes while
    this process loads the results in file order, in batches of ``BATCH_SIZE`` articles.
    """
    files, skipped = collect_files(paths)
    report = ImportReport(files=list(skipped), dry_run=dry_run)
    lookups = Lookups()
    if workers is None:
        workers = min(4, max(1, (os.cpu_count() or 1) - 1)) if len(files) >= PARALLEL_FROM else 0
    # Django, its models and the code are never garbage: frozen, the collector stops scanning
    # them again and again while an import makes millions of short-lived objects (about 20% of
    # the loader's time on 10,000 texts).
    gc.collect()
    gc.freeze()
    try:
        extracted = _extract_all(files, workers)
        batch: list[tuple[Path, ExtractedArticle]] = []
        for path in progress(files) if progress else files:
            item = next(extracted)
            if isinstance(item, FileReport):  # unreadable: reported in its place, nothing to load
                report.files += [*load_batch(batch, lookups=lookups, dry_run=dry_run), item]
                batch = []
                continue
            batch.append((path, item))
            if len(batch) >= BATCH_SIZE:
                report.files += load_batch(batch, lookups=lookups, dry_run=dry_run)
                batch = []
        report.files += load_batch(batch, lookups=lookups, dry_run=dry_run)
    finally:
        gc.unfreeze()
    return report


def _extract_one(path: Path) -> ExtractedArticle | FileReport:
    """Read and extract one file; bad input comes back as an error report, never raises."""
    try:
        return extract(read_text_file(path), source=path.name)
    except ExtractionError as exc:
        return FileReport(str(path), "error", str(exc))
    except OSError as exc:
        return FileReport(str(path), "error", f"cannot read: {exc.strerror or exc}")


def _extract_all(files: list[Path], workers: int) -> Iterator[ExtractedArticle | FileReport]:
    """Extracted files in order; with workers, at most a bounded window is read ahead (memory stays flat)."""
    if workers <= 0:
        yield from map(_extract_one, files)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending = deque(pool.submit(_extract_one, path) for path in files[:READ_AHEAD])
        for path in files[READ_AHEAD:]:
            yield pending.popleft().result()
            pending.append(pool.submit(_extract_one, path))
        while pending:
            yield pending.popleft().result()


def load_batch(
    batch: list[tuple[Path, ExtractedArticle]], *, lookups: Lookups, dry_run: bool = False
) -> list[FileReport]:
    """Load extracted articles in one transaction; if that fails, each alone, so one bad article stops none other."""
    if not batch:
        return []
    items = [(extracted, str(path)) for path, extracted in batch]
    try:
        if dry_run:
            with transaction.atomic():
                raise _DryRunRollback(batch_load(items, lookups=lookups))
        results = batch_load(items, lookups=lookups)
    except _DryRunRollback as rollback:
        results = rollback.args[0]
    except Exception as exc:  # one bad article must not stop the others
        if len(batch) > 1:
            return [report for one in batch for report in load_batch([one], lookups=lookups, dry_run=dry_run)]
        return [FileReport(str(batch[0][0]), "error", f"could not be stored: {type(exc).__name__}: {exc}")]
    return [
        FileReport(str(path), r.status, article_id=None if dry_run else r.article_id, created=dict(r.created))
        for (path, _), r in zip(batch, results, strict=True)
    ]
