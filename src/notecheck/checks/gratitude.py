"""gratitude: the writer thanks the interviewer in the body of the note."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import compile_patterns, find, negated

THANKS = compile_patterns(
    [
        (r"\bthank(?:s| you)\b(?! for nothing)", "thanks"),
        (
            r"\b(?:I|we)\s+(?:really |truly |sincerely |greatly |so |very much )?appreciate[ds]?\b",
            "appreciate",
        ),
        (r"\b(?:grateful|thankful|gratitude|appreciation)\b", "grateful"),
        (r"\bit meant a lot\b|\bmeans a lot\b", "meant a lot"),
    ]
)
SARCASM = compile_patterns(
    [
        (
            r"\bthanks? (?:you )?for (?:finally|nothing|wasting|making me wait|ignoring|ghosting|the runaround)",
            "sarcasm",
        ),
        (r"\bthanks (?:a lot|so much) for (?:nothing|wasting)", "sarcasm"),
        (r"\bI guess\b.{0,20}\bthanks?\b|\bthanks?\b.{0,20}\bI guess\b", "sarcasm"),
    ]
)


def run(ctx: Context) -> Outcome:
    sarcastic = find(ctx, SARCASM)
    hits = [
        h
        for h in find(ctx, THANKS)
        if not negated(ctx, h) and not any(s.sentence == h.sentence for s in sarcastic)
    ]
    flags: list[Flag] = [
        Flag(
            "gratitude.sarcastic",
            "This thanks reads as sarcastic; it will not come across as gratitude.",
            s.start,
            s.end,
            "error",
        )
        for s in sarcastic
    ]
    if not hits:
        closing = ctx.note.parts_of("closing")
        sign_off = closing and any(w in closing[0].text.lower() for w in ("thank", "gratitude"))
        if sign_off:
            part = closing[0]
            flags.append(
                Flag(
                    "gratitude.sign-off-only",
                    f"Only the sign-off '{part.text}' thanks the reader; thank them in the "
                    "body for their time and the conversation.",
                    part.start,
                    part.end,
                )
            )
        elif not sarcastic:
            flags.append(
                Flag(
                    "gratitude.missing",
                    "The note never thanks the interviewer; add a sentence thanking them "
                    "for their time and the conversation.",
                )
            )
    return Outcome(
        tuple(flags),
        detected=bool(hits),
        evidence=tuple(ctx.evidence(h.start, h.end, h.label) for h in hits),
    )


CHECK = Check(
    id="gratitude",
    title="Gratitude",
    summary="Looks for thanks in the body of the note: for the interviewer's time, the "
    "conversation or the opportunity.",
    why="Thanking the interviewer is the reason the note exists; a sign-off 'Thanks,' alone "
    "does not do it, and sarcastic thanks does harm.",
    how_to_fix="Open the body with a specific thank-you: 'Thank you for taking the time to talk "
    "with me today about the analyst role.'",
    run=run,
    default_severity="error",
    element=True,
    codes={
        "gratitude.missing": "no thanks anywhere in the note",
        "gratitude.sign-off-only": "thanks only in the sign-off",
        "gratitude.sarcastic": "thanks that reads as sarcasm",
    },
    passing=(
        Example("Dear Mr. Ito,\n\nThank you for meeting with me this morning.\n\nBest,\nAmy"),
    ),
    failing=(
        Example(
            "Dear Mr. Ito,\n\nI am writing about the analyst role.\n\nThanks,\nAmy",
            codes=("gratitude.sign-off-only",),
        ),
        Example(
            "Hi Tom,\n\nThanks for finally getting back to me after three weeks.\n\nAmy",
            codes=("gratitude.sarcastic",),
        ),
    ),
)
