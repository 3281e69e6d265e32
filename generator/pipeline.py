"""The pipeline as library calls: extract a story's fact sheets, render its pages, build and
serve its site. The CLI and the MkDocs plugin are thin layers over these functions."""

from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import logging
import re
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator import corrections, facts, ingest, textmemo, yamlio
from generator.articlecache import ParsedArticles
from generator.cache import CACHE_DIR
from generator.collector import collector_paused, collector_running
from generator.errors import ExplainerError, ExplainerWarning
from generator.itemtext import ItemTexts
from generator.records import Article, Facts

logger = logging.getLogger(__name__)

ARTICLES = Path("content/articles")
FACTS = Path("content/facts")
TEMPLATES = Path("templates")
CORRECTIONS = Path("content/corrections.yaml")
STORY = Path("content/story.yaml")  # the editor's title and lead for the home page; never written


@dataclass
class Extracted:
    sheets: dict[str, list[dict]] | None  # None when the fact sheets were already current
    errors: list[ExplainerError] = field(default_factory=list)  # articles that could not be read
    problems: list[ExplainerError] = field(default_factory=list)  # corrections whose target is gone
    changed: list[Path] = field(default_factory=list)
    parsed: int = 0  # articles that went through the NLP (the rest came from the cache)
    hand_edited: list[str] = field(default_factory=list)  # sheets edited by hand and kept
    backup: Path | None = None
    articles: list[Article] = field(default_factory=list)  # as read, for the source pages
    warnings: list[ExplainerError] = field(default_factory=list)  # files passed over, doubtful headlines


PARSED_ARTICLES = CACHE_DIR / "parsed-articles.pickle"  # each article as parsed, kept for the next run
ITEM_TEXTS = CACHE_DIR / "item-texts.pickle"  # each sheet item's YAML, kept for the next run (see itemtext)
SHEET_STAMPS = CACHE_DIR / "sheet-stamps.json"  # each sheet's file as last written or checked, with its stamp (see facts.stamps)
TEXT_MEMO = CACHE_DIR / "text-memo.marshal"  # the merge's normalized texts, kept for the next run (see textmemo)
STORY_MODULES = ("merge.py", "discrepancies.py", "textsim.py", "ids.py", "facts.py", "corrections.py")


def _inputs(articles: list[Article], corrections_file: Path) -> str:
    from generator.cache import extractor_version

    digest = hashlib.sha256(extractor_version().encode())
    package = Path(__file__).resolve().parent  # and the code that merges and writes the story's sheets
    for module in (*STORY_MODULES, "schema/factsheets.schema.json"):
        digest.update((package / module).read_bytes())
    for a in sorted(articles, key=lambda a: a.id):
        digest.update(f"\0{a.id}\0{a.fingerprint}\0{a.path.name}".encode())
    if corrections_file.exists():
        digest.update(b"\0corrections\0" + corrections_file.read_bytes())
    return digest.hexdigest()[:16]


def extract(
    articles_dir: Path,
    facts_dir: Path,
    progress: Callable[[Article], None] | None = None,
    root: Path | None = None,
    corrections_file: Path | None = None,
    force: bool = False,
) -> Extracted:
    """Articles (+ the editor's corrections) -> fact sheets on disk.

    Bad articles are reported and left out. Only articles not in the extraction cache go
    through the NLP. Fact sheets edited by hand are never overwritten silently: while the
    articles and corrections are unchanged they are kept as they are; once those change,
    the run stops and says so, unless `force`, which first copies them to a backup.
    """
    root = (root or Path.cwd()).resolve()
    corrections_file = corrections_file if corrections_file is not None else root / CORRECTIONS
    parsed = ParsedArticles.load(root / PARSED_ARTICLES)
    read = ingest.read_articles(articles_dir, parsed=parsed)
    parsed.save(root / PARSED_ARTICLES)
    if not read.articles:
        raise ExplainerError("no readable articles: " + "; ".join(map(str, read.errors)), articles_dir)
    fixes = corrections.read(corrections_file)
    inputs = _inputs(read.articles, corrections_file)
    stamps = facts.stamps(facts_dir, root / SHEET_STAMPS)
    edited = [f"{name}.yaml" for name, st in stamps.items() if st is not None and st.edited]
    stamped = [st for st in stamps.values() if st is not None and st.inputs]
    # Current when every sheet is there and every stamp names these inputs; a sheet whose stamp
    # was deleted is judged by the others (and kept, as edited by hand).
    if not force and stamped and all(st is not None for st in stamps.values()) and all(st.inputs == inputs for st in stamped):
        applied = _recall(root, inputs, corrections_file) if fixes else corrections.Applied({})
        if applied is None:  # no record of this run's corrections (the cache was cleared): work them out again
            applied, _ = _corrected(read.articles, root, fixes, corrections_file, None)
            _remember(root, inputs, applied)
        problems = applied.problems + (facts.dangling_errors(facts.read(facts_dir), facts_dir) if edited else [])
        return Extracted(None, read.errors, problems, hand_edited=edited, articles=read.articles,
                         warnings=read.warnings + applied.notices)
    backup = None
    if edited and not force:
        unstamped = [f"{name}.yaml" for name, st in stamps.items() if st is not None and not st.inputs]
        how = f" ({', '.join(unstamped)} without its stamp line)" if unstamped else ""
        since = ("the articles or corrections changed since" if stamped else
                 "no sheet keeps its stamp line to tell whether the articles or corrections changed since")
        raise ExplainerError(
            f"{', '.join(edited)} edited by hand{how}; {since}, so they would be "
            f"replaced. Move the edits into {corrections_file.name} (see README), or run `explainer extract "
            "--force` to regenerate (your edited files are copied to .cache/explainer/backups first)",
            facts_dir,
        )
    if edited:
        backup = _backup(facts_dir, edited, root / CACHE_DIR / "backups")
    with collector_paused():  # the merged story, its sheets and their texts: many objects, no cycles (see collector.py)
        applied, parsed = _corrected(read.articles, root, fixes, corrections_file, progress)
        sheets = applied.sheets
        if fixes:  # what the generator makes is valid by construction; what an editor adds is checked
            for name in facts.SHEETS:
                facts.validate(name, sheets[name], corrections_file)
        texts = ItemTexts.load(root / ITEM_TEXTS)
        changed = facts.write_sheets(sheets, facts_dir, inputs, texts)
        facts.record_stamps(facts_dir, root / SHEET_STAMPS, inputs)
        texts.save(root / ITEM_TEXTS)
    _remember(root, inputs, applied)
    return Extracted(
        sheets, read.errors, applied.problems, changed, parsed, backup=backup, articles=read.articles,
        warnings=read.warnings + applied.notices,
    )


def _corrected(
    articles: list[Article], root: Path, fixes: list[corrections.Correction], corrections_file: Path,
    progress: Callable[[Article], None] | None,
) -> tuple[corrections.Applied, int]:
    """The story's sheets with the corrections applied (extraction from the cache where it can
    be), and how many articles went through the NLP. The merge is taken up from the last
    checkpoint its first articles match (see checkpoints.py), their facts left unread; a whole
    merge keeps new checkpoints."""
    from generator import checkpoints
    from generator.cache import key
    from generator.merge import Stale, article_rank, merge_resumable

    ranked = sorted(articles, key=article_rank)
    keys = [key(a) for a in ranked]
    entries = root / CACHE_DIR / "articles"
    found = checkpoints.best(root, keys)
    if found is not None and not all((entries / f"{k}.pickle").exists() for k in keys[: found[0]]):
        found = None  # an article before it is not in the extraction cache (it failed, or the cache was cut)
    start = found[0] if found is not None else 0
    resume = checkpoints.read(found[1]) if found is not None else None
    try:
        after = {a.id for a in ranked[start:]}
        per_article = _extract_cached([a for a in articles if a.id in after], root / CACHE_DIR, progress, every=articles,
                                      also=resume.open if resume is not None else None)  # see `Checkpoint.opened`
        with textmemo.kept(root / TEXT_MEMO, partial=start > 0):
            try:
                if resume is None or resume.prefix != tuple(a.id for a in ranked[:start]):
                    raise Stale("no checkpoint")
                story, aka, _ = merge_resumable([f for f, _ in per_article], articles, resume)
            except Stale:
                if start:  # the articles before the checkpoint are needed after all
                    per_article += _extract_cached([a for a in articles if a.id not in after], root / CACHE_DIR, progress,
                                                   every=articles)
                marks = checkpoints.missing(root, keys, checkpoints.marks(len(ranked)))
                story, aka, made = merge_resumable([f for f, _ in per_article], articles, marks=marks)
                checkpoints.write(root, keys, made)
            sheets = facts.to_sheets(story, root)
        applied = corrections.apply(sheets, fixes, corrections_file, aka)
    finally:
        gc.unfreeze()  # what `_extract_cached` froze back in the collector's sight: a long `serve` frees all it can
    failed = {f.sources[0].id: f for f, _ in per_article if f.failure}
    applied.notices[:0] = [
        ExplainerError(f"extraction failed on this article ({failed[a.id].failure}); its facts are left out: please report it",
                       a.path)
        for a in articles if a.id in failed
    ]
    return applied, sum(p for _, p in per_article)


CORRECTIONS_RECORD = CACHE_DIR / "corrections.json"


def _remember(root: Path, inputs: str, applied: corrections.Applied) -> None:
    """Record what applying the corrections reported, keyed by the inputs: while the sheets
    stay current, every later run reports the same problems (and exits as this one did)."""
    record = {
        "inputs": inputs,
        "problems": [[p.message, p.line] for p in applied.problems],
        "notices": [[n.message, n.line] for n in applied.notices],
    }
    try:
        facts.write_atomic(root / CORRECTIONS_RECORD, json.dumps(record, indent=1) + "\n")
    except OSError:
        pass  # only a cache: the next run works the problems out again


def _recall(root: Path, inputs: str, corrections_file: Path) -> corrections.Applied | None:
    try:
        record = json.loads((root / CORRECTIONS_RECORD).read_text(encoding="utf-8"))
        if record["inputs"] != inputs:
            return None
        return corrections.Applied(
            {},
            [ExplainerError(message, corrections_file, line) for message, line in record["problems"]],
            [ExplainerError(message, corrections_file, line) for message, line in record["notices"]],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _extract_cached(
    articles: list[Article], cache_dir: Path, progress: Callable[[Article], None] | None,
    every: list[Article] | None = None, also: Callable[[], None] | None = None,
) -> list[tuple[Facts, bool]]:
    """Each article's facts, from the cache where it has them; the rest through spaCy. `every`:
    all the story's articles, when `articles` are only some (the cache keeps all their entries).
    `also`: more to load that lives as long as the facts (a checkpoint's states), loaded with
    them: out of the collector's sight as they are, and before the NLP fills the heap."""
    from generator.cache import ExtractionCache

    cache = ExtractionCache(cache_dir)
    gc.collect()  # no garbage in cycles left to be frozen below
    found = cache.get_all(articles)
    if also is not None:
        also()
    # The facts just loaded live until the story is merged and hold no reference cycles
    # (reference counting frees them): out of the collector's sight from here until the
    # caller unfreezes (`_corrected`), as the model once loaded (extract/nlp.py); else the
    # collections the NLP's import and work start walk every one of them, each generation in
    # turn (2,223 BBC articles: about 0.6 of a rebuild's CPU-s).
    gc.freeze()
    missing = [a for a in articles if found[a.id] is None]
    if missing:
        with collector_running():  # as in any extraction: spaCy's import and parses leave garbage in cycles
            from generator import extract as extractor  # spaCy loads only when something is new

            for article, result in zip(missing, extractor.extract_articles(missing, progress), strict=True):
                if not result.failure:  # a failure is tried again next time
                    cache.put(article, result)
                found[article.id] = result
        cache.keep_only(every or articles)  # only when something was new: an unchanged story wrote nothing
    parsed = {a.id for a in missing}
    return [(found[a.id], a.id in parsed) for a in articles]  # type: ignore[misc]


def _backup(facts_dir: Path, names: list[str], backups: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target, n = backups / stamp, 2
    while target.exists():
        target, n = backups / f"{stamp}-{n}", n + 1
    target.mkdir(parents=True)
    for name in names:
        shutil.copy2(facts_dir / name, target / name)
    return target


def evaluate_sheets(articles_dir: Path, published: object = None, where: Path | None = None) -> dict[str, list[dict]]:
    """Fresh fact sheets for an evaluation (no corrections, nothing written), with a
    publication date for articles that give none (from `where`, a gold file, if given)."""
    from datetime import date

    from generator.extract import extract_articles
    from generator.merge import merge

    try:
        default = date.fromisoformat(str(published)) if published else None
    except ValueError:
        raise ExplainerError(f"publication date must be YYYY-MM-DD, got {published!r}", where or "--published") from None
    read = ingest.read_articles(articles_dir)
    if not read.articles:
        raise ExplainerError("no readable articles", articles_dir)
    for article in read.articles:
        article.published_assumed = article.published is None and default is not None
        article.published = article.published or default
    return facts.to_sheets(merge(extract_articles(read.articles)))


def check(root: Path) -> list[ExplainerError]:
    """Every problem in a story project: articles and their front matter, the fact sheets,
    the outlets file's form, and the corrections (their form, and whether each target still
    exists). References between sheets are checked once every sheet is valid on its own."""
    problems: list[ExplainerError] = []
    articles_dir, facts_dir = root / ARTICLES, root / FACTS
    read = None
    try:
        read = ingest.read_articles(articles_dir)
        problems += read.errors
        problems += [ExplainerWarning(f"warning: {w.message}", w.where, w.line) for w in read.warnings]
    except ExplainerError as exc:
        problems.append(exc)
    sheets: dict[str, list[dict]] = {}
    for name in facts.SHEETS:
        path = facts_dir / f"{name}.yaml"
        if not path.exists():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            sheets[name] = facts.validate(name, yamlio.load(text), path, text)
        except ExplainerError as exc:
            problems.append(exc)
        except UnicodeDecodeError:
            problems.append(ExplainerError("not UTF-8 text", path))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(ExplainerError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path, mark.line + 1 if mark else None))
    if sheets and all(name in sheets for name in facts.SHEETS if (facts_dir / f"{name}.yaml").exists()):
        problems += facts.dangling_errors(sheets, facts_dir)
    from generator import outlets

    try:
        outlets.read(root / outlets.OUTLETS)
    except ExplainerError as exc:
        problems.append(exc)
    corrections_file = root / CORRECTIONS
    try:
        fixes = corrections.read(corrections_file)
    except ExplainerError as exc:
        return problems + [exc]
    if fixes and read is not None and read.articles:
        applied, _ = _corrected(read.articles, root, fixes, corrections_file, None)
        problems += applied.problems
        problems += [ExplainerWarning(f"warning: {n.message}", n.where, n.line) for n in applied.notices]
        for name in facts.SHEETS:
            try:
                facts.validate(name, applied.sheets[name], corrections_file)
            except ExplainerError as exc:
                problems.append(exc)
    return problems


SHEETS_RECORD = CACHE_DIR / "sheets.pickle"


def story_sheets(facts_dir: Path, sheets: dict[str, list[dict]] | None = None, root: Path | None = None) -> dict[str, list[dict]]:
    """The sheets to render. An extraction that has just written them passes them in memory
    (`Extracted.sheets`): reading the YAML back was most of the render's time. They are then
    recorded in the project's cache under `root`, so a later build whose sheets are current
    loads them from there; without `sheets`, they are read from `facts_dir` through that
    cache, sheets edited by hand always from their files (`facts.read`)."""
    record = root / SHEETS_RECORD if root is not None else None
    if sheets is None:
        return facts.read(facts_dir, cache=record)
    if record is not None:
        facts.remember(facts_dir, sheets, record)
    return sheets


def render(
    facts_dir: Path, templates_dir: Path, articles_dir: Path | None = None, articles: list[Article] | None = None,
    sheets: dict[str, list[dict]] | None = None, root: Path | None = None,
) -> dict[str, str]:
    """Fact sheets -> {page path: Markdown}; article texts go on the source pages, taken from
    `articles` when the caller has read them already, else read from `articles_dir`. The
    sheets come from memory when the caller has just extracted them (`sheets`), else from
    `facts_dir`, through the cache of the project at `root` if given (`story_sheets`)."""
    from generator import outlets
    from generator.glance import read_story
    from generator.render import render_pages

    story = read_story(root / STORY, root) if root is not None else read_story(facts_dir.parent / STORY.name)
    sheets = story_sheets(facts_dir, sheets, root)
    texts: dict[str, str] = {a.id: a.body for a in articles or []}
    if articles is None and articles_dir is not None and articles_dir.is_dir():
        for path in ingest.article_paths(articles_dir):
            try:
                article = ingest.read_article(path)
            except ExplainerError:
                continue
            texts[article.id] = article.body
    described = outlets.read(root / outlets.OUTLETS if root is not None else facts_dir.parent / outlets.OUTLETS.name)
    return render_pages(sheets, templates_dir, texts, story=story, outlets=described)


def write_pages(pages: dict[str, str | Path], out: Path, durable: bool = True) -> list[Path]:
    """Each page (its text, or a file to copy) written into `out`, atomically and only when its
    bytes changed; a path leading out of `out` is refused. Returns the files written."""
    written = []
    top = out.resolve()
    for name, source in sorted(pages.items()):
        target = (out / name).resolve()
        if top not in target.parents:
            raise ExplainerError(f"page path {name!r} points outside the output folder", out)
        data = source.encode("utf-8") if isinstance(source, str) else source.read_bytes()
        if facts.write_atomic_bytes(target, data, durable=durable):
            written.append(target)
    return written


BUILD_LOCK = CACHE_DIR / "build.lock"
_held = threading.local()  # the lock files this thread holds, so a caller may hold one around build_site


@contextmanager
def build_lock(root: Path) -> Iterator[Path]:
    """Hold the project's build lock while the block runs, or refuse at once: two builds of
    one project would write into one site folder. The lock is an `flock` on a file under
    `.cache/explainer/`, so the system releases it when a build dies, however it dies.
    Re-entrant within a thread: `explainer build` can hold it over extraction and the site."""
    path = (root / BUILD_LOCK).resolve()
    held: set[Path] = _held.__dict__.setdefault("paths", set())
    if path in held:
        yield path
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ExplainerError(
                f"another build is running in this project (lock file {path}); wait for it to finish"
            ) from None
        held.add(path)
        try:
            yield path
        finally:
            held.discard(path)
            fcntl.flock(handle, fcntl.LOCK_UN)


def _fresh_folder(parent: Path, prefix: str) -> Path:
    """A new empty folder with a unique name (mkdtemp's, but with the user's umask: the site
    swapped in keeps the permissions a plain folder would have)."""
    while True:
        path = parent / f"{prefix}{secrets.token_hex(4)}"
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue


def _leftovers(final: Path, kind: str) -> list[Path]:
    """Our temporary folders of one `kind` ("building" or "old") beside `final`, oldest first:
    exactly `.site.<kind>-<8 hex digits>` (or the older fixed name), never a symlink."""
    pattern = re.compile(rf"\.{re.escape(final.name)}\.{kind}(-[0-9a-f]{{8}})?")
    found = [p for p in final.parent.iterdir() if pattern.fullmatch(p.name) and p.is_dir() and not p.is_symlink()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def _clean_leftovers(final: Path) -> None:
    """Undo what a killed build left beside `final`: a swap cut short between its two renames
    is undone (the previous site comes back), then our own temporary folders are removed."""
    olds = _leftovers(final, "old")
    if olds and not final.exists():
        olds.pop().rename(final)
    for leftover in [*olds, *_leftovers(final, "building")]:
        shutil.rmtree(leftover, ignore_errors=True)


def build_site(config, build: Callable) -> Path:  # noqa: ANN001 - a MkDocsConfig and mkdocs' build
    """Build into a fresh folder beside `site_dir`, then swap it in by renames, holding the
    project's build lock: a second build refuses rather than mix its pages into this one's,
    and a run killed at any moment leaves the previous site whole (the next run tidies up)."""
    final = Path(config.site_dir)
    if final.exists() and not final.is_dir():
        raise ExplainerError("a file is where the site folder belongs; move it away", final)
    config_file = getattr(config, "config_file_path", None)
    root = Path(config_file).resolve().parent if config_file else final.parent
    final.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(root):
        _clean_leftovers(final)
        building = _fresh_folder(final.parent, f".{final.name}.building-")
        try:
            config.site_dir = str(building)
            build(config)
            if final.exists():
                old = building.with_name(building.name.replace(".building-", ".old-", 1))
                final.rename(old)
                building.rename(final)
                shutil.rmtree(old, ignore_errors=True)
            else:
                building.rename(final)
        finally:
            config.site_dir = str(final)
            shutil.rmtree(building, ignore_errors=True)  # a build that failed leaves nothing behind
    return final


def render_empty(templates_dir: Path, root: Path | None = None) -> dict[str, str]:
    """The pages of a story with no articles yet (titled by the editor's story file under
    `root`, if there is one)."""
    from generator.glance import read_story
    from generator.render import render_pages

    story = read_story(root / STORY, root) if root is not None else None
    return render_pages({name: [] for name in facts.SHEETS}, templates_dir, story=story)


def project_root(start: Path) -> Path | None:
    """The story project holding `start` (see `project.find_root`)."""
    from generator.project import find_root

    return find_root(start)


def checked_config(config_file: Path) -> Path:
    """`mkdocs.yml`, refused in one line before MkDocs reads it when its YAML is broken or
    built to exhaust the parser (nesting, aliases: the bounds of every YAML file we read)."""
    try:
        yamlio.check(config_file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ExplainerError("not UTF-8 text", config_file) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or exc
        raise ExplainerError(f"invalid YAML: {problem}", config_file, mark.line + 1 if mark else None) from None
    return config_file


def story_root(articles_dir: Path) -> Path:
    """Whose corrections and cache an extraction uses: the project holding the articles, else
    the one holding the current folder, else the current folder (a loose folder of articles)."""
    return project_root(articles_dir) or project_root(Path.cwd()) or Path.cwd().resolve()


def check_address(address: str) -> None:
    """`HOST:PORT` for `serve`, with a port that exists and is free."""
    import socket

    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ExplainerError(f"serve address {address!r} must be HOST:PORT with a port from 1 to 65535")
    bare = host.strip("[]")
    family = socket.AF_INET6 if ":" in bare else socket.AF_INET
    try:
        with socket.create_server((bare, int(port)), family=family):
            pass
    except OSError as exc:
        raise ExplainerError(f"cannot serve on {address}: {exc.strerror or exc}") from None
