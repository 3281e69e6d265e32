"""The sample article `explainer new` puts in a fresh project, so that the first build shows a
site: a made-up council story that must never be published beside a real one.

The sample is recognised only while it is exactly as `explainer new` wrote it (its name and
its bytes): once the user has edited it, it is theirs, and nothing here touches it."""

from __future__ import annotations

from pathlib import Path

SAMPLE_NAME = "sample-library-budget.txt"

SAMPLE_ARTICLE = """\
---
published: 2025-03-04
outlet: Example News
---
City council approves new library budget
The city council on Monday approved a budget of $12 million for a new central library, Mayor Jane Doe said.
"This library will serve every neighbourhood in the city," Doe told reporters after the vote.
Council member John Roe, who voted against the plan, said the cost was too high.
"""

STILL_THERE = ("is the sample article of `explainer new`, unchanged, in a story with articles of its own: "
               "its made-up people would be published with them; delete it")


def untouched_sample(articles_dir: Path) -> Path | None:
    """The sample article in `articles_dir`, if it is there exactly as `explainer new` wrote it."""
    path = articles_dir / SAMPLE_NAME
    try:
        return path if path.is_file() and not path.is_symlink() and path.read_bytes() == SAMPLE_ARTICLE.encode("utf-8") else None
    except OSError:
        return None
