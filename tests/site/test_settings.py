"""Settings: SQLite by default, DATABASE_URL when set, and a production mode that passes check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x" * 20 + "-production-only-secret-key-for-the-test-0123456789"


def manage(*args, **env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120
    )


def engine(**env):
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    return manage("shell", "--no-imports", "-c", code, **env).stdout.strip().splitlines()[-1]


def test_sqlite_is_the_default_database():
    assert engine() == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    assert engine(DATABASE_URL="postgres://u@127.0.0.1:5432/x") == "django.db.backends.postgresql"


def test_production_mode_passes_check_deploy():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_ENV="production",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="archive.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_ENV="production", DJANGO_ALLOWED_HOSTS="archive.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_development_mode_flags_its_own_key_in_check_deploy():
    result = manage("check", "--deploy")
    assert "security.W009" in result.stderr or "security.W009" in result.stdout
