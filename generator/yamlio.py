"""YAML loading for user-edited files: safe, and dates kept as text so that we, not the YAML
library, say what is wrong with an impossible date like 2025-02-30."""

from __future__ import annotations

from typing import Any

import yaml

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class TextDateLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings."""


TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str) -> Any:
    return yaml.load(text, Loader=TextDateLoader)  # noqa: S506 - a SafeLoader subclass


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
