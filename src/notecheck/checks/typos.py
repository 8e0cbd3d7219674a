"""typos: spelling and grammar, through the offline speller or LanguageTool."""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ..engines._base import EngineError, TextIssue


def _engine_issues(ctx: Context) -> tuple[list[TextIssue], dict[str, str], list[Flag]]:
    from ..engines.speller import get_speller

    speller = get_speller()
    return speller.check(ctx.note.plain), {"typos": f"{speller.name} {speller.version}"}, []


def _keep(ctx: Context, issue: TextIssue) -> bool:
    note = ctx.note
    word = note.plain[issue.start : issue.end]
    if note.in_placeholder(issue.start, issue.end):
        return False
    if issue.code == "typos.spelling":
        bare = word.strip(".,'’\"").lower()
        if bare in ctx.accept or any(bare == n.lower() for n in note.names):
            return False
    return True


def run(ctx: Context) -> Outcome:
    if ctx.settings.get("typos_engine") == "none":
        return Outcome(status="skip", summary="typos engine disabled")
    try:
        issues, engines, notes = _engine_issues(ctx)
    except EngineError as exc:
        return Outcome(
            (
                Flag(
                    "typos.engine-failed", f"The spelling engine failed: {exc}.", severity="warning"
                ),
            ),
            status="skip",
        )
    flags = [
        Flag(i.code, i.message, i.start, i.end, i.severity, i.suggestions)  # type: ignore[arg-type]
        for i in issues
        if _keep(ctx, i)
    ]
    return Outcome(tuple(notes + flags), engines=engines)


CHECK = Check(
    id="typos",
    title="Typos",
    summary="Finds spelling and grammar errors with suggestions; names, tech terms, accepted "
    "words and template placeholders are not typos.",
    why="One misspelt word in a two-paragraph note is noticed, and it undercuts 'attention to "
    "detail' faster than anything else in it.",
    how_to_fix="Apply the suggestion, or add a correctly spelt word to the accept list "
    "(accept = [...] or words-file in the configuration).",
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
        ),
    ),
)
