"""rejection: a reply to a rejection asks for feedback and to stay in touch, without bitterness.

It only runs on replies to a rejection (given as ``kind`` or detected); thanks are judged by
the gratitude check and hostility by the tone check, whose findings this check repeats as
bitterness because a sour reply to a rejection closes the door.
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import Hit, Rules, evidence, negated
from .tone import find_problems

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "ADVICE": {
        "feedback",
        "advice",
        "suggestion",
        "suggestions",
        "pointer",
        "pointers",
        "insight",
        "insights",
        "perspective",
        "thoughts",
        "tip",
        "tips",
        "critique",
        "explanation",
        "recommendation",
        "recommendations",
    },
    "WOULD": {"would", "'d", "’d", "will", "'ll"},
    "IMPROVE": {"improve", "strengthen", "better", "differently", "grow", "develop", "work"},
    "LATER": {"future", "other", "similar", "another", "upcoming", "next", "new", "any"},
    "OPENING": {
        "opening",
        "openings",
        "role",
        "roles",
        "position",
        "positions",
        "opportunity",
        "opportunities",
        "vacancy",
        "vacancies",
        "intake",
        "job",
        "jobs",
    },
}
PATTERNS = Rules(
    {
        "feedback request": [
            "$ADVICE",
            "how ~{0,3} i ~{0,2} could|can|might|should ~{0,3} $IMPROVE",
            "what|which ~{0,3} i ~{0,2} could|can|might|should ~{0,3} $IMPROVE|do",
            "where i ~? lacked|struggled",
            "where i ~? fell|went|was ~? short|wrong|weak|weaker",
            "reason|reasons ~{0,3} i ~? was|were|wasn't|am ~? not? selected|chosen|successful|hired",
            "areas ~{0,3} improve|improvement|development",
            "where ~{0,3} fell|fall short",
            "why ~{0,4} @choose|chose|pick|select|go|not|n't",
            "learn from",
            "anything ~{0,3} i ~{0,2} could|can|might|should ~{0,3} $IMPROVE|do|done",
            "what|where ~{0,2} i ~? did|do|got|went ~? wrong",
            "what ~{0,2} @make|set ~{0,3} the ~? other|successful|chosen|selected ~? candidate|candidates|applicant|person",
            "what ~{0,2} @tip|put ~{0,3} the ~? other|successful|chosen|selected ~? candidate|applicant|decision",
            "what ~{0,3} @be missing|lacking",
            "what ~{0,3} you|they|panel|committee|team ~{0,2} @notice|think|see|observe|feel",
        ],
        "stay in touch": [
            "@stay|keep|remain|be in touch",
            "@stay|keep|remain connected",
            "if|should|when ~{0,4} @open",
            "if|should|when ~{0,4} @come up",
            "if|should|when ~{0,4} @become available",
            "if|should|when ~{0,4} @arise|reopen",
            "@contact|call|email|ping|tell me ~{0,2} if|should|when",
            "@interview|work|apply ~{0,3} again|together ~? in the future",
            "@interview|work|apply with ~? you|your ~{0,2} in the future",
            "if|should ~{0,5} @not work out",
            "@keep|kept me ~? in mind",
            "@keep|kept my ~? resume|cv|application|details ~? on file",
            "@keep|kept my ~? resume|cv|application|details|profile ~? in your ~? database|system|records|files",
            "consider me for anything|whatever",
            "think of me",
            "$WOULD ~{0,4} be|being considered",
            "being considered for|if|when",
            "@hope to be considered",
            "consider me for ~{0,3} $LATER",
            "paths cross",
            "connect on linkedin",
            "apply|applying ~? again",
            "@hear from you if|when",
            "let me know ~{0,2} if|when ~{0,4} $OPENING",
            "reach out ~{0,2} if|when",
            "$LATER ~{0,2} $OPENING",
            "$LATER ~{0,2} opening|openings",
        ],
        # Thanks for feedback already given are not a request for it.
        "given": [
            "for ~{0,2} the|your ~? $ADVICE",
        ],
    },
    LEXICONS,
)


# --- how it decides ----------------------------------------------------------------------


def find_requests(ctx: Context) -> dict[str, list[Hit]]:
    found = PATTERNS.find(ctx.analysis)
    given = [h for h in found if h.label == "given"]
    doc = ctx.analysis.doc
    out: dict[str, list[Hit]] = {"feedback request": [], "stay in touch": []}
    for hit in found:
        if hit.label not in out or negated(ctx, hit, window=3):
            continue
        if hit.label == "feedback request" and any(
            g.first < hit.last and hit.first < g.last for g in given
        ):
            before = {t.lemma_ for t in doc[hit.sentence.first : hit.first]}
            if "thank" in before or "appreciate" in before:
                continue
        if hit.label == "feedback request" and {
            t.lemma_ for t in doc[hit.last : min(hit.last + 5, hit.sentence.last)]
        } & {"change", "reconsider", "mind"}:
            continue  # "is there anything I can do to change your mind?": pleading
        if (
            hit.label == "feedback request"
            and doc[hit.first].lower_ in ("why", "what")
            and not hit.sentence.is_question
            and not {t.lemma_ for t in doc[hit.sentence.first : hit.sentence.last]} & _ASKING
        ):
            continue  # "anyone can see why you can't keep people": a jab, not a question
        if (
            hit.label == "stay in touch"
            and doc[hit.first].lower_ in ("future", "other", "similar", "another", "next", "new")
            and not _wants_it(ctx, hit)
        ):
            continue  # "strengthen my application for similar roles in the future"
        out[hit.label].append(hit)
    return out


def _wants_it(ctx: Context, hit: Hit) -> bool:
    """ "... for future openings" counts when the writer asks to be considered for them."""
    doc = ctx.analysis.doc
    words = {t.lemma_ for t in doc[hit.sentence.first : hit.sentence.last]}
    return bool(words & _WANT)


# Words of a sentence that asks for feedback with "why" or "what" but no question mark.
_ASKING = frozenset(
    {"know", "understand", "ask", "wonder", "tell", "share", "explain", "curious", "learn"}
    | {"hear", "appreciate", "grateful", "welcome", "value", "helpful", "write", "let"}
)
# Words of a sentence that asks about future openings: "please give me a shout".
_WANT = frozenset(
    {"consider", "mind", "think", "let", "hear", "contact", "file", "apply", "shout", "ping"}
    | {"reach", "call", "email", "notify", "alert", "tell", "know"}
)


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    found = find_requests(ctx)
    if ctx.kind != "rejection_reply":
        return Outcome(status="skip", summary="not a reply to a rejection")
    flags: list[Flag] = []
    if not found["feedback request"]:
        flags.append(
            Flag(
                "rejection.no-feedback-request",
                "Ask whether they could share any feedback on your interview.",
                severity="info",
            )
        )
    if not found["stay in touch"]:
        flags.append(
            Flag(
                "rejection.no-stay-in-touch",
                "Ask to stay in touch or to be considered for future roles.",
                severity="info",
            )
        )
    problems = find_problems(ctx)
    for start, end in (problems["negative"] + problems["passive_aggressive"])[:3]:
        flags.append(
            Flag(
                "rejection.bitter",
                "This sounds bitter; a gracious reply keeps the door open for the next opening.",
                start,
                end,
                "warning",
            )
        )
    shown = found["feedback request"] + found["stay in touch"]
    shown.sort(key=lambda h: h.start)
    return Outcome(
        tuple(flags),
        evidence=evidence(ctx, shown),
        summary=", ".join(k for k, v in found.items() if v) or "",
    )


CHECK = Check(
    id="rejection",
    title="Reply to a rejection",
    summary="For replies to a rejection: a request for feedback, a request to stay in touch, "
    "and no bitterness (thanks are judged by the gratitude check).",
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
        Example(
            "Dear Jo,\n\nThank you for letting me know.\n\nKim",
            kind="rejection_reply",
            codes=("rejection.no-feedback-request", "rejection.no-stay-in-touch"),
        ),
    ),
)
