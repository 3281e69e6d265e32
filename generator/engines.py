"""The site engines that turn the generated folder (build/docs) into a site: MkDocs (the
default, in this process), ProperDocs and Zensical (optional extras, each run as its own
command). Every engine builds into the fresh folder `pipeline.build_site` gives it."""

from __future__ import annotations

import importlib.util
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import ExplainerError
from generator.site import READY, strip_mermaid

ENGINES = ("mkdocs", "properdocs", "zensical")
DEFAULT = "mkdocs"


def require(engine: str) -> None:
    """One line naming the pip extra when an engine is not installed."""
    if engine not in ENGINES:
        raise ExplainerError(f"unknown site engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if importlib.util.find_spec(engine) is None:
        raise ExplainerError(f"the {engine} engine is not installed; install it with `pip install 'explainer[{engine}]'`")


def _run(engine: str, args: list[str], config_file: Path, env: dict[str, str] | None = None) -> None:
    """`python -m <engine> ...` in the project folder; its output is passed on only when it fails."""
    result = subprocess.run([sys.executable, "-m", engine, *args], cwd=config_file.parent, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    if result.returncode != 0:
        lines = [line for line in (result.stderr + result.stdout).splitlines() if line.strip()]
        raise ExplainerError(f"site build failed ({engine}): {lines[-1].strip() if lines else f'exit status {result.returncode}'}",
                             config_file)


@contextmanager
def inheriting_config(config_file: Path, **settings: str) -> Iterator[Path]:
    """A temporary config in the project folder that inherits mkdocs.yml and overrides
    `settings` (Zensical has no --site-dir and wants site_dir inside the project)."""
    path = config_file.parent / f".explainer-{secrets.token_hex(4)}.yml"
    lines = [f"INHERIT: {config_file.name}"] + [f"{key}: {value!r}" for key, value in settings.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def strip_mermaid_tags(site: Path) -> None:
    """What the plugin does for MkDocs and ProperDocs, for an engine that loads no plugins:
    Mermaid's script only on the pages that draw a diagram."""
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        stripped = strip_mermaid(html)
        if stripped != html:
            page.write_text(stripped, encoding="utf-8")


def builder(engine: str, config_file: Path, docs_dir: Path, strict: bool) -> Callable:
    """The function `pipeline.build_site` calls with the loaded MkDocs config, whose site_dir
    it has pointed at a fresh folder; the pages in `docs_dir` are already generated."""
    strict_flag = ["--strict"] if strict else []
    ready = {READY: str(docs_dir)}  # the explainer plugin, which ProperDocs loads, need not generate again

    def mkdocs(config: object) -> None:
        from mkdocs.commands.build import build

        build(config)

    def properdocs(config: object) -> None:
        _run("properdocs", ["build", "-q", "-f", str(config_file), "-d", str(config.site_dir), *strict_flag], config_file, ready)

    def zensical(config: object) -> None:
        site = Path(config.site_dir)
        with inheriting_config(config_file, site_dir=os.path.relpath(site, config_file.parent)) as temporary:
            _run("zensical", ["build", "-f", str(temporary), *strict_flag], config_file)
        strip_mermaid_tags(site)

    return {"mkdocs": mkdocs, "properdocs": properdocs, "zensical": zensical}[engine]


def _snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                st = path.stat()
            except OSError:
                continue
            found[str(path)] = (st.st_mtime_ns, st.st_size)
    return found


def serve(engine: str, config_file: Path, dev_addr: str, regenerate: Callable[[], object], watched: list[Path]) -> None:
    """`<engine> serve` for ProperDocs or Zensical. ProperDocs loads the explainer plugin, which
    regenerates the pages on each of its rebuilds. Zensical loads no plugins: the pages are
    generated first and, while it serves, again on every change in `watched` (content/,
    templates/); it rebuilds from the generated folder it watches. It serves from a folder of
    ours in .cache, never the published site/."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if engine == "properdocs":
        subprocess.run([sys.executable, "-m", engine, "serve", "-f", str(config_file), "-a", dev_addr], cwd=config_file.parent, env=env)
        return
    regenerate()
    with inheriting_config(config_file, site_dir=SERVE_SITE) as temporary:
        process = subprocess.Popen([sys.executable, "-m", engine, "serve", "-f", str(temporary), "-a", dev_addr],
                                   cwd=config_file.parent, env=env)
        try:
            before = _snapshot(watched)
            while process.poll() is None:
                time.sleep(0.5)
                now = _snapshot(watched)
                if now != before:
                    before = now
                    try:
                        regenerate()
                    except ExplainerError as exc:  # shown, and served as it was until the next change
                        print(f"error: {exc}", file=sys.stderr)
        finally:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=20)


SERVE_SITE = ".cache/explainer/serve-site"
