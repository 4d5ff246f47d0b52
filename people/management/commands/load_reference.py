"""Create or update the reference data of fixtures/: countries and international organizations."""

from django.core.management.base import BaseCommand

from people.reference_data import reference_data_load


class Command(BaseCommand):
    help = "Load fixtures/countries.json and fixtures/organizations.json (idempotent)."

    def handle(self, *args, **options):
        counts = reference_data_load()
        self.stdout.write(f"{counts['countries']} countries, {counts['organizations']} organizations loaded.")
