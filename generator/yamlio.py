"""YAML loading for user-edited files: safe, bounded, and dates kept as text so that we, not
the YAML library, say what is wrong with an impossible date like 2025-02-30.

Every YAML file the tool reads (front matter, corrections, fact sheets, gold files) goes
through `load` or `compose`, which first walk the file's parse events once and refuse, as a
`yaml.YAMLError` naming the line, what LibYAML would crash on or expand without end:
nesting deeper than `MAX_DEPTH` (its composer recurses on the C stack, so 100 KB of `[`
is a segfault, not an exception), aliases that expand to more than `MAX_ALIAS_NODES`
nodes (a "billion laughs"), and a key given twice in one mapping (YAML keeps the last one
without a word, so an editor's first value would be lost silently). `mkdocs.yml` is read
by MkDocs itself, not here."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ExplainerError

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


_FAST = getattr(yaml, "CSafeLoader", None)  # LibYAML: the same safe loading, many times faster


class TextDateLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings."""


_RESOLVERS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
TextDateLoader.yaml_implicit_resolvers = _RESOLVERS
if _FAST is not None:

    class FastTextDateLoader(_FAST):  # type: ignore[misc,valid-type]
        """CSafeLoader that leaves timestamps as strings."""

    FastTextDateLoader.yaml_implicit_resolvers = _RESOLVERS


MAX_DEPTH = 100  # nested collections; the fact sheets need 6
MAX_ALIAS_NODES = 10_000  # nodes reached through aliases, counting what they expand to
_LOADER = FastTextDateLoader if _FAST is not None else TextDateLoader
_PARSER = getattr(getattr(yaml, "cyaml", None), "CParser", yaml.SafeLoader)  # events only, in C where we can
_STARTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_ENDS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


class YAMLLimitError(yaml.MarkedYAMLError):
    """A YAML file nested too deep, or whose aliases expand too far."""


class DuplicateKeyError(yaml.MarkedYAMLError):
    """A mapping that gives one key twice."""


class _Collection:
    """An open mapping or sequence during `check`: its keys so far, and how many nodes it
    stands for (itself, its children, and everything its aliases expand to)."""

    __slots__ = ("anchor", "children", "keys", "mapping", "size")

    def __init__(self, event: yaml.Event) -> None:
        self.mapping = type(event) is yaml.MappingStartEvent
        self.anchor: str | None = event.anchor
        self.children = 0
        self.size = 1
        self.keys: set[str] = set()

    def add(self, size: int, scalar: yaml.ScalarEvent | None = None) -> None:
        """Count a child; a scalar key must not repeat one (`<<`, the merge key, may)."""
        if scalar is not None and self.mapping and self.children % 2 == 0 and scalar.value != "<<":
            if scalar.value in self.keys:
                problem = f"key {scalar.value!r} given twice in one mapping"
                raise DuplicateKeyError(problem=problem, problem_mark=scalar.start_mark)
            self.keys.add(scalar.value)
        self.children += 1
        self.size += size


def check(text: str) -> None:
    """Refuse `text` (see the module docstring) before anything builds its nodes: one walk
    over its parse events. Raises a `yaml.YAMLError` (one of the two above, or the parser's
    own) with the line in `problem_mark`."""
    parser = _PARSER(text)
    open_: list[_Collection] = []
    sizes: dict[str, int] = {}  # anchor -> how many nodes an alias to it stands for
    expanded = 0
    while (event := parser.get_event()) is not None:
        kind = type(event)
        if kind in _STARTS:
            if len(open_) >= MAX_DEPTH:
                problem = f"nested more than {MAX_DEPTH} levels deep"
                raise YAMLLimitError(problem=problem, problem_mark=event.start_mark)
            open_.append(_Collection(event))
            continue
        if kind in _ENDS:
            done = open_.pop()
            size, anchor = done.size, done.anchor
        elif kind is yaml.ScalarEvent:
            size, anchor = 1, event.anchor
        elif kind is yaml.AliasEvent:
            size, anchor = sizes.get(event.anchor, 1), None
            expanded += size
            if expanded > MAX_ALIAS_NODES:
                problem = f"aliases expand to more than {MAX_ALIAS_NODES} nodes"
                raise YAMLLimitError(problem=problem, problem_mark=event.start_mark)
        else:
            continue
        if anchor is not None:
            sizes[anchor] = size
        if open_:
            open_[-1].add(size, event if kind is yaml.ScalarEvent else None)


def load(text: str) -> Any:
    """The data in YAML `text`, checked first (see `check`)."""
    check(text)
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - SafeLoader / CSafeLoader subclasses


def compose(text: str) -> yaml.Node | None:
    """The node tree of YAML `text` (for line numbers), checked first (see `check`)."""
    check(text)
    return yaml.compose(text, Loader=_LOADER)


# A plain (unquoted) scalar only where YAML cannot read it as anything but this text.
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 _.,'’()/&-]*[A-Za-z0-9.)’']|[A-Za-z]")
_RESERVED = {"null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf"}
# Characters YAML may not carry raw inside a quoted scalar (line breaks, non-printables).
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return _text(str(value))


@lru_cache(maxsize=1 << 16)  # a sheet repeats its ids, names and evidence sentences many times
def _text(text: str) -> str:
    if _PLAIN.fullmatch(text) and text.casefold() not in _RESERVED and "  " not in text:
        return text
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def _leaf(value: Any) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _scalar(value)


def _block(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{_scalar(key)}:")
                lines += _block(item, indent if isinstance(item, list) else indent + 2)
            else:
                lines.append(f"{pad}{_scalar(key)}: {_leaf(item)}")
    else:
        for item in value:
            if isinstance(item, (dict, list)) and item:
                inner = _block(item, indent + 2)
                lines.append(f"{pad}- {inner[0][indent + 2 :]}")
                lines += inner[1:]
            else:
                lines.append(f"{pad}- {_leaf(item)}")
    return lines


def dump(data: list[Any] | dict[str, Any]) -> str:
    """Block-style YAML of plain data (mappings, lists, text, numbers, booleans, null), keys
    in the order given. Deterministic, and fast: the fact sheets of a large story are
    megabytes, and PyYAML's representer is the slowest step of a rebuild."""
    if not data:
        return _leaf(data) + "\n"
    return "\n".join(_block(data, 0)) + "\n"


def read_file(path: Path) -> tuple[Any, yaml.Node | None]:
    """A file the editor writes (corrections, outlets, the story): its data and its node tree
    (for line numbers). Text that is not UTF-8, or not YAML, is one `ExplainerError` naming
    the file and, where YAML says, the line."""
    try:
        text = path.read_text(encoding="utf-8")
        return load(text), compose(text)
    except UnicodeDecodeError:
        raise ExplainerError("not UTF-8 text", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ExplainerError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path, mark.line + 1 if mark else None) from None


def line_of(text: str, path: list[Any]) -> int | None:
    """The 1-based line where the value at `path` (keys and indexes) starts in YAML `text`."""
    try:
        node = compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        if node is None:
            break
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        elif isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(part)), None)
        else:
            break
        if node is not None:
            line = node.start_mark.line + 1
    return line
