"""structure and length: greeting, closing, signature; too short, too long, hard to read."""

from __future__ import annotations

import pytest

import notecheck


def codes(report: notecheck.Report, check: str) -> set[str]:
    return {f.code for f in report.checks[check].findings}


@pytest.mark.parametrize(
    "greeting",
    ["Dear Ms. Park,", "Hey Mike,", "Mr. Kowalski,", "Chef Bianchi,", "Dear {{ interviewer }},"],
)
def test_a_greeting_that_names_someone_passes(greeting: str) -> None:
    report = notecheck.review(f"{greeting}\n\nThank you for your time today.\n\nBest,\nSam Lee")
    assert "structure.generic-greeting" not in codes(report, "structure")


@pytest.mark.parametrize(
    "greeting", ["Dear Hiring Manager,", "To whom it may concern,", "Hi there,", "Dear Team,"]
)
def test_a_greeting_that_names_nobody_is_flagged(greeting: str) -> None:
    report = notecheck.review(f"{greeting}\n\nThank you for your time today.\n\nBest,\nSam Lee")
    assert "structure.generic-greeting" in codes(report, "structure")


def test_missing_greeting_closing_and_signature() -> None:
    report = notecheck.review("Thank you for your time today, I enjoyed it.")
    assert {"structure.no-greeting", "structure.no-closing"} <= codes(report, "structure")


def test_a_thin_note_is_too_short_with_textstat_figures() -> None:
    report = notecheck.review("Dear Ms. Park,\n\nThanks for today!\n\nBest,\nSam")
    (finding,) = [f for f in report.checks["length"].findings if f.code == "length.too-short"]
    assert "3 words" in finding.message


def test_a_long_note_is_too_long() -> None:
    body = " ".join(["I enjoyed learning about the new warehouse system and its rollout."] * 40)
    report = notecheck.review(f"Dear Ms. Park,\n\n{body}\n\nBest,\nSam")
    finding = next(f for f in report.checks["length"].findings if f.code == "length.too-long")
    assert "Flesch reading ease" in finding.message
