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


@pytest.mark.parametrize(
    "word",
    ["follow-up", "day-to-day", "team's", "company’s", "i'm", "don't", "can't", "we'd", "e-mail"],
)
def test_words_of_several_tokens_compile_to_the_tokenizers_pieces(word: str) -> None:
    from notecheck._analysis import nlp

    pieces = [t.lower_ for t in nlp()(f"x {word} x")][1:-1]
    assert len(pieces) > 1
    assert compile_pattern(f"a {word}", {}) == [
        [{"LOWER": "a"}, *({"LOWER": piece} for piece in pieces)]
    ]


def test_words_of_several_tokens_match_in_notes() -> None:
    rules = Rules(
        {"x": ["quick follow-up|check-in", "the team's|company's ~? vision", "$MAIL"]},
        {"MAIL": {"e-mail", "letter"}},
    )
    note = parse_note(
        "A quick follow-up on the team's bold vision. A quick check-in. Your e-mail came."
    )
    found = [note.plain[h.start : h.end] for h in rules.find(Analysis(note))]
    assert found == ["quick follow-up", "the team's bold vision", "quick check-in", "e-mail"]
    # One optional word of several tokens: the sequence or nothing.
    optional = Rules({"x": ["my long-term? goals"]})
    note = parse_note("My long-term goals and my goals.")
    found = [note.plain[h.start : h.end] for h in optional.find(Analysis(note))]
    assert found == ["My long-term goals", "my goals"]
    with pytest.raises(ValueError, match="several tokens cannot repeat"):
        Rules({"x": ["follow-up+"]})


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
