"""`explainer new`: a fresh story project that builds."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from generator import deploy
from generator.errors import ExplainerError
from generator.generate import GENERATED, GENERATED_GITIGNORE, KEEP
from generator.sample import SAMPLE_ARTICLE, SAMPLE_NAME
from generator.text import BIDI_CONTROLS

MKDOCS_YML = """\
site_name: {name}
# The site's address: the Pages workflow sets SITE_URL from the repository it runs in.
site_url: !ENV [SITE_URL, {url}]
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


GITIGNORE = """\
site/
.site.*/
.cache/
.explainer-*.yml
build/*
!build/docs/
.venv/
node_modules/
__pycache__/
"""


@dataclass
class NewProject:
    """What `explainer new` made: the files and folders, and the site's address with where it
    came from (None and why not when the repository is unknown)."""

    root: Path
    created: list[Path] = field(default_factory=list)
    site_url: str | None = None
    site_url_from: str = ""


def _refuse_what_is_there(target: Path, paths: list[str]) -> None:
    """Nothing the user has is written over: the folder must be empty, or the root of a git
    repository (a clone of the story's repository) without any of the files a project has."""
    if target.exists() and not target.is_dir():
        raise ExplainerError("a file is where the new project's folder belongs; choose a new folder", target)
    if not target.exists() or not any(target.iterdir()):
        return
    if not (target / ".git").exists():
        raise ExplainerError("folder exists and is not empty (nor a git repository's root); choose a new folder", target)
    for rel in paths:
        if (target / rel).exists() or (target / rel).is_symlink():
            raise ExplainerError("is already there; `explainer new` writes over nothing: move it away or choose a new folder",
                                 target / rel)


def new_project(target: Path, sample: bool = True, repo: deploy.Repository | None = None) -> NewProject:
    """Create a story project in `target` (empty or absent, or a git repository's root without
    a project's files), with what publishes it on GitHub Pages. The site's address comes from
    `repo`, else the `origin` remote of the git repository `target` is the root of. Nothing
    typed by the user goes into mkdocs.yml unquoted: the name is checked, reduced to plain
    words and written as a JSON (so YAML) string; a repository's owner and name are checked."""
    folder = target.resolve().name
    check_folder_name(folder)
    files = {"mkdocs.yml": "", ".gitignore": "", f"{GENERATED}/{KEEP}": "", **deploy.deploy_files()}
    _refuse_what_is_there(target, [*sorted(files), "content", "templates"])
    target.mkdir(parents=True, exist_ok=True)
    made = NewProject(target)
    if repo is not None:
        made.site_url, made.site_url_from = repo.pages_url, "from --repo"
    else:
        found, made.site_url_from = deploy.origin_repository(target)
        made.site_url = found.pages_url if found else None
    url = made.site_url or deploy.LOCAL_SITE_URL
    files["mkdocs.yml"] = MKDOCS_YML.format(name=json.dumps(site_name(folder)), url=json.dumps(url))
    files[".gitignore"] = GITIGNORE
    files[f"{GENERATED}/{KEEP}"] = GENERATED_GITIGNORE
    files["content/pages/README.txt"] = PAGES_README
    if sample:
        files[f"content/articles/{SAMPLE_NAME}"] = SAMPLE_ARTICLE
    for rel, content in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as out:  # never over a file that is there
            out.write(content.encode("utf-8") if isinstance(content, str) else content)
        made.created.append(path)
    (target / deploy.SETUP).chmod(0o755)
    (target / "content/articles").mkdir(parents=True, exist_ok=True)
    shutil.copytree(default_templates(), target / "templates")
    made.created.append(target / "templates")
    return made
