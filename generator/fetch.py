"""Fetching a web page safely: http(s) only, a timeout, a size limit, HTML only, a bounded
number of redirects and a user agent that says who we are."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.errors import ExplainerError

USER_AGENT = "explainer/0.1 (news explainer generator; fetches one page per request)"
TIMEOUT = 20.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Fetched:
    url: str  # after redirects
    body: bytes


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise ExplainerError(f"redirected to a non-http(s) address {newurl}", req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise ExplainerError("only http:// and https:// addresses can be fetched", url)
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise ExplainerError(f"not a web page (content type {kind})", url)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ExplainerError(f"page is larger than {max_bytes // (1024 * 1024)} MB", url)
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise ExplainerError(f"page is larger than {max_bytes // (1024 * 1024)} MB", url)
            return Fetched(response.geturl(), body)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise ExplainerError(f"too many redirects (a redirect loop?): HTTP {exc.code}", url) from None
        raise ExplainerError(f"HTTP {exc.code} {exc.reason}", url) from None
    except urllib.error.URLError as exc:
        raise ExplainerError(f"cannot fetch: {exc.reason}", url) from None
    except TimeoutError:
        raise ExplainerError(f"no answer within {timeout:g} seconds", url) from None
