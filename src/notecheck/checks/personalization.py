"""personalization: the note mentions something specific from the interview.

A note is personal when it calls back to something from the conversation and names it:
"hearing how your team rebuilt the churn dashboard", "the brand refresh you mentioned",
"the tour of the cross-dock facility". A callback to nothing in particular ("I enjoyed
learning more about the company", "the responsibilities you outlined") is generic, and so
is a template slot ("our conversation about {{ topic }}").
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import Hit, Rules, clause_end, clause_start

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "HEAR": {
        "hear",
        "learn",
        "see",
        "discuss",
        "talk",
        "speak",
        "chat",
        "read",
        "explore",
        "watch",
        "tour",
        "shadow",
        "visit",
    },
    "TALK": {
        "discussion",
        "conversation",
        "talk",
        "chat",
        "tour",
        "walkthrough",
        "demo",
        "presentation",
        "overview",
        "insight",
        "insights",
        "question",
        "questions",
        "exercise",
        "introduction",
        "description",
        "explanation",
        "test",
        "task",
    },
    "RECALL": {
        "mention",
        "describe",
        "explain",
        "share",
        "show",
        "outline",
        "discuss",
        "cover",
        "say",
        "note",
        "raise",
        "walk",
        "highlight",
        "point",
    },
    # Words that name nothing in particular.
    "GENERIC": {
        "role",
        "position",
        "job",
        "post",
        "company",
        "organization",
        "organisation",
        "team",
        "store",
        "opportunity",
        "work",
        "process",
        "business",
        "department",
        "responsibility",
        "responsibilities",
        "workload",
        "duty",
        "duties",
        "plan",
        "plans",
        "culture",
        "thing",
        "things",
        "interview",
        "conversation",
        "discussion",
        "lot",
        "everything",
        "today",
        "place",
        "firm",
        "goal",
        "goals",
        "vision",
        "mission",
        "value",
        "values",
        "requirement",
        "requirements",
        "expectation",
        "expectations",
        "need",
        "needs",
        "challenge",
        "challenges",
        "more",
        "detail",
        "details",
        "way",
        "time",
        "people",
        "staff",
        "group",
        "office",
        "organisation's",
        "kind",
        "type",
        "sort",
        "opening",
        "great",
        "good",
        "much",
        "many",
        "really",
        "thoughtful",
        "insightful",
        "helpful",
        "interesting",
        "exciting",
        "wonderful",
        "whole",
        "entire",
        "new",
        "current",
        "day",
        "week",
        "future",
        "growth",
        "environment",
        "qualification",
        "qualifications",
        "background",
        "experience",
        "skill",
        "skills",
        "candidate",
        "candidates",
        "application",
        "resume",
        "panel",
        "hiring",
        "manager",
        "everyone",
        "members",
        "member",
        "colleague",
        "colleagues",
        "approach",
        "structure",
        "operation",
        "operations",
        "priority",
        "priorities",
        "area",
        "areas",
        "project",
        "projects",
        "product",
        "products",
        "service",
        "services",
        "client",
        "clients",
        "customer",
        "customers",
        "industry",
        "field",
        "sector",
        "organization's",
        "company's",
        "team's",
        "position's",
        "role's",
        "population",
        "volume",
        "decision",
        "timeline",
        "consideration",
        "update",
        "feedback",
        "step",
        "steps",
        "next",
        "chance",
        "meeting",
        "call",
    },
    # A capitalised word right before one of these is the job title, not a topic.
    "TITLE_END": {"role", "position", "job", "post", "opening", "team", "department"},
}
PATTERNS = Rules(
    {
        "forward": [
            "$HEAR about|how|of|that|why|what|the|your|through",
            "$TALK ~{0,2} about|of|on|regarding|around|into|through|with",
            "open|candid|honest|frank about",
            "@walk me through",
            "@show|introduce me",
            "for @explain|describe|share|show|outline",
            "you @mention|describe|explain|share|show|say|note|raise|highlight ~? that|how|the|your|you",
            "we @discuss|cover|talk",
            "the team|company|clinic|school|lab|foundation|unit 's",
        ],
        "backward": [
            "you|we|he|she|they ~? $RECALL",
            "$RECALL ~? me|us through",
            "we @talk about",
            "$TALK",
        ],
    },
    LEXICONS,
)


# --- how it decides ----------------------------------------------------------------------


def find_specifics(ctx: Context) -> list[Hit]:
    """Callbacks that name something specific from the interview (one per sentence)."""
    columns = ctx.analysis.columns
    alpha, stop, num = columns["IS_ALPHA"], columns["IS_STOP"], columns["LIKE_NUM"]
    out: list[Hit] = []
    done: set[int] = set()
    for hit in PATTERNS.find(ctx.analysis):
        if hit.sentence.index in done:
            continue
        if hit.label == "forward":
            start = hit.last
            end = min(clause_end(ctx, hit.last, hit.sentence), hit.last + 8)
        else:
            end = hit.first
            start = max(clause_start(ctx, hit.first, hit.sentence), hit.first - 6)
        for i in range(start, end):
            if (num[i] or (alpha[i] and not stop[i])) and _specific(ctx, i):
                out.append(hit)
                done.add(hit.sentence.index)
                break
    return out


def _specific(ctx: Context, i: int) -> bool:
    lex = PATTERNS.lexicons
    token = ctx.analysis.doc[i]
    if ctx.note.in_placeholder(token.idx, token.idx + len(token)):
        return False
    if token.like_num:
        return True
    if len(token) < 3 or token.lemma_ in lex["GENERIC"] or token.lower_ in lex["GENERIC"]:
        return False
    if token.is_title and not token.is_sent_start:
        # "the Cashier position", "your Elm Street store": titles and places, not topics.
        following = token.doc[token.i + 1 : token.i + 4]
        return not (
            any(t.lemma_ in lex["TITLE_END"] for t in following)
            or any(t.lower_ in ("store", "branch", "office", "location", "site") for t in following)
        )
    # Filler that the stop list misses.
    return token.lower_ not in {"especially", "really", "enjoyed", "learning", "hearing"}


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    hits = find_specifics(ctx)
    if hits:
        seen: set[int] = set()
        shown = []
        for h in hits:
            if h.sentence.index not in seen:
                seen.add(h.sentence.index)
                shown.append(ctx.evidence(h.sentence.start, h.sentence.end, "specific"))
        return Outcome(evidence=tuple(shown), summary="mentions something specific")
    return Outcome(
        (
            Flag(
                "personalization.generic",
                "The note could have been sent after any interview; mention something "
                "specific you discussed.",
                severity="info",
            ),
        ),
        summary="generic",
    )


CHECK = Check(
    id="personalization",
    title="Personalization",
    summary="Looks for a reference to something specific from the interview: a project, a "
    "topic discussed, something seen on a tour.",
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
        Example(
            "Dear Jo,\n\nThank you. I enjoyed learning more about the company and the role.\n\nKim",
            codes=("personalization.generic",),
            title="a callback to nothing in particular",
        ),
    ),
)
