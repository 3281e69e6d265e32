"""`explainer new`: a fresh story project that builds."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from importlib import resources
from pathlib import Path

from generator.errors import ExplainerError
from generator.generate import GENERATED, GENERATED_GITIGNORE, KEEP
from generator.ids import slugify
from generator.text import BIDI_CONTROLS

MKDOCS_YML = """\
site_name: {name}
# site_url: https://example.github.io/{slug}/   # set this before deploying
# The pages `explainer build` generates (with yours from content/pages and the site's assets):
# every engine (MkDocs, ProperDocs, Zensical) reads them from here.
docs_dir: build/docs
theme:
  name: material
  font: false  # no web fonts from Google: the site works offline and tracks no one
  features:
    - navigation.instant
    - navigation.sections
    - navigation.top
    - navigation.indexes
    - navigation.prune
    - search.highlight
    - search.suggest
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      toggle: {{icon: material/brightness-7, name: Switch to dark mode}}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      toggle: {{icon: material/brightness-4, name: Switch to light mode}}
plugins:
  - search
  - tags
  - explainer  # regenerates build/docs on `mkdocs serve`; Zensical ignores it
extra_css:
  - assets/stylesheets/explainer.css
extra_javascript:
  - assets/javascripts/mermaid.min.js  # served by the site itself: no CDN
watch:
  - content
  - templates
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
nav:
  - Home: index.md
  - The story:
      - Timeline: timeline.md
      - Reactions: reactions.md
      - Key figures: figures.md
      - How the sources differ: differences.md
      - Coverage: coverage.md
  - People:
      - Who's who: people/index.md
      - Organizations: organizations/index.md
      - Relationships: relationships.md
  - Sources: sources/index.md
  - Tags: tags.md
not_in_nav: |
  /sources/*.md
  /people/*.md
  /organizations/*.md
  /timeline/*.md
  /reactions/*.md
  /tags/*.md
  /people/all/*.md
  /sources/all/*.md
  /figures/*.md
  /differences/*.md
  /organizations/all/*.md
"""

SAMPLE_ARTICLE = """\
---
published: 2025-03-04
outlet: Example News
---
City council approves new library budget
The city council on Monday approved a budget of $12 million for a new central library, Mayor Jane Doe said.
"This library will serve every neighbourhood in the city," Doe told reporters after the vote.
Council member John Roe, who voted against the plan, said the cost was too high.
"""

PAGES_README = """\
Pages you write yourself (Markdown) go here; they appear beside the generated ones (a page
here with a generated page's name replaces it). `explainer build` writes the generated pages,
with these, into build/docs, the site engine's docs_dir; nothing is ever written here.
"""


def find_root(start: Path) -> Path | None:
    """The story project holding `start`: the nearest folder, `start` or above, with a
    mkdocs.yml (as git finds a repository's root from any subfolder). The search walks the
    path as written, not where a symlink leads: a project's folder that is a link to
    somewhere else still belongs to this project, and is then refused as outside it."""
    here = start.absolute()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder.resolve()
    return None


def default_templates() -> Path:
    return Path(str(resources.files("generator").joinpath("default_templates")))


_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def check_folder_name(name: str) -> None:
    """Refuse a folder name with a control, line-separator or bidirectional character: it
    would break a line of mkdocs.yml or hide what the name says. The name is shown escaped,
    so the error stays one line."""
    for char in name:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp") or _BIDI.match(char):
            raise ExplainerError(
                f"folder name {name!r} contains the control character U+{ord(char):04X}; choose a name without it"
            )


def site_name(folder: str) -> str:
    """The site's title from its folder name, as plain words: MkDocs and Material print
    `site_name` into every page's HTML unescaped, so nothing that HTML could read survives."""
    words = re.sub(r"[^\w\s.,:!?()-]", " ", folder.replace("-", " ").replace("_", " "))
    return re.sub(r"\s+", " ", words).strip().title() or "Story"


def new_project(target: Path, sample: bool = True) -> list[Path]:
    """Create a story project in `target` (which must be empty or absent). Nothing typed by
    the user goes into mkdocs.yml unquoted: the name is checked, reduced to plain words and
    written as a JSON (so YAML) string; the URL hint holds only a slug."""
    folder = target.resolve().name
    check_folder_name(folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExplainerError("folder exists and is not empty; choose a new folder", target)
    target.mkdir(parents=True, exist_ok=True)
    name = site_name(folder)
    created = []

    def write(rel: str, text: str) -> None:
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        created.append(path)

    write("mkdocs.yml", MKDOCS_YML.format(name=json.dumps(name), slug=slugify(folder, "story")))
    write(".gitignore", "site/\n.site.*/\n.cache/\n.explainer-*.yml\n")
    write(f"{GENERATED}/{KEEP}", GENERATED_GITIGNORE)
    write("content/pages/README.txt", PAGES_README)
    (target / "content/articles").mkdir(parents=True, exist_ok=True)
    if sample:
        write("content/articles/sample-library-budget.txt", SAMPLE_ARTICLE)
    shutil.copytree(default_templates(), target / "templates")
    created.append(target / "templates")
    return created
