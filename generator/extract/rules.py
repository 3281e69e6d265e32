"""The rule registry: every extraction behaviour is one named rule, with its examples.

The machinery is here; the behaviours are in the modules that register them, one stage at a
time. A rule is a small function with an id (`org.portfolio-after-for`), a one-line reason,
the stage it belongs to, an explicit priority and an action, and invented example sentences
on which it does (`examples`) and does not (`counter`) change what is found. Patterns that
spaCy's Matcher can express are data (`patterns/*.json`, see `patterns.py`) and are
registered here the same way.

A stage runs its rules in priority order (lowest first), in one of two ways:

- `first(stage, ...)`: a decision. The first rule that answers decides; the later rules that
  would also have answered are *shadowed* (checked only while tracing). A rule answers with
  anything but `None` or `False`: an empty list or a 0 is an answer, so a rule that tests
  must return a bool (`bool(found)`), not what it found.
- `fold(stage, value, ...)`: a chain of trims. Every rule may return a new value, `None` (no
  change), `VETO` (the value is dropped) or `Done(value)` (the value is settled); after
  either of the last two the rest of the chain does not run.

A rule that is neither (a look-back in code, such as a pronoun's antecedent) is called
directly; its registration still gives it an id, examples, tracing and ablation.

`tracing()` records which rules fired, vetoed or were shadowed (for `explainer explain`);
`disabled(ids)` turns rules off (for the ablation test). Both are per process and off by
default, when a rule costs one set look-up more than the function it wraps.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from spacy.tokens import Span

Action = Literal[
    "add", "trim", "extend", "veto", "alias", "assign-title", "attribute-speaker",
    "resolve", "date", "classify", "keep",
]
Outcome = Literal["fired", "vetoed", "shadowed"]
F = TypeVar("F", bound=Callable[..., Any])


class _Veto:
    def __repr__(self) -> str:
        return "VETO"


VETO: Any = _Veto()  # what a fold rule returns to drop the value


@dataclass(frozen=True)
class Done:
    """What a fold rule returns to settle the value: the rest of the chain does not run."""

    value: Any


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    priority: int
    action: Action
    why: str
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()
    module: str = ""


@dataclass(frozen=True)
class Fired:
    """One rule's outcome while tracing: what it looked at, as text."""

    rule: str
    outcome: Outcome
    subject: str
    sentence: str = ""  # the sentence it is in, when the subject is a span or a token


@dataclass
class _State:
    off: frozenset[str] = frozenset()
    trace: list[Fired] | None = None
    stages: dict[str, list[tuple[Rule, Callable[..., Any]]]] = field(default_factory=dict)
    functions: dict[str, tuple[Callable[..., Any], ...]] = field(default_factory=dict)  # each stage's, in order


REGISTRY: dict[str, Rule] = {}
_state = _State()


def rule(
    id: str,
    *,
    stage: str,
    action: Action,
    why: str,
    priority: int = 50,
    examples: tuple[str, ...] | list[str] = (),
    counter: tuple[str, ...] | list[str] = (),
) -> Callable[[F], F]:
    """Register the decorated function as rule `id`. Called directly, it returns `None` while
    the rule is disabled and is traced when it answers."""

    def register(fn: F) -> F:
        if id in REGISTRY:
            raise ValueError(f"rule {id} is registered twice")
        found = Rule(id, stage, priority, action, why, tuple(examples), tuple(counter), fn.__module__)
        REGISTRY[id] = found

        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            if id in _state.off:
                return None
            out = fn(*args, **kwargs)
            if out is not None and out is not False and _state.trace is not None:
                _note(found, "vetoed" if out is VETO or action == "veto" else "fired", args)
            return out

        _state.stages.setdefault(stage, []).append((found, fn))
        _state.stages[stage].sort(key=lambda pair: (pair[0].priority, pair[0].id))
        _state.functions[stage] = tuple(f for _, f in _state.stages[stage])
        run.rule = found  # type: ignore[attr-defined]
        return run  # type: ignore[return-value]

    return register


def register_pattern(found: Rule) -> None:
    """A rule written as a Matcher pattern (its function is the Matcher's)."""
    if found.id in REGISTRY and REGISTRY[found.id] != found:
        raise ValueError(f"rule {found.id} is registered twice")
    REGISTRY[found.id] = found


def enabled(id: str) -> bool:
    return id not in _state.off


def note(id: str, subject: object) -> None:
    """Record that pattern rule `id` fired on `subject` (only while tracing)."""
    if _state.trace is not None:
        _note(REGISTRY[id], "fired", (subject,))


def rules_of(stage: str) -> list[Rule]:
    return [r for r, _ in _state.stages.get(stage, [])]


def first(stage: str, *args: Any) -> Any:
    """The answer of the first rule of `stage` that answers (not `None`), or `None`."""
    if _state.trace is None and not _state.off:  # the usual run: no rule to skip, nothing to note
        for fn in _state.functions.get(stage, ()):
            out = fn(*args)
            if out is not None and out is not False:
                return out
        return None
    answer = None
    winner = None
    for found, fn in _state.stages.get(stage, ()):
        if found.id in _state.off:
            continue
        out = fn(*args)
        if out is None or out is False:
            continue
        if winner is None:
            winner, answer = found, out
            if _state.trace is None:
                return answer
            _note(found, "vetoed" if found.action == "veto" else "fired", args)
        else:
            _note(found, "shadowed", args)
    return answer


def fold(stage: str, value: Any, *args: Any) -> Any:
    """`value` passed through every rule of `stage` in turn; `None` if one vetoes it or trims
    a span to nothing."""
    if _state.trace is None and not _state.off:  # the usual run: no rule to skip, nothing to note
        for fn in _state.functions.get(stage, ()):
            out = fn(value, *args)
            if out is None or out is False:
                continue
            if out is VETO or isinstance(out, Span) and len(out) == 0:
                return None
            if isinstance(out, Done):
                return out.value
            value = out
        return value
    for found, fn in _state.stages.get(stage, ()):
        if found.id in _state.off:
            continue
        out = fn(value, *args)
        if out is None or out is False:
            continue
        if _state.trace is not None:
            _note(found, "vetoed" if out is VETO else "fired", (value, *args))
        if out is VETO or isinstance(out, Span) and len(out) == 0:
            return None  # an empty span is no value: the later rules never see one
        if isinstance(out, Done):
            return out.value
        value = out
    return value


@contextmanager
def tracing() -> Iterator[list[Fired]]:
    """Record every rule's outcome inside the block."""
    before = _state.trace
    _state.trace = []
    try:
        yield _state.trace
    finally:
        _state.trace = before


@contextmanager
def disabled(ids: set[str] | frozenset[str]) -> Iterator[None]:
    """Turn the rules `ids` off inside the block."""
    unknown = set(ids) - REGISTRY.keys()
    if unknown:
        raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
    before = _state.off
    _state.off = before | frozenset(ids)
    try:
        yield
    finally:
        _state.off = before


def _note(found: Rule, outcome: Outcome, args: tuple[Any, ...]) -> None:
    assert _state.trace is not None
    _state.trace.append(Fired(found.id, outcome, *_subject(args)))


def _subject(args: tuple[Any, ...]) -> tuple[str, str]:
    """The text a rule looked at (the first argument that has text: a span or a token) and
    the sentence it is in."""
    for arg in args:
        text = getattr(arg, "text", None)
        if isinstance(text, str):
            sentence = ""
            if len(getattr(arg, "doc", ())) and (hasattr(arg, "start") or hasattr(arg, "i")):  # a span or a token, not a Doc
                start = arg.start if hasattr(arg, "start") else arg.i
                sentence = " ".join(arg.doc[min(start, len(arg.doc) - 1)].sent.text.split())
            return " ".join(text.split())[:120], sentence
        if isinstance(arg, str):
            return arg[:120], ""
    return "", ""
