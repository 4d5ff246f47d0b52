"""Import press texts into the archive: ``import_seeds [PATH ...]`` (default: seeds/)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from visits.importing.run import PathsError, import_paths

PROGRESS_FROM = 20  # files; fewer finish before a bar would help


class Command(BaseCommand):
    help = "Read press texts (files or folders of .txt) and store their articles, visits, people and facts."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders (default: seeds/).")
        parser.add_argument("--dry-run", action="store_true", help="Extract and load, then roll everything back.")
        parser.add_argument("--report", metavar="FILE", help="Write a JSON report per file to FILE.")

    def handle(self, *args, paths, dry_run, report, verbosity, **options):
        def progress(files):
            show = len(files) >= PROGRESS_FROM and verbosity > 0
            return tqdm(files, desc="importing", unit="file", disable=not show, file=self.stderr._out)

        try:
            result = import_paths(paths or [settings.SEEDS_DIR], dry_run=dry_run, progress=progress)
        except PathsError as exc:
            raise CommandError(str(exc)) from exc
        if report:
            result.write_json(report)
        for f in result.files:
            if f.status == "error":
                self.stderr.write(f"{f.path}: {f.reason}")
            elif verbosity > 1:
                self.stdout.write(f"{f.path}: {f.status} {f.reason}".rstrip())
        totals = result.totals
        created = ", ".join(f"{n} {kind}" for kind, n in sorted(result.created.items())) or "nothing new"
        summary = (
            f"{len(result.files)} files: {totals['created']} created, {totals['updated']} updated, "
            f"{totals['unchanged']} unchanged, {totals['skipped']} skipped, {totals['error']} errors. "
            f"New records: {created}."
        )
        if dry_run:
            summary += " Dry run: nothing was stored."
        self.stdout.write(summary)
        if result.errors:
            raise CommandError(f"{len(result.errors)} file(s) could not be imported (see above).")
