"""Profile extraction or the import on a small generated corpus: where does the time go?

    python bench/hotspots.py extract [N]     # cProfile over extract() on N texts (default 200)
    python bench/hotspots.py import [N]      # cProfile over import_paths() on N texts (default 60), into a
                                            # fresh SQLite file, or $BENCH_PROFILE_DB (a migrated database URL)

Prints the top functions by cumulative and by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["extract", "import"])
    parser.add_argument("n", type=int, nargs="?")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    n = args.n or (200 if args.mode == "extract" else 60)
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        folder = Path(tmp) / "corpus"
        generate(n, folder, seed=args.seed)
        profiler = cProfile.Profile()
        if args.mode == "extract":
            from visits.extraction.pipeline import extract

            data = [p.read_bytes() for p in sorted(folder.glob("*.txt"))]
            profiler.enable()
            for raw in data:
                extract(raw)
            profiler.disable()
        else:
            url = os.environ.get("BENCH_PROFILE_DB") or f"sqlite:///{Path(tmp) / 'profile.sqlite3'}"
            os.environ.update(DATABASE_URL=url, DJANGO_DEBUG="0", DJANGO_SETTINGS_MODULE="archive_site.settings")
            if "BENCH_PROFILE_DB" not in os.environ:
                subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, check=True)
            import django

            django.setup()
            from visits.importing.run import import_paths

            profiler.enable()
            report = import_paths([folder])
            profiler.disable()
            print(dict(report.totals))
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top // 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
