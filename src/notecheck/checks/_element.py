"""The shape shared by element checks (interest, fit, timeline): find, then judge by kind."""

from __future__ import annotations

from collections.abc import Mapping

from .._check import Context, Flag, Outcome
from .._report import Severity
from ._match import Hit


def element_outcome(
    ctx: Context,
    *,
    hits: list[Hit],
    problems: list[Flag],
    missing_code: str,
    missing_message: str,
    required: Mapping[str, Severity | None],
) -> Outcome:
    """Detected when there is a hit; a missing element is flagged as ``required[kind]`` says."""
    flags = list(problems)
    severity = required.get(ctx.kind)
    if not hits and severity is not None:
        flags.append(Flag(missing_code, missing_message, severity=severity))
    return Outcome(
        tuple(flags),
        detected=bool(hits),
        evidence=tuple(ctx.evidence(h.start, h.end, h.label) for h in hits),
    )
