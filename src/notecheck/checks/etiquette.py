"""etiquette: contact goes through the recruiter; no plans to phone or drop by."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import compile_patterns, find

BYPASS = compile_patterns(
    [
        (
            r"\bI(?:'ll| will| plan to| intend to| am going to|'m going to)\s+(?:give \w+(?: \w+)? a (?:call|ring)|call|phone|ring|stop by|drop by|swing by|come by|visit|pop in|reach out directly)",
            "plan",
        ),
        (r"\b(?:stop|drop|swing|come|pop) (?:by|in) (?:your|the) office\b", "drop by"),
    ]
)


def run(ctx: Context) -> Outcome:
    hits = find(ctx, BYPASS)
    return Outcome(
        tuple(
            Flag(
                "etiquette.bypass",
                "Do not plan to phone or visit the hiring "
                "manager; follow up through the recruiter.",
                h.start,
                h.end,
            )
            for h in hits
        )
    )


CHECK = Check(
    id="etiquette",
    title="Etiquette",
    summary="Flags plans to phone, visit or otherwise go around the recruiter to reach the "
    "hiring manager.",
    why="When a recruiter runs the process, contact goes through them; calling or dropping by "
    "the hiring manager reads as pushy and can cost the offer.",
    how_to_fix="Remove the plan; ask the recruiter about next steps instead.",
    run=run,
    default_severity="warning",
    codes={"etiquette.bypass": "plans to contact the hiring manager directly"},
    passing=(Example("Dear Jo,\n\nThank you for today. Could you share the next steps?\n\nKim"),),
    failing=(
        Example(
            "Dear Jo,\n\nThank you. I'll give Mr. Park a call on Thursday.\n\nKim",
            codes=("etiquette.bypass",),
        ),
    ),
)
