"""The notes and the template repository under examples/ do what their names promise."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

import notecheck
from notecheck._cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTES = EXAMPLES / "notes"
TEMPLATE_REPO = EXAMPLES / "template-repo"

#: Good notes and the format each is written in.
GOOD = {
    "thank-you.txt": "plain",
    "thank-you.md": "markdown",
    "thank-you.html": "html",
    "thank-you.eml": "eml",
    "rejection-reply.txt": "plain",
}
#: Flawed notes and the codes their names promise.
FLAWED = {
    "late.md": {"promptness.very-late"},
    "missing-elements.txt": {
        "gratitude.missing",
        "interest.missing",
        "fit.missing",
        "timeline.missing",
    },
    "pushy-tone.txt": {"tone.pushy"},
    "too-casual.txt": {"tone.casual"},
    "unfilled-placeholders.md": {"placeholders.unfilled"},
    "bitter-rejection-reply.txt": {"rejection.bitter"},
    "drop-by-office.txt": {"etiquette.bypass"},
}


@pytest.fixture
def cli() -> Iterator[Callable[[Sequence[str]], int]]:
    """The CLI's ``main``; the logging setup it makes is undone afterwards."""
    logger = logging.getLogger("notecheck")
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    try:
        yield main
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.propagate = propagate


def _review(path: Path, **kwargs: Any) -> notecheck.Report:
    return notecheck.review(path.read_text(encoding="utf-8"), path=str(path), **kwargs)


def _listing(report: notecheck.Report) -> str:
    return "\n".join(
        f"  {f.line}:{f.column} {f.severity} {f.code}: {f.message}" for f in report.findings
    )


def test_every_example_note_is_listed() -> None:
    on_disk = {p.relative_to(NOTES).as_posix() for p in NOTES.rglob("*") if p.is_file()}
    listed = {f"good/{n}" for n in GOOD} | {f"flawed/{n}" for n in FLAWED}
    assert on_disk == listed, "add new example notes to GOOD or FLAWED in this test"


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_note_passes(name: str) -> None:
    report = _review(NOTES / "good" / name)
    errors = [f for f in report.findings if f.severity == "error"]
    assert not errors, f"good/{name} got errors:\n{_listing(report)}"
    assert report.passed
    assert report.meta.format == GOOD[name]
    for element in ("gratitude", "interest", "fit", "timeline"):
        if name.startswith("rejection") and element != "gratitude":
            continue
        assert report.checks[element].detected, f"good/{name}: {element} not detected"


@pytest.mark.parametrize("name", sorted(FLAWED))
def test_flawed_note_reports_its_flaw(name: str) -> None:
    report = _review(NOTES / "flawed" / name)
    missing = FLAWED[name] - {f.code for f in report.findings}
    assert not missing, f"flawed/{name} did not report {sorted(missing)}; got:\n{_listing(report)}"


def test_rejection_replies_are_recognised() -> None:
    assert _review(NOTES / "flawed" / "bitter-rejection-reply.txt").kind == "rejection_reply"
    assert _review(NOTES / "good" / "rejection-reply.txt").kind == "rejection_reply"


def test_quoted_reply_in_email_is_not_checked() -> None:
    report = _review(NOTES / "good" / "thank-you.eml")
    quoted = report.text.index("On Mon, Apr 13")
    assert all(f.start < quoted for f in report.findings), _listing(report)
    assert not report.checks["tone"].findings


def test_cli_exit_status_on_example_notes(
    cli: Callable[[Sequence[str]], int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["check", "--quiet", str(NOTES / "good")]) == 0, capsys.readouterr().out
    assert cli(["check", "--quiet", str(NOTES / "flawed")]) == 1


# --- the template repository --------------------------------------------------------


@pytest.fixture
def in_template_repo() -> Iterator[Path]:
    previous = Path.cwd()
    os.chdir(TEMPLATE_REPO)
    try:
        yield TEMPLATE_REPO
    finally:
        os.chdir(previous)


def test_template_repo_config_is_found_and_valid() -> None:
    found = notecheck.find_config_file(TEMPLATE_REPO / "templates" / "thank-you.md")
    assert found == TEMPLATE_REPO / "notecheck.toml"
    config = notecheck.load_config_file(found)
    assert config.fail_on == "warning"
    assert config.is_template(TEMPLATE_REPO / "templates" / "thank-you.md")
    assert not config.is_template(TEMPLATE_REPO / "drafts" / "2026-05-brightline-thank-you.md")


@pytest.mark.parametrize(
    "relative",
    sorted(p.relative_to(TEMPLATE_REPO).as_posix() for p in TEMPLATE_REPO.glob("*/*.md")),
)
def test_template_repo_notes_pass(relative: str) -> None:
    config = notecheck.load_config_file(TEMPLATE_REPO / "notecheck.toml")
    path = TEMPLATE_REPO / relative
    report = _review(path, config=config)
    assert report.meta.template == relative.startswith("templates/")
    assert not any(f.code == "placeholders.unfilled" for f in report.findings)
    assert report.passed, f"{relative}:\n{_listing(report)}"


def test_placeholder_left_in_a_draft_is_an_error() -> None:
    config = notecheck.load_config_file(TEMPLATE_REPO / "notecheck.toml")
    draft = TEMPLATE_REPO / "drafts" / "2026-05-brightline-thank-you.md"
    text = draft.read_text(encoding="utf-8").replace("Dear Ana,", "Dear {{ interviewer }},")
    report = notecheck.review(text, path=str(draft), config=config)
    assert [f.code for f in report.findings if f.severity == "error"] == ["placeholders.unfilled"]


def test_template_repo_passes_in_ci(
    in_template_repo: Path, cli: Callable[[Sequence[str]], int], capsys: pytest.CaptureFixture[str]
) -> None:
    # notecheck.toml sets fail-on = "warning": templates must be free of warnings too.
    status = cli(["check", "templates/", "drafts/"])
    assert status == 0, capsys.readouterr().out
