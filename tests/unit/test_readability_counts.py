"""The readability counts' shortcuts give textstat's counts (see test_readability.py)."""

from __future__ import annotations

import pytest

from notecheck import _readability


@pytest.mark.parametrize(
    "sentence",
    [
        "a b",
        "a b c.",
        "— a b.",
        "a — b.",
        "a b —",
        "-- ' a",
        "'tis a day",
        "a ’ b",
        "don't stop now",
        "(a) [b] {c}",
        "x\u00a0y\u2009z",
        "... a",
    ],
)
def test_two_word_test_agrees_with_count_words(sentence: str) -> None:
    expected = _readability.count_words(sentence) <= 2
    assert _readability._at_most_two_words(sentence) is expected


def test_syllables_of_words_whose_bucket_an_earlier_word_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "ready" and "really": 2 syllables each in cmudict; the hyphenation guess for
    # "really" is 3.
    words = ["ready", "really"]
    expected = _readability._syllables(words)
    # A cold table: the first word reads the bucket the others are in.
    monkeypatch.setattr(_readability, "_table", {})
    monkeypatch.setattr(_readability, "_loaded", set())
    monkeypatch.setattr(_readability, "_buckets", None)
    assert _readability._syllables(words) == expected == 2 + 2
