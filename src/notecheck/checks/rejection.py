"""rejection: a reply to a rejection thanks them, asks for feedback and to stay in touch."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import compile_patterns, find

FEEDBACK = compile_patterns(
    [
        (
            r"\b(?:feedback|advice|suggestions?|pointers|insights?|areas? (?:I could|to) improve)\b",
            "feedback",
        )
    ]
)
STAY = compile_patterns(
    [
        (
            r"\b(?:stay|keep|remain) in touch\b|\bkeep me in mind\b|\bfuture (?:roles?|openings?|opportunities|positions?)\b|\bconsider(?:ed)? (?:me )?for\b|\bconnect on LinkedIn\b",
            "stay in touch",
        )
    ]
)
BITTER = compile_patterns(
    [
        (
            r"\b(?:your loss|mistake|unfair|biased|regret (?:this|your)|shocked|can't believe|waste)\b",
            "bitter",
        )
    ]
)


def run(ctx: Context) -> Outcome:
    if ctx.kind != "rejection_reply":
        return Outcome(status="skip", summary="not a reply to a rejection")
    flags: list[Flag] = []
    feedback, stay, bitter = find(ctx, FEEDBACK), find(ctx, STAY), find(ctx, BITTER)
    if not feedback:
        flags.append(
            Flag(
                "rejection.no-feedback-request",
                "Ask whether they could share any feedback on your interview.",
                severity="info",
            )
        )
    if not stay:
        flags.append(
            Flag(
                "rejection.no-stay-in-touch",
                "Ask to stay in touch or be considered for future roles.",
                severity="info",
            )
        )
    flags.extend(
        Flag(
            "rejection.bitter",
            "This sounds bitter; a gracious reply keeps the door open.",
            b.start,
            b.end,
            "warning",
        )
        for b in bitter
    )
    return Outcome(
        tuple(flags), evidence=tuple(ctx.evidence(h.start, h.end, h.label) for h in feedback + stay)
    )


CHECK = Check(
    id="rejection",
    title="Reply to a rejection",
    summary="For replies to a rejection: thanks, a request for feedback, a request to stay in "
    "touch, and no bitterness.",
    why="A gracious reply to a rejection is remembered; the next opening, or the first choice "
    "declining, often goes to the runner-up who stayed in touch.",
    how_to_fix="Thank them for the decision and their time, ask for any feedback, and ask to be "
    "kept in mind for future roles.",
    run=run,
    default_severity="warning",
    codes={
        "rejection.no-feedback-request": "no request for feedback",
        "rejection.no-stay-in-touch": "no request to stay in touch",
        "rejection.bitter": "bitterness about the decision",
    },
    passing=(
        Example(
            "Dear Jo,\n\nThank you for letting me know about your decision. I'd welcome "
            "any feedback, and I hope we stay in touch.\n\nKim",
            kind="rejection_reply",
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you for letting me know about your decision. It is "
            "your loss.\n\nKim",
            kind="rejection_reply",
            codes=("rejection.bitter",),
        ),
    ),
)
