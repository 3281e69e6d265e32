"""Fetching a web page safely: http(s) only, one deadline for the whole fetch, a size limit
(also after decompression), HTML only, a bounded number of redirects and a user agent that
says who we are.

Whatever goes wrong - a malformed address, a server that drips, hangs up, garbles its
answer or sends less than it promised - ends in one `ExplainerError` naming the address as
the user typed it, with any password masked, and the reason. The address itself never goes
through `Path` (which would print `http:/`), and credentials never reach a message: they are
split off before any library sees the address."""

from __future__ import annotations

import base64
import codecs
import functools
import http.client
import io
import ipaddress
import re
import select
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from generator.errors import ExplainerError

USER_AGENT = "explainer/0.1 (news explainer generator; fetches one page per request)"
TIMEOUT = 20.0  # seconds for the whole fetch: connect, headers, body and redirects
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 64 * 1024
NOT_A_PAGE = "not a web page (compressed or binary data)"

_BINARY_MAGIC = (
    b"\x1f\x8b",  # gzip
    b"\x28\xb5\x2f\xfd",  # zstandard
    b"BZh",  # bzip2
    b"\xfd7zXZ\x00",  # xz
    b"7z\xbc\xaf\x27\x1c",  # 7-zip
    b"PK\x03\x04",  # zip (and docx, epub...)
    b"%PDF-",
    b"\x89PNG",
    b"\xff\xd8\xff",  # jpeg
    b"GIF8",
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # never in a text page (\x1b: ISO-2022)
_AUTHORITY = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*:/*)([^/?#]*)")
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?")


@dataclass
class Fetched:
    url: str  # after redirects, without credentials
    body: bytes  # with any Content-Encoding undone
    charset: str | None = None  # from the Content-Type header, when Python knows it


class _Refused(Exception):
    """A reason to refuse the fetch, raised where the address is not at hand."""


def _userinfo(url: str) -> tuple[str, str | None, str]:
    """`url` -> (scheme and slashes, the user-info part or None, the rest). As for
    `urlsplit`, the authority ends at the first `/`, `?` or `#`, and its last `@` ends the
    user info, so what is masked here is exactly what would be sent as credentials."""
    match = _AUTHORITY.match(url)
    if not match or "@" not in match.group(2):
        return "", None, url
    userinfo, _, hostport = match.group(2).rpartition("@")
    return match.group(1), userinfo, hostport + url[match.end():]


def masked(url: str) -> str:
    """The address as given, with the user-info part masked (`user:***@`, or `***@` when it
    is a lone name, which is often a token). Works on any string, well-formed or not."""
    scheme, userinfo, rest = _userinfo(url)
    if userinfo is None:
        return url
    user, colon, _ = userinfo.partition(":")
    return f"{scheme}{user + ':***' if colon else '***'}@{rest}"


def looks_binary(data: bytes) -> bool:
    """True when bytes that should be a web page are compressed or binary data (gzip and
    other magic numbers, or NUL and other control bytes in text that is not UTF-16). The one
    test for fetched pages and for saved `.html` files alike."""
    if data.startswith(_BINARY_MAGIC):
        return True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False  # two bytes a character: a NUL or control byte is part of a letter
    return _CONTROL_BYTES.search(data[:8192]) is not None


# -- the address -------------------------------------------------------------------------


def _host(hostname: str, bracketed: bool) -> str:
    """The host as it goes on the wire (IDNA for non-ASCII names); refuses impossible ones."""
    if bracketed:
        try:
            ipaddress.IPv6Address(hostname.partition("%")[0])
        except ValueError:
            raise _Refused("malformed address (bad IPv6 address)") from None
        return f"[{hostname}]"
    try:
        ascii_host = hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise _Refused("malformed address (impossible host name)") from None
    labels = ascii_host.removesuffix(".").split(".")
    valid = all(len(label) <= 63 and _LABEL.fullmatch(label) for label in labels)
    if len(ascii_host) > 253 or not valid:
        raise _Refused("malformed address (impossible host name)")
    return ascii_host


def _request_url(url: str) -> tuple[str, str | None]:
    """A user's address -> (the address to request, without credentials and with path and
    query percent-encoded as a browser would; an `Authorization` header or None)."""
    if _CONTROL.search(url):
        raise _Refused("malformed address (it contains a control character)")
    scheme, userinfo, rest = _userinfo(url)
    parts = urlsplit(scheme + rest)  # ValueError: bad IPv6 literal
    if parts.scheme.lower() not in ("http", "https"):
        raise _Refused("only http:// and https:// addresses can be fetched")
    if not parts.hostname:
        raise _Refused("malformed address (no host name)")
    host = _host(parts.hostname, bracketed=parts.netloc.startswith("["))
    port = parts.port  # ValueError: not a number or out of range
    netloc = host if port is None else f"{host}:{port}"
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/?%:@!$&'()*+,;=-._~")
    auth = None
    if userinfo is not None:
        user, _, password = userinfo.partition(":")
        auth = "Basic " + base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode()).decode("ascii")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, "")), auth


# -- one deadline for every step ----------------------------------------------------------


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left; TimeoutError once there are none."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        return left


class _DeadlineIO(io.RawIOBase):
    """Socket reads that each wait only as long as the whole fetch has left, so a server
    that drips one byte at a time cannot stretch the fetch."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        super().__init__()
        self._sock, self._deadline = sock, deadline
        self._raw = sock.makefile("rb", buffering=0)  # keeps the socket open until closed

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int | None:  # type: ignore[override]
        self._sock.settimeout(self._deadline.left())
        return self._raw.readinto(b)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineSocket:
    """What `HTTPResponse` needs of a socket: a reader bound by the deadline."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock, self._deadline = sock, deadline

    def makefile(self, mode: str = "rb") -> io.BufferedReader:
        return io.BufferedReader(_DeadlineIO(self._sock, self._deadline))


class _Response(http.client.HTTPResponse):
    def __init__(self, sock: socket.socket, *args: object, deadline: _Deadline, **kwargs: object) -> None:
        super().__init__(_DeadlineSocket(sock, deadline), *args, **kwargs)  # type: ignore[arg-type]


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: object, deadline: _Deadline, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.deadline = deadline
        self.response_class = functools.partial(_Response, deadline=deadline)  # type: ignore[assignment]

    def connect(self) -> None:
        self.timeout = self.deadline.left()
        http.client.HTTPConnection.connect(self)  # TCP (and a proxy tunnel); TLS is below

    def send(self, data: object) -> None:  # type: ignore[override]
        if self.sock is not None:
            self.sock.settimeout(self.deadline.left())
        super().send(data)  # type: ignore[arg-type]


class _HTTPSConnection(_HTTPConnection, http.client.HTTPSConnection):
    def connect(self) -> None:
        _HTTPConnection.connect(self)
        tls = self._context.wrap_socket(  # type: ignore[attr-defined]
            self.sock, server_hostname=self._tunnel_host or self.host, do_handshake_on_connect=False
        )
        self.sock = tls
        _handshake(tls, self.deadline)


def _handshake(sock: ssl.SSLSocket, deadline: _Deadline) -> None:
    """The TLS handshake, bounded by the deadline as a whole (not per read)."""
    sock.setblocking(False)
    while True:
        try:
            sock.do_handshake()
            break
        except ssl.SSLWantReadError:
            ready = select.select([sock], [], [], deadline.left())[0]
        except ssl.SSLWantWriteError:
            ready = select.select([], [sock], [], deadline.left())[1]
        if not ready:
            raise TimeoutError("TLS handshake")
    sock.settimeout(deadline.left())


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_HTTPConnection, deadline=self.deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_HTTPSConnection, deadline=self.deadline)
        return self.do_open(connection, req, context=self._context)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects to http(s) only, each target checked as the first address was; the
    credentials (an unredirected header) are never sent on to the next address."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: ANN001, ANN201
        location = headers.get("Location") or headers.get("URI")
        if location:  # checked here: urllib itself refuses other schemes as an HTTP error
            try:
                _redirect_target(urljoin(req.full_url, location.strip()))
            except ValueError:
                raise _Refused(f"redirected to a malformed address ({masked(location)})") from None
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        return super().redirect_request(req, fp, code, msg, headers, _redirect_target(newurl))


def _redirect_target(url: str) -> str:
    """A redirect's absolute target -> the address to request; `_Refused` naming the
    target (masked) when it is not http(s) or is malformed."""
    if not re.match(r"https?://", url, re.IGNORECASE):
        raise _Refused(f"redirected to a non-http(s) address ({masked(url)})")
    try:
        return _request_url(url)[0]
    except _Refused as exc:
        raise _Refused(f"redirected to {masked(url)}: {exc}") from None
    except ValueError as exc:
        raise _Refused(f"redirected to {masked(url)}: malformed address ({_detail(exc)})") from None


# -- the fetch -----------------------------------------------------------------------------


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """The HTML page at `url`, or one ExplainerError naming the address (password masked)
    and the reason. `timeout` bounds the whole fetch, redirects included."""
    try:
        return _fetch(url, _Deadline(timeout), max_bytes)
    except _Refused as exc:
        reason = str(exc)
    except urllib.error.HTTPError as exc:
        reason = _status(exc)
    except (OSError, http.client.HTTPException, ValueError, UnicodeError) as exc:
        reason = failure_reason(exc, timeout)
    raise ExplainerError(reason, masked(url))


def _fetch(url: str, deadline: _Deadline, max_bytes: int) -> Fetched:
    target, auth = _request_url(url)
    opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline), _Redirects())
    request = urllib.request.Request(
        target, headers={"User-Agent": USER_AGENT, "Accept": "text/html", "Accept-Encoding": "gzip"}
    )
    if auth:
        request.add_unredirected_header("Authorization", auth)
    with opener.open(request, timeout=deadline.left()) as response:
        kind = response.headers.get_content_type()
        if kind not in HTML_TYPES:
            raise _Refused(f"not a web page (content type {kind})")
        declared = None if response.chunked else _content_length(response.headers.get("Content-Length"))
        if declared is not None and declared > max_bytes:
            raise _Refused(_too_large(max_bytes))
        raw = _read(response, max_bytes)
        if declared is not None and len(raw) < declared:
            raise _Refused(f"the page is truncated ({len(raw)} of {declared} bytes arrived)")
        body = _decoded(raw, response.headers.get("Content-Encoding"), max_bytes)
        if looks_binary(body):
            raise _Refused(NOT_A_PAGE)
        return Fetched(response.geturl(), body, _charset(response.headers.get_content_charset()))


def _read(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    """The body in chunks, each read bounded by the deadline, refused past `max_bytes`."""
    chunks, size = [], 0
    while chunk := response.read(CHUNK):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise _Refused(_too_large(max_bytes))
    return b"".join(chunks)


def _decoded(raw: bytes, encoding: str | None, max_bytes: int) -> bytes:
    """The body with its declared Content-Encoding undone, never growing past `max_bytes`
    (a gzip bomb is refused, not expanded)."""
    encoding = (encoding or "identity").strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise _Refused(f"not a web page (compressed as {encoding!r}, which explainer cannot read)")
    if encoding == "deflate":  # zlib-wrapped as the standard says, or raw as some servers send
        wbits = zlib.MAX_WBITS if raw[:1] == b"\x78" else -zlib.MAX_WBITS
    else:
        wbits = 16 + zlib.MAX_WBITS  # gzip
    inflater = zlib.decompressobj(wbits)
    try:
        body = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        raise _Refused(f"the page's {encoding} compression is corrupt") from None
    if len(body) > max_bytes:
        raise _Refused(_too_large(max_bytes))
    if not inflater.eof:
        raise _Refused(f"the page is truncated (its {encoding} data ends early)")
    return body


def _content_length(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def _charset(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _too_large(max_bytes: int) -> str:
    return f"page is larger than {max_bytes // (1024 * 1024)} MB"


def _status(exc: urllib.error.HTTPError) -> str:
    """An HTTP error status as a reason; a 3xx here means urllib gave up redirecting."""
    exc.close()
    if 300 <= exc.code < 400:
        if not (exc.headers and (exc.headers.get("Location") or exc.headers.get("URI"))):
            return f"HTTP {exc.code} redirect without an address to go to"
        return f"too many redirects (a redirect loop?): HTTP {exc.code}"
    return f"HTTP {exc.code} {exc.reason}".rstrip()


# Exception kinds, most specific first -> (reason, whether the exception's own words help).
_REASONS: tuple[tuple[type[BaseException], str, bool], ...] = (
    (http.client.RemoteDisconnected, "the server closed the connection without answering", False),
    (http.client.IncompleteRead, "the page is truncated (the connection closed before the end)", False),
    (http.client.LineTooLong, "the server's answer is malformed (a header line is too long)", False),
    (http.client.BadStatusLine, "the server's answer is not HTTP (garbled status line)", False),
    (http.client.InvalidURL, "malformed address", True),
    (http.client.HTTPException, "the server's answer is malformed", True),
    (ssl.SSLCertVerificationError, "secure connection failed (certificate not valid)", False),
    (ssl.SSLError, "secure connection failed", True),
    (socket.gaierror, "cannot find the server", True),
    (ConnectionRefusedError, "the server refused the connection", False),
    (ConnectionResetError, "the server reset the connection", False),
    (UnicodeError, "malformed address (impossible host name)", False),
    (ValueError, "malformed address", True),
)


def failure_reason(exc: BaseException, timeout: float) -> str:
    """Any exception a fetch can raise -> a one-line reason: the one place that knows them."""
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        return failure_reason(exc.reason, timeout)
    if isinstance(exc, TimeoutError):
        return f"no complete answer within {timeout:g} seconds"
    for kind, reason, detailed in _REASONS:
        if isinstance(exc, kind):
            detail = _detail(exc) if detailed else ""
            return f"{reason} ({detail})" if detail else reason
    return f"cannot fetch ({_detail(exc) or type(exc).__name__})"


def _detail(exc: BaseException) -> str:
    """An exception's own words, on one line. They never hold credentials: those are split
    off before any library sees the address."""
    if isinstance(exc, (ssl.SSLError, urllib.error.URLError)) and getattr(exc, "reason", None):
        text = exc.reason
    elif isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    else:
        text = str(exc)
    return " ".join(str(text).split())
