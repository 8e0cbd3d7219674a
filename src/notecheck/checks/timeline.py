"""timeline: a polite request for an update on next steps or the hiring timeline."""

from __future__ import annotations

from .._check import Check, Context, Example, Outcome
from ._element import element_outcome
from ._match import compile_patterns, find

REQUEST = compile_patterns(
    [
        (
            r"\b(?:share|let me know|tell me|update me|know more about|any update on|an update on|update (?:on|about))\b.{0,60}\b(?:timeline|next steps?|decision|process|where things stand|timing|timeframe)",
            "request",
        ),
        (
            r"\bwhen (?:do|will|might|should|can) (?:you|I|we)\b.{0,50}\b(?:decision|decide|hear|expect|next steps?|know)",
            "question",
        ),
        (r"\b(?:what|are there) (?:are )?(?:the )?next steps\b", "question"),
        (r"\bdo you have a sense of when\b", "question"),
        (r"\bkeep me posted\b", "request"),
    ]
)
LOOK_FORWARD = compile_patterns(
    [(r"\blook(?:ing)? forward to hearing (?:from you|back)\b", "look forward")]
)


def run(ctx: Context) -> Outcome:
    hits = find(ctx, REQUEST)
    hint = find(ctx, LOOK_FORWARD)
    message = (
        "The note does not ask about next steps or the timeline; add a polite question such "
        "as 'Could you share what the next steps and timeline look like?'"
    )
    if hint and not hits:
        message = (
            "'I look forward to hearing from you' is not a request for a timeline; ask "
            "politely, for example 'Could you share the timeline for next steps?'"
        )
    return element_outcome(
        ctx,
        hits=hits,
        problems=[],
        missing_code="timeline.missing",
        missing_message=message,
        required={"thank_you": "warning", "follow_up": "warning", "rejection_reply": None},
    )


CHECK = Check(
    id="timeline",
    title="Timeline request",
    summary="Looks for a polite request for an update on next steps or the hiring timeline.",
    why="Asking about the timeline shows you are serious and tells you when a follow-up is "
    "reasonable; 'I look forward to hearing from you' asks for nothing.",
    how_to_fix="Add one polite question: 'Could you share what the next steps and timeline look "
    "like?'",
    run=run,
    default_severity="warning",
    element=True,
    codes={"timeline.missing": "no request for an update on the timeline"},
    passing=(
        Example("Dear Jo,\n\nThank you. Could you share the timeline for next steps?\n\nKim"),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you. I look forward to hearing from you.\n\nKim",
            codes=("timeline.missing",),
        ),
    ),
)
