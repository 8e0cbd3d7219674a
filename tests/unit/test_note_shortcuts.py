"""Quick tests on the note text give what the full scans give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from notecheck import _analysis, _placeholders
from notecheck._placeholders import find_placeholders
from notecheck.checks import input as input_check

FORMS = ["{{ name }}", "${NAME}", "{name}", "[Company Name]", "<Company>", "XXX", "____"]
OTHER = ["Dear Ana,", " ", "\n", "thanks", "[1]", "<a@b.c>", "{", "}", "$", "XX", "_", "X"]
PIECES = st.sampled_from(FORMS + OTHER)


@given(st.lists(PIECES, max_size=12).map("".join) | st.text(max_size=60))
def test_no_placeholder_is_found_where_the_shortcut_skips(text: str) -> None:
    if not any(mark in text for mark in _placeholders._MARKS):
        assert _placeholders._PLACEHOLDER.search(text) is None


def test_the_shortcut_keeps_every_placeholder_form() -> None:
    for text in ["{{ name }}", "${NAME}", "{name}", "[Company Name]", "<Company>", "XXX", "___"]:
        assert any(mark in text for mark in _placeholders._MARKS)
        assert find_placeholders(text)


SPACES = [" ", "\n", "\t", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "\u200b", "\ufeff"]
RUNS = st.lists(
    st.sampled_from(SPACES) | st.text(alphabet="ab-.é{", min_size=1, max_size=70), max_size=6
).map("".join)


@given(RUNS)
def test_the_long_run_test_agrees_with_the_pattern(text: str) -> None:
    assert _analysis._has_long_run(text) == bool(_analysis._LONG_RUN.search(text))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_words_are_the_letter_runs(text: str) -> None:
    lower = text.lower()
    assert input_check._ASCII_WORD.findall(lower) == input_check._WORD.findall(lower)
