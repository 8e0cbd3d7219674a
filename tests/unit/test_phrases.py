"""Word-choice rules: real words in the wrong place, found by either engine."""

from __future__ import annotations

import pytest

import notecheck
from notecheck.engines.phrases import find_phrase_errors


@pytest.mark.parametrize(
    ("sentence", "wrong", "fix"),
    [
        ("I look forward to here from you.", "here", "hear"),
        ("I could of prepared more.", "of", "have"),
        ("Thank you for you time today.", "you", "your"),
        ("Thank you for you're consideration.", "you're", "your"),
        ("I enjoyed meeting there team.", "there", "their"),
        ("Their is a lot to learn.", "Their", "There"),
        ("I look forward to meet the team.", "meet", "meeting"),
        ("It was better then I expected.", "then", "than"),
        ("Thank you for a opportunity to interview.", "a", "an"),
        ("It was an great conversation.", "an", "a"),
        ("The project peaked my interest.", "peaked", "piqued"),
        ("Its been a pleasure.", "Its", "It's"),
    ],
)
def test_rule_finds_and_fixes(sentence: str, wrong: str, fix: str) -> None:
    (issue,) = find_phrase_errors(sentence)
    assert sentence[issue.start : issue.end] == wrong
    assert issue.suggestions[0] == fix
    assert issue.code == "typos.grammar"


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you.",
        "I could have prepared more.",
        "Of course I would, of course.",
        "Thank you for your time.",
        "There is a lot to learn, and their team is strong.",
        "It was a great conversation and an honor.",
        "I look forward to hearing back about the role.",
        "Whether or not the role is remote, I am keen.",
        "The team's roadmap and its goals are clear.",
    ],
)
def test_correct_sentences_are_left_alone(sentence: str) -> None:
    assert find_phrase_errors(sentence) == []


def test_phrase_errors_reach_the_report_with_source_offsets() -> None:
    text = "Dear **Jo**,\n\nThank you! I look forward to here from you.\n\nBest,\nKim"
    report = notecheck.review(text)
    grammar = [f for f in report.findings if f.code == "typos.grammar"]
    assert [text[f.start : f.end] for f in grammar] == ["here"]
    assert grammar[0].suggestions == ("hear",)
