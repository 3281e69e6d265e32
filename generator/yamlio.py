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
