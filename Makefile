# Pårørendeportalen. `make run` and `make test` are the quick start; see README.md.
.DEFAULT_GOAL := help
SHELL := /bin/sh

VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The stamp is rebuilt when the dependencies change, so `make` installs only what is missing.
STAMP := $(VENV)/.installed

.PHONY: help run serve test install translations check lint format messages clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml scripts/find-python
	@python=$$(scripts/find-python) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
		echo "Creating $(VENV) with $$python"; rm -rf $(VENV); "$$python" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable '.[dev]'
	@touch $@

install: $(STAMP) ## create .venv and install the project with its development tools

translations: $(STAMP) ## compile the nynorsk and English translations (locale/*.po)
	$(PY) scripts/compile_translations.py

messages: $(STAMP) ## update locale/*.po from the code and templates (needs GNU gettext)
	DJANGO_DEBUG=1 $(MANAGE) makemessages -l nn -l en --no-obsolete --add-location=file \
		--ignore=.venv --ignore=tests --ignore=staticfiles

run: translations ## set up on SQLite, load the demo data, serve on http://$(HOST):$(PORT) and run the timers
	DJANGO_DEBUG=1 $(MANAGE) migrate --no-input
	DJANGO_DEBUG=1 $(MANAGE) load_demo_data
	@echo
	@echo "  Pårørendeportalen: http://$(HOST):$(PORT)/   (Ctrl+C stops it)"
	@echo "  E-mail is printed here, as the timers send it (manage.py run_timers)."
	@echo
	@DJANGO_DEBUG=1 $(MANAGE) run_timers & timers=$$!; \
	trap 'kill $$timers 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(MANAGE) runserver $(HOST):$(PORT)

serve: translations ## production mode: collectstatic, migrate, reference data, gunicorn on $(HOST):$(PORT)
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(MANAGE) migrate --no-input
	$(MANAGE) load_reference_data
	GUNICORN_BIND=$${GUNICORN_BIND:-$(HOST):$(PORT)} $(VENV)/bin/gunicorn -c gunicorn.conf.py

check: $(STAMP) ## Django's system checks and a check for missing migrations
	DJANGO_SETTINGS_MODULE=portal.settings_test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings_test $(MANAGE) makemigrations --check --dry-run

lint: $(STAMP) ## ruff: formatting and lint
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: $(STAMP) ## let ruff format and fix the code
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: translations check lint ## checks, lint and the test suite (PostgreSQL when DATABASE_URL is set)
	$(PY) -m pytest $(PYTEST_ARGS)

clean: ## remove the virtual environment, the SQLite database and caches
	rm -rf $(VENV) db.sqlite3 .pytest_cache .ruff_cache staticfiles
