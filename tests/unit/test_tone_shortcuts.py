"""The tone check's quick tests skip only texts its patterns find nothing in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from notecheck.checks import tone

FOUND = [":)", ":-(", ";)", ";-)", "<3", "xD", "XD", ":D", ":p", "\u2764", "\U0001f600", "!!"]
NEAR = ["!?!", "??", "$", "£5", "€ 10k", "$120,000 a year", ":", ";", "x", "D", " ", "thanks"]
PIECES = st.sampled_from(FOUND + NEAR)
TEXTS = st.lists(PIECES, max_size=10).map("".join) | st.text(max_size=40)


@given(TEXTS)
def test_emoji_are_only_skipped_where_there_are_none(text: str) -> None:
    if text.isascii() and not any(pair in text for pair in tone._EMOTICON_PAIRS):
        assert not list(tone._EMOJI.finditer(text))


@given(TEXTS)
def test_bangs_and_money_are_only_skipped_where_there_are_none(text: str) -> None:
    if "!!" not in text and "??" not in text:
        assert not list(tone._BANGS.finditer(text))
    if not any(sign in text for sign in "$£€"):
        assert not list(tone._MONEY.finditer(text))
