"""promptness: the note goes out within a day of the interview.

With both times (``review(interview_at=, sent_at=)``, CLI flags, front matter, or an .eml
Date header; ``sent_at`` defaults to now) the hours decide: within ``late-after-hours``
passes, later is a warning, beyond ``very-late-after-hours`` an error, and a note sent
before its interview means the times are wrong. Time zones are respected. Without times,
words in the text that say the note is late ("last week", "a few days ago", "sorry for the
delay") give a warning; "yesterday", "today" and "this morning" are prompt; otherwise the
check is skipped with a note saying what to pass.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .._check import Check, Context, Example, Flag, Option, Outcome
from ._match import Hit, Rules, clause_end, clause_start, evidence, negated

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "WEEKDAY": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
    "SPAN": {"day", "days", "week", "weeks", "month", "months", "while"},
    "NUM": {"two", "three", "four", "five", "six", "seven", "ten", "several", "few", "couple"},
    "SORRY": {"sorry", "apologize", "apologise", "apology", "apologies", "forgive", "pardon"},
    "DELAY": {
        "delay",
        "delayed",
        "late",
        "lateness",
        "slow",
        "sooner",
        "belated",
        "long",
        "only",
        "tardy",
    },
    # What "last month" must be about to count: the meeting itself.
    "MEETING": {
        "meet",
        "met",
        "interview",
        "speak",
        "spoke",
        "talk",
        "conversation",
        "chat",
        "call",
        "visit",
        "tour",
        "screen",
        "discussion",
        "see",
        "saw",
        # Other forms an interview takes: a trial shift, a panel, lunch with the team.
        "shift",
        "trial",
        "tryout",
        "onsite",
        "panel",
        "assessment",
        "presentation",
        "demo",
        "lunch",
        "dinner",
        "coffee",
        "round",
    },
}
PATTERNS = Rules(
    {
        "last week": [
            "last week|weekend|$WEEKDAY",
            "last $WEEKDAY 's",
            "earlier this week|month",
            "the other day|week",
        ],
        "last month": [
            "last month|year",
        ],
        "days ago": [
            "#LIKE_NUM|$NUM|a|an ~? $SPAN ago|back",
            "a few|couple ~? of? $SPAN ago|back",
            "over|more|almost|nearly|about? than? a|an|#LIKE_NUM|$NUM ~? $SPAN since",
            "@have ~? been|now ~? over|almost|nearly|more|about? than? a|an|#LIKE_NUM|$NUM $SPAN",
            "a|#LIKE_NUM|$NUM|few $SPAN @have|go ~? passed|gone|by",
            "fortnight",
            "better late than never",
            "later than ~? i|it ~? should|would|had|intended|planned|expected|meant|hoped",
            "@have been ~? a|some ~? while|time",
            "@be|been meaning to write|reach|send",
            "@be ~? a|an|some ~? while|time since",
            "after #LIKE_NUM|$NUM weeks|months",
            "#LIKE_NUM|$NUM ~? $SPAN after ~? the|my|our ~? final|second|first? $MEETING",
            "#LIKE_NUM|$NUM|a|few|couple ~? $SPAN on ',",
            "#LIKE_NUM|$NUM|few|couple ~? $SPAN of silence|waiting|radio",
            "@take ~? me ~? a|so|this|longer ~? while|long|than",
        ],
        "apology": [
            "$SORRY for|about ~? the|my|this ~? $DELAY",
            "$SORRY ~{0,6} note|reply|response|message|email|letter|this ~{0,4} $DELAY|late|so",
            "$SORRY ~{0,4} @take|get|write|only|send",
            "late|delayed|tardy|slow note|reply|response|message|thanks",
            "belated",
            "meant|wanted|hoped to write|send|reply|thank ~{0,3} sooner|earlier",
            "belatedly",
            "should have ~{0,2} written|sent|replied|reached ~{0,2} sooner|earlier",
            "not too late",
            "only now|just now ~{0,3} catching|getting|writing",
            "catching up on my ~? correspondence|email|emails",
        ],
    },
    LEXICONS,
)


# Besides the meeting, what "last week" may be about in a late note.
_ABOUT_THE_NOTE = frozenset(
    {"decision", "decide", "hear", "thank", "write", "note", "since", "'s", "interview", "follow"}
    | {"ask", "question", "tell", "mention"}  # "the question you asked me last week"
)


_WRITINGS = frozenset(
    {"email", "e-mail", "note", "message", "letter", "reply", "response", "post", "text"}
    | {"rant", "story", "list", "one", "read", "answer", "mail", "paragraph", "update"}
)


def find_late_cues(ctx: Context) -> list[Hit]:
    """Words that say the note comes days after the interview ("last week", "belated")."""
    doc = ctx.analysis.doc
    cues = []
    for hit in PATTERNS.find(ctx.analysis):
        if negated(ctx, hit, window=2):
            continue  # "not last week but ..."
        if (
            doc[hit.last - 1].lower_ == "long"
            and hit.last < hit.sentence.last
            and doc[hit.last].lower_ in _WRITINGS
        ):
            continue  # "sorry for the long email": its length, not a delay
        if (
            hit.label == "apology"
            and doc[hit.first + 1].lower_ == "to"
            and doc[hit.last - 1].lemma_ in ("write", "send", "bother")
        ):
            continue  # "sorry to write again": an apology for writing, not for lateness
        if hit.label == "last month":
            after = doc[hit.last : hit.last + 2]
            if (
                len(after) == 2
                and after[0].lower_ in ("'s", "’s")
                and after[1].lemma_ not in PATTERNS.lexicons["MEETING"]
            ):
                continue  # "last year's recordables": a subject, not when we met
            start = clause_start(ctx, hit.first, hit.sentence)
            end = clause_end(ctx, hit.last - 1, hit.sentence)
            meeting = PATTERNS.lexicons["MEETING"]
            if not any(
                doc[k].lemma_ in meeting and not _modifier(doc, k, end) for k in range(start, end)
            ):
                continue  # "Last month I finished my certification", "my meeting quota"
        if hit.label == "last week":
            words = {t.lemma_ for t in doc[hit.sentence.first : hit.sentence.last]}
            if not words & (PATTERNS.lexicons["MEETING"] | _ABOUT_THE_NOTE):
                continue  # "the résumé, which you also had last week"
        cues.append(hit)
    return cues


def _modifier(doc: Any, k: int, end: int) -> bool:
    """ "meeting" in "my meeting quota last year": a noun that modifies the next one."""
    if doc[k].lower_ in ("shift", "shifts") and (
        k == 0 or doc[k - 1].lower_ not in ("trial", "working", "test", "paid", "tryout")
    ):
        return True  # "the night shift last year": a work shift, not a trial shift
    if k + 1 >= end:
        return False
    after = doc[k + 1]
    return after.is_alpha and after.is_lower and not after.is_stop


def _hours(later: datetime, earlier: datetime) -> float:
    if (later.tzinfo is None) != (earlier.tzinfo is None):
        # One side without a zone: read it in the other side's zone.
        if later.tzinfo is None:
            later = later.replace(tzinfo=earlier.tzinfo)
        else:
            earlier = earlier.replace(tzinfo=later.tzinfo)
    return (later - earlier) / timedelta(hours=1)


# --- how it decides, and what it reports ---------------------------------------------------


def run(ctx: Context) -> Outcome:
    cues = find_late_cues(ctx)
    shown = evidence(ctx, cues)
    shown = tuple(type(e)(e.start, e.end, e.quote, "late cue") for e in shown)
    if ctx.interview_at is not None and ctx.sent_at is not None:
        return _from_times(ctx, shown)
    if cues:
        # A follow-up or a reply to a rejection comes after the interview by nature.
        severity = "warning" if ctx.kind == "thank_you" else "info"
        first = cues[0]
        return Outcome(
            (
                Flag(
                    "promptness.late-cue",
                    f"'{ctx.note.plain[first.start : first.end]}' suggests this note comes days "
                    "after the interview; send thank-you notes within a day, and do not dwell "
                    "on the delay.",
                    first.start,
                    first.end,
                    severity,  # type: ignore[arg-type]
                ),
            ),
            evidence=shown,
            summary="the text suggests the note is late",
        )
    return Outcome(
        (
            Flag(
                "promptness.unknown",
                "No interview time given, so promptness was not checked; pass interview_at "
                "(and sent_at, which defaults to now), --interview-at/--sent-at, front matter "
                "'interview_at:', or check the .eml with its Date header.",
                severity="info",
                in_source=True,
            ),
        ),
        status="skip",
        summary="no interview time",
    )


def _from_times(ctx: Context, shown: tuple[Any, ...]) -> Outcome:
    assert ctx.interview_at is not None and ctx.sent_at is not None
    late_after = float(ctx.options["late-after-hours"])
    very_late = float(ctx.options["very-late-after-hours"])
    hours = _hours(ctx.sent_at, ctx.interview_at)
    when = "would be sent now," if ctx.sent_at_assumed else "was sent"
    source = ctx.note.meta.get("sent_at_from")
    sent_from = f" (sent time from the {source})" if source and not ctx.sent_at_assumed else ""
    summary = (
        f"{'would be sent' if ctx.sent_at_assumed else 'sent'} {hours:.1f} h after the interview"
    )
    if hours < 0:
        flag = Flag(
            "promptness.before-interview",
            f"The note {when} {-hours:.1f} h before the interview{sent_from}; the times are "
            "wrong: check interview_at and sent_at (and their time zones).",
            severity="error",
            in_source=True,
        )
        return Outcome((flag,), evidence=shown, summary="sent before the interview")
    if hours <= late_after:
        return Outcome(status="pass", evidence=shown, summary=summary)
    if ctx.kind != "thank_you":
        # Follow-ups and replies to a rejection are meant to come later.
        return Outcome(status="pass", evidence=shown, summary=f"{summary} ({ctx.kind})")
    if hours > very_late:
        flag = Flag(
            "promptness.very-late",
            f"The note {when} {hours / 24:.1f} days after the interview{sent_from}; send "
            f"thank-you notes within {late_after:.0f} hours. Send it anyway, without dwelling "
            "on the delay.",
            severity="error",
            in_source=True,
        )
    else:
        flag = Flag(
            "promptness.late",
            f"The note {when} {hours:.1f} h after the interview{sent_from}; aim for "
            f"{late_after:.0f} hours.",
            severity="warning",
            in_source=True,
        )
    return Outcome((flag,), evidence=shown, summary=summary)


CHECK = Check(
    id="promptness",
    title="Promptness",
    summary="Checks the note is sent within a day of the interview, from timestamps (arguments, "
    "front matter, an e-mail's Date header) or, without them, from cues in the text.",
    why="A thank-you note lands best while the interview is fresh; days later it reads as an "
    "afterthought, and the decision may already be made.",
    how_to_fix="Send the note the same day or the next morning. If it is late, send it anyway, "
    "without dwelling on the delay.",
    run=run,
    default_severity="warning",
    codes={
        "promptness.late": "a thank-you note sent more than late-after-hours after the interview",
        "promptness.very-late": "a thank-you note sent more than very-late-after-hours after "
        "the interview",
        "promptness.before-interview": "sent before the interview: the times are wrong (any "
        "kind of note); follow-ups and replies to a rejection are never late",
        "promptness.late-cue": "the text says the note is late ('last week', 'sorry for the "
        "delay'); a hint only for follow-ups and replies to a rejection",
        "promptness.unknown": "no times given; the check was skipped",
    },
    options=(
        Option("late-after-hours", 24.0, "Hours after the interview after which a note is late."),
        Option("very-late-after-hours", 72.0, "Hours after which a late note becomes an error."),
    ),
    passing=(
        Example(
            "Dear Li,\n\nThank you for meeting me today.\n\nBest,\nSam",
            interview_at="2026-05-04T10:00:00-04:00",
            sent_at="2026-05-04T16:00:00-04:00",
        ),
        Example(
            "Dear Li,\n\nThank you for meeting me yesterday.\n\nBest,\nSam",
            title="'yesterday' is prompt",
        ),
    ),
    failing=(
        Example(
            "Dear Li,\n\nThank you for meeting me.\n\nBest,\nSam",
            codes=("promptness.very-late",),
            interview_at="2026-05-04T10:00:00-04:00",
            sent_at="2026-05-09T10:00:00-04:00",
        ),
        Example(
            "Dear Li,\n\nSorry for the delay in writing. Thank you for meeting me last week."
            "\n\nBest,\nSam",
            codes=("promptness.late-cue",),
        ),
        Example(
            "Dear Li,\n\nThank you for meeting me.\n\nBest,\nSam",
            codes=("promptness.before-interview",),
            interview_at="2026-05-04T10:00:00-04:00",
            sent_at="2026-05-04T09:00:00-04:00",
            title="times that cannot be right",
        ),
    ),
)
