"""interest: the writer says they want this role, ideally more so after the interview."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._element import element_outcome
from ._match import compile_patterns, find, negated

INTEREST = compile_patterns(
    [
        (r"\b(?:excited|enthusiastic|eager|thrilled|keen)\b", "enthusiasm"),
        (
            r"\b(?:interest|interested)\b(?!\s+to\s+(?:know|hear|learn)\s+(?:why|how|what))",
            "interest",
        ),
        (
            r"\bI(?:'d| would) (?:love|welcome the chance) to (?:join|be part|contribute|work)",
            "want to join",
        ),
        (r"\b(?:can't|cannot) wait to\b", "can't wait"),
        (r"\bexactly what I(?:'ve| have)? been looking for\b", "looking for"),
    ]
)
GREW = compile_patterns(
    [
        (
            r"\b(?:even more|more than ever|all the more|further|only grew|strengthened|reinforced)\b",
            "grew",
        ),
    ]
)
WITHDRAW = compile_patterns(
    [
        (
            r"\b(?:no longer interested|withdraw(?:ing)? (?:my|from)|decided to withdraw|not interested)\b",
            "withdraw",
        ),
    ]
)
FIELD = compile_patterns([(r"\binterest(?:ed)? in the (?:field|industry|space|sector)\b", "field")])


def run(ctx: Context) -> Outcome:
    withdraw = find(ctx, WITHDRAW)
    hits = [
        h
        for h in find(ctx, INTEREST)
        if not negated(ctx, h) and not any(w.sentence == h.sentence for w in withdraw)
    ]
    problems = [
        Flag(
            "interest.negated",
            "This says you are not interested; if you mean to withdraw, "
            "say so plainly, otherwise remove it.",
            w.start,
            w.end,
            "error",
        )
        for w in withdraw
    ]
    field_only = find(ctx, FIELD)
    if hits and field_only and len(hits) == len(field_only):
        problems.append(
            Flag(
                "interest.weak",
                "Interest in the field is weaker than interest in "
                "this role and team; say why this job appeals to you.",
                field_only[0].start,
                field_only[0].end,
                "info",
            )
        )
    grew = [g for g in find(ctx, GREW) if any(g.sentence == h.sentence for h in hits)]
    outcome = element_outcome(
        ctx,
        hits=hits + grew,
        problems=problems,
        missing_code="interest.missing",
        missing_message="The note never says you want the job; add a sentence about what excites "
        "you about the role after the interview.",
        required={"thank_you": "warning", "follow_up": "warning", "rejection_reply": None},
    )
    return outcome


CHECK = Check(
    id="interest",
    title="Interest",
    summary="Looks for a statement of interest or enthusiasm in the role, best when it grew "
    "from the interview; flags negated or withdrawn interest.",
    why="Interviewers want to hire people who want the job; a note that restates interest, "
    "especially interest the conversation strengthened, answers a question they still have.",
    how_to_fix="Say what about the role or team excites you now that you have met them: "
    "'Hearing about the migration project made me even more excited about the role.'",
    run=run,
    default_severity="warning",
    element=True,
    codes={
        "interest.missing": "no statement of interest",
        "interest.negated": "the note says the writer is not interested",
        "interest.weak": "interest only in the field, not this role",
    },
    passing=(
        Example(
            "Dear Jo,\n\nThank you for today. Our talk made me even more excited about "
            "the role.\n\nBest,\nKim"
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you for today. I am no longer interested in the position.\n\nKim",
            codes=("interest.negated",),
        ),
        Example(
            "Dear Jo,\n\nThank you for your time today.\n\nBest,\nKim", codes=("interest.missing",)
        ),
    ),
)
