"""Which kind of note this is, when the caller did not say.

Each kind has cues with a weight; the kind with the most weight wins, and a note with no
cue at all is a thank-you note. Replies to a rejection answer news ("thank you for letting
me know", "another candidate", "future openings"); follow-ups come back later ("following up",
"any update", "since my interview", "withdraw"); thank-you notes thank for a meeting that
just happened ("thank you for meeting with me today").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._analysis import Analysis
from .._note import Note
from ._match import Rules, words

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "NEWS": {"update", "news", "message", "note", "email", "e-mail", "reply", "response"},
    "TELL": {"let", "tell", "inform", "notify", "update", "reach", "get"},
    "MEETING": {
        "meet",
        "meeting",
        "interview",
        "interviewing",
        "speak",
        "speaking",
        "talk",
        "talking",
        "conversation",
        "chat",
        "time",
        "tour",
        "visit",
        "call",
        "discussion",
        "opportunity",
        "onsite",
        "screen",
        "tryout",
        "trial",
        "dinner",
        "lunch",
        "coffee",
        "shift",
    },
    "NOW": {"today", "tonight", "yesterday", "morning", "afternoon", "evening", "earlier"},
    "CHOSE": {"choose", "chose", "chosen", "pick", "picked", "select", "selected", "hire", "hired"},
    "PERIOD": {"week", "weeks", "month", "months", "days", "while"},
    "WEEKDAY": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
}
# Labels are "<kind> <weight>".
PATTERNS = Rules(
    {
        "rejection_reply 3": [
            "for ~{0,2} letting me know",
            "for ~{0,2} telling|informing|notifying me",
            "@appreciate|thank you ~? letting me know",
            "@appreciate|thank you ~? telling|informing me",
            "@appreciate|thank ~{0,6} tell|telling|inform|informing|let|letting me ~? know|personally",
            "for ~{0,2} the|your ~? kind ~? $NEWS",
            "@not been? selected|chosen|successful|shortlisted",
            "$CHOSE|@go ~{0,2} with ~? another|other|an|a ~? internal|different|stronger|external ~? candidate|candidates|applicant|person",
            "another|internal|different|stronger candidate|applicant",
            "someone|somebody else",
            "@not $CHOSE me",
            "please ~{0,2} reconsider",
            "@understand ~{0,2} the|your decision",
            "the decision came|was",
            "your loss",
            "@move|go forward with",
            "@be|been filled",
            "future|other|similar|subsequent|upcoming|later ~? openings|opening|roles|role|opportunities|positions|vacancies",
            "apply|applying ~? again",
            "next ~? intake|round of hiring|opening",
            "form email|letter|rejection",
            "the news",
            "@keep|kept my ~? resume|résumé|cv|application|details ~? on file",
            # Looking past this round: "I plan to reapply", "keep me in mind for the next".
            "@reapply",
            "@keep me in mind for ~? the|a|any ~? next|future|another|other|upcoming|similar|subsequent|later|new|further",
            "good luck ~{0,2} with|to ~? whoever|whomever",
            # variety_dev3: the hire named, a request for feedback on the interview.
            "whoever|whomever ~? you|they ~? @end? up? $CHOSE|@go",
            "any|some ~? feedback|pointers ~{0,3} on|about|from|regarding ~{0,2} my|the ~{0,3} interview|interviews|application|candidacy|round|performance|presentation|review|portfolio|assessment|test|case|task|exercise|lesson|talk",
            # variety_dev4: luck with the hire, a role that may open later, what was missing.
            "luck|congratulations ~{0,3} with|to|on ~? the|your ~? new|successful|chosen ~? hire|candidate|person|recruit",
            "if|when|should ~{0,4} role|position|opening|job|vacancy|something|anything ~{0,4} @open|come|become",
            "for the|your heads ~? up",
            "what ~{0,3} @be missing|lacking",
            "rather ~? hire|pick|choose|go with ~? someone|somebody|a|an|the",
            # variety_dev8/9: the choice named, pleading to change it.
            "@go|went with someone|somebody",
            "@need|want someone|somebody with more",
            "change your mind",
            # variety_dev10: gracious replies with no rejection word.
            "@not work out ~? this time",
            "congratulations|congrats ~{0,3} person|candidate|one|whoever|whomever ~? you|they ~? @choose|pick|hire|select|go",
            "@string me along",
        ],
        "rejection_reply 1": [
            "other candidates|applicants",
            "disappointed|disappointing|shame|sad|unfortunate|bummer|regret|gutted",
            "advice|tips|pointers ~{0,3} improve|improvement|improving",
            "@stay|keep in touch",
            "@connect on linkedin",
            "decision|outcome|result",
            "feedback",
            "paths cross",
            "why i was not|n't",
            "@be not|n't surprised",
            "for the|your update",
            "wish you ~{0,4} all the best|luck|success",
            "good practice|experience for next|the next|future",
        ],
        "follow_up 3": [
            "follow|following|followed up",
            "@check|see|ask|confirm ~{0,3} whether|if ~{0,3} any ~? update|news|decision",
            "@check|see|ask|confirm|know|wonder ~{0,3} whether|if ~{0,6} @make|reach ~{0,2} a|any|your ~? decision",
            # variety_dev6: status checks in their many forms.
            "@hope|hoping ~? to ~? get|receive|hear ~{0,2} an|any|some ~? update|news",
            "sorry|apologies ~? to ~? bother|trouble|pester|write|email|message|contact ~{0,2} again",
            "again for ~{0,4} last week",
            "again for ~{0,4} last $WEEKDAY",
            "any chance|possibility ~{0,2} of|for ~? a|the ~? decision",
            "you|u ~? guys? still ~? need|looking|hiring",
            "stay on your radar",
            "ask|know|enquire|inquire about|regarding ~? the|my ~? result|results|outcome|status",
            "@be there ~? any ~? news|update|updates|word",
            "keep me|myself on your radar",
            "@not ~? @receive|get|have ~? any|an|a ~? answer|reply|response|update|news|word|communication",
            "@have no ~? news|update|word|response|reply|answer",
            "@be ~? happy|glad|willing|able|content to wait",
            "@push|delay|postpone ~{0,2} to|until|back|by",
            "my previous|last|earlier ~? #LIKE_NUM|two|three|several ~? @message|email|note|mail",
            "follow-up|followup on",
            "checking|check ~? in|back",  # (not "check in with the family": see below)
            "circling|circle back",
            "touching|touch base",
            "@withdraw",
            "@not heard|hear",
            "still waiting",
            "status of my ~? application|candidacy",
            "per my last",
            "came across",
            "@think of our conversation",
            "quick update|updates",
            "since ~{0,3} last $WEEKDAY|week|month",
        ],
        # "It's been two weeks since my stage": a follow-up, unless the note goes on to
        # thank for the meeting as a (late) thank-you does.
        "follow_up 3 unthanked": [
            "@be ~{0,4} $PERIOD since",
        ],
        # Only when the note opens with it: "Any update on the analyst role?"
        "follow_up 3 opening": [
            "any ~? update|news|word",
        ],
        "follow_up 1": [
            "any ~? update|news|word",
            "since ~{0,2} my|our|the|we ~? interview|interviewed|spoke|met|talked|last",
            "$PERIOD ago",
            "a|#LIKE_NUM ~? couple|few ~? of? $PERIOD back",
            "@be ~? a couple|few of? $PERIOD",
            "@be ~? almost|over|nearly ~? a|an|#LIKE_NUM ~? $PERIOD",
            "after #LIKE_NUM|three|two|four $PERIOD",
            "thank|thanks you? again for|to",
            "getting back to me",
            "@be still ~? very|really|quite|so ~? interested|keen|excited|eager",
            "i interviewed|attended ~{0,8} on the? #LIKE_NUM|$WEEKDAY",
            "@keep checking my ~? phone|email|inbox",
            "i ~? @remain ~? very|really|quite|so ~? interested|keen|excited|eager",
            "@receive|get|have ~? an|another ~? offer from",
            "where i ~? am|stand ~{0,2} in the process",
            "as promised",
            "#LIKE_NUM|two|three|few|couple $PERIOD on ',",
            "for having me back",
            "still the plan",
            "in the meantime",
        ],
        "thank_you 2": [
            "@thank ~{0,2} for ~{0,4} $MEETING",
            "@appreciate ~{0,3} $MEETING",
            "@enjoy ~{0,3} $MEETING",
        ],
        # "... but I wanted to thank you": thanks that make a late note a thank-you; they
        # only cancel the "unthanked" follow-up cue, they never decide the kind alone.
        "thank_you 1": [
            "@want|like|wish ~? to thank|thank you",
            "belated thanks|thank",
        ],
        "thank_you 3": [
            "$MEETING ~{0,5} today|tonight|yesterday",
            "$MEETING ~{0,5} this|last morning|afternoon|evening|night",
            "today|yesterday|tonight 's",
            "earlier today",
        ],
    },
    LEXICONS,
)


_AGAIN = re.compile(r"\W+(?:\w+\W+)?again\b", re.IGNORECASE)


_KINDS = ("thank_you", "follow_up", "rejection_reply")
_SUPPOSING = frozenset({"if", "assuming", "unless", "hopefully"})


def _hypothetical(lower: list[str], first: int, start: int) -> bool:
    return any(
        lower[k] in _SUPPOSING and not (k > start and lower[k - 1] in _ASKING_IF)
        for k in range(max(start, first - 4), first)
    )


# "let me know if", "I wonder if": an indirect question, not a supposition.
_ASKING_IF = frozenset({"know", "see", "ask", "wonder", "wondering", "check", "confirm", "tell"})


def detect_kind(note: Note, analysis: Analysis) -> str:
    """``rejection_reply``, ``follow_up`` or ``thank_you`` (the default).

    A strong cue (weight 3) of a reply or a follow-up decides, unless the note thanks for a
    meeting that happened today; weaker cues only break ties.
    """
    best: dict[tuple[str, int], int] = {}
    hits = [
        h
        for h in PATTERNS.find(analysis, analysis.sentences)
        if h.sentence.part not in ("closing", "signature")
    ]
    w = words(analysis)
    lower = w.lower
    thanked = any(
        h.label.startswith("thank_you")
        and h.sentence.part != "subject"
        # Enjoying the meeting is not thanking for it: "I really enjoyed meeting everyone".
        and "enjoy" not in w.lemma[h.first : h.last]
        # "I wanted to thank you again": the thanks of a follow-up, not of a late thank-you.
        and not (h.label == "thank_you 1" and _AGAIN.match(note.plain, h.end))
        # "I wanted to thank you again for meeting with me": a follow-up's renewed thanks.
        and "again" not in note.plain[h.start : h.end].lower()
        for h in hits
    )
    spans: dict[str, set[tuple[int, int, int]]] = {k: set() for k in _KINDS}
    strong_at: dict[str, set[int]] = {k: set() for k in _KINDS}
    for hit in hits:
        if _hypothetical(lower, hit.first, hit.sentence.first):
            continue  # "if I am not selected", "assuming it hasn't been filled"
        if lower[hit.first] in ("check", "checking") and lower[hit.last : hit.last + 1] == ["with"]:
            continue  # "check in with the family"
        if {"telling", "informing"} & set(lower[hit.first : hit.last]) and set(
            lower[hit.last : hit.last + 3]
        ) & {"story", "how", "more", "why", "history", "background", "plans", "what"}:
            continue  # "thank you for telling me the story behind...": not news
        if hit.label.endswith(" unthanked"):
            if thanked:
                continue
            hit = replace(hit, label=hit.label.removesuffix(" unthanked"))
        if hit.label.endswith(" opening") and hit.first != hit.sentence.first:
            continue
        kind, weight = hit.label.removesuffix(" opening").rsplit(" ", 1)
        # A subject line counts less than the body; a sentence counts once per kind.
        value = int(weight) if hit.sentence.part != "subject" else 1
        key = (kind, hit.sentence.index)
        best[key] = max(best.get(key, 0), value)
        spans[kind].add((hit.start, hit.end, value))
        if value >= 3:
            strong_at[kind].add(hit.sentence.index)
    scores = {"thank_you": 0, "follow_up": 0, "rejection_reply": 0}
    strong = {"thank_you": 0, "follow_up": 0, "rejection_reply": 0}
    for (kind, _index), value in best.items():
        scores[kind] += value
        strong[kind] = max(strong[kind], value)
    # "Thank you for meeting with me this morning" makes it a thank-you note whatever else,
    # unless the meeting was the rejection itself: "Thank you for the call yesterday and for
    # telling me personally".
    today = bool(strong_at["thank_you"] - strong_at["rejection_reply"])
    # Every cue counts here, not once per sentence: "I'm still very interested, since we
    # met two weeks ago".
    every = {k: sum(v for _s, _e, v in spans[k]) for k in _KINDS}
    candidates = [k for k in ("rejection_reply", "follow_up") if strong[k] >= 3]
    if (
        not candidates
        and every["follow_up"] >= 3
        and every["follow_up"] > every["thank_you"]
        and not scores["rejection_reply"]
        and not today
    ):
        # Several weak cues of coming back later: "Thank you again for..., I'm still very
        # interested..., is there any news on the decision?"
        candidates = ["follow_up"]
    if not candidates and every["rejection_reply"] >= 3 and not scores["follow_up"] and not today:
        # Several weak cues together: "Thank you for the update... I'm disappointed...
        # I wish you all the best."
        candidates = ["rejection_reply"]
    if candidates and not today:
        return max(candidates, key=lambda k: scores[k])
    return "thank_you"
