"""etiquette: contact goes through the recruiter; no plans to phone or drop by.

When a recruiter runs the process, the candidate should not call the hiring manager, turn
up at their office, or write to them "directly". This flags the writer's own plans (or
past attempts) to do so: "I'll give you a call on Thursday", "I'll stop by your office",
"I stopped by on Tuesday", "I'll reach out to Ms. Park directly". Offers made at the
reader's invitation ("happy to come in for another interview", "feel free to call me") and
conditional ones ("if it helps, I can call") are fine.
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import Hit, Rules, conditional, evidence, is_negator, negated, words

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "DROP": {"stop", "drop", "swing", "pop", "stopped", "dropped", "popped"},
    "CALL": {"call", "phone", "ring", "telephone", "text"},
    "CONTACT": {
        "reach",
        "contact",
        "email",
        "e-mail",
        "write",
        "message",
        "connect",
        "go",
        "get",
        "come",
        "coming",
    },
    "WHO": {"you", "him", "her", "them", "your", "mr.", "ms.", "mrs.", "dr.", "the"},
}
PATTERNS = Rules(
    {
        "drop by": [
            "$DROP by|in|over ~{0,3} again|your|the ~? office|desk|building|store|site|clinic",
            "$DROP by|in|over|into",
            "@come|walk|head by|over|down ~{0,3} to? your|the ~? office|desk",
            "@come by",
            "@visit your|the ~? office|desk|workplace",
            "in person",
            "show up at",
            "show up",
            "@come|go|head to your|the ~? office|building|store|site|desk",
        ],
        "phone": [
            "$CALL $WHO",
            "give ~{0,3} a call|ring",
            "$CALL ~? your ~? office|cell|mobile|desk",
            "follow up by|with a ~? phone|call",
            "@leave ~{0,2} a ~? voicemail|message",
            "your ~? direct line|number|cell",
        ],
        "go around": [
            "$CONTACT ~{0,6} directly",
            "directly to ~{0,3} manager|director|lead|supervisor|boss",
            "@go over|around ~{0,2} head",
            "@ask|see|call|email|find ~{0,4} #IS_TITLE ~? myself",
        ],
    },
    LEXICONS,
)
# Whose plan it is: the writer's.
_SELF = frozenset({"i", "i'll", "we"})
# Invitations and offers are not plans to go around the recruiter.
_OFFER = frozenset(
    {"happy", "glad", "available", "able", "willing", "free", "welcome", "invite", "invited"}
)
_INVITED = frozenset({"interview", "round", "meeting", "assessment", "visit", "test", "shift"})


# --- how it decides ----------------------------------------------------------------------


def find_bypass(ctx: Context) -> list[Hit]:
    doc = ctx.analysis.doc
    out = []
    for hit in PATTERNS.find(ctx.analysis):
        before = [t.lower_ for t in doc[max(hit.sentence.first, hit.first - 7) : hit.first]]
        if not any(w in _SELF for w in before) and doc[hit.first].lower_ != "i":
            continue  # "feel free to call me", "you can drop by"
        if any(w in _OFFER for w in before):
            continue
        if negated(ctx, hit, window=5) and "mind" not in before:
            continue  # ("I hope you don't mind me coming to you directly" is not negated)
        if (conditional(ctx, hit) or "if" in before) and not _unanswered(ctx, hit):
            continue
        after = {t.lemma_ for t in doc[hit.last : min(hit.last + 5, hit.sentence.last)]}
        if after & _INVITED:
            continue  # "come in for another interview"
        if hit.label == "phone" and doc[hit.last - 1].lower_ in ("me",):
            continue
        out.append(hit)
    return out


# "If I don't hear back by then, I'll call him": a threat, not an offer.
_ANSWER = frozenset({"hear", "heard", "response", "reply", "answer", "word", "respond", "news"})


def _unanswered(ctx: Context, hit: Hit) -> bool:
    """The condition is that the writer gets no answer."""
    w = words(ctx)
    s = hit.sentence
    clause = range(s.first, hit.first)
    return any(w.lower[k] in _ANSWER for k in clause) and any(is_negator(ctx, k) for k in clause)


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    hits = find_bypass(ctx)
    return Outcome(
        tuple(
            Flag(
                "etiquette.bypass",
                "Do not plan to phone, visit or write around the recruiter to the hiring "
                "manager; ask the recruiter about next steps instead.",
                h.start,
                h.end,
            )
            for h in hits
        ),
        evidence=evidence(ctx, hits),
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
    codes={"etiquette.bypass": "plans to phone, visit or write to the hiring manager directly"},
    passing=(
        Example("Dear Jo,\n\nThank you for today. Could you share the next steps?\n\nKim"),
        Example(
            "Dear Jo,\n\nThank you for today. I'm happy to come in for another interview if "
            "that helps.\n\nKim",
            title="an offer is not a plan",
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you. I'll give Mr. Park a call on Thursday.\n\nKim",
            codes=("etiquette.bypass",),
        ),
        Example(
            "Dear Jo,\n\nThank you. I'll stop by your office on Friday to follow up.\n\nKim",
            codes=("etiquette.bypass",),
        ),
    ),
)
