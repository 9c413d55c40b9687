# tracker: two commands for a new user.
#   make run   -> .venv, dependencies, store from data/, dashboard at http://127.0.0.1:8050
#   make test  -> the same set-up, then the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8050
DB ?= var/tracker.db

.PHONY: run test system-deps venv init bench screenshot clean

run: venv system-deps init
	$(BIN)/tracker serve --db $(DB) --host $(HOST) --port $(PORT)

test: venv system-deps
	$(BIN)/pytest tests -q -n 3 --dist loadgroup --durations=25

# Chromium (browser tests, Kaleido chart images), poppler-utils (PDF checks) and the fonts
# of PDF briefs (DejaVu; Droid Sans Fallback for Chinese, Japanese, Korean) come from Debian;
# installed only when missing.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || missing="$$missing fonts-droid-fallback"; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

venv: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

init: venv
	$(BIN)/tracker init --db $(DB)

bench: venv system-deps
	$(BIN)/tracker bench -o docs/bench.md

screenshot: venv system-deps
	$(BIN)/python -m tracker.dashboard.screenshot assets

clean:
	rm -rf var .pytest_cache
