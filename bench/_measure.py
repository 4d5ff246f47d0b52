"""One measurement in a process of its own, so its peak memory is its own. Used by ``bench/run.py``.

    python bench/_measure.py extract DIR     # extract() over every .txt in DIR, on one core
    python bench/_measure.py import DIR      # import_paths([DIR]) into $DATABASE_URL (migrated already)

Prints one JSON object on the last line of stdout: seconds, texts, texts_per_second, errors,
peak_rss_mb (ru_maxrss of this process) and baseline_rss_mb (the same just before the timed part).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_core() -> int | None:
    """Pin this process to a single CPU (the lowest it may use); the CPU, or None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def measure_extract(folder: Path) -> dict:
    from visits.extraction.cleaning import ExtractionError
    from visits.extraction.pipeline import extract

    cpu = one_core()
    paths = sorted(folder.glob("*.txt"))
    data = [(p.name, p.read_bytes()) for p in paths]  # read first: the disk is not measured
    baseline = rss_mb()
    errors, slowest, slowest_name = 0, 0.0, ""
    start = time.perf_counter()
    for name, raw in data:
        t = time.perf_counter()
        try:
            extract(raw, source=name)
        except ExtractionError:
            errors += 1
        took = time.perf_counter() - t
        if took > slowest:
            slowest, slowest_name = took, name
    seconds = time.perf_counter() - start
    return {
        "texts": len(data),
        "bytes": sum(len(raw) for _, raw in data),
        "seconds": seconds,
        "errors": errors,
        "cpu": cpu,
        "slowest_ms": round(slowest * 1000, 1),
        "slowest_file": slowest_name,
        "baseline_rss_mb": round(baseline, 1),
    }


def measure_import(folder: Path) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive_site.settings")
    import django

    django.setup()
    from django.db import connection

    from visits.importing.run import import_paths

    texts = len(list(folder.glob("*.txt")))
    baseline = rss_mb()
    start = time.perf_counter()
    report = import_paths([folder])
    seconds = time.perf_counter() - start
    errors = report.errors
    return {
        "texts": texts,
        "seconds": seconds,
        "errors": len(errors),
        "error_samples": [f"{e.path}: {e.reason}" for e in errors[:5]],
        "totals": dict(report.totals),
        "created": dict(report.created),
        "engine": connection.vendor,
        "baseline_rss_mb": round(baseline, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["extract", "import"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    result = measure_extract(args.folder) if args.mode == "extract" else measure_import(args.folder)
    result["mode"] = args.mode
    result["texts_per_second"] = result["texts"] / result["seconds"] if result["seconds"] else None
    result["peak_rss_mb"] = round(rss_mb(), 1)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
