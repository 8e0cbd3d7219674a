"""A long-running process must not grow without bound: the spaCy pipeline is rebuilt once
its string table has grown past a limit, and reports stay the same across the rebuild."""

from __future__ import annotations

import pytest

import notecheck
from notecheck import _analysis

NOTE = (
    "Dear Ms. {name},\n\nThank you for the interview today. I am very excited about the "
    "{product} migration and would love to join the team. My five years running {tool} "
    "pipelines fit what you need. Could you share the timeline for next steps?\n\n"
    "Best regards,\nSam Lee\n"
)


def made_up(i: int) -> str:
    letters = "bcdfghjklmnprstvz"
    word = ""
    while True:
        word += letters[i % len(letters)] + "aeiou"[i % 5]
        i //= len(letters)
        if not i:
            return word.capitalize() + "ix"


def note(i: int) -> str:
    return NOTE.format(name=made_up(i), product=made_up(i + 7919), tool=made_up(i + 104729))


def test_pipeline_is_rebuilt_when_its_strings_pass_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _analysis.nlp()
    expected = [notecheck.review(note(i)).to_json(timing=False) for i in range(40)]
    monkeypatch.setattr(_analysis, "STRINGS_LIMIT", 20)
    with _analysis._lock:
        _analysis._build()
    pipelines = set()
    for i in range(40):
        assert notecheck.review(note(i)).to_json(timing=False) == expected[i]
        pipelines.add(id(_analysis.nlp()))
        # Never more than one note's worth of strings past the ceiling.
        assert len(_analysis.nlp().vocab.strings) <= _analysis._strings_ceiling + 200
    assert len(pipelines) > 3
    assert _analysis.nlp() is not first


def test_pipeline_is_kept_while_strings_stay_under_the_limit() -> None:
    notecheck.review(note(1))
    pipeline = _analysis.nlp()
    for _ in range(5):
        notecheck.review(note(1))
    assert _analysis.nlp() is pipeline
