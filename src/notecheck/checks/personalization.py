"""personalization: the note mentions something specific from the interview."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import compile_patterns, find

SPECIFIC = compile_patterns(
    [
        (
            r"\b(?:learning|hearing|talking|speaking|discussing|our (?:discussion|conversation|talk|chat)) (?:about|of|on)\b",
            "topic",
        ),
        (
            r"\b(?:you (?:mentioned|described|explained|shared|showed)|we (?:discussed|talked about|covered))\b",
            "callback",
        ),
        (
            r"\b(?:project|initiative|launch|migration|roadmap|product|program|clinic|classroom|campaign)\b",
            "specific",
        ),
    ]
)


def run(ctx: Context) -> Outcome:
    hits = find(ctx, SPECIFIC)
    if hits:
        return Outcome(evidence=tuple(ctx.evidence(h.start, h.end, h.label) for h in hits))
    return Outcome(
        (
            Flag(
                "personalization.generic",
                "The note could have been sent after any "
                "interview; mention something specific you discussed.",
                severity="info",
            ),
        )
    )


CHECK = Check(
    id="personalization",
    title="Personalization",
    summary="Looks for a reference to something specific from the interview: a project, a topic "
    "discussed, a person met.",
    why="A specific callback shows you listened and makes the note memorable; generic lines "
    "read like a template.",
    how_to_fix="Add one sentence about something you discussed: 'I enjoyed hearing about the "
    "move to on-call rotations.'",
    run=run,
    default_severity="info",
    codes={"personalization.generic": "nothing specific from the interview"},
    passing=(
        Example("Dear Jo,\n\nThank you. I enjoyed learning about the data migration.\n\nKim"),
    ),
    failing=(
        Example("Dear Jo,\n\nThank you for your time.\n\nKim", codes=("personalization.generic",)),
    ),
)
