"""gratitude: the writer thanks the interviewer in the body of the note.

Thanks count when the writer gives them in the body: "Thank you for your time",
"I appreciate you meeting with me", "I'm grateful for the conversation". They do not count
in the sign-off ("Thanks,"), as a request ("I'd appreciate an update"), in someone else's
words ("you said thanks..."), or when sarcastic ("Thanks for finally getting back to me").
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import OTHER, Hit, Rules, evidence, negated, reported, words

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    # What sarcastic thanks are "for": the reader's failures, not their kindness.
    "SOUR": {
        "nothing",
        "finally",
        "eventually",
        "waste",
        "ignore",
        "ghost",
        "runaround",
        "silence",
        "form",
        "forget",
        "hang",
        "bother",
        "decency",
    },
    # "would appreciate", "'d be grateful": asking for something, not thanking.
    "WOULD": {"would", "'d", "’d", "will", "should", "could"},
}
PATTERNS = Rules(
    {
        "thanks": [
            "@thank",
            "@thank-you",
            "thx|thnx|thanx|tysm|ty",
            "cheers for",
            "much obliged",
            "@touch that|by you|your",
            "kudos to you",
        ],
        "appreciate": [
            "@appreciate",
            "@appreciation|appreciative",
        ],
        "grateful": [
            "@grateful|thankful|gratitude",
        ],
        "meant a lot": [
            "@mean|means a lot|great|so|much",
            "@acknowledge the|your ~? time|generosity|patience",
            "kind|generous|gracious|thoughtful ~? to @give|spend|take|make|offer|share|introduce|show",
            "indebted to you",
            "kind|generous|thoughtful|good|nice|gracious|great|sweet of you",
            "@be ~? very|so|really|incredibly? generous|kind|gracious with your|their time",
            "glad|grateful|happy|pleased that? you ~? @make|take|find|set ~? the|some? time",
            "@value ~{0,2} the|your|our ~? time|chance|opportunity|conversation|discussion|talk|chat|meeting|candor|candour|insight|insights|honesty|advice|feedback|perspective|guidance",
            "debt of gratitude",
            "hats off to you|your|the",
            "i owe you one",
            "i owe you a lot|big",
            "your ~? kindness|generosity|hospitality",
            "@go out of your way",
        ],
        # Not thanks.
        "request": [
            "$WOULD ~? @appreciate",
            "$WOULD ~? be ~? @grateful|thankful",
            "$WOULD ~? appreciate|welcome",
            "$WOULD ~? @mean",
        ],
        # "Thanks in advance for an update": for something not yet done.
        "in advance": [
            "@thank ~{0,3} in advance",
        ],
        # "I appreciate that you have many applicants": acknowledging, not thanking.
        "acknowledge": [
            "@appreciate|understand that|how ~? you|it|this|the|there ~{0,2} @be|have|must|need|may|require|involve|take",
            "@appreciate ~? you @be|have ~? busy|many",
            "@appreciate ~? you @be|have ~? a lot",
        ],
        # "grateful to my previous manager": thanks aimed at someone else.
        "elsewhere": [
            "@grateful|thankful|gratitude|indebted to my|our",
        ],
        # "my thank-you note": a mention of thanks, not thanks.
        "mention": [
            "@thank - you note|email|letter|card|message|notes",
            "thank-you note|email|letter|card|message|notes",
        ],
        "causal": [
            "thanks to",
        ],
        "to you": [
            "thanks to you|your",
        ],
        "pass on": [
            "my|our @thank to|on",
        ],
        "sarcasm": [
            "@thank ~{0,3} for ~{0,4} $SOUR",
            "@thank _? anyway|anyways|though",
            "@thank _? i guess|suppose",
            "i guess|suppose _? @thank",
            "no thanks",
            "@thank ~{0,3} for ~? the|your|that|this|my|our? ~? '\"|“|‘",
            "@thank a lot for nothing|wasting",
            "@appreciate ~{0,3} being ~? ignored|ghosted|kept|left|strung",
            "@appreciate|thank ~{0,4} eventually|finally",
            "@thank ~{0,3} for ~{0,2} @keep|make|leave me ~? wait|waiting|hanging",
            "@thank ~{0,3} for ~{0,2} the|your|that ~? generic|automated|canned|form ~? email|rejection|response|reply|message|letter",
        ],
    },
    LEXICONS,
)

_THANKS = ("thanks", "appreciate", "grateful", "meant a lot")
_SEVERITY = {"thank_you": "error", "follow_up": "warning", "rejection_reply": "warning"}


# --- how it decides ----------------------------------------------------------------------


def find_thanks(ctx: Context) -> tuple[list[Hit], list[Hit]]:
    """(thanks the writer gives in the body, sarcastic thanks)."""
    # The tone check asks too; the answer depends only on the note (not options or kind).
    memo = ctx.analysis.memo
    known: tuple[list[Hit], list[Hit]] | None = memo.get(find_thanks)
    if known is None:
        known = memo[find_thanks] = _find_thanks(ctx)
    return list(known[0]), list(known[1])


def _find_thanks(ctx: Context) -> tuple[list[Hit], list[Hit]]:
    found = PATTERNS.find(ctx.analysis)
    sarcasm = [h for h in found if h.label == "sarcasm"]
    blocked = [
        h
        for h in found
        if h.label in ("request", "sarcasm", "mention", "in advance", "acknowledge", "elsewhere")
    ]
    passed_on = [h for h in found if h.label == "pass on"]
    causal = [h for h in found if h.label == "causal"]
    thanks: list[Hit] = []
    to_you = {h.first for h in found if h.label == "to you"}
    causal_at = {c.first for c in causal}
    for hit in found:
        if hit.label not in _THANKS:
            continue
        if any(b.first < hit.last and hit.first < b.last for b in blocked):
            continue
        is_passed_on = any(p.first <= hit.first < p.last for p in passed_on)
        if not (is_passed_on or hit.first in to_you) and hit.first in causal_at:
            continue  # "thanks to my training, ..." means "because of"
        if negated(ctx, hit, window=4) or reported(ctx, hit) or _theirs(ctx, hit):
            continue
        if _trailing_sign_off(ctx, hit):
            continue  # "... any news? thx": a sign-off run into the last line
        thanks.append(hit)
    return thanks, sarcasm


# A sentence made only of these is a bare "Thanks!" or "thx".
_BARE_THANKS = frozenset(
    {"thanks", "thank", "you", "thx", "ty", "tysm", "so", "much", "again", "a", "lot", "ton"}
    | {"thanking"}
    | {"many", "very", "!", ".", ",", "-", ":)", "in", "advance"}
)


def _trailing_sign_off(ctx: Context, hit: Hit) -> bool:
    """A bare "thx" or "Thanks!" closing the last paragraph is a sign-off, not thanks."""
    body = ctx.analysis.body_sentences
    if not body or hit.sentence.index != body[-1].index:
        return False
    lower = words(ctx).lower[hit.sentence.first : hit.sentence.last]
    return all(w in _BARE_THANKS or not w.strip() for w in lower)


_THEIR_VERBS = frozenset({"thanked", "thank", "appreciated", "appreciate", "appreciates"})
_ADVERBS = frozenset({"really", "also", "kindly", "so", "very", "truly", "even", "all"})


def _theirs(ctx: Context, hit: Hit) -> bool:
    """ "You thanked me for coming", "she appreciated my candor": someone else's thanks."""
    lower = words(ctx).lower
    if lower[hit.first] not in _THEIR_VERBS:
        return False
    k = hit.first - 1
    while k >= hit.sentence.first and lower[k] in _ADVERBS:
        k -= 1
    return k >= hit.sentence.first and lower[k] in OTHER


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    thanks, sarcasm = find_thanks(ctx)
    flags: list[Flag] = [
        Flag(
            "gratitude.sarcastic",
            "This thanks reads as sarcastic; it will not come across as gratitude.",
            s.start,
            s.end,
            "error",
        )
        for s in sarcasm
    ]
    severity = _SEVERITY.get(ctx.kind, "warning")
    if not thanks:
        sign_off = next(
            (
                s
                for s in ctx.analysis.sentences
                if s.part in ("closing", "subject")
                and any(w in s.text.lower() for w in ("thank", "grateful", "gratitude"))
            ),
            None,
        )
        if sign_off is not None and not sarcasm:
            where = "sign-off" if sign_off.part == "closing" else "subject line"
            flags.append(
                Flag(
                    "gratitude.sign-off-only",
                    f"Only the {where} '{sign_off.text}' thanks the reader; thank them in the "
                    "body for their time and the conversation.",
                    sign_off.start,
                    sign_off.end,
                    severity,  # type: ignore[arg-type]
                )
            )
        elif not sarcasm:
            flags.append(
                Flag(
                    "gratitude.missing",
                    "The note never thanks the interviewer; add a sentence thanking them "
                    "for their time and the conversation.",
                    severity=severity,  # type: ignore[arg-type]
                )
            )
    return Outcome(
        tuple(flags),
        detected=bool(thanks),
        evidence=evidence(ctx, thanks),
        summary="thanks the reader in the body" if thanks else "",
    )


CHECK = Check(
    id="gratitude",
    title="Gratitude",
    summary="Looks for thanks in the body of the note: for the interviewer's time, the "
    "conversation or the opportunity. A sign-off 'Thanks,', a request such as 'I'd appreciate "
    "an update' and sarcastic thanks do not count.",
    why="Thanking the interviewer is the reason the note exists; a sign-off 'Thanks,' alone "
    "does not do it, and sarcastic thanks does harm.",
    how_to_fix="Open the body with a specific thank-you: 'Thank you for taking the time to talk "
    "with me today about the analyst role.'",
    run=run,
    default_severity="error",
    element=True,
    codes={
        "gratitude.missing": "no thanks anywhere in the note (an error for thank-you notes, "
        "a warning for follow-ups and replies to a rejection)",
        "gratitude.sign-off-only": "thanks only in the sign-off or the subject line",
        "gratitude.sarcastic": "thanks that reads as sarcasm",
    },
    passing=(
        Example("Dear Mr. Ito,\n\nThank you for meeting with me this morning.\n\nBest,\nAmy"),
        Example(
            "Dear Mr. Ito,\n\nI appreciate you taking the time to walk me through the "
            "warehouse today.\n\nBest,\nAmy",
            title="appreciation is gratitude",
        ),
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
        Example(
            "Dear Mr. Ito,\n\nIt was a pleasure to meet you. I'd appreciate an update on "
            "the timeline.\n\nBest,\nAmy",
            codes=("gratitude.missing",),
            title="a request is not thanks",
        ),
    ),
)
