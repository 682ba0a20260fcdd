# Two commands set everything up on a fresh machine: `make run` and `make test`.
# Each step leaves a stamp file so a second run skips work that is already done.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NODE_DIR := desktop/bridge/node
STAMP_PY := $(VENV)/.installed
STAMP_NODE := $(NODE_DIR)/node_modules/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-node lint bench eval check-node install translations clean scenarios-real

run: install
	$(PY) -m desktop

# The lint (mostly mypy, one core) and the bridge's node tests run side by side, then pytest on both
# cores: the whole of `make test` stays under ten minutes on a 2-core machine.
test: install
	$(MAKE) --no-print-directory -j2 lint test-node
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 --dist loadfile

test-node: install
	cd $(NODE_DIR) && node --test --test-concurrency=3 test/

# The house rules (docs/architecture.md): ruff (asyncio.wait_for banned), mypy on the engine layers,
# import-linter's layer contracts (.importlinter). Part of `make test`.
lint: install
	$(VENV)/bin/ruff check desktop tests bench tools installer eval
	$(VENV)/bin/mypy desktop/store desktop/bridge desktop/bot
	$(VENV)/bin/lint-imports

# Every shipped scenario through the real Baileys bridge and the local WhatsApp server, each
# compared with its simulator run (docs/local-whatsapp.md); make test runs a few of them.
scenarios-real: install
	AI_ADMIN_REAL_SCENARIOS=all $(PY) -m pytest -q -n 2 tests/bot/test_scenarios_real_whatsapp.py

bench: install
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# The receptionist's evaluation set (eval/README.md): pass rates per language and family, written
# to docs/benchmarks.md; fails below eval/floor.json or on any "never wrong" rule. CI runs it.
eval: install
	$(PY) eval/run_eval.py

# Ten minutes of traffic and faults on three simulator shops (docs/reliability.md); not part of test.
soak: install
	QT_QPA_PLATFORM=offscreen $(PY) bench/soak.py $(SOAK_ARGS)

install: check-node $(STAMP_PY) $(STAMP_NODE) translations

# The window's translations: .ts sources are committed, .qm files are built here.
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP_PY)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

check-node:
	@command -v node >/dev/null 2>&1 || { echo "Node.js 20 or newer is needed: install it from https://nodejs.org (or 'apt-get install nodejs npm') and run make again."; exit 1; }
	@node -e 'process.exit(parseInt(process.versions.node) >= 20 ? 0 : 1)' || { echo "Node.js $$(node --version) is too old: install Node.js 20 or newer from https://nodejs.org and run make again."; exit 1; }

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP_PY): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,installer]'
	touch $@

$(STAMP_NODE): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The installable app: dist/ai-admin/ (+ dist/ai-admin-<version>-linux-x64.tar.gz); docs/installer.md.
.PHONY: installer
installer: install
	$(PY) installer/build.py

clean:
	rm -rf $(VENV) $(NODE_DIR)/node_modules build dist *.egg-info resources/translations/*.qm
