"""Shared matching helpers: patterns are data, applied to the body's sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .._analysis import Sentence
from .._check import Context


@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern match inside a sentence; offsets into ``note.plain``."""

    sentence: Sentence
    start: int
    end: int
    label: str


def compile_patterns(
    patterns: Iterable[tuple[str, str]],
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``(regex, label)`` pairs compiled case-insensitively."""
    return tuple((re.compile(p, re.IGNORECASE), label) for p, label in patterns)


def find(
    ctx: Context,
    patterns: Sequence[tuple[re.Pattern[str], str]],
    *,
    sentences: Sequence[Sentence] | None = None,
) -> list[Hit]:
    """Every match of ``patterns`` in ``sentences`` (default: the body sentences)."""
    hits: list[Hit] = []
    for sentence in ctx.analysis.body_sentences if sentences is None else sentences:
        for pattern, label in patterns:
            for m in pattern.finditer(sentence.text):
                hits.append(
                    Hit(sentence, sentence.start + m.start(), sentence.start + m.end(), label)
                )
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


_NEGATION = re.compile(
    r"\b(?:not|no longer|never|don't|do not|didn't|did not|isn't|is not|wasn't|am not|"
    r"I'm not|won't|cannot|can't|hardly|nor)\b",
    re.IGNORECASE,
)


def negated(ctx: Context, hit: Hit, window: int = 30) -> bool:
    """A negation shortly before the match, in the same sentence."""
    before = ctx.note.plain[max(hit.sentence.start, hit.start - window) : hit.start]
    return bool(_NEGATION.search(before))
