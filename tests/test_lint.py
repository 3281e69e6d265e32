"""The code passes ruff (pinned in requirements.lock, configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_finds_nothing() -> None:
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "generator", "tests", "scripts", "benchmarks"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_no_module_defines_a_name_twice() -> None:
    # Two rules' helpers of one name in a module (a merge of two branches can make them): the later
    # silently replaces the earlier, and every call of the earlier one fails at run time.
    import ast
    from collections import Counter

    twice = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = Counter(node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef))
        twice += [f"{path.relative_to(ROOT)}: {name}" for name, n in names.items() if n > 1]
    assert not twice, "defined twice: " + ", ".join(twice)
