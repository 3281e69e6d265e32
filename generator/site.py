"""The MkDocs plugin: `plugins: [explainer]` makes plain `mkdocs build` and `mkdocs serve`
(and ProperDocs', which loads MkDocs plugins) run the generator. A thin adapter over
`generator.generate`: before MkDocs reads docs_dir, the story's pages and the site's assets
are generated into it (build/docs, only changed files written); `content/` and `templates/`
are watched, the generated folder is not, so `serve` rebuilds once per change."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from generator import generate, pipeline
from generator.errors import ExplainerError
from generator.generate import CSS_URI, MERMAID_URI, mermaid_script

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

logger = logging.getLogger("mkdocs.plugins.explainer")

READY = "EXPLAINER_PAGES_READY"  # set by `explainer build` for an engine it runs after generating the pages itself
_MERMAID_TAG = re.compile(r'<script src="(?:\./|(?:\.\./)*)' + re.escape(MERMAID_URI) + r'"></script>\s*')


class ExplainerConfig(Config):
    articles = c.Type(str, default=str(pipeline.ARTICLES))
    facts = c.Type(str, default=str(pipeline.FACTS))
    templates = c.Type(str, default=str(pipeline.TEMPLATES))


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    # Set by `explainer build`, which has just extracted (and reported) the story itself and
    # reports errors itself: the plugin then passes an error on as it is, not through MkDocs' log.
    extracted: pipeline.Extracted | None = None
    standalone: bool = True
    ready: bool = False  # set by `explainer build`, which has generated the pages itself

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path or ".").resolve().parent
        story = generate.Story(self.root, self.root / self.config.articles, self.root / self.config.facts,
                               self.root / self.config.templates)
        out = self.root / generate.GENERATED
        docs = Path(config.docs_dir)
        # A project made before the generated folder has its own pages in docs_dir (content/pages).
        self.own = self.root / generate.OWN_PAGES if docs.resolve() == out.resolve() else docs
        self.out = out
        for folder in (story.articles.parent, story.templates, self.own):
            if str(folder) not in config.watch and folder.is_dir():
                config.watch.append(str(folder))
        try:
            if config.theme.custom_dir:  # engines publish the theme's folder too
                pipeline.ingest.inside(Path(config.theme.custom_dir), self.root)
            if not (self.ready or _ready(out)):
                made = generate.generate(story, out, self.own, self.extracted, report=self.standalone)
                self.mermaid = made.mermaid
            else:
                self.mermaid = mermaid_script(self.root) is not None
        except ExplainerError as exc:
            if not self.standalone:
                raise
            raise PluginError(str(exc)) from None
        config.docs_dir = str(out)
        if self.mermaid and MERMAID_URI not in config.extra_javascript:  # a mkdocs.yml that does not list them
            config.extra_javascript.append(MERMAID_URI)
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        return config

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
        """Watch the sources, not the generated folder: each change then rebuilds once."""
        try:
            server.unwatch(config.docs_dir)
        except KeyError:
            pass
        return server

    def on_post_page(self, output: str, *, page: object, config: MkDocsConfig) -> str:
        """Mermaid (2.7 MB of script) only on the pages that draw a diagram: every other page
        becomes ready without parsing it."""
        return strip_mermaid(output)


def _ready(out: Path) -> bool:
    """Whether the process that started this engine has generated `out` already."""
    ready = os.environ.get(READY)
    return bool(ready) and Path(ready).resolve() == out.resolve()


def strip_mermaid(html: str) -> str:
    """A page's HTML without Mermaid's script tag unless the page draws a diagram."""
    if 'class="mermaid"' in html:
        return html
    return _MERMAID_TAG.sub("", html)
