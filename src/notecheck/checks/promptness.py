"""promptness: the note goes out within a day of the interview."""

from __future__ import annotations

from datetime import datetime, timedelta

from .._check import Check, Context, Example, Flag, Option, Outcome
from ._match import compile_patterns, find

LATE_CUES = compile_patterns(
    [
        (
            r"\b(?:sorry|apologi[sz]e|apologies)\b.{0,30}\b(?:delay|late|belated|slow|taking so long)",
            "apology",
        ),
        (r"\b(?:belated|late) (?:thank|note)", "belated"),
        (r"\blast (?:week|month|monday|tuesday|wednesday|thursday|friday)\b", "last week"),
        (r"\b(?:a few|several|couple of|two|three|four|five) (?:days|weeks) ago\b", "days ago"),
        (r"\bearlier this (?:week|month)\b", "earlier this week"),
    ]
)


def _hours(later: datetime, earlier: datetime) -> float:
    if (later.tzinfo is None) != (earlier.tzinfo is None):
        # One side without a zone: read it in the other side's zone.
        if later.tzinfo is None:
            later = later.replace(tzinfo=earlier.tzinfo)
        else:
            earlier = earlier.replace(tzinfo=later.tzinfo)
    return (later - earlier) / timedelta(hours=1)


def run(ctx: Context) -> Outcome:
    late_after = float(ctx.options["late-after-hours"])
    very_late = float(ctx.options["very-late-after-hours"])
    if ctx.interview_at is not None and ctx.sent_at is not None:
        hours = _hours(ctx.sent_at, ctx.interview_at)
        when = "would be sent" if ctx.sent_at_assumed else "was sent"
        if hours < 0:
            return Outcome(
                (
                    Flag(
                        "promptness.before-interview",
                        f"The note {when} {-hours:.1f} h before the interview; check "
                        "interview_at and sent_at.",
                        severity="error",
                        in_source=True,
                    ),
                ),
                summary="sent before the interview",
            )
        if hours > very_late:
            return Outcome(
                (
                    Flag(
                        "promptness.very-late",
                        f"The note {when} {hours / 24:.1f} days after the interview; "
                        f"send thank-you notes within {late_after:.0f} hours.",
                        severity="error",
                        in_source=True,
                    ),
                ),
                summary=f"{hours:.1f} h",
            )
        if hours > late_after:
            return Outcome(
                (
                    Flag(
                        "promptness.late",
                        f"The note {when} {hours:.1f} h after the interview; aim for "
                        f"{late_after:.0f} hours.",
                        severity="warning",
                        in_source=True,
                    ),
                ),
                summary=f"{hours:.1f} h",
            )
        return Outcome(status="pass", summary=f"sent {hours:.1f} h after the interview")
    cues = find(ctx, LATE_CUES)
    if cues:
        return Outcome(
            tuple(
                Flag(
                    "promptness.late-cue",
                    "The text suggests this note is late; "
                    "send thank-you notes within a day of the interview.",
                    c.start,
                    c.end,
                    "warning",
                )
                for c in cues[:1]
            ),
            evidence=tuple(ctx.evidence(c.start, c.end, c.label) for c in cues),
        )
    return Outcome(
        (
            Flag(
                "promptness.unknown",
                "No interview time given, so promptness was not checked; pass "
                "interview_at (and sent_at), --interview-at, or front matter.",
                severity="info",
                in_source=True,
            ),
        ),
        status="skip",
    )


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
        "promptness.late": "sent more than late-after-hours after the interview",
        "promptness.very-late": "sent more than very-late-after-hours after the interview",
        "promptness.before-interview": "sent before the interview: the times are wrong",
        "promptness.late-cue": "the text says the note is late",
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
    ),
)
