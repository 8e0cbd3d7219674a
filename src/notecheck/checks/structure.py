"""structure: a greeting that names someone, a closing, and a signature."""

from __future__ import annotations

import re

from .._check import Check, Context, Example, Flag, Outcome

# Words of a greeting that are not a name.
_NOT_A_NAME = frozenset(
    {"dear", "hi", "hello", "hey", "hiya", "greetings", "good", "morning", "afternoon"}
    | {"evening", "mr", "mrs", "ms", "mx", "dr", "prof", "professor", "to", "whom", "it"}
    | {"may", "concern", "sir", "madam", "hiring", "manager", "team", "recruitment"}
    | {"recruiting", "talent", "acquisition", "committee", "all", "everyone", "there", "folks"}
    | {"and", "the", "panel", "department", "hr", "human", "resources", "search"}
)
_GENERIC = re.compile(
    r"to whom it may concern|dear (?:sir|madam|hiring (?:manager|team)|team)\b", re.I
)


def names_someone(greeting: str) -> bool:
    """Whether a greeting line addresses a person by name (or a template slot for one)."""
    if _GENERIC.search(greeting):
        return False
    if re.search(r"\{\{|\{[A-Za-z_]|\[|<|\$\{", greeting):
        return True
    if re.search(r"\b(?:mr|mrs|ms|mx|dr|prof)\.?\s+\w", greeting, re.I):
        return True
    words = re.findall(r"[A-Za-z][\w'’.-]*", greeting)
    return any(w[0].isupper() and w.lower().strip(".") not in _NOT_A_NAME for w in words)


def run(ctx: Context) -> Outcome:
    note = ctx.note
    flags: list[Flag] = []
    greeting = note.parts_of("greeting")
    if not greeting:
        flags.append(
            Flag(
                "structure.no-greeting",
                "The note has no greeting; open with 'Dear <name>,' on its own line.",
            )
        )
    elif not names_someone(greeting[0].text):
        g = greeting[0]
        flags.append(
            Flag(
                "structure.generic-greeting",
                "The greeting does not name the person; address your interviewer by name.",
                g.start,
                g.end,
                "info",
            )
        )
    if not note.parts_of("closing"):
        flags.append(
            Flag(
                "structure.no-closing",
                "The note has no closing line such as 'Best regards,' before your name.",
                severity="info",
            )
        )
    if not note.parts_of("signature"):
        flags.append(
            Flag("structure.no-signature", "The note is not signed; end with your full name.")
        )
    return Outcome(tuple(flags))


CHECK = Check(
    id="structure",
    title="Structure",
    summary="Checks for a greeting that names someone, a closing, and a signature.",
    why="A note that opens with the interviewer's name and ends with yours reads as a letter "
    "written for them, not a form.",
    how_to_fix="Start with 'Dear <name>,' and end with a closing ('Best regards,') and your "
    "full name.",
    run=run,
    default_severity="warning",
    codes={
        "structure.no-greeting": "no greeting",
        "structure.generic-greeting": "a greeting that names nobody",
        "structure.no-closing": "no closing line",
        "structure.no-signature": "no signature",
    },
    passing=(Example("Dear Ms. Park,\n\nThank you for your time.\n\nBest regards,\nLee Chen"),),
    failing=(
        Example("Thank you for your time today, I enjoyed it.", codes=("structure.no-greeting",)),
        Example(
            "To whom it may concern,\n\nThank you.\n\nBest,\nLee",
            codes=("structure.generic-greeting",),
        ),
    ),
)
