"""The pattern engine: the same matches as spaCy's Matcher, and the pattern strings it reads."""

from __future__ import annotations

import importlib

import pytest

from notecheck._analysis import Analysis
from notecheck._note import parse_note
from notecheck.checks._match import Rules, compile_pattern
from notecheck.evaluate import default_corpus, load_notes

MODULES = (
    "gratitude",
    "interest",
    "fit",
    "timeline",
    "tone",
    "promptness",
    "rejection",
    "etiquette",
    "personalization",
    "_kind",
)


def test_pattern_strings_compile_to_matcher_patterns() -> None:
    lex = {"SOUR": frozenset({"waste", "ignore"})}
    assert compile_pattern("@thank ~{0,3} for $SOUR", lex) == [
        [
            {"LEMMA": "thank"},
            {"IS_PUNCT": False, "IS_SPACE": False, "OP": "{0,3}"},
            {"LOWER": "for"},
            {"LEMMA": {"IN": ["ignore", "waste"]}},
        ]
    ]
    # Alternatives of different kinds become one pattern each; "'" marks punctuation.
    assert len(compile_pattern("#LIKE_NUM|two years", lex)) == 2
    assert compile_pattern("'? '!", lex) == [[{"ORTH": "?"}, {"ORTH": "!"}]]


def test_malformed_patterns_fail_at_import_time() -> None:
    with pytest.raises(ValueError, match="unknown lexicon"):
        Rules({"x": ["$NOPE"]})
    with pytest.raises(ValueError, match="bad attribute"):
        Rules({"x": ["#like_num"]})


@pytest.mark.parametrize("module", MODULES)
def test_same_matches_as_spacy_matcher(module: str) -> None:
    rules: Rules = importlib.import_module(f"notecheck.checks.{module}").PATTERNS
    matcher = rules.spacy_matcher()
    strings = matcher.vocab.strings
    for note in load_notes(default_corpus())[::4]:
        analysis = Analysis(parse_note(note.text))
        owner = analysis.token_sentence
        expected = sorted(
            (strings[key], start, end)
            for key, start, end in matcher(analysis.doc)
            if owner[start] >= 0 and owner[start] == owner[end - 1]
        )
        assert sorted(rules.matches(analysis)) == expected, note.id
