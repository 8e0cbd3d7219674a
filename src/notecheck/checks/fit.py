"""fit: the writer reaffirms why they fit, tying their skills or experience to the role."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._element import element_outcome
from ._match import compile_patterns, find

FIT = compile_patterns(
    [
        (r"\b(?:great|good|strong|perfect|ideal|natural|right) (?:fit|match)\b", "fit claim"),
        (
            r"\b(?:my|I have|I've had|I bring|I'd bring|I would bring)\b.{0,60}\b(?:experience|background|skills?|years)\b",
            "experience",
        ),
        (r"\b(?:confident|sure) (?:that )?I (?:can|could|would)\b", "confidence"),
        (
            r"\b(?:align|aligns|lines up|matches|match|prepared me|equipped me|translate)\b",
            "alignment",
        ),
        (r"\bhit the ground running\b", "ready"),
    ]
)
DOUBT = compile_patterns(
    [
        (r"\bnot sure (?:this|I|that I)\b.{0,40}\b(?:fit|right|match|qualified)", "doubt"),
        (r"\bI don't think (?:my|I)\b.{0,40}\b(?:match|fit|qualified|enough)", "doubt"),
        (r"\b(?:under-?qualified|not qualified)\b", "doubt"),
    ]
)


def run(ctx: Context) -> Outcome:
    doubts = find(ctx, DOUBT)
    hits = [h for h in find(ctx, FIT) if not any(d.sentence == h.sentence for d in doubts)]
    problems = [
        Flag(
            "fit.doubt",
            "This undermines your own fit; say what you would bring instead.",
            d.start,
            d.end,
            "warning",
        )
        for d in doubts
    ]
    if hits and all(h.label == "fit claim" for h in hits):
        problems.append(
            Flag(
                "fit.unsupported",
                "A bare 'great fit' claim is weak; tie it to a "
                "skill or experience that matches what the role needs.",
                hits[0].start,
                hits[0].end,
                "info",
            )
        )
    return element_outcome(
        ctx,
        hits=hits,
        problems=problems,
        missing_code="fit.missing",
        missing_message="The note does not say why you fit the role; add a sentence linking your "
        "experience to something discussed in the interview.",
        required={"thank_you": "warning", "follow_up": "info", "rejection_reply": None},
    )


CHECK = Check(
    id="fit",
    title="Fit",
    summary="Looks for a reaffirmation of fit, strongest when tied to the writer's skills or "
    "experience; flags self-undermining statements.",
    why="The note is the last word before a decision: one sentence linking your experience to "
    "the team's needs reminds them why to pick you.",
    how_to_fix="Connect a skill to a need you heard: 'My three years running ICU night shifts "
    "would help with the staffing changes you described.'",
    run=run,
    default_severity="warning",
    element=True,
    codes={
        "fit.missing": "no statement of fit",
        "fit.unsupported": "a fit claim with nothing behind it",
        "fit.doubt": "the writer doubts their own fit",
    },
    passing=(
        Example(
            "Dear Jo,\n\nThank you. My five years of Python experience would help your "
            "data team.\n\nBest,\nKim"
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you. I'm not sure this is the right fit for me.\n\nKim",
            codes=("fit.doubt",),
        ),
        Example("Dear Jo,\n\nThank you for your time today.\n\nBest,\nKim", codes=("fit.missing",)),
    ),
)
