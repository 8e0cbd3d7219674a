"""timeline: a request for an update on next steps or the hiring timeline.

A sentence is a timeline request when it asks (a question, "please let me know", "I'd
appreciate", "I wanted to check") about the decision, the next steps, the timeline or the
status. "I look forward to hearing from you" asks for nothing, and "I'd be glad to hear from
you if something opens up" is not about this decision. A demand ("I need an answer by
Friday") is still a request, and is flagged as demanding; a bare "When will I hear back?"
is detected and gets a hint to soften it.
"""

from __future__ import annotations

from .._analysis import Sentence
from .._check import Check, Context, Example, Flag, Outcome
from ._match import Hit, Rules, negated, words

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    # What a request is about: the decision and the process.
    "TOPIC": {
        "timeline",
        "timeframe",
        "timescale",
        "timing",
        "decision",
        "decide",
        "status",
        "update",
        "news",
        "outcome",
        "progress",
        "process",
        "schedule",
        "word",
    },
    "SHARE": {
        "share",
        "tell",
        "update",
        "advise",
        "inform",
        "confirm",
        "clarify",
        "give",
        "provide",
        "send",
        "say",
        "indicate",
        "explain",
        "outline",
        "revert",  # "kindly revert with the status": reply, in Indian English
    },
    "GLAD": {"appreciate", "welcome", "love", "like", "grateful", "glad", "happy", "value"},
    "WOULD": {"would", "'d", "’d"},
    "ASK": {"ask", "check", "inquire", "enquire", "see", "confirm", "follow", "touch"},
    "DEMAND": {"need", "must", "expect", "want", "require", "insist", "demand"},
    "WHEN": {"when", "whether", "where", "how", "what"},
}
PATTERNS = Rules(
    {
        "topic": [
            "$TOPIC",
            "next step|steps|round|stage|phase",
            "where ~{0,2} @stand",
            "where things|we|it ~? @be|are|is",
            "how ~{0,3} @progress|go|move",
            "the|your search",
            "@fill the|this ~? position|role|opening|spot",
            "@make ~? a|an|the|your ~? final? decision|offer|call|choice|selection",
            "when ~{0,5} @wrap|conclude|finish|complete|close",
            "what ~{0,2} @happen|come|expect|to ~? next|now",
            "@go|happen from here",
            "@move forward|ahead",
            "whether i ~{0,2} @get|receive|make|be",
            "@be the|this ~? position|role|job|opening|post|vacancy ~? still open|available|vacant",
            "whether|if the|this ~? position|role|job|opening|post|vacancy ~? @be ~? still open|available|vacant",
            # "checking in on the designer role", "circling back on my application"
            "in|back ~? on|about|regarding ~{0,4} position|role|job|opening|application|candidacy|post|vacancy",
            "tell|let me know? something '?|'.|'!",
            "before the|your ~? panel|committee|team|board|manager ~? @meet|decide|convene|finalize|finalise",
        ],
        # Only about the decision in a question or an explicit ask.
        "weak topic": [
            "@hear back|from|about|anything|something",
            "@get back",
            "answer|response|reply|result|results",
            "@proceed",
            "@expect to hear",
            "firm date",
            "when you ~? @know|have|hear ~? something|more|anything",
            "when ~{0,6} @know|find|check|circle|follow",
            "@fill|hire|onboard|choose|pick|select|finalize|finalise|shortlist",
            "someone|somebody ~{0,3} in the seat|place|post|role",
            # variety_dev6: "u guys still need someone?", "once you know more", "any hope".
            "still need|needing someone|somebody|anyone|people",
            "@be you|u ~? guys|all? still hiring|looking",
            "once ~? you ~? @know|have|hear ~? something|more|anything",
            "check|circle back",
            "any hope",
            "any chance ~? of|for ~? a|an|the|moving|hearing|getting|being|an ~? decision|offer|update|news|forward|back|selected|considered",
        ],
        "ask": [
            "let|lmk me ~? know",
            "lmk|hmu",
            "hit|ping|text|buzz me ~? up",
            "drop|shoot|send me a ~? line|note|message|text",
            "keep|kept me ~? posted|updated|informed|apprised",
            "keep|kept me in the loop",
            "$SHARE ~{0,2} me|with|us",
            "could|would|can|will you ~{0,3} $SHARE",
            "if you could|can ~{0,2} $SHARE",
            "please|kindly|do ~{0,2} $SHARE",
            "would|'d be ~{0,2} appreciated|welcome|welcomed|helpful|great|wonderful|lovely|nice|good|useful",
            "any ~? insight|idea|sense|indication|guidance|heads-up",
            "$WOULD ~? be ~? $GLAD",
            "$WOULD ~? $GLAD",
            "@want|write|like|hope ~{0,2} to ~{0,2} $ASK",
            "@be writing|reach|reaching to ~? $ASK",
            "i|i'm ~{0,2} @wonder",
            "i @be ~? curious|wondering about|when|whether|how|if",
            "may|can|could i ask",
            "do you have a|any sense|idea",
            "any idea|update|news|word",
            "just checking|following",
            "i @be ~? just? checking|circling ~? in|back",
            "i ~? @wish|want|like|need to know",
            "kindly|please revert",
            "@hope|hoping to get|receive|hear ~? an|any|some ~? update|news|word",
            "please|kindly ~? call|phone|ring|text|email|contact me",
        ],
        "demand": [
            "i ~? $DEMAND ~{0,3} an|a|to|your ~? answer|decision|response|reply|know|hear|firm|yes|verdict",
            "i ~? $DEMAND on a ~? decision",
            "please ~{0,2} get back|respond|reply|decide",
            "expedite ~{0,2} the|my ~? process|decision|application|selection",
            "@revert ~{0,2} by|before|at ~? the? earliest|eod|today|tomorrow|#IS_TITLE",
            "get back to me",
        ],
        "look forward": [
            "@look forward to hearing|hear|your",
            "@hope to hear",
        ],
    },
    LEXICONS,
)

_INTERROGATIVE = frozenset(
    {"when", "what", "how", "is", "are", "do", "does", "did", "could", "would", "can", "will"}
    | {"any", "may", "should", "have", "has", "where"}
)
_POLITE = frozenset(
    {"could", "would", "please", "wonder", "wondering", "appreciate", "may", "grateful"}
    | {"sense", "possible", "kindly", "happen", "mind"}
)
# What a timeline "for ..." must be about to be the hiring timeline.
_HIRING = frozenset(
    {
        "decision",
        "next",
        "step",
        "hiring",
        "role",
        "position",
        "process",
        "search",
        "interview",
        "round",
        "offer",
        "candidate",
        "job",
        "opening",
        "stage",
        "selection",
        "recruitment",
        "filling",
        "moving",
        "post",
    }
)
_SEVERITY = {"thank_you": "warning", "follow_up": "warning"}


# --- how it decides ----------------------------------------------------------------------


def _asks(ctx: Context, sentence: Sentence) -> bool:
    """A question, including a lowercase one without its question mark."""
    if sentence.is_question:
        return True
    w = words(ctx)
    first = w.lower[sentence.first] if sentence.last > sentence.first else ""
    last = w.text[sentence.last - 1] if sentence.last > sentence.first else "."
    return first in _INTERROGATIVE and last not in (".", "!", ",", ":", ";")


def find_requests(ctx: Context) -> tuple[list[tuple[Sentence, str]], list[Hit]]:
    """(sentences that request a timeline update, each with ``request`` or ``demand``;
    "look forward to hearing" hits)."""
    found = PATTERNS.find(ctx.analysis)
    by_sentence: dict[int, list[Hit]] = {}
    for hit in found:
        by_sentence.setdefault(hit.sentence.index, []).append(hit)
    out: list[tuple[Sentence, str]] = []
    for hits in by_sentence.values():
        sentence = hits[0].sentence
        strong = [h for h in hits if h.label == "topic"]
        weak = [
            h
            for h in hits
            if h.label == "weak topic" and not _new_hires(ctx, h) and not _settled(ctx, h)
        ]
        asks = [
            h
            for h in hits
            if h.label == "ask"
            and not negated(ctx, h, window=3)
            and not _wish(ctx, h)
            and not _thanked_for(ctx, h)
            and not _a_noun(ctx, h)
        ]
        strong = [t for t in strong if _about_hiring(ctx, t)]
        if not _asks(ctx, sentence):
            strong = [t for t in strong if not _after_if(ctx, t, asks)]
        demands = [h for h in hits if h.label == "demand" and not _own_answer(ctx, h)]
        if demands:
            out.append((sentence, "demand"))
        elif (
            (_asks(ctx, sentence) and (strong or weak))
            or (asks and (strong or (weak and _explicit(ctx, asks))))
            or (asks and _let_me_know_soon(ctx, asks))
        ):
            out.append((sentence, "request"))
    out.sort(key=lambda item: item[0].start)
    return out, [h for h in found if h.label == "look forward"]


# "I'd be glad to provide references": an offer, not an ask.
_OFFERING = frozenset(
    {"provide", "send", "share", "answer", "supply", "forward", "help", "come", "meet"}
    | {"discuss", "talk", "offer", "give", "bring", "complete", "do", "travel", "start"}
    | {"be"}  # "I'd be very glad to be considered if it opens"
)


def _own_answer(ctx: Context, hit: Hit) -> bool:
    """ "I wanted to add to my answer on the parking question": the writer's answer."""
    lower = words(ctx).lower
    return hit.last - hit.first >= 2 and lower[hit.last - 2] in ("my", "our")


def _wish(ctx: Context, ask: Hit) -> bool:
    """ "I'd appreciate the opportunity to move forward", "I'd welcome the chance to
    continue": the writer wants to advance, and asks nothing about the decision."""
    w = words(ctx)
    if w.lower[ask.first] not in ("would", "'d", "’d"):
        return False
    after = w.lower[ask.last : min(ask.last + 4, ask.sentence.last)]
    if (
        after[:1] == ["to"]
        and w.lemma[ask.last + 1 : ask.last + 2]
        and (w.lemma[ask.last + 1] in _OFFERING)
    ):
        return True  # "I would be glad to provide references"
    k = 1 if after[:1] in (["the"], ["an"], ["any"]) else 0
    if after[k : k + 2] not in (["opportunity", "to"], ["chance", "to"]):
        return False
    rest = w.lemma[ask.last + k + 2 : ask.last + k + 3]
    return rest not in (["hear"], ["learn"], ["know"], ["discuss"])  # "... to hear about"


def _thanked_for(ctx: Context, ask: Hit) -> bool:
    """ "Thank you for let me know the decision": thanks for a reply already given."""
    w = words(ctx)
    lower = w.lower
    if ask.first <= ask.sentence.first:
        return False
    if (lower[ask.first] == "let" or lower[ask.first].endswith("ing")) and lower[
        ask.first - 1
    ] == "for":
        return True  # ("I'd be grateful for any update" asks; "thank you for ..." not)
    # "Thank you for your kind email informing me about the decision"
    return lower[ask.first].endswith("ing") and bool(
        set(w.lemma[ask.sentence.first : ask.first]) & {"thank", "thanks", "appreciate"}
    )


def _a_noun(ctx: Context, ask: Hit) -> bool:
    """ "Thanks for the update yesterday letting me know...": "update" as a noun."""
    lower = words(ctx).lower
    return (
        ask.first > ask.sentence.first
        and lower[ask.first] in ("update", "confirm", "outline", "indication")
        and lower[ask.first - 1] in ("the", "your", "an", "a", "this", "that")
    )


def _settled(ctx: Context, topic: Hit) -> bool:
    """A weak topic that is not a request for news: "why I was not selected" (the decision
    is known), "so we can proceed" (a purpose), "can I apply again when you hire for the
    summer?" (a future round)."""
    w = words(ctx)
    before = w.lower[max(topic.sentence.first, topic.first - 3) : topic.first]
    if "not" in before or "n't" in before:
        return True
    if before[-1:] in (["my"], ["our"]):
        return True  # "whether my answer on the stack problem was where I fell short"
    if w.lemma[topic.first] == "proceed" and ("so" in before or before[-2:] == ["we", "can"]):
        return True
    sentence = set(w.lemma[topic.sentence.first : topic.sentence.last])
    return bool(sentence & {"apply", "reapply"}) and "again" in sentence


def _new_hires(ctx: Context, topic: Hit) -> bool:
    """ "how many PTO days new hires get": the noun, not the hiring."""
    w = words(ctx)
    return w.lemma[topic.first] == "hire" and (
        w.lower[topic.first] == "hires"
        or (topic.first > topic.sentence.first and w.lower[topic.first - 1] in ("new", "a"))
    )


# In the "if ..." of "let me know if you need anything for the next steps", words of an
# offer or a question of the writer's own.
_OFFER = frozenset(
    {"need", "needs", "require", "want", "like", "question", "questions", "help", "anything"}
    | {"information", "info", "provide", "send", "else", "more"}
    | {"documents", "references", "interested", "open", "opens", "available"}
)


def _after_if(ctx: Context, topic: Hit, asks: list[Hit]) -> bool:
    """The topic sits in the "if ..." of "let me know if you need anything for the next
    steps": the ask is about something else. "Let me know if there are any updates on the
    timeline" and "to see if you've made a decision" ask about the topic itself."""
    before = [a for a in asks if a.last <= topic.first]
    if not before:
        return False
    nearest = max(before, key=lambda a: a.last)
    lower = words(ctx).lower
    for k in range(nearest.last, min(nearest.last + 2, topic.first)):
        if lower[k] == "if":
            return any(lower[j] in _OFFER for j in range(k + 1, topic.first))
    return False


def _about_hiring(ctx: Context, topic: Hit) -> bool:
    """Not the timeline of something else ("the timeline for the capital campaign you
    mentioned") nor the writer's own decision ("before deciding", "before I decide")."""
    w = words(ctx)
    word = w.lemma[topic.first]
    before = w.lower[max(topic.sentence.first, topic.first - 2) : topic.first]
    if word in ("decide", "decision") and set(before) & {"tipped", "tip", "behind", "swung"}:
        return False  # "what tipped the decision": feedback, not the timeline
    if word in ("decide", "decision") and (
        before[-1:] in (["before"], ["i"], ["my"])
        or before == ["before", "i"]
        or (before[-1:] in (["'ve"], ["’ve"], ["have"]) and before[:1] in (["i"], ["we"]))
    ):
        # "before deciding", "before I decide", "I've decided to accept another offer":
        # the writer's own decision
        return False
    if (
        word == "update"
        and (before[-1:] in (["a"], ["an"]) or before[-2:-1] in (["a"], ["an"]))
        and "with" in w.lower[max(topic.sentence.first, topic.first - 4) : topic.first]
    ):
        return False  # "I wanted to follow up with a small update": the writer's own news
    if word in ("timeline", "schedule", "timing", "timeframe", "timescale"):
        if before and before[-1] in _OTHER_SCHEDULES:
            return False  # "the travel schedule", "the on-call schedule", "the project timeline"
        end = min(topic.last + 7, topic.sentence.last)
        after = w.lower[topic.last : end]
        # "the timeline for ...", "what the timeline is for ...", "the timing would be on ..."
        k = 0
        while k < len(after) - 1 and k < 2 and after[k] in _LINKING:
            k += 1
        if after and after[k] in ("for", "of", "on"):
            return any(t in _HIRING for t in w.lemma[topic.last : end][k + 1 : k + 6])
    return True


_LINKING = frozenset({"is", "was", "'s", "looks", "look", "would", "will", "might", "be", "like"})
# What else has a schedule or timeline in a note: the job's or a project's, not the hiring.
_OTHER_SCHEDULES = frozenset(
    {"travel", "project", "work", "shift", "call", "launch", "release", "delivery", "product"}
    | {"construction", "migration", "rollout", "training", "class", "course", "payroll"}
    | {"production", "build", "implementation", "campaign", "budget", "sprint", "rota"}
    | {"roster", "clinic", "surgery", "flight", "event", "renovation", "relocation"}
    | {"maintenance", "delivery", "shipping", "sailing", "filming", "teaching", "school"}
    | {"academic", "semester", "season", "game", "tour", "rotation", "treatment", "dosing"}
)


def _explicit(ctx: Context, asks: list[Hit]) -> bool:
    """An ask that names what it wants ("let me know", "could you tell me"), not "I'd be glad"."""
    doc = ctx.analysis.doc
    return any(
        (
            doc[h.first].lower_ not in ("would", "'d", "’d")
            or doc[h.last - 1].lemma_ == "appreciate"  # "I'd appreciate a reply"
        )
        and "glad" not in doc[h.first : h.last].text.lower()
        for h in asks
    )


def _let_me_know_soon(ctx: Context, asks: list[Hit]) -> bool:
    """ "Please let me know as soon as you can": an update, with nothing else asked."""
    w = words(ctx)
    for h in asks:
        said = w.lower[h.first : h.last]
        if said[0] in ("let", "lmk", "hmu", "keep", "kept") or (
            said[0] in ("please", "kindly") and said[-1] == "me"
        ):
            rest = w.lower[h.last : min(h.last + 3, h.sentence.last)]
            sentence = set(w.lemma[h.sentence.first : h.sentence.last])
            if sentence & {"open", "opening", "available"}:
                return False  # "let me know when a similar role opens"
            ahead = w.lower[h.sentence.first : h.first]
            if "if" in ahead and set(ahead) & _OFFER:
                return False  # "If there is anything else I can provide, please let me know."
            if set(w.lower[h.last : h.sentence.last]) & {"need", "needs", "else", "require"}:
                return False  # "Please let me know what else you need."
            if rest and rest[0] in (
                "as",
                "soon",
                "asap",
                "once",
                "when",
                "whether",
                "what",
                "either",
                "whenever",
                "something",
            ):
                return True
            if not rest or rest[0] in (".", "!"):
                return True
    return False


def _blunt(ctx: Context, sentence: Sentence) -> bool:
    """A bare "When will I hear back?": no could/would/please, no softening."""
    said = set(words(ctx).lower[sentence.first : sentence.last])
    return _asks(ctx, sentence) and not said & _POLITE and bool(said & {"will", "when"})


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    requests, look_forward = find_requests(ctx)
    flags: list[Flag] = []
    for sentence, how in requests:
        if how == "demand":
            flags.append(
                Flag(
                    "timeline.demanding",
                    "This demands an answer rather than asking for one; ask politely, for "
                    "example 'Could you share the timeline for next steps?'",
                    sentence.start,
                    sentence.end,
                    "warning",
                )
            )
        elif _blunt(ctx, sentence):
            flags.append(
                Flag(
                    "timeline.blunt",
                    "This question is blunt; soften it: 'Could you share when you expect to "
                    "make a decision?'",
                    sentence.start,
                    sentence.end,
                    "info",
                )
            )
    severity = _SEVERITY.get(ctx.kind)
    if not requests and severity is not None:
        message = (
            "The note does not ask about next steps or the timeline; add a polite question "
            "such as 'Could you share what the next steps and timeline look like?'"
        )
        start = end = 0
        if look_forward:
            message = (
                "'I look forward to hearing from you' is not a request for a timeline; ask "
                "politely, for example 'Could you share the timeline for next steps?'"
            )
            start, end = look_forward[0].sentence.start, look_forward[0].sentence.end
        flags.append(Flag("timeline.missing", message, start, end, severity))  # type: ignore[arg-type]
    return Outcome(
        tuple(flags),
        detected=bool(requests),
        evidence=tuple(ctx.evidence(s.start, s.end, how) for s, how in requests),
        summary="asks about the timeline" if requests else "",
    )


CHECK = Check(
    id="timeline",
    title="Timeline request",
    summary="Looks for a polite request for an update on next steps or the hiring timeline; "
    "flags demands and blunt questions.",
    why="Asking about the timeline shows you are serious and tells you when a follow-up is "
    "reasonable; 'I look forward to hearing from you' asks for nothing.",
    how_to_fix="Add one polite question: 'Could you share what the next steps and timeline look "
    "like?'",
    run=run,
    default_severity="warning",
    element=True,
    codes={
        "timeline.missing": "no request for an update on the timeline (thank-you notes and "
        "follow-ups)",
        "timeline.demanding": "the request is a demand ('I need an answer by Friday')",
        "timeline.blunt": "a bare question such as 'When will I hear back?'",
    },
    passing=(
        Example("Dear Jo,\n\nThank you. Could you share the timeline for next steps?\n\nKim"),
        Example(
            "Dear Jo,\n\nThank you. I'd appreciate any update on your timeline.\n\nKim",
            title="a request need not be a question",
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you. I look forward to hearing from you.\n\nKim",
            codes=("timeline.missing",),
        ),
        Example(
            "Dear Jo,\n\nThank you for today. I need an answer by Friday.\n\nKim",
            codes=("timeline.demanding",),
        ),
    ),
)
