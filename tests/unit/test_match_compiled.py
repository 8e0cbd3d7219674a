"""Each pattern's compiled matcher finds the same longest match as the plain search."""

from __future__ import annotations

import random

import pytest

import notecheck
from notecheck._analysis import Analysis
from notecheck._note import parse_note
from notecheck.checks import _match
from notecheck.checks._match import Step
from notecheck.evaluate import default_corpus, load_notes

TEXT = (
    "Dear Ana,\n\nThank you so much for the interview today! I really enjoyed our chat "
    "about the 3 data pipelines, and I am NOT sure 2024 was a good year. Thanks again, "
    "thanks again, thank you.\n\nBest,\nLi"
)
KINDS = (_match._ANY, _match._WORD, _match._LOWER, _match._LEMMA, _match._ORTH, _match._FLAG)
REPEATS = ((1, 1), (0, 1), (0, 2), (1, 3), (0, _match._MANY), (1, _match._MANY), (2, 2))


def _random_steps(rng: random.Random, analysis: Analysis) -> tuple[Step, ...]:
    columns = analysis.columns
    steps: list[Step] = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(KINDS)
        low, high = rng.choice(REPEATS)
        values: object = None
        if kind == _match._FLAG:
            values = rng.choice(("LIKE_NUM", "IS_TITLE", "IS_UPPER", "IS_PUNCT"))
        elif kind in (_match._LOWER, _match._LEMMA, _match._ORTH):
            name = {_match._LOWER: "LOWER", _match._LEMMA: "LEMMA", _match._ORTH: "ORTH"}[kind]
            values = frozenset(rng.sample(columns[name], k=rng.randint(1, 8)))
        steps.append((kind, values, low, high))
    return tuple(steps)


@pytest.mark.parametrize("seed", range(20))
def test_compiled_matcher_equals_the_search(seed: int) -> None:
    analysis = Analysis(parse_note(TEXT))
    columns = _match._columns(analysis)
    rng = random.Random(seed)
    for _ in range(50):
        steps = _random_steps(rng, analysis)
        for start in range(len(columns.lower)):
            if not columns.limit[start]:
                continue
            compiled = _match._matcher(steps)(start, columns.limit[start], columns)
            assert compiled == _match._longest_generic(steps, start, columns), (steps, start)


def test_a_pattern_with_too_many_loops_falls_back_to_the_search() -> None:
    analysis = Analysis(parse_note(TEXT))
    columns = _match._columns(analysis)
    steps: tuple[Step, ...] = ((_match._WORD, None, 0, 1),) * (_match._MAX_LOOPS + 2)
    for start in range(len(columns.lower)):
        if columns.limit[start]:
            matcher = _match._matcher(steps)
            assert matcher(start, columns.limit[start], columns) == _match._longest_generic(
                steps, start, columns
            )


NOTES = [note.text for note in load_notes(default_corpus())[::4]]


def test_generated_runners_find_what_the_plain_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_match, "HOT", 10**9)  # never generate
    monkeypatch.setattr(_match, "_matchers", {})
    monkeypatch.setattr(_match._Engine, "_current", None)
    plain = [notecheck.review(text).to_json(timing=False) for text in NOTES]
    assert not _match._matchers
    monkeypatch.setattr(_match, "HOT", 1)  # generate on first use
    monkeypatch.setattr(_match._Engine, "_current", None)
    generated = [notecheck.review(text).to_json(timing=False) for text in NOTES]
    assert _match._matchers
    assert generated == plain
