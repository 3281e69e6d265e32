"""What a new story project needs to publish itself on GitHub Pages, as this repository does:
the Pages workflow, its set-up script, the pinned Python requirements and Mermaid's npm lock
(the same files as this repository's own, from `deploy_files/`), explainer itself as a wheel
in `vendor/`, and the site's address from the GitHub repository.

explainer is not on PyPI (a package of that name there is another project), and the address
of its own source is not known to it; so a new project carries the code that made it, as a
wheel built here from the running package: byte-identical for the same code, installed
offline, pinned by being committed."""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import os
import re
import subprocess
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from generator.errors import ExplainerError

PACKAGE = Path(__file__).resolve().parent
FILES = PACKAGE / "deploy_files"
# {file in deploy_files: where it goes in a new project}, copied as they are
COPIED = {
    "deploy.yml": ".github/workflows/deploy.yml",
    "requirements.lock": "requirements.lock",
    "package.json": "package.json",
    "package-lock.json": "package-lock.json",
}
SETUP = "setup.sh"  # its own: it installs explainer from the wheel in vendor/
VENDOR = "vendor"
LOCAL_SITE_URL = "http://127.0.0.1:8000/"  # the root's default when SITE_URL is not set

_OWNER = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})"  # a GitHub user or organization
_NAME = r"[A-Za-z0-9._-]{1,100}"  # a GitHub repository
_REPO = re.compile(rf"({_OWNER})/({_NAME})")
_REMOTE = re.compile(rf"(?:https?://(?:[^/@\s]+@)?github\.com/|ssh://git@github\.com(?::\d+)?/|git@github\.com:)({_OWNER})/({_NAME})")


@dataclass(frozen=True)
class Repository:
    """A GitHub repository, owner/name."""

    owner: str
    name: str

    @property
    def pages_url(self) -> str:
        """Where GitHub Pages publishes it: the owner's own site for `owner.github.io`."""
        host = f"{self.owner.lower()}.github.io"
        return f"https://{host}/" if self.name.lower() == host else f"https://{host}/{self.name}/"


def _repository(owner: str, name: str) -> Repository | None:
    name = name.removesuffix(".git")
    return Repository(owner, name) if name.strip(".") else None


def parse_repo(value: str) -> Repository:
    """`--repo OWNER/NAME` as GitHub spells it, or one line saying what is wrong."""
    match = _REPO.fullmatch(value)
    repo = _repository(*match.groups()) if match else None
    if repo is None:
        raise ExplainerError(f"--repo {value!r} is not OWNER/NAME as on GitHub (for example jane-doe/city-budget)")
    return repo


def repository_from_url(url: str) -> Repository | None:
    """The GitHub repository a git remote's URL names (https, ssh or scp-like), else None."""
    match = _REMOTE.fullmatch(url.strip().rstrip("/"))
    return _repository(*match.groups()) if match else None


def _git(folder: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def origin_repository(folder: Path) -> tuple[Repository | None, str]:
    """The GitHub repository `folder` is the root of, from its `origin` remote, with where it
    came from; else None and why (a remote's URL is never repeated: it may hold a token).
    Only a repository's root: GitHub runs the workflows of the root's .github/ alone."""
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        return None, f"{folder} is not in a git repository"
    if Path(top).resolve() != folder.resolve():
        return None, f"{folder} is not the root of its git repository ({top}), whose .github/ is the one GitHub reads"
    url = _git(folder, "config", "--get", "remote.origin.url")
    if not url:
        return None, f"the git repository {folder} has no `origin` remote"
    repo = repository_from_url(url)
    if repo is None:
        return None, f"the `origin` remote of {folder} is not a GitHub repository"
    return repo, "from the `origin` remote"


def _wheel_metadata() -> tuple[str, str, str]:
    """(version, METADATA, entry_points.txt) for the wheel, written here from the installed
    version and requirements (an egg-info found first on the path has no METADATA file)."""
    try:
        dist = metadata.distribution("explainer")
        version, requires = dist.version or "0.1.0", list(dist.requires or [])
    except metadata.PackageNotFoundError:
        version, requires = "0.1.0", []
    meta = f"Metadata-Version: 2.1\nName: explainer\nVersion: {version}\n" + "".join(f"Requires-Dist: {r}\n" for r in requires)
    return version, meta, "[console_scripts]\nexplainer = generator.cli:main\n"


def _package_files() -> list[tuple[str, Path]]:
    """(name in the wheel, file) for every file of the package, links followed, caches left out."""
    found = []
    for folder, dirs, files in os.walk(PACKAGE, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in files:
            if not name.startswith(".") and not name.endswith((".pyc", ".pyo")):
                path = Path(folder) / name
                found.append((f"{PACKAGE.name}/{path.relative_to(PACKAGE).as_posix()}", path))
    return sorted(found)


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


@functools.cache
def explainer_wheel() -> tuple[str, bytes]:
    """(file name, bytes) of a wheel of the running explainer: its package files and its
    installed metadata, in a fixed order with fixed times, so the same code gives the same bytes."""
    version, meta, entry_points = _wheel_metadata()
    info = f"explainer-{version}.dist-info"
    members = [(name, path.read_bytes()) for name, path in _package_files()]
    members += [
        (f"{info}/METADATA", meta.encode()),
        (f"{info}/entry_points.txt", entry_points.encode()),
        (f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: explainer new\nRoot-Is-Purelib: true\nTag: py3-none-any\n"),
    ]
    record = "".join(f"{name},{_digest(data)},{len(data)}\n" for name, data in members) + f"{info}/RECORD,,\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as wheel:
        for name, data in [*members, (f"{info}/RECORD", record.encode())]:
            member = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            member.external_attr = 0o644 << 16
            wheel.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED)
    return f"explainer-{version.replace('-', '_')}-py3-none-any.whl", buffer.getvalue()


def deploy_files() -> dict[str, bytes]:
    """{path in a new project: content} for everything it publishes with."""
    wheel_name, wheel = explainer_wheel()
    files = {target: (FILES / source).read_bytes() for source, target in COPIED.items()}
    files[SETUP] = (FILES / SETUP).read_text(encoding="utf-8").replace("@WHEEL@", wheel_name).encode()
    files[f"{VENDOR}/{wheel_name}"] = wheel
    return files
