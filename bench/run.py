"""Benchmark: extraction alone and the full import into SQLite and PostgreSQL, with peak memory.

    python bench/run.py [--sizes 1000 10000] [--engines sqlite postgres] [--extract-only]
                        [--out bench/out/results.json] [--seed 0] [--pg-url postgres://postgres@127.0.0.1:5432]

For each size the corpus is generated once (``bench/corpus.py``) and cached under
``bench/out/corpus-N-sSEED/``. Every measurement runs in a fresh subprocess (``bench/_measure.py``)
so its peak RSS is its own; each import gets a fresh database, migrated before the clock starts.
Prints a Markdown table and writes everything to ``--out`` as JSON. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402

# The goals from the issue.
EXTRACT_MIN_RATE = 200.0  # texts per second, one core
POSTGRES_IMPORT_MIN_RATE = 50.0  # texts per second
MAX_SCALING = 11.0  # time(10,000) / time(1,000)
MAX_PEAK_MB = 300.0


def corpus(n: int, seed: int) -> Path:
    """The cached corpus of ``n`` texts, generated if missing or incomplete."""
    folder = BENCH / "out" / f"corpus-{n}-s{seed}"
    marker = folder / ".complete"
    if marker.exists() and marker.read_text().strip() == str(n):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    generate(n, folder, seed=seed)
    marker.write_text(f"{n}\n")
    print(f"generated {n} texts in {folder.relative_to(ROOT)} ({time.perf_counter() - start:.1f} s)", flush=True)
    return folder


def _env(database_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["DJANGO_DEBUG"] = "0"  # no query log: it would grow with every statement and skew time and memory
    env["PYTHONHASHSEED"] = "0"
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def measure(mode: str, folder: Path, env: dict[str, str]) -> dict:
    cmd = [sys.executable, str(BENCH / "_measure.py"), mode, str(folder)]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def migrate(env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"migrate failed:\n{proc.stderr[-4000:]}")
    return time.perf_counter() - start


def _pg_admin(pg_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{pg_url.rstrip('/')}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def import_into(engine: str, folder: Path, n: int, pg_url: str) -> dict:
    """A fresh database for ``engine``, migrated, then the timed import of ``folder``; dropped after."""
    if engine == "sqlite":
        tmp = Path(tempfile.mkdtemp(prefix="bench-sqlite-"))
        url = f"sqlite:///{tmp / 'bench.sqlite3'}"
        try:
            env = _env(url)
            migrate_seconds = migrate(env)
            result = measure("import", folder, env)
            result["db_size_mb"] = round((tmp / "bench.sqlite3").stat().st_size / 1_048_576, 1)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    elif engine == "postgres":
        name = f"bench_{os.getpid()}_{n}"
        _pg_admin(pg_url, f'CREATE DATABASE "{name}"')
        try:
            env = _env(f"{pg_url.rstrip('/')}/{name}")
            migrate_seconds = migrate(env)
            result = measure("import", folder, env)
        finally:
            _pg_admin(pg_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        raise ValueError(f"unknown engine {engine!r}")
    result["migrate_seconds"] = round(migrate_seconds, 2)
    return result


# --------------------------------------------------------------------------- goals and output


def goal(row: dict) -> tuple[bool | None, str]:
    """Whether the row meets its goals, and what they are."""
    checks, text = [], []
    rate, peak = row["texts_per_second"], row["peak_rss_mb"]
    if row["measurement"] == "extract":
        checks.append(rate >= EXTRACT_MIN_RATE)
        text.append(f"≥ {EXTRACT_MIN_RATE:.0f}/s")
    elif row["measurement"] == "import postgres":
        checks.append(rate >= POSTGRES_IMPORT_MIN_RATE)
        text.append(f"≥ {POSTGRES_IMPORT_MIN_RATE:.0f}/s")
    checks.append(peak < MAX_PEAK_MB)
    text.append(f"< {MAX_PEAK_MB:.0f} MB")
    if row.get("errors"):
        text.append(f"{row['errors']} files failed")
    return all(checks), ", ".join(text)


def scaling(rows: list[dict]) -> list[dict]:
    """time(largest) / time(smallest) for each measurement run at two or more sizes."""
    out = []
    for m in dict.fromkeys(r["measurement"] for r in rows):
        sized = sorted((r["size"], r["seconds"]) for r in rows if r["measurement"] == m)
        if len(sized) < 2:
            continue
        (small, t_small), (big, t_big) = sized[0], sized[-1]
        ratio = t_big / t_small
        limit = MAX_SCALING * (big / small) / 10  # 11x for 10x the texts
        out.append({"measurement": m, "from": small, "to": big, "ratio": round(ratio, 2),
                    "limit": round(limit, 2), "met": ratio <= limit})
    return out


def markdown(rows: list[dict], scales: list[dict]) -> str:
    lines = ["| size | measurement | seconds | texts/s | peak MB | goal met? |",
             "| ---: | --- | ---: | ---: | ---: | --- |"]
    for r in rows:
        met, what = goal(r)
        lines.append(f"| {r['size']:,} | {r['measurement']} | {r['seconds']:.1f} | {r['texts_per_second']:.1f} "
                     f"| {r['peak_rss_mb']:.0f} | {'yes' if met else 'NO'} ({what}) |")
    if scales:
        lines += ["", "| measurement | sizes | time ratio | goal met? |", "| --- | --- | ---: | --- |"]
        for s in scales:
            lines.append(f"| {s['measurement']} | {s['from']:,} → {s['to']:,} | {s['ratio']:.2f} "
                         f"| {'yes' if s['met'] else 'NO'} (≤ {s['limit']:.1f}) |")
    return "\n".join(lines)


def _commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--engines", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"])
    parser.add_argument("--extract-only", action="store_true", help="measure extraction alone, no database")
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "results.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432"),
                        help="server URL without a database name; throwaway databases are created there")
    args = parser.parse_args(argv)

    rows: list[dict] = []

    def record(size: int, measurement: str, result: dict) -> None:
        row = {"size": size, "measurement": measurement, **result}
        row["goal_met"], row["goal"] = goal(row)
        rows.append(row)
        print(f"{size:>6} {measurement:<16} {row['seconds']:8.1f} s {row['texts_per_second']:8.1f} texts/s "
              f"{row['peak_rss_mb']:6.0f} MB peak" + (f"  {row['errors']} errors" if row.get("errors") else ""),
              flush=True)

    for size in args.sizes:
        folder = corpus(size, args.seed)
        record(size, "extract", measure("extract", folder, _env()))
        if args.extract_only:
            continue
        for engine in args.engines:
            record(size, f"import {engine}", import_into(engine, folder, size, args.pg_url))

    scales = scaling(rows)
    table = markdown(rows, scales)
    print()
    print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "seed": args.seed,
        "goals": {"extract_min_texts_per_second": EXTRACT_MIN_RATE,
                  "postgres_import_min_texts_per_second": POSTGRES_IMPORT_MIN_RATE,
                  "max_scaling_10x": MAX_SCALING, "max_peak_mb": MAX_PEAK_MB},
    }
    args.out.write_text(json.dumps({"meta": meta, "results": rows, "scaling": scales, "table": table},
                                   indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
