"""Errors the user can act on: one line, naming the file and what is wrong."""

from __future__ import annotations

from pathlib import Path


class ExplainerError(Exception):
    """A problem with the user's input or project, reported as `path: message`."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.path = Path(path) if path is not None else None
        self.where = str(path) if path is not None else None  # printed as given: a URL stays a URL
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.where is None:
            return self.message
        where = f"{self.where}:{self.line}" if self.line else self.where
        return f"{where}: {self.message}"


class ExplainerWarning(ExplainerError):
    """Something the user should know that does not stop the work (a file passed over, a
    headline that reads like a paragraph, a correction re-aimed): shown, never a failure."""
