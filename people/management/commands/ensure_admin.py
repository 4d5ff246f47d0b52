"""Make sure an admin login exists, and say how to use it.

Creates a superuser with a fresh random password only when none exists; never resets one.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a superuser with a random password if there is none, and print how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("ARCHIVE_ADMIN_USER", "admin"))

    def handle(self, *args, username, **options):
        User = get_user_model()
        existing = User.objects.filter(is_superuser=True).order_by("id").first()
        if existing:
            self.stdout.write(
                f"Admin login: http://127.0.0.1:8000/admin/ as '{existing.get_username()}' with the password "
                f"set earlier (reset it: python manage.py changepassword {existing.get_username()})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login created: http://127.0.0.1:8000/admin/ user '{username}' password '{password}' "
                "(shown once; change it with python manage.py changepassword)."
            )
        )
