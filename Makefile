# Two entry points for a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
UNSEEN ?= tests/data/unseen

.PHONY: run test install install-test setup lint bench score score-unseen clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { $(PYTHON) -m pip install --user virtualenv && $(PYTHON) -m virtualenv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet ".[test]"

# Migrate (which loads the reference data), import seeds/, make sure an admin login exists.
setup: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_reference
	$(BIN)/python manage.py import_seeds seeds/
	$(BIN)/python manage.py ensure_admin

run: setup
	$(BIN)/python manage.py runserver $(HOST)

test: install-test
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check .

bench: install-test
	$(BIN)/python bench/run.py

score: install
	../shared/eval/score-seeds

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache

# Score the independent holdout texts (tests/data/unseen) the way score-seeds scores seeds/.
score-unseen: install
	@tmp=$$(mktemp -d) && export DATABASE_URL="sqlite:///$$tmp/u.sqlite3" && \
	$(BIN)/python manage.py migrate --noinput >/dev/null && \
	$(BIN)/python manage.py import_seeds $(UNSEEN) >/dev/null; \
	$(BIN)/python ../shared/eval/dump_api.py >$$tmp/dump.json 2>/dev/null && \
	$(BIN)/python ../shared/eval/score.py $(UNSEEN)/gold.json $$tmp/dump.json $(SCORE_FLAGS); rm -rf $$tmp

# make score-holdout2 ... make score-holdout17: the same for tests/data/holdoutN
score-holdout%: install
	@$(MAKE) --no-print-directory score-unseen UNSEEN=tests/data/holdout$*
