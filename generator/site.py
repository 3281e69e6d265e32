"""The MkDocs plugin: `plugins: [explainer]` makes plain `mkdocs build` and `mkdocs serve`
run the generator. Pages are added in memory (`File.generated`), never written into
`docs_dir`, so `serve` does not rebuild forever; `content/` and `templates/` are watched."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator import pipeline
from generator.errors import ExplainerError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

logger = logging.getLogger("mkdocs.plugins.explainer")

MERMAID_URI = "assets/javascripts/mermaid.min.js"
CSS_URI = "assets/stylesheets/explainer.css"
PACKAGE = Path(__file__).resolve().parent
_MERMAID_TAG = re.compile(r'<script src="(?:\.\./)*' + re.escape(MERMAID_URI) + r'"></script>\s*')


def mermaid_script(root: Path) -> Path | None:
    """Mermaid from npm (`npm ci` in the project or in the explainer checkout): the site serves
    it itself, so Material does not fetch it from a CDN."""
    for base in (root, PACKAGE.parent):
        path = base / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
        if path.is_file():
            return path
    return None


def _refuse_outside(files: Files, config: MkDocsConfig) -> None:
    """MkDocs publishes every file in docs_dir (and the theme's custom_dir), following
    symlinks: one that resolves outside the project is an error naming it, not a page."""
    root = Path(config.config_file_path or ".").resolve().parent  # the story's own folder
    folders = {d for d in (config.docs_dir, config.theme.custom_dir) if d}
    for folder in folders:  # a folder set to, or linked to, somewhere else is refused whole
        pipeline.ingest.inside(Path(folder), root)
    for file in files:
        if file.generated_by is None and file.abs_src_path and file.src_dir in folders:
            pipeline.ingest.inside(Path(file.abs_src_path), root)


class ExplainerConfig(Config):
    articles = c.Type(str, default=str(pipeline.ARTICLES))
    facts = c.Type(str, default=str(pipeline.FACTS))
    templates = c.Type(str, default=str(pipeline.TEMPLATES))


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    # Set by `explainer build`, which has just extracted (and reported) the story itself and
    # reports errors itself: the plugin then passes an error on as it is, not through MkDocs' log.
    extracted: pipeline.Extracted | None = None
    standalone: bool = True

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path or ".").resolve().parent
        self.articles = self.root / self.config.articles
        self.facts = self.root / self.config.facts
        self.templates = self.root / self.config.templates
        for folder in (self.articles, self.facts, self.templates):  # set or linked elsewhere: refused
            if folder.exists():
                try:
                    pipeline.ingest.inside(folder, self.root)
                except ExplainerError as exc:
                    raise PluginError(str(exc)) from None
        for folder in (self.articles.parent, self.templates):
            if str(folder) not in config.watch and folder.is_dir():
                config.watch.append(str(folder))
        self.mermaid = mermaid_script(self.root)
        if self.mermaid is None:
            logger.warning("explainer: Mermaid is not installed (run `npm ci`); diagrams will not render offline")
        elif MERMAID_URI not in config.extra_javascript:
            config.extra_javascript.append(MERMAID_URI)
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        try:
            _refuse_outside(files, config)
            pages = self._pages()
        except ExplainerError as exc:
            if not self.standalone:
                raise
            raise PluginError(str(exc)) from None
        for path, markdown in sorted(pages.items()):
            if files.get_file_from_path(path) is not None:
                logger.info("explainer: %s in docs_dir replaces the generated page", path)
                continue
            files.append(File.generated(config, path, content=markdown))
        files.append(File.generated(config, CSS_URI, abs_src_path=str(PACKAGE / "assets" / "explainer.css")))
        if self.mermaid is not None:
            files.append(File.generated(config, MERMAID_URI, abs_src_path=str(self.mermaid)))
        return files

    def on_post_page(self, output: str, *, page: object, config: MkDocsConfig) -> str:
        """Mermaid (2.7 MB of script) only on the pages that draw a diagram: every other page
        becomes ready without parsing it."""
        if 'class="mermaid"' in output:
            return output
        return _MERMAID_TAG.sub("", output)

    def _pages(self) -> dict[str, str]:
        if not any(pipeline.ingest.article_paths(self.articles)):
            logger.info("explainer: no articles yet in %s", self.articles)
            if not (self.facts / "sources.yaml").exists():
                return pipeline.render_empty(self.templates)
            return pipeline.render(self.facts, self.templates, self.articles, root=self.root)
        result = self.extracted
        if result is None:
            result = pipeline.extract(self.articles, self.facts, root=self.root)
            for problem in [*result.errors, *result.problems]:
                logger.warning("explainer: %s", problem)
            for warning in result.warnings:  # advisory: not enough to fail a --strict build
                logger.info("explainer: warning: %s", warning)
            for name in result.hand_edited:
                logger.info("explainer: %s was edited by hand; it is shown as it is", name)
        # The sheets in memory when this extraction wrote them (`explainer build` extracts into
        # content/facts), else from the cache or the files.
        ours = self.extracted is None or self.facts == self.root / pipeline.FACTS
        sheets = result.sheets if ours else None
        return pipeline.render(self.facts, self.templates, articles=result.articles, sheets=sheets, root=self.root)
