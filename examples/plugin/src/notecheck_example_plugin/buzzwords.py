"""buzzwords: clichés and office jargon that make a thank-you note sound canned.

A plugin check is an ordinary :class:`notecheck.Check`. Its ``run`` function gets a
:class:`notecheck.Context` and returns a :class:`notecheck.Outcome`; it must be pure
(no I/O, same note -> same outcome). Offsets in each :class:`notecheck.Flag` point
into ``ctx.note.plain``; notecheck maps them back to the file the user wrote.
"""

from __future__ import annotations

import re

from notecheck import Check, Context, Example, Flag, Option, Outcome

# Phrase -> plainer wording to suggest. Patterns are data: add a line to add a cliché.
CLICHES: dict[str, str] = {
    r"synerg(?:y|ies|istic)": "working well together",
    r"rock ?stars?": "a strong engineer",
    r"ninjas?": "an expert",
    r"gurus?": "an expert",
    r"think(?:s|ing)? outside the box": "find a new approach",
    r"move the needle": "make a difference",
    r"hit the ground running": "contribute quickly",
    r"game[- ]chang(?:er|ing)": "significant",
    r"(?:a |the )?win-win": "good for both of us",
    r"low-hanging fruit": "quick wins",
    r"circle back": "follow up",
    r"bring (?:\w+ )?to the table": "offer",
}
_PATTERN = re.compile(r"\b(?:" + "|".join(f"({p})" for p in CLICHES) + r")\b", re.IGNORECASE)
_SUGGESTIONS = tuple(CLICHES.values())


def run(ctx: Context) -> Outcome:
    note = ctx.note
    extra = [p.lower() for p in ctx.options["extra-phrases"]]
    flags: list[Flag] = []
    # Only the body paragraphs: a company called "Synergy Labs" in the signature is fine.
    for part in note.body:
        for m in _PATTERN.finditer(part.text):
            start, end = part.start + m.start(), part.start + m.end()
            if note.in_placeholder(start, end) or m.group(0).lower() in ctx.accept:
                continue
            group = next(i for i, g in enumerate(m.groups()) if g is not None)
            flags.append(
                Flag(
                    "buzzwords.cliche",
                    f"'{m.group(0)}' is a cliché; say what you mean in plain words.",
                    start,
                    end,
                    suggestions=(_SUGGESTIONS[group],),
                )
            )
        lowered = part.text.lower()
        for phrase in extra:
            for m in re.finditer(rf"\b{re.escape(phrase)}\b", lowered):
                flags.append(
                    Flag(
                        "buzzwords.cliche",
                        f"'{part.text[m.start() : m.end()]}' is on this team's list of "
                        "phrases to avoid.",
                        part.start + m.start(),
                        part.start + m.end(),
                    )
                )
    flags.sort(key=lambda f: (f.start, f.end))
    return Outcome(tuple(flags), summary=f"{len(flags)} cliché(s)" if flags else "")


CHECK = Check(
    id="buzzwords",
    title="Buzzwords and clichés",
    summary="Flags office clichés such as 'synergy', 'rockstar', 'ninja' and 'think outside "
    "the box' in the body of the note.",
    why="Buzzwords read as filler: the interviewer learns nothing from 'synergy', and a note "
    "full of them sounds like it was written for any company.",
    how_to_fix="Replace the cliché with the concrete thing you mean: instead of 'I'd bring "
    "synergy', say which skill you would bring to which problem.",
    run=run,
    default_severity="warning",
    codes={"buzzwords.cliche": "a cliché or buzzword in the body of the note"},
    options=(
        Option(
            "extra-phrases",
            [],
            'More phrases to flag, for example ["leverage", "deep dive"].',
        ),
    ),
    passing=(
        Example(
            "Dear Ms. Duarte,\n\nThank you for walking me through the billing migration "
            "today. My work moving invoices to a new ledger would help your team finish it "
            "on schedule.\n\nBest regards,\nPriya Raman",
            title="plain, specific wording",
        ),
    ),
    failing=(
        Example(
            "Dear Ms. Duarte,\n\nThank you for the chat today. I am a rockstar who thinks "
            "outside the box, and I know we would have great synergy.\n\nBest regards,\n"
            "Priya Raman",
            codes=("buzzwords.cliche",),
            title="three clichés in one sentence",
        ),
    ),
)
