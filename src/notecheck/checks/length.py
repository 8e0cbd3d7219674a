"""length: short and sincere; too long or too thin, using textstat figures.

Counts the words and sentences of the body (greeting, closing and signature aside) and
reports textstat's Flesch reading ease and Flesch-Kincaid grade with every finding.
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Option, Outcome


def run(ctx: Context) -> Outcome:
    analysis = ctx.analysis
    words = analysis.body_words if ctx.note.body else analysis.words
    sentences = len(analysis.body_sentences)
    ease, grade, _engine = analysis.readability
    figures = f"{words} words in {sentences} sentence{'s' if sentences != 1 else ''}"
    if ease is not None and grade is not None:
        figures += f", Flesch reading ease {ease:.0f}, grade {grade:.1f}"
    flags: list[Flag] = []
    if words < ctx.options["min-words"]:
        flags.append(
            Flag(
                "length.too-short",
                f"The body is thin ({figures}); a thank-you note needs at least "
                f"{ctx.options['min-words']} words to thank, reaffirm and ask.",
            )
        )
    elif words > ctx.options["max-words"]:
        flags.append(
            Flag(
                "length.too-long",
                f"The body is long ({figures}); keep it under {ctx.options['max-words']} "
                "words: interviewers skim.",
            )
        )
    if grade is not None and grade > ctx.options["max-grade"] and words >= 40:
        flags.append(
            Flag(
                "length.hard-to-read",
                f"Hard to read ({figures}); shorter sentences and plainer words will read better.",
                severity="info",
            )
        )
    return Outcome(tuple(flags), summary=figures)


CHECK = Check(
    id="length",
    title="Length and readability",
    summary="Checks the body is neither too thin nor too long, and readable (textstat's "
    "Flesch-Kincaid grade).",
    why="Interviewers read thank-you notes in seconds: a few short paragraphs get read, a page "
    "does not, and two lines say nothing.",
    how_to_fix="Aim for 80-250 words in three short paragraphs: thanks, why you fit, next steps.",
    run=run,
    default_severity="warning",
    codes={
        "length.too-short": "fewer than min-words words in the body",
        "length.too-long": "more than max-words words in the body",
        "length.hard-to-read": "grade level above max-grade",
    },
    options=(
        Option("min-words", 40, "Fewest words in the body."),
        Option("max-words", 300, "Most words in the body."),
        Option("max-grade", 14.0, "Highest Flesch-Kincaid grade before a hint."),
    ),
    passing=(
        Example(
            "Dear Ms. Park,\n\nThank you for taking the time to meet with me today. I "
            "enjoyed hearing about the new clinic and how your team plans patient "
            "schedules. My years at the front desk of a busy practice would help there. "
            "Could you share the timeline for next steps?\n\nBest regards,\nLee Chen"
        ),
    ),
    failing=(Example("Dear Ms. Park,\n\nThanks!\n\nLee", codes=("length.too-short",)),),
)
