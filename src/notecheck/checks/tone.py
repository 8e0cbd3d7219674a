"""tone: positive or plainly professional; flags hostile, pushy, desperate, casual... notes."""

from __future__ import annotations

import re

from .._check import Check, Context, Example, Flag, Option, Outcome
from ._match import compile_patterns, find

# (code, message, patterns): each pattern is a phrase that shows that problem.
TONE_PROBLEMS = (
    (
        "tone.negative",
        "This sounds negative or hostile; a thank-you note should stay gracious.",
        compile_patterns(
            [
                (
                    r"\b(?:waste of (?:my )?time|wasted my|unprofessional|disappointed in you|rude|ridiculous|terrible|idiots?|disrespectful)\b",
                    "hostile",
                )
            ]
        ),
    ),
    (
        "tone.pushy",
        "This pressures the reader; ask for an update politely instead of setting demands.",
        compile_patterns(
            [
                (r"\b(?:ASAP|as soon as possible|immediately|right away)\b", "urgency"),
                (
                    r"\b(?:I need|I expect|I require) (?:an answer|a decision|a response|to hear)\b",
                    "demand",
                ),
                (
                    r"\b(?:by|before) (?:end of day|EOD|tomorrow|monday|tuesday|wednesday|thursday|friday)\b",
                    "deadline",
                ),
                (r"\b(?:another|competing|other) offer\b", "competing offer"),
            ]
        ),
    ),
    (
        "tone.desperate",
        "This sounds desperate; confidence persuades better than pleading.",
        compile_patterns(
            [
                (
                    r"\b(?:really need this job|I'll do anything|I will do anything|begging|please,? please|desperate)\b",
                    "desperate",
                )
            ]
        ),
    ),
    (
        "tone.casual",
        "This is too casual for a note to an interviewer.",
        compile_patterns(
            [
                (r"^\s*(?:hey|yo|sup|hiya)\b", "greeting"),
                (
                    r"\b(?:gonna|wanna|gotta|lol|omg|btw|thx|u|ur|awesome sauce|dude|cool beans)\b",
                    "slang",
                ),
            ]
        ),
    ),
    (
        "tone.effusive",
        "This flattery is overdone; sincere and specific praise lands better.",
        compile_patterns(
            [
                (
                    r"\b(?:most (?:brilliant|amazing|incredible|inspiring)|best (?:company|team|interviewer) (?:in the|ever)|in the (?:world|universe)|genius|life-changing|dream come true)\b",
                    "flattery",
                )
            ]
        ),
    ),
    (
        "tone.passive-aggressive",
        "This reads as passive-aggressive; restate the point plainly if it matters.",
        compile_patterns(
            [
                (
                    r"\b(?:as I (?:already )?(?:mentioned|said|stated|noted)|per my (?:last|previous) (?:email|note)|as previously stated|just a friendly reminder)\b",
                    "passive-aggressive",
                )
            ]
        ),
    ),
    (
        "tone.salary",
        "Salary and benefits belong in the offer conversation, not the thank-you note.",
        compile_patterns(
            [
                (
                    r"\b(?:salary|compensation|pay|bonus|vacation days|PTO|benefits|equity|stock options|\$\d[\d,]*k?|\d{2,3}k)\b",
                    "money",
                )
            ]
        ),
    ),
)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_SHOUT = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,}){3,}\b|!{2,}")


def run(ctx: Context) -> Outcome:
    flags: list[Flag] = []
    for code, message, patterns in TONE_PROBLEMS:
        if code == "tone.salary" and ctx.kind != "thank_you":
            continue
        hits = find(ctx, patterns, sentences=ctx.analysis.sentences)
        if code == "tone.casual":
            hits = [h for h in hits if h.sentence.part in ("greeting", "paragraph")]
        for hit in hits:
            flags.append(Flag(code, message, hit.start, hit.end))
    body = ctx.analysis.body_text
    plain = ctx.note.plain
    if not ctx.options["allow-emoji"]:
        for m in _EMOJI.finditer(plain):
            flags.append(
                Flag(
                    "tone.casual",
                    "Emoji are too casual for a note to an interviewer.",
                    m.start(),
                    m.end(),
                )
            )
    letters = [c for c in body if c.isalpha()]
    if len(letters) > 40 and not any(c.isupper() for c in letters):
        flags.append(
            Flag("tone.casual", "The note is all lowercase; use normal capitalisation.", 0, 0)
        )
    for m in _SHOUT.finditer(plain):
        flags.append(
            Flag("tone.shouting", "Capitals and '!!' read as shouting.", m.start(), m.end())
        )
    flags.sort(key=lambda f: (f.start, f.code))
    return Outcome(tuple(flags))


CHECK = Check(
    id="tone",
    title="Tone",
    summary="Flags tone problems, each with its own code: negative or hostile, pushy, desperate, "
    "too casual, effusive, passive-aggressive, shouting, and salary talk in a thank-you note.",
    why="The recruiter forwards the note to the hiring manager; one pushy or sour sentence is "
    "what they will remember.",
    how_to_fix="Rewrite the flagged sentence plainly and politely; keep warmth specific and "
    "requests gentle.",
    run=run,
    default_severity="warning",
    codes={code: message for code, message, _ in TONE_PROBLEMS}
    | {"tone.shouting": "capitals or repeated exclamation marks"},
    options=(Option("allow-emoji", False, "Accept emoji (for casual workplaces)."),),
    passing=(
        Example("Dear Jo,\n\nThank you for the thoughtful conversation today.\n\nBest,\nKim"),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThanks. I need an answer by Friday since I have another offer.\n\nKim",
            codes=("tone.pushy",),
        ),
        Example(
            "hey jo,\n\nthanks for the chat lol, it was awesome and i think i'd be good at it.\n\nkim",
            codes=("tone.casual",),
        ),
    ),
)
