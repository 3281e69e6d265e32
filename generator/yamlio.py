"""YAML loading for user-edited files: safe, and dates kept as text so that we, not the YAML
library, say what is wrong with an impossible date like 2025-02-30."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

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


def load(text: str) -> Any:
    loader = FastTextDateLoader if _FAST is not None else TextDateLoader
    return yaml.load(text, Loader=loader)  # noqa: S506 - SafeLoader / CSafeLoader subclasses


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
    text = str(value)
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


def line_of(text: str, path: list[Any]) -> int | None:
    """The 1-based line where the value at `path` (keys and indexes) starts in YAML `text`."""
    try:
        node = yaml.compose(text, Loader=TextDateLoader)
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
