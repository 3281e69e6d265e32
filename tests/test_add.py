"""`explainer add`: saved pages and local URLs become clean articles; failures write nothing."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from generator.add import add
from generator.errors import ExplainerError
from generator.fetch import MAX_BYTES
from generator.ingest import read_article, read_articles
from generator.project import new_project
from generator.sample import SAMPLE_ARTICLE, SAMPLE_NAME, STILL_THERE

PAGES = Path(__file__).parent / "pages"


class _Site(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        routes = {
            "/loop": lambda: self._redirect("/loop"),
            "/moved": lambda: self._redirect("/news.html"),
            "/report.pdf": lambda: self._send(200, "application/pdf", b"%PDF-1.4 not a page"),
            "/huge.html": lambda: self._send(200, "text/html", b"<p>" + b"word " * (MAX_BYTES // 5 + 10) + b"</p>"),
        }
        if self.path in routes:
            routes[self.path]()
        else:
            super().do_GET()

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.end_headers()

    def _send(self, code: int, kind: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        if not isinstance(sys.exc_info()[1], ConnectionError):  # the size limit hangs up on /huge.html
            super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), functools.partial(_Site, directory=str(PAGES)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_saved_page_becomes_a_clean_article(tmp_path: Path) -> None:
    result = add(str(PAGES / "news.html"), tmp_path)
    assert result.path == tmp_path / "transport-minister-quits-over-rail-contract.md"
    article = read_article(result.path)
    assert (article.title, article.outlet, article.published, article.author) == (
        "Transport minister quits over rail contract", "The Daily Ledger", date(2024, 5, 14), "Priya Raman")
    assert article.url == "https://ledger.example/politics/transport-minister-quits"
    assert article.body.startswith("Transport Minister Helen Okafor resigned on Tuesday")
    for boilerplate in ("Subscribe", "Read more", "newsletter", "Photo: Ledger staff", "All rights reserved", "Ten things"):
        assert boilerplate not in article.body


def test_local_url_with_date_only_in_metadata(server: str, tmp_path: Path) -> None:
    article = read_article(add(f"{server}/meta-date.html", tmp_path).path)
    assert article.published == date(2023, 11, 2)
    assert article.title == "Health minister defends hospital budget"


def test_redirect_is_followed(server: str, tmp_path: Path) -> None:
    assert read_article(add(f"{server}/moved", tmp_path).path).outlet == "The Daily Ledger"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/empty.html", "no article text found"),
        ("/report.pdf", "not a web page (content type application/pdf)"),
        ("/missing.html", "HTTP 404"),
        ("/loop", "too many redirects"),
        ("/huge.html", "larger than 5 MB"),
    ],
)
def test_failures_are_clear_and_write_nothing(server: str, tmp_path: Path, path: str, message: str) -> None:
    with pytest.raises(ExplainerError) as info:
        add(server + path, tmp_path / "articles")
    assert message in str(info.value) and path in str(info.value)
    assert not (tmp_path / "articles").exists()


def test_only_http_urls(tmp_path: Path) -> None:
    with pytest.raises(ExplainerError, match="only http:// and https://"):
        add("ftp://example.org/a.html", tmp_path)
    with pytest.raises(ExplainerError, match="only http:// and https://"):
        add("file:///etc/passwd", tmp_path)


def test_same_article_twice_is_refused_unless_forced(server: str, tmp_path: Path) -> None:
    first = add(str(PAGES / "news.html"), tmp_path).path
    with pytest.raises(ExplainerError, match=f"already in the story as {first}"):
        add(f"{server}/news.html", tmp_path)  # same canonical URL
    copy = tmp_path.parent / "copy.md"
    copy.write_text(first.read_text().replace("url: https://ledger.example/politics/transport-minister-quits\n", ""))
    with pytest.raises(ExplainerError, match="already in the story"):
        add(str(copy), tmp_path)  # same text
    assert add(str(PAGES / "news.html"), tmp_path, force=True).replaced == first
    assert [p.name for p in tmp_path.iterdir()] == [first.name]


def test_html_in_articles_folder_is_ingested(tmp_path: Path) -> None:
    shutil.copy(PAGES / "news.html", tmp_path / "saved page.html")
    result = read_articles(tmp_path)
    assert [a.title for a in result.articles] == ["Transport minister quits over rail contract"]
    assert result.articles[0].id == "saved-page"


def test_cli_reports_each_failure_and_adds_the_rest(server: str, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "generator", "add", str(PAGES / "news.html"), f"{server}/missing.html", "--articles", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "missing.html: HTTP 404" in out.stderr
    assert len(list(tmp_path.glob("*.md"))) == 1


def test_first_article_takes_the_place_of_the_untouched_sample(tmp_path: Path) -> None:
    project = tmp_path / "story"
    new_project(project)
    articles = project / "content/articles"
    assert (articles / SAMPLE_NAME).is_file()
    out = subprocess.run([sys.executable, "-m", "generator", "add", str(PAGES / "news.html"), "--articles", str(articles)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert f"removed {articles / SAMPLE_NAME}: the sample article of `explainer new`" in out.stderr
    assert sorted(p.name for p in articles.iterdir()) == ["transport-minister-quits-over-rail-contract.md"]
    assert "Jane Doe" not in "".join(a.body for a in read_articles(articles).articles)


def test_an_edited_sample_is_the_users_and_is_kept_with_a_warning(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / SAMPLE_NAME).write_text(SAMPLE_ARTICLE)
    shutil.copy(PAGES / "news.html", articles / "saved page.html")
    warned = read_articles(articles).warnings
    assert [(w.path, w.message) for w in warned] == [(articles / SAMPLE_NAME, STILL_THERE)]
    (articles / SAMPLE_NAME).write_text(SAMPLE_ARTICLE.replace("Jane Doe", "Ana Ruiz"))
    assert read_articles(articles).warnings == []
    result = add(str(PAGES / "news.html"), articles, force=True)
    assert result.removed_sample is None and (articles / SAMPLE_NAME).read_text().count("Ana Ruiz") == 1


def test_the_sample_alone_is_no_warning(tmp_path: Path) -> None:
    (tmp_path / SAMPLE_NAME).write_text(SAMPLE_ARTICLE)
    result = read_articles(tmp_path)
    assert [a.title for a in result.articles] == ["City council approves new library budget"] and result.warnings == []
