#!/usr/bin/env bash
# One command on a fresh machine: create .venv, install the pinned Python dependencies and
# the project, install the site's browser assets (Mermaid) from npm, build site/. The pinned
# lock includes the optional site engines (ProperDocs, Zensical) the tests build with.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements.lock
.venv/bin/python -m pip install --quiet --no-deps -e .
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
.venv/bin/explainer build --strict
