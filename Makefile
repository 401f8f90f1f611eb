# Silkroute: `make run` brings up a working back office, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP_BASE := $(VENV)/.installed-base
STAMP_TEST := $(VENV)/.installed-test
STAMP_E2E := $(VENV)/.installed-e2e
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: run test lint e2e install setup schema clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_BASE): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml $(STAMP_BASE)
	$(PY) -m pip install --quiet -e '.[test,e2e]'
	touch $@

$(STAMP_E2E): $(STAMP_TEST)
	bash .ci/install-browser
	touch $@

install: $(STAMP_BASE)

setup: $(STAMP_BASE)
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py bootstrap

run: setup
	@echo "Silkroute admin: http://127.0.0.1:$(PORT)/admin/   GraphQL: http://127.0.0.1:$(PORT)/graphql/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py export_schema --check

schema: $(STAMP_BASE)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py export_schema

# Tests always use the test settings (the exported dev default would win over
# pytest.ini otherwise).
test: lint $(STAMP_E2E)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(VENV)/bin/pytest

e2e: $(STAMP_E2E)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(VENV)/bin/pytest -m e2e

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* static
