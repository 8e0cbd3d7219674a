"""placeholders: template slots left unfilled in a note about to be sent."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from .._note import Note


def run(ctx: Context) -> Outcome:
    note = ctx.note
    if note.template:
        names = sorted({p.name for p in note.placeholders})
        summary = (
            f"template with {len(note.placeholders)} slot(s): {', '.join(names)}"
            if names
            else "template"
        )
        return Outcome(status="pass", summary=summary)
    flags = tuple(
        Flag(
            "placeholders.unfilled",
            f"Unfilled placeholder {p.raw!r}: replace it with the real "
            f"{p.name.replace('_', ' ') if p.name != 'blank' else 'text'} before sending.",
            p.start,
            p.end,
        )
        for p in note.placeholders
        if not _in_code(note, p.start, p.end)
    )
    return Outcome(flags, summary=f"{len(flags)} unfilled placeholder(s)" if flags else "")


def _in_code(note: Note, start: int, end: int) -> bool:
    """Inside a Markdown code span (`${VAR}`): code the writer quotes, not a slot."""
    if note.format != "markdown":
        return False
    src_start, src_end = note.to_source(start, end)
    source = note.source
    return source[max(src_start - 1, 0) : src_start] == "`" and source[src_end : src_end + 1] == "`"


CHECK = Check(
    id="placeholders",
    title="Unfilled placeholders",
    summary="Finds template slots such as {{ name }}, {name}, [Interviewer Name], <Company>, "
    "${NAME}, XXX and ____ left in a note that is about to be sent.",
    why="A note that still says 'Dear [Interviewer Name]' tells the reader it was a template; it "
    "undoes the personal touch the note exists for.",
    how_to_fix="Replace each placeholder with the real name, company or detail. If the file is a "
    "template, mark it as one (--template, front matter 'template: true', or the templates "
    "setting) and its slots are accepted.",
    run=run,
    default_severity="error",
    codes={"placeholders.unfilled": "a placeholder is still in the note"},
    passing=(
        Example("Dear Ms. Okafor,\n\nThank you for your time today.\n\nBest,\nSam"),
        Example(
            "Dear {{ interviewer }},\n\nThank you for your time today.\n\nBest,\n{{ me }}",
            template=True,
        ),
    ),
    failing=(
        Example(
            "Dear [Interviewer Name],\n\nThank you for your time at <Company>.\n\nBest,\nSam",
            codes=("placeholders.unfilled",),
        ),
        Example(
            "Hi {first_name},\n\nThanks for the chat about the ${ROLE} role.\n\nBest,\nXXX",
            codes=("placeholders.unfilled",),
        ),
    ),
)
