"""typos: spelling and grammar, through the offline speller or LanguageTool."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._check import Check, Context, Example, Flag, Outcome
from ..engines._base import EngineError, TextIssue
from ..engines.phrases import find_phrase_errors


def _offline(ctx: Context) -> tuple[list[TextIssue], str]:
    from ..engines.speller import get_speller

    speller = get_speller()
    issues = speller.check(ctx.note.plain, accept=ctx.accept, names=ctx.note.names)
    return issues, f"{speller.name} {speller.version}"


def _languagetool(ctx: Context) -> tuple[list[TextIssue], str]:
    """LanguageTool's grammar and style issues, with spelling cross-checked by the speller."""
    from ..engines.languagetool import LanguageToolConfig, get_engine

    table: Mapping[str, Any] = ctx.settings.get("languagetool") or {}
    config = LanguageToolConfig.from_mapping(table)
    if config is None:
        raise EngineError(
            "typos-engine is 'languagetool' but no server is configured (set [languagetool] "
            "url or home, or NOTECHECK_LT_URL)"
        )
    engine = get_engine(config, language=str(ctx.settings.get("english", "en-US")))
    issues = engine.check(ctx.note.plain)
    # LanguageTool flags names, companies and tech terms it does not know (0.5 false flags per
    # clean note, measured), so a spelling flag stands only where the offline speller, which
    # knows them, agrees; the speller's own spelling finds are kept too.
    speller_issues, _ = _offline(ctx)
    kept = [
        i
        for i in issues
        if i.code != "typos.spelling" or any(_overlap(i, o) for o in speller_issues)
    ]
    kept += [o for o in speller_issues if not any(_overlap(o, i) for i in kept)]
    info = engine.engine_info()
    return kept, f"languagetool {info['version']} ({info['mode']})"


def _overlap(a: TextIssue, b: TextIssue) -> bool:
    return a.start < b.end and b.start < a.end


def _is_name(ctx: Context, word: str) -> bool:
    bare = word.strip(".,'’\"")
    return bare.lower() in ctx.accept or bare in ctx.note.names


def _merge(engine: list[TextIssue], phrases: list[TextIssue]) -> list[TextIssue]:
    """The engine's issues plus phrase errors it did not already report at that place."""
    merged = list(engine)
    for issue in phrases:
        if not any(o.start < issue.end and issue.start < o.end for o in engine):
            merged.append(issue)
    return sorted(merged, key=lambda i: (i.start, i.end, i.code))


def run(ctx: Context) -> Outcome:
    choice = ctx.settings.get("typos_engine", "offline")
    if choice == "none":
        return Outcome(status="skip", summary="typos engine disabled (typos-engine = none)")
    notes: list[Flag] = []
    issues: list[TextIssue] = []
    engine = ""
    if choice == "languagetool":
        try:
            issues, engine = _languagetool(ctx)
        except EngineError as exc:
            notes.append(
                Flag(
                    "typos.engine-failed",
                    f"LanguageTool could not check this note ({exc}); these results come from "
                    "the offline speller instead.",
                    severity="warning",
                    in_source=True,
                )
            )
            choice = "offline"
    if choice == "offline":
        try:
            issues, engine = _offline(ctx)
        except EngineError as exc:
            notes.append(
                Flag(
                    "typos.engine-failed",
                    f"The offline speller failed: {exc}.",
                    severity="warning",
                    in_source=True,
                )
            )
            return Outcome(tuple(notes), status="skip", summary="no spelling engine ran")
        if notes:
            engine += " (fallback)"
    issues = _merge(issues, find_phrase_errors(ctx.note.plain))
    note = ctx.note
    flags = [
        Flag(i.code, i.message, i.start, i.end, i.severity, i.suggestions)  # type: ignore[arg-type]
        for i in issues
        if not note.in_placeholder(i.start, i.end)
        and not (i.code == "typos.spelling" and _is_name(ctx, note.plain[i.start : i.end]))
    ]
    return Outcome(tuple(notes + flags), engines={"typos": engine})


CHECK = Check(
    id="typos",
    title="Typos",
    summary="Finds spelling and grammar errors with suggestions; names, tech terms, accepted "
    "words and template placeholders are not typos.",
    why="One misspelt word in a two-paragraph note is noticed, and it undercuts 'attention to "
    "detail' faster than anything else in it.",
    how_to_fix="Apply the suggestion, or add a correctly spelt word to the accept list "
    "(accept = [...] or words-file in the configuration). The default engine is an offline "
    'speller (no Java, no network); set typos-engine = "languagetool" and a server in '
    "[languagetool] for LanguageTool's grammar rules, with the speller as fallback.",
    run=run,
    default_severity="warning",
    codes={
        "typos.spelling": "a misspelt word",
        "typos.grammar": "a grammar error",
        "typos.punctuation": "a punctuation error",
        "typos.casing": "wrong capitalisation (i, github)",
        "typos.repeated-word": "a word written twice",
        "typos.style": "a style issue (picky mode)",
        "typos.engine-failed": "the engine failed; results come from the fallback",
    },
    passing=(
        Example(
            "Dear Ms. Okonkwo,\n\nThank you for walking me through the Kubernetes "
            "migration.\n\nBest,\nSam"
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you for the oppertunity to meet the the team.\n\nKim",
            codes=("typos.spelling", "typos.repeated-word"),
            title="a misspelling and a doubled word",
        ),
        Example(
            "Dear Jo,\n\nThank you for you time. I look forward to here from you.\n\nKim",
            codes=("typos.grammar",),
            title="real words in the wrong place",
        ),
    ),
)
