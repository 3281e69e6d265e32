#!/usr/bin/env bash
# One command on a fresh machine, and the Pages workflow's build step: create .venv, install the
# pinned Python dependencies (requirements.lock), explainer from its wheel in vendor/ (explainer
# is not on PyPI; `explainer new` wrote the wheel from the code that made this project), the
# site's browser assets (Mermaid) from npm, then build site/.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements.lock
.venv/bin/python -m pip install --quiet --no-deps --force-reinstall vendor/@WHEEL@
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
.venv/bin/explainer build --strict
