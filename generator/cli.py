"""The `explainer` command line: a thin layer over `generator.pipeline`.

Every failure ends at one boundary, `ExplainerGroup.invoke`: one line on stderr naming what
and where, a non-zero exit status, never a traceback (`--debug` shows it). User text in a
message is printed as it is: the console never reads it as markup or terminal codes."""

from __future__ import annotations

import errno
import logging
import re
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from generator import pipeline
from generator.errors import ExplainerError, ExplainerWarning

err = Console(stderr=True, markup=False, highlight=False, emoji=False)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(message: object) -> str:
    """A message as plain text: terminal control characters shown as escapes, never sent."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(message))


def error_line(message: object) -> None:
    err.print(Text.assemble(("error: ", "bold red"), _printable(message)), soft_wrap=True)


_IN_THE_WAY = {
    errno.EEXIST: "a file is where a folder belongs",
    errno.ENOTDIR: "a file is where a folder belongs",
    errno.EISDIR: "a folder is where a file belongs",
}


def _os_problem(exc: OSError) -> str:
    """An operating-system failure (a full disk, no permission, a folder where a file
    belongs, a port in use) as `path: reason`."""
    reason = _IN_THE_WAY.get(exc.errno or 0) or exc.strerror or str(exc) or type(exc).__name__
    where = exc.filename if exc.filename is not None else None
    if isinstance(where, bytes):
        where = where.decode("utf-8", "backslashreplace")
    return f"{where}: {reason}" if where else reason


class ExplainerGroup(click.Group):
    """The one error boundary: whatever a command raises ends here as one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.UsageError):
            raise  # click's own: --help, usage mistakes
        except KeyboardInterrupt:
            err.print("Aborted")
            sys.exit(130)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            error_line(_problem(exc))
            sys.exit(1)


def _problem(exc: Exception) -> str:
    from mkdocs.exceptions import MkDocsException

    if isinstance(exc, ExplainerError):
        return str(exc)
    if isinstance(exc, OSError):
        return _os_problem(exc)
    if isinstance(exc, MkDocsException):
        return f"site build failed: {exc.format_message().strip()}"
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return f"unexpected error ({detail}); rerun with `explainer --debug ...` to see the traceback"


@click.group(cls=ExplainerGroup)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors (for scripts).")
@click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, debug: bool) -> None:
    """Turn a story's news articles into an explainer site."""
    ctx.obj = {"quiet": quiet, "debug": debug}
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, format="%(message)s")


def _quiet() -> bool:
    return bool(click.get_current_context().find_root().obj.get("quiet"))


def _say(message: str) -> None:
    if not _quiet():
        err.print(_printable(message), soft_wrap=True)


def _extract(articles: Path, out: Path, force: bool = False, root: Path | None = None) -> pipeline.Extracted:
    total = len(pipeline.ingest.article_paths(articles))
    with Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=_quiet(), transient=True,
    ) as progress:
        task = progress.add_task("extract", total=total)
        result = pipeline.extract(articles, out, lambda _article: progress.advance(task), root=root, force=force)
    for problem in [*result.errors, *result.problems]:
        error_line(problem)
    for warning in result.warnings:
        _say(f"warning: {warning}")
    for name in result.hand_edited:
        _say(f"{out / name} was edited by hand: kept as it is until the articles or corrections change")
    if result.backup:
        _say(f"hand-edited fact sheets copied to {result.backup}")
    if result.sheets is None:
        _say(f"{out}: fact sheets are up to date (no article or correction changed)")
        return result
    s = result.sheets
    _say(
        f"{len(s['sources'])} articles ({result.parsed} analysed, the rest cached) -> {len(s['people'])} people, "
        f"{len(s['organizations'])} organizations, {len(s['events'])} events, {len(s['reactions'])} statements, "
        f"{len(s['figures'])} figures, {len(s['discrepancies'])} discrepancies in {out} ({len(result.changed)} files changed)"
    )
    return result


@main.command()
@click.argument("articles_dir", required=False, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), help="Fact sheets folder (default: the story's content/facts).")
@click.option("--force", is_flag=True, help="Regenerate even over fact sheets edited by hand (they are backed up first).")
def extract(articles_dir: Path | None, out: Path | None, force: bool) -> None:
    """Extract fact sheets (YAML) from the articles in ARTICLES_DIR (default: the story's
    content/articles, found from any of its subfolders), applying content/corrections.yaml."""
    home = pipeline.project_root(Path.cwd()) or Path.cwd()
    articles_dir = articles_dir or home / pipeline.ARTICLES
    result = _extract(articles_dir, out or home / pipeline.FACTS, force, root=pipeline.story_root(articles_dir))
    if result.errors or result.problems:
        sys.exit(1)


@main.command()
@click.option("--facts", default=str(pipeline.FACTS), type=click.Path(path_type=Path), help="Fact sheets folder.")
@click.option("--templates", default=str(pipeline.TEMPLATES), type=click.Path(path_type=Path), help="Templates folder.")
@click.option("--articles", default=str(pipeline.ARTICLES), type=click.Path(path_type=Path), help="Articles folder (for source pages).")
@click.option("--out", default="build/pages", type=click.Path(path_type=Path), help="Where to write the Markdown pages.")
def render(facts: Path, templates: Path, articles: Path, out: Path) -> None:
    """Render the fact sheets to Markdown pages (the site build does this in memory)."""
    written = pipeline.write_pages(pipeline.render(facts, templates, articles), out)
    _say(f"{len(written)} pages written to {out}")


def _config_file(project: Path) -> Path:
    """The story's mkdocs.yml: in `project` or, as git finds its root, a folder above it."""
    root = pipeline.project_root(project)
    if root is None:
        raise ExplainerError(
            "no mkdocs.yml here or in any folder above; run in a story project or create one with `explainer new`", project
        )
    return pipeline.checked_config(root / "mkdocs.yml")


_ENGINE = click.option("--engine", type=click.Choice(["mkdocs", "properdocs", "zensical"]), default="mkdocs", show_default=True,
                       help="Site engine (ProperDocs and Zensical are extras: pip install 'explainer[zensical]').")


@main.command()
@click.option("--project", default=".", type=click.Path(path_type=Path), help="Story project folder.")
@click.option("--strict/--no-strict", default=False, help="Fail on the engine's warnings.")
@_ENGINE
def build(project: Path, strict: bool, engine: str) -> None:
    """Extract, generate the pages into build/docs and build the site into site/."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from generator import engines, generate

    engines.require(engine)
    config_file = _config_file(project)
    project = config_file.parent
    with pipeline.build_lock(project):  # a second build of this project refuses, in one line
        articles = project / pipeline.ARTICLES
        has_articles = any(pipeline.ingest.article_paths(articles))
        result = _extract(articles, project / pipeline.FACTS, root=project) if has_articles else None
        out = generate.check_folder(project / generate.GENERATED, project)
        out.mkdir(parents=True, exist_ok=True)  # MkDocs reads a config only when its docs_dir exists
        try:
            config = load_config(config_file=str(config_file), strict=strict)
            plugin = config.plugins.get("explainer")
            docs = Path(config.docs_dir).resolve()
            if docs != out and (engine != "mkdocs" or plugin is None):
                raise ExplainerError(f"docs_dir is {config.docs_dir}; set `docs_dir: {generate.GENERATED}` "
                                     f"(the generated pages' folder) to build with {engine}", config_file)
            own = project / generate.OWN_PAGES if docs == out else docs
            generate.generate(project, out, own, result, report=False)
            if plugin is not None:
                plugin.extracted, plugin.standalone, plugin.ready = result, False, True  # reported and generated here
            pipeline.build_site(config, engines.builder(engine, config_file, out, strict))
        except MkDocsException as exc:
            raise ExplainerError(f"site build failed: {exc.format_message().strip()}", config_file) from None
    _say(f"site built in {config.site_dir} with {engine}")
    if result is not None and (result.errors or result.problems):
        sys.exit(1)  # _extract has printed each problem


@main.command()
@click.option("--project", default=".", type=click.Path(path_type=Path), help="Story project folder.")
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", help="Address to serve on.")
@_ENGINE
def serve(project: Path, dev_addr: str, engine: str) -> None:
    """Build and serve the site on localhost, regenerating and reloading on every change."""
    from generator import engines, generate

    engines.require(engine)
    config_file = _config_file(project)
    pipeline.check_address(dev_addr)
    root = config_file.parent
    (root / generate.GENERATED).mkdir(parents=True, exist_ok=True)  # MkDocs reads a config only when its docs_dir exists
    if engine == "mkdocs":
        from mkdocs.commands.serve import serve as mkdocs_serve

        mkdocs_serve(config_file=str(config_file), livereload=True, dev_addr=dev_addr)
        return
    watched = [folder for folder in (root / "content", root / pipeline.TEMPLATES) if folder.is_dir()]
    engines.serve(engine, config_file, dev_addr, lambda: generate.generate(root), watched)


@main.command()
@click.option("--project", default=".", type=click.Path(path_type=Path), help="Story project folder.")
def check(project: Path) -> None:
    """Validate articles, front matter, fact sheets and corrections; one `file:line: problem` each."""
    found = pipeline.check(_config_file(project).parent)
    for problem in found:
        click.echo(_printable(problem))
    problems = [p for p in found if not isinstance(p, ExplainerWarning)]
    if problems:
        _say(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found")
        sys.exit(1)
    _say(f"no problems found{f' ({len(found)} warnings)' if found else ''}")


@main.command()
@click.option("--gold", "gold_file", required=True, type=click.Path(path_type=Path), help="Gold annotation (YAML).")
@click.argument("articles_dir", default=str(pipeline.ARTICLES), type=click.Path(path_type=Path))
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles that give none; default: the gold file's.")
def evaluate(gold_file: Path, articles_dir: Path, published: str | None) -> None:
    """Extract ARTICLES_DIR afresh and score the result against a gold file."""
    from generator import evaluate as ev

    gold = ev.read_gold(gold_file)
    sheets = pipeline.evaluate_sheets(articles_dir, published or gold.get("published"), gold_file if not published else None)
    scores = ev.score_gold_file(gold, sheets, gold_file)
    for name, s in scores.items():
        click.echo(f"{name:15} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (pred {s.pred}, gold {s.gold})")
    click.echo(f"overall F1 {ev.overall(scores):.3f}")


@main.command()
@click.argument("sentence", required=False)
@click.option("--article", "article_file", type=click.Path(path_type=Path), help="Explain a whole article file instead.")
@click.option("--published", help="Publication date (YYYY-MM-DD), for relative dates.")
def explain(sentence: str | None, article_file: Path | None, published: str | None) -> None:
    """Show the facts found in SENTENCE (or an article) and the rules behind each."""
    from datetime import date

    from generator import ingest
    from generator.extract import explain as ex

    if (sentence is None) == (article_file is None):
        raise click.UsageError("give a SENTENCE or --article FILE, not both")
    when = None
    if published:
        try:
            when = date.fromisoformat(published)
        except ValueError:
            raise click.BadParameter(f"{published!r} is not a date (YYYY-MM-DD)", param_hint="--published") from None
    if article_file is not None:
        article = ingest.read_article(article_file)
        sentence, when = article.body, when or article.published
    assert sentence is not None
    found = ex.explain(sentence, when)
    by_fact, others = ex.rules_by_fact(found)
    for line, fired in by_fact:
        click.echo(_printable(line))
        for f in fired:
            click.echo(_printable(f"    {f.outcome:8} {f.rule}  «{f.subject}»"))
    if not by_fact:
        click.echo("no facts found")
    if others:
        click.echo("rules about nothing kept:")
        for f in others:
            click.echo(_printable(f"    {f.outcome:8} {f.rule}  «{f.subject}»"))


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--articles", default=str(pipeline.ARTICLES), type=click.Path(path_type=Path), help="Articles folder.")
@click.option("--force", is_flag=True, help="Replace an article that is already in the story.")
def add(sources: tuple[str, ...], articles: Path, force: bool) -> None:
    """Add articles from .txt, .md or .html files or http(s) URLs."""
    from generator.add import add as add_article

    failed = False
    for source in sources:
        try:
            item = add_article(source, articles, force=force)
        except ExplainerError as exc:
            error_line(exc)
            failed = True
            continue
        _say(f"{'replaced' if item.replaced else 'added'} {item.path} (from {item.source})")
        if item.removed_sample is not None:
            _say(f"removed {item.removed_sample}: the sample article of `explainer new`, unchanged "
                 "(its made-up people are no part of this story)")
    if failed:
        sys.exit(1)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--empty", is_flag=True, help="No sample article.")
@click.option("--repo", metavar="OWNER/NAME", help="The GitHub repository that publishes it (default: the `origin` remote).")
def new(directory: Path, empty: bool, repo: str | None) -> None:
    """Create a fresh story project in DIRECTORY, ready to publish on GitHub Pages."""
    from generator.deploy import parse_repo
    from generator.project import new_project

    made = new_project(directory, sample=not empty, repo=parse_repo(repo) if repo is not None else None)
    _say(f"created {directory}: add articles to {directory / pipeline.ARTICLES}, then run `explainer build`")
    if made.site_url:
        _say(f"site_url: {made.site_url} ({made.site_url_from})")
    else:
        _say(f"site_url: not known ({made.site_url_from}); the Pages workflow sets it from its repository, "
             "a build elsewhere reads SITE_URL (else http://127.0.0.1:8000/); or set it in mkdocs.yml")
    _say("to publish: push to the GitHub repository's main branch; once the workflow has run, choose "
         "Settings → Pages → Deploy from a branch → gh-pages (docs/deploy.md in explainer)")

if __name__ == "__main__":
    main()
