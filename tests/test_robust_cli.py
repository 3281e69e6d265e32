"""The command line's one error boundary: whatever a user or the machine causes ends in one
line naming what and where and a non-zero exit, never a traceback; Ctrl-C is "Aborted";
commands find their story's root from a subfolder; workers never outlive their parent."""

from __future__ import annotations

import errno
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from generator import cli, pipeline
from generator.errors import ExplainerError


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# Every command, with the library call it rests on: a failure injected there must reach the
# user as one line, whatever its kind.
COMMANDS: dict[str, tuple[list[str], str]] = {
    "extract": (["extract", "{p}/content/articles", "--out", "{p}/content/facts"], "extract"),
    "render": (["render", "--facts", "{p}/content/facts", "--templates", "{p}/templates", "--out", "{p}/out"], "render"),
    "build": (["build", "--project", "{p}"], "build_site"),
    "check": (["check", "--project", "{p}"], "check"),
    "evaluate": (["evaluate", "--gold", str(ROOT.parent / "shared/gold/halevi-resignation.yaml"), "{p}/content/articles"],
                 "evaluate_sheets"),
    "serve": (["serve", "--project", "{p}", "-a", "127.0.0.1:0"], "check_address"),
    "add": (["add", "https://example.org/story", "--articles", "{p}/content/articles"], "generator.add._read_source"),
    "new": (["new", "{p}/another"], "generator.project.new_project"),
}
FAILURES: dict[str, tuple[BaseException, str]] = {
    "full disk": (OSError(errno.ENOSPC, "No space left on device", "content/facts/people.yaml"),
                  "content/facts/people.yaml: No space left on device"),
    "no permission": (PermissionError(errno.EACCES, "Permission denied", "site"), "site: Permission denied"),
    "folder for a file": (IsADirectoryError(errno.EISDIR, "Is a directory", "content/corrections.yaml"),
                          "content/corrections.yaml: a folder is where a file belongs"),
    "user error": (ExplainerError("not a date", Path("a.txt"), 3), "a.txt:3: not a date"),
    "a bug": (ZeroDivisionError("division by zero"), "rerun with `explainer --debug"),
}


def _run_failing(command: str, exc: BaseException, project: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN202
    """Run `command` with the library call it rests on raising `exc`."""
    args, target = COMMANDS[command]

    def fail(*_args: object, **_kwargs: object) -> None:
        raise exc

    targets = [target, "extract"] if command == "build" else [target]  # before the site, build extracts
    for name in targets:
        monkeypatch.setattr(name if "." in name else f"generator.pipeline.{name}", fail)
    return CliRunner().invoke(cli.main, [a.replace("{p}", str(project)) for a in args])


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_failure_of_every_command_is_one_line(command: str, failure: str, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exc, expected = FAILURES[failure]
    result = _run_failing(command, exc, project, monkeypatch)
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert line.startswith("error: ") and expected in line


@pytest.mark.parametrize("command", COMMANDS)
def test_ctrl_c_is_aborted_and_nothing_else(command: str, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _run_failing(command, KeyboardInterrupt(), project, monkeypatch)
    assert result.exit_code == 130
    assert result.stderr.strip() == "Aborted"


def test_debug_shows_the_traceback(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "check", lambda _root: 1 / 0)
    result = CliRunner().invoke(cli.main, ["--debug", "check", "--project", str(project)])
    assert isinstance(result.exception, ZeroDivisionError)


@pytest.mark.parametrize(
    "message",
    ["[/]", "[red]empty.txt", "[link=mailto:x]x[/link]", "\x1b[31mred\x1b[0m", ":warning: [bold]"],
)
def test_user_text_in_a_message_is_never_markup(message: str, monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise ExplainerError(f"front matter 'published' must be a date, got {message!r}", Path(f"{message}.txt"))

    monkeypatch.setattr(pipeline, "check", fail)
    line = one_line(CliRunner().invoke(cli.main, ["check", "--project", str(project)]).stderr)
    shown = message.replace("\x1b", "\\x1b")
    assert f"error: {shown}.txt:" in line and "\x1b" not in line


def test_real_broken_filesystem_cases_are_one_line(project: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    out_is_file = run("-q", "extract", str(project / "content/articles"), "--out", str(tmp_path / "file"))
    assert out_is_file.returncode == 1 and str(tmp_path / "file") in one_line(out_is_file.stderr)
    articles_is_file = run("-q", "extract", str(tmp_path / "file"), "--out", str(tmp_path / "f"))
    assert articles_is_file.returncode == 1 and "not a folder" in one_line(articles_is_file.stderr)
    (project / "content/corrections.yaml").mkdir()
    corrections_is_folder = run("-q", "extract", "--out", str(tmp_path / "f2"), cwd=project)
    assert corrections_is_folder.returncode == 1 and "corrections.yaml" in one_line(corrections_is_folder.stderr)
    (project / "content/corrections.yaml").rmdir()
    (project / "content/facts").rename(project / "facts.old")
    (project / "content/facts").write_text("not a folder")
    facts_is_file = run("-q", "build", "--project", str(project))
    assert facts_is_file.returncode == 1
    line = one_line(facts_is_file.stderr)
    assert "content/facts" in line and "a file is where a folder belongs" in line


@pytest.mark.parametrize(
    ("gold", "published", "expected"),
    [
        ("people: [\n", None, "gold.yaml: invalid YAML"),
        ("people: [1, 2]\n", None, "gold.yaml: not in the gold format"),
        ("people: []\n", "2025-13-45", "--published: publication date must be YYYY-MM-DD"),
        ("published: someday\npeople: []\n", None, "gold.yaml: publication date must be YYYY-MM-DD"),
    ],
)
def test_evaluate_names_a_broken_gold_file_or_date(
    gold: str, published: str | None, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "gold.yaml").write_text(gold)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("generator.extract.extract_articles", lambda articles: [])
    monkeypatch.setattr("generator.merge.merge", lambda facts: __import__("generator.records").records.Facts())
    args = ["evaluate", "--gold", "gold.yaml", str(ROOT / "content/articles"), *(["--published", published] if published else [])]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 1 and expected in one_line(result.stderr)


def test_serve_refuses_a_port_out_of_range_or_in_use(project: Path) -> None:
    for address in ("127.0.0.1:70000", "127.0.0.1:http", "8000"):
        bad = run("serve", "--project", str(project), "-a", address)
        assert bad.returncode == 1 and "must be HOST:PORT" in one_line(bad.stderr)
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        busy = run("serve", "--project", str(project), "-a", f"127.0.0.1:{port}")
    assert busy.returncode == 1 and f"cannot serve on 127.0.0.1:{port}" in one_line(busy.stderr)


def test_commands_find_the_story_root_from_a_subfolder(project: Path) -> None:
    """`cd content && explainer extract articles --out facts` applies the story's corrections."""
    (project / "content/corrections.yaml").write_text("- action: rename\n  id: yair-lapid\n  name: Yair Lapid MK\n")
    result = run("-q", "extract", "articles", "--out", "facts", cwd=project / "content")
    assert result.returncode == 0, result.stderr
    assert "name: Yair Lapid MK" in (project / "content/facts/people.yaml").read_text()
    checked = run("check", cwd=project / "content/articles")
    assert checked.returncode == 0, checked.stderr
    nowhere = run("check", cwd=project.parent)
    assert nowhere.returncode == 1 and "no mkdocs.yml here or in any folder above" in one_line(nowhere.stderr)


def test_build_reports_each_problem_once(project: Path) -> None:
    (project / "content/corrections.yaml").write_text("- action: drop\n  id: no-such-fact\n")
    result = run("-q", "build", "--project", str(project))
    assert result.returncode == 1
    assert result.stderr.count("no-such-fact") == 1, result.stderr


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


WORKERS_SCRIPT = """
import sys, generator.extract as ex
from pathlib import Path
from generator.records import Article
ex.PARALLEL_FROM, ex.BATCH = 1, 1
body = "Mayor Ann Lee said on Monday the council would meet. " * 400
arts = [Article(f"a{i}", Path(f"a{i}.txt"), "T", body) for i in range(200)]
ex.extract_articles(arts, progress=lambda a: print("ready", flush=True), workers=2)
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")
def test_workers_exit_when_their_parent_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", WORKERS_SCRIPT], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline().strip() == "ready"  # the workers are up and working
        workers = _children(parent.pid)
        assert len(workers) >= 2
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() and _alive(w) for w in workers):
            time.sleep(0.2)
        assert not any(Path(f"/proc/{w}").exists() and _alive(w) for w in workers)
    finally:
        parent.kill()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its exit status waits to be collected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("{{ 1 / 0 }}", "template error: ZeroDivisionError"), ("{% if %}", "template error: Expected an expression"),
     ("{{ no_such_value }}", "template error: 'no_such_value' is undefined")],
)
def test_an_edited_template_that_fails_is_named_in_one_line(line: str, expected: str, project: Path) -> None:
    template = project / "templates/figures.md.j2"
    template.write_text(template.read_text() + line + "\n")
    result = run("-q", "build", "--project", str(project))
    assert result.returncode == 1
    assert f"{template}" in one_line(result.stderr) and expected in result.stderr


def test_a_second_build_of_one_project_refuses_in_one_line(project: Path) -> None:
    assert run("-q", "build", "--project", str(project)).returncode == 0
    before = sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*"))
    with pipeline.build_lock(project):  # a build of this project is running
        second = run("-q", "build", "--project", str(project))
    assert second.returncode == 1 and "another build is running in this project" in one_line(second.stderr)
    assert sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*")) == before
    assert (project / "site/index.html").is_file()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("site_name: x\nnav: " + "[" * 20_000 + "]" * 20_000 + "\n", "nested more than"),
     ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
      for p, c in zip("abcdefgh", "bcdefghi", strict=True)), "aliases expand"),
     ("site_name: x\nsite_name: y\n", "given twice")],
)
@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_a_hostile_mkdocs_yml_is_one_line_before_mkdocs_reads_it(text: str, expected: str, command: str, project: Path) -> None:
    (project / "mkdocs.yml").write_text(text)
    result = run(command, "--project", str(project))
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "mkdocs.yml" in line and expected in line


def test_extract_with_no_arguments_finds_the_story_from_a_subfolder(project: Path) -> None:
    (project / "content/facts/people.yaml").unlink()
    result = run("-q", "extract", cwd=project / "content/articles")
    assert result.returncode == 0, result.stderr
    assert (project / "content/facts/people.yaml").is_file()


def test_serve_accepts_an_ipv6_address_and_refuses_a_file_where_the_site_belongs(project: Path) -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 here")
    with socket.create_server(("::1", 0), family=socket.AF_INET6) as taken:
        port = taken.getsockname()[1]
    pipeline.check_address(f"[::1]:{port}")  # free again: accepted, as MkDocs accepts it
    (project / "site").write_text("a file the editor made")
    result = run("-q", "build", "--project", str(project))
    assert result.returncode == 1 and "a file is where the site folder belongs" in one_line(result.stderr)
    assert (project / "site").read_text() == "a file the editor made"
