"""`explainer add` against hostile servers, malformed addresses and disguised files: every
failure is one ExplainerError naming the address as given (password masked) and the real
reason, and nothing is written; a page is read as a browser would read it."""

from __future__ import annotations

import functools
import gzip
import logging
import socket
import socketserver
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import generator.add
from generator.add import add
from generator.errors import ExplainerError
from generator.fetch import MAX_BYTES, NOT_A_PAGE, fetch, masked
from generator.ingest import read_article
from generator.webpage import decode_page, extract_page

SECRET = "s3cr3t-Pa55"
# An invented article; the accented words are ones a wrong guess at Latin-1 garbles.
ARTICLE = """<html><head><title>Harbour board backs new ferry pier</title></head><body>
<article><h1>Harbour board backs new ferry pier</h1>
<p>The Westmere harbour board voted on Monday to rebuild the old ferry pier before the winter
storms arrive, after engineers warned that two of its timber piles had rotted through.</p>
<p>Residents who met at the harbour caf\u00e9 on Tuesday evening said the crossing was their
only way to reach the clinic, the school and the market on Z\u00fcrich Lane, and that it would
be na\u00efve to expect a bus to replace it; one brought cr\u00e8me br\u00fbl\u00e9e for everyone.</p>
<p>The board's chair said the work would cost about four million and take eleven months, and
that a temporary landing stage would keep the ferry running in the meantime.</p>
</article></body></html>"""
HTML = b"Content-Type: text/html\r\n"

Behaviour = Callable[[socket.socket, str], None]


def _answer(sock: socket.socket, head: bytes, body: bytes = b"", status: bytes = b"200 OK") -> None:
    sock.sendall(b"HTTP/1.1 " + status + b"\r\n" + head + b"Connection: close\r\n\r\n" + body)


def _page(body: bytes, kind: bytes = HTML, extra: bytes = b"") -> Behaviour:
    return lambda sock, base: _answer(sock, kind + extra + b"Content-Length: %d\r\n" % len(body), body)


def _redirect(location: str) -> Behaviour:
    def behave(sock: socket.socket, base: str) -> None:
        target = location.format(base=base, host=base.removeprefix("http://"))
        _answer(sock, f"Location: {target}\r\n".encode(), status=b"302 Found")

    return behave


def _drip(first: bytes, rest: bytes) -> Behaviour:
    """Sends `first`, then one byte of `rest` every 0.2 s: each read is quick, the whole is not."""

    def behave(sock: socket.socket, base: str) -> None:
        sock.sendall(first)
        for byte in rest[:25]:  # at most 5 s, should the client not hang up
            time.sleep(0.2)
            sock.sendall(bytes([byte]))

    return behave


def _silent(sock: socket.socket, base: str) -> None:
    sock.settimeout(5)
    sock.recv(1)  # until the client gives up


def _reset(sock: socket.socket, base: str) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with RST


def _chunked_then_close(sock: socket.socket, base: str) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n")


BEHAVIOURS: dict[str, Behaviour] = {
    "/article": _page(ARTICLE.encode()),
    "/latin1": _page(ARTICLE.encode("latin-1"), kind=b"Content-Type: text/html; charset=ISO-8859-1\r\n"),
    "/gzip": _page(gzip.compress(ARTICLE.encode()), extra=b"Content-Encoding: gzip\r\n"),
    "/deflate": _page(zlib.compress(ARTICLE.encode()), extra=b"Content-Encoding: deflate\r\n"),
    "/deflate-raw": _page(zlib.compress(ARTICLE.encode(), wbits=-15), extra=b"Content-Encoding: deflate\r\n"),
    "/gzip-undeclared": _page(gzip.compress(ARTICLE.encode())),
    "/gzip-bomb": _page(gzip.compress(b" " * (MAX_BYTES + 1)), extra=b"Content-Encoding: gzip\r\n"),
    "/gzip-corrupt": _page(b"\x1f\x8b\x08\x00garbage, not deflate data", extra=b"Content-Encoding: gzip\r\n"),
    "/brotli": _page(b"\x8b\x03\x80hello\x03", extra=b"Content-Encoding: br\r\n"),
    "/nul": _page(b"<html>\x00\x00\x00binary</html>"),
    "/truncated": lambda sock, base: _answer(sock, HTML + b"Content-Length: 5000\r\n", ARTICLE.encode()[:300]),
    "/truncated-chunked": _chunked_then_close,
    "/drip-head": _drip(b"HTTP/1.1 200 OK\r\n", b"Content-Type: text/html\r\nX-Padding: " + b"x" * 100),
    "/drip-body": _drip(b"HTTP/1.1 200 OK\r\n" + HTML + b"Content-Length: 9000\r\n\r\n", ARTICLE.encode()),
    "/silent": _silent,
    "/close": lambda sock, base: None,
    "/reset": _reset,
    "/garbled": lambda sock, base: sock.sendall(b"HELLO THERE\r\n\r\n"),
    "/long-header": lambda sock, base: sock.sendall(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n"),
    "/many-headers": lambda sock, base: sock.sendall(b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 150 + b"\r\n"),
    "/to-file": _redirect("file:///etc/passwd"),
    "/to-javascript": _redirect("javascript:alert(1)"),
    "/to-bad-host": _redirect("http://exa mple.com/"),
    "/to-article": _redirect("{base}/article"),
    "/to-article-with-credentials": _redirect(f"http://intruder:{SECRET}@{{host}}/article"),
    "/no-location": lambda sock, base: _answer(sock, b"", status=b"302 Found"),
}


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        head = b""
        while b"\r\n\r\n" not in head and len(head) < 65536:
            data = self.request.recv(4096)
            if not data:
                return
            if data.startswith(b"\x16\x03"):  # a TLS hello: answer it with plain text
                self.request.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
                return
            head += data
        self.server.heads.append(head.decode("latin-1"))  # type: ignore[attr-defined]
        path = head.split(b" ", 2)[1].decode("latin-1")
        behave = BEHAVIOURS.get(path, lambda sock, base: _answer(sock, HTML, b"", status=b"404 Not Found"))
        try:
            behave(self.request, self.server.base)  # type: ignore[attr-defined]
        except OSError:
            pass  # the client hung up, as it should on a hostile answer


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    base: str  # http://127.0.0.1:port
    heads: list[str]  # the request heads received, in order


@pytest.fixture(scope="module")
def hostile() -> Iterator[_Server]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.base, server.heads = f"http://127.0.0.1:{server.server_address[1]}", []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _with_deadline(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """`add` with a short fetch deadline: the drip and silent cases end in about a second."""
    monkeypatch.setattr(generator.add, "fetch", functools.partial(fetch, timeout=seconds))


def _refused(source: str, articles: Path) -> ExplainerError:
    """The one error `add` raises for `source`, after checking that it wrote nothing."""
    before = sorted(articles.rglob("*")) if articles.exists() else None
    with pytest.raises(ExplainerError) as info:
        add(source, articles)
    after = sorted(articles.rglob("*")) if articles.exists() else None
    assert after == before, "a failed add must write nothing"
    return info.value


SERVER_FAILURES = [
    ("/drip-head", "no complete answer within 1 seconds"),
    ("/drip-body", "no complete answer within 1 seconds"),
    ("/silent", "no complete answer within 1 seconds"),
    ("/truncated", "the page is truncated (300 of 5000 bytes arrived)"),
    ("/truncated-chunked", "the page is truncated"),
    ("/close", "the server closed the connection without answering"),
    ("/reset", ("the server reset the connection", "the server closed the connection without answering")),
    ("/garbled", "the server's answer is not HTTP (garbled status line)"),
    ("/long-header", "the server's answer is malformed (a header line is too long)"),
    ("/many-headers", "the server's answer is malformed (got more than 100 headers)"),
    ("/gzip-undeclared", NOT_A_PAGE),
    ("/nul", NOT_A_PAGE),
    ("/gzip-bomb", "page is larger than 5 MB"),
    ("/gzip-corrupt", "the page's gzip compression is corrupt"),
    ("/brotli", "not a web page (compressed as 'br', which explainer cannot read)"),
    ("/to-file", "redirected to a non-http(s) address (file:///etc/passwd)"),
    ("/to-javascript", "redirected to a non-http(s) address (javascript:alert(1))"),
    ("/to-bad-host", "malformed address (impossible host name)"),
    ("/no-location", "HTTP 302 redirect without an address to go to"),
    ("/missing", "HTTP 404 Not Found"),
]


@pytest.mark.parametrize(("path", "reason"), SERVER_FAILURES, ids=[p for p, _ in SERVER_FAILURES])
def test_hostile_server_is_one_line_naming_the_address(
    hostile: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, reason: str
) -> None:
    _with_deadline(monkeypatch, 1.0)
    url = hostile.base.replace("http://", f"http://editor:{SECRET}@") + path
    error = _refused(url, tmp_path / "articles")
    shown = url.replace(SECRET, "***")
    assert str(error).startswith(f"{shown}: "), str(error)
    assert any(r in error.message for r in ((reason,) if isinstance(reason, str) else reason)), str(error)
    assert SECRET not in str(error) and "\n" not in str(error)


def test_tls_trouble_is_one_line(hostile: _Server, tmp_path: Path) -> None:
    """A plain-text answer to a TLS hello, and a server that never finishes the handshake."""
    https = hostile.base.replace("http://", f"https://editor:{SECRET}@")
    with pytest.raises(ExplainerError, match=r"secure connection failed \(.+\)") as info:
        fetch(https + "/article", timeout=5)
    assert SECRET not in str(info.value)
    with socket.create_server(("127.0.0.1", 0)) as mute:  # accepts (in the backlog), says nothing
        with pytest.raises(ExplainerError, match="no complete answer within 0.5 seconds"):
            fetch(f"https://127.0.0.1:{mute.getsockname()[1]}/", timeout=0.5)


MALFORMED = [
    ("http://exa mple.com/news", "malformed address (impossible host name)"),
    ("http://-bad-.com/news", "malformed address (impossible host name)"),
    ("http://" + "a" * 64 + ".com/", "malformed address (impossible host name)"),
    ("http://a..b/", "malformed address (impossible host name)"),
    ("http://" + "abcdefgh." * 30 + "com/", "malformed address (impossible host name)"),
    ("http://[::1/", "malformed address (Invalid IPv6 URL)"),
    ("http://[::zz]/", "malformed address"),
    ("http://example.com:99999/", "malformed address (Port out of range 0-65535)"),
    ("http://example.com:port/", "malformed address"),
    ("http://example.com/a\x00b", "malformed address (it contains a control character)"),
    ("http://example.com\r\nX-Injected: 1/", "malformed address (it contains a control character)"),
    ("http:///news", "malformed address (no host name)"),
    ("http:/example.com/news", "malformed address (no host name)"),
    ("javascript:alert(1)", "only http:// and https:// addresses can be fetched"),
    ("ftp://example.com/a.html", "only http:// and https:// addresses can be fetched"),
]


@pytest.mark.parametrize(("url", "reason"), MALFORMED)
def test_malformed_address_is_one_line_as_given(tmp_path: Path, url: str, reason: str) -> None:
    for given_url in (url, url.replace("//", f"//editor:{SECRET}@", 1)):
        error = _refused(given_url, tmp_path / "articles")
        assert error.where == masked(given_url)  # as typed: never through Path (`http:/`)
        assert reason in error.message, str(error)
        assert SECRET not in str(error)


@settings(max_examples=60, deadline=None)
@given(
    user=st.text(st.characters(exclude_characters=":/?#", exclude_categories=("Cc", "Cs")), max_size=12),
    password=st.text(st.characters(exclude_characters="/?#", exclude_categories=("Cc", "Cs")), min_size=1),
    target=st.sampled_from([url for url, _ in MALFORMED if url.startswith("http://")]),
)
def test_credentials_never_reach_a_message(user: str, password: str, target: str) -> None:
    """The reason never depends on the credentials, and the address shows them masked."""
    with_credentials = target.replace("http://", f"http://{user}:{password}@", 1)
    with pytest.raises(ExplainerError) as plain:
        fetch(target)
    with pytest.raises(ExplainerError) as given_error:
        fetch(with_credentials)
    assert given_error.value.message == plain.value.message
    assert given_error.value.where == target.replace("http://", f"http://{user}:***@", 1)


def test_masking_keeps_everything_but_the_password() -> None:
    assert masked("https://ed:pw@news.example/a?b#c") == "https://ed:***@news.example/a?b#c"
    assert masked("https://token@news.example/") == "https://***@news.example/"
    assert masked("https://ed:p@ss@news.example/") == "https://ed:***@news.example/"
    assert masked("https://news.example/@handle") == "https://news.example/@handle"
    assert masked("not a url") == "not a url"


def test_credentials_go_to_the_server_only_and_never_into_the_article(hostile: _Server, tmp_path: Path) -> None:
    url = hostile.base.replace("http://", f"http://editor:{SECRET}@") + "/to-article"
    heads = hostile.heads
    del heads[:]
    result = add(url, tmp_path)
    assert result.source == url.replace(SECRET, "***")
    assert SECRET not in result.path.read_text()
    assert read_article(result.path).title == "Harbour board backs new ferry pier"
    first, then = heads
    assert "Authorization: Basic ZWRpdG9yOnMzY3IzdC1QYTU1" in first  # editor:s3cr3t-Pa55
    assert "Authorization" not in then  # not sent on after a redirect


def test_credentials_in_a_redirect_are_not_followed_with(hostile: _Server, tmp_path: Path) -> None:
    heads = hostile.heads
    del heads[:]
    result = add(hostile.base + "/to-article-with-credentials", tmp_path)
    assert SECRET not in result.path.read_text() and "Authorization" not in heads[-1]


def test_latin1_page_with_charset_only_in_the_header_is_saved_readable(hostile: _Server, tmp_path: Path) -> None:
    body = read_article(add(hostile.base + "/latin1", tmp_path).path).body
    for word in ("caf\u00e9", "Z\u00fcrich", "na\u00efve", "cr\u00e8me br\u00fbl\u00e9e"):
        assert word in body


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/deflate-raw"])
def test_declared_compression_is_undone(hostile: _Server, tmp_path: Path, path: str) -> None:
    body = read_article(add(hostile.base + path, tmp_path).path).body
    assert "harbour caf\u00e9 on Tuesday evening" in " ".join(body.split())


@pytest.mark.parametrize(
    ("raw", "header", "text"),
    [
        ("caf\u00e9 na\u00efve".encode("latin-1"), "iso8859-1", "caf\u00e9 na\u00efve"),
        (b'<meta charset="iso-8859-1">' + "Z\u00fcrich".encode("latin-1"), None, "Z\u00fcrich"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>\x93q\x94", None, "\u201cq\u201d"),
        ("\u00fcber".encode(), "iso8859-1", "\u00fcber"),  # valid UTF-8 under a wrong header
        ("\u201cq\u201d".encode("cp1252"), "iso8859-1", "\u201cq\u201d"),  # a browser reads latin-1 as cp1252
        (b"\xef\xbb\xbfBOM wins", "iso8859-2", "BOM wins"),
    ],
)
def test_page_bytes_are_read_as_a_browser_would(raw: bytes, header: str | None, text: str) -> None:
    decoded = decode_page(raw, header)
    assert isinstance(decoded, str) and decoded.endswith(text)


@pytest.mark.parametrize(
    "raw",
    [gzip.compress(ARTICLE.encode()), b"%PDF-1.7 not a page", b"<html>\x00\x00</html>", b"PK\x03\x04zip"],
    ids=["gzip", "pdf", "nul", "zip"],
)
def test_saved_binary_html_is_refused(tmp_path: Path, raw: bytes) -> None:
    saved = tmp_path / "saved.html"
    saved.write_bytes(raw)
    error = _refused(str(saved), tmp_path / "articles")
    assert str(error) == f"{saved}: {NOT_A_PAGE}"


def test_library_log_lines_stay_quiet(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ExplainerError, match="no article text found"):
        extract_page(b"   ", "empty.html")
    assert [r for r in caplog.records if not r.name.startswith("generator")] == []
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("declared", "expected"),
    [("2025-99-99T10:00:00Z", None), ("2025-02-30", None), ("2025-13-01", None), ("2025-02-27T08:00:00+00:00", date(2025, 2, 27))],
)
def test_a_page_that_declares_an_impossible_date_gets_none_not_a_guess(declared: str, expected: date | None) -> None:
    body = " ".join(["The council met and voted on the plan for a new library in the city centre."] * 8)
    html = (f'<html><head><title>Council votes</title><meta property="article:published_time" content="{declared}">'
            f"</head><body><article><h1>Council votes</h1><p>{body}</p></article></body></html>")
    assert extract_page(html.encode(), "saved.html").published == expected
