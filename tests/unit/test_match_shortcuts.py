"""The matcher's shortcuts give what the plain definitions give, token by token."""

from __future__ import annotations

from array import array

import pytest

from notecheck import _markup
from notecheck._analysis import Analysis
from notecheck._note import parse_note
from notecheck.checks import _match
from notecheck.checks._match import Hit, Words, clause_end, clause_start, is_negator, negated
from notecheck.evaluate import default_corpus, load_notes

NOTES = [note.text for note in load_notes(default_corpus())[::3]] + [
    "Dear Ana,\n\nI am not - and never was - unhappy, but I don't know. Not only that; "
    "it's not that I'm not interested, and I can't wait (really) “to start”.\n\nBest,\nLi",
]


def _start_by_scan(w: Words, i: int, first_token: int) -> int:
    first = max(first_token, i - _match.CLAUSE_LIMIT)
    for k in range(i - 1, first - 1, -1):
        if _match._is_clause_break(w, k):
            return k + 1
    return first


def _end_by_scan(w: Words, i: int, last_token: int) -> int:
    last = min(last_token, i + _match.CLAUSE_LIMIT)
    for k in range(i + 1, last):
        if _match._is_clause_break(w, k):
            return k
    return last


@pytest.mark.parametrize("text", NOTES)
def test_clause_bounds_and_negation_match_a_plain_scan(text: str) -> None:
    analysis = Analysis(parse_note(text))
    w = _match.words(analysis)
    for sentence in analysis.sentences:
        for i in range(sentence.first, sentence.last + 1):
            assert clause_start(analysis, i, sentence) == _start_by_scan(w, i, sentence.first)
        for i in range(sentence.first, sentence.last):
            assert clause_end(analysis, i, sentence) == _end_by_scan(w, i, sentence.last)
            hit = Hit(sentence, 0, 0, "x", i, i + 1)
            clause = _start_by_scan(w, i, sentence.first)
            near = [k for k in range(max(clause, i - 6), i) if is_negator(analysis, k)]
            earlier = (
                [k for k in range(max(clause, near[0] - 6), near[0]) if is_negator(analysis, k)]
                if near
                else []
            )
            assert negated(analysis, hit) == (bool(near) and (len(near) + len(earlier)) % 2 == 1)


def test_source_index_runs_are_ranges() -> None:
    for start, end in [(0, 0), (0, 5), (3, 70_000), (65_530, 65_540), (10, 3_000_000)]:
        assert _markup._run(start, end) == array("i", range(start, end))
    assert _markup.identity("abc", 7) == ("abc", array("i", [7, 8, 9, 10]))


@pytest.mark.parametrize(
    "text",
    [
        "plain words only",
        "a **bold** move",
        "see [x](http://a.b)",
        "# Title",
        "  - item",
        "> quoted",
        "`code`",
        "snake__Case",
        "a - b",
        "x > y",
        "1 + 2",
    ],
)
def test_markdown_sniffing_matches_its_pattern(text: str) -> None:
    import re

    pattern = (
        r"\*\*\w|(?<!_)__[A-Za-z]|\]\([^)\s]{1,500}\)|^#{1,6} \S|^[ \t]{0,3}[-*+] \S|^>\s"
        r"|`[^`\n]{1,200}`"
    )
    assert _markup.looks_like_markdown(text) == bool(re.search(pattern, text, re.MULTILINE))


@pytest.mark.parametrize("text", [*NOTES[:20], "", "x", "Tabs\tand… “quotes” 3.5 ÉCOLE straße"])
def test_columns_are_what_spacy_reads(text: str) -> None:
    from spacy import attrs

    from notecheck._analysis import COLUMNS

    analysis = Analysis(parse_note(text))
    doc = analysis.doc
    expected = (
        dict(
            zip(COLUMNS, doc.to_array([getattr(attrs, n) for n in COLUMNS]).T.tolist(), strict=True)
        )
        if len(doc)
        else {name: [] for name in COLUMNS}
    )
    assert analysis.columns == expected
    assert list(analysis.columns) == list(COLUMNS)


@pytest.mark.parametrize(
    ("text", "lemmas"),
    [
        ("It's been a week.", ["it", "be", "be", "a", "week", "."]),
        ("That’s the role", ["that", "be", "the", "role"]),
        ("Anna's team", ["anna", "'s", "team"]),
        ("Let's talk", ["let", "'s", "talk"]),
        ("'s", ["'s"]),
    ],
)
def test_s_after_a_pronoun_is_a_form_of_be(text: str, lemmas: list[str]) -> None:
    from notecheck._analysis import nlp

    assert [t.lemma_ for t in nlp()(text)] == lemmas
