"""input: what notecheck could not read or do with the note (empty, binary, too long...)."""

from __future__ import annotations

import re

from .._check import Check, Context, Example, Flag, Outcome

_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "for",
        "on",
        "with",
        "at",
        "by",
        "from",
        "is",
        "was",
        "are",
        "be",
        "been",
        "i",
        "you",
        "we",
        "it",
        "this",
        "that",
        "my",
        "your",
        "our",
        "me",
        "thank",
        "thanks",
        "time",
        "team",
        "role",
        "position",
        "interview",
    ]
)

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")


def run(ctx: Context) -> Outcome:
    note = ctx.note
    flags = [
        Flag(p.code, p.message, p.start, p.end, p.severity, in_source=p.in_source)  # type: ignore[arg-type]
        for p in note.problems
    ]
    if not note.plain.strip():
        flags.append(
            Flag(
                "input.empty",
                "The note is empty: there is nothing to check.",
                severity="error",
                in_source=True,
            )
        )
        return Outcome(tuple(flags), summary="empty note")
    lower = note.plain.lower()
    ascii_only = lower.isascii()
    # In ASCII text the letters are a-z; the simpler pattern is found twice as fast.
    words = (_ASCII_WORD if ascii_only else _WORD).findall(lower)
    if len(words) >= 12:
        english = sum(map(_STOPWORDS.__contains__, words)) / len(words)
        latin = 1.0 if ascii_only else sum(map(str.isascii, words)) / len(words)
        if english < 0.08 or latin < 0.5:
            flags.append(
                Flag(
                    "input.language",
                    "This note does not look like English; notecheck's checks are written for "
                    "English and their results may be wrong.",
                    severity="warning",
                )
            )
    return Outcome(tuple(flags))


CHECK = Check(
    id="input",
    title="Input problems",
    summary="Reports what notecheck could not read: empty notes, binary data, bad front "
    "matter or dates, notes longer than max-chars, text that is not English.",
    why="A report on a note notecheck could not read properly would be misleading; this check "
    "says what was skipped and why.",
    how_to_fix="Give notecheck the note as UTF-8 text in English; fix the front matter or date "
    "the message names.",
    run=run,
    default_severity="warning",
    codes={
        "input.empty": "the note has no text",
        "input.binary": "control characters (binary data) were found and ignored",
        "input.too-long": "the note is longer than max-chars; only the start was checked",
        "input.front-matter": "the YAML front matter is invalid or has unknown keys",
        "input.bad-date": "a date could not be read",
        "input.unbalanced-braces": "'{{' without '}}' (or the reverse) in a template",
        "input.language": "the note does not look like English",
        "input.no-body": "an e-mail without a text body",
    },
    passing=(Example("Dear Ana,\n\nThank you for meeting with me today.\n\nBest,\nLi"),),
    failing=(
        Example("   \n\n  ", codes=("input.empty",)),
        Example(
            "Estimada Ana, muchas gracias por la entrevista de hoy. Me encantaría formar parte "
            "de su equipo y espero noticias pronto.",
            codes=("input.language",),
        ),
    ),
)
