"""The phrase rules run on folded text: same findings as the case-blind patterns."""

from __future__ import annotations

import re
import sys

import pytest

from notecheck.engines import phrases
from notecheck.engines.phrases import RULES, find_phrase_errors

_WORD = re.compile(r"\w")
_LETTER = re.compile(r"[a-z]", re.IGNORECASE)


def _case_blind(text: str) -> list[tuple[int, int, str]]:
    """(start, end, rule) of every IGNORECASE match in ``text``: what the fold must keep."""
    return sorted((*m.span("bad"), rule.id) for rule in RULES for m in rule.pattern.finditer(text))


def _folded(text: str) -> list[tuple[int, int, str]]:
    folded = phrases._fold(text)
    return sorted((*m.span("bad"), rule.id) for rule in RULES for m in rule.folded.finditer(folded))


def test_folding_keeps_every_character_matching_as_under_ignorecase() -> None:
    """Over all of Unicode: same length, same word-ness, same ASCII letter matched."""
    odd = []
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        f = phrases._fold(c)
        same = (
            len(f) == 1
            and bool(_WORD.match(c)) == bool(_WORD.match(f))
            and (_LETTER.match(c) is not None) == ("a" <= f <= "z")
            and (not "a" <= f <= "z" or re.fullmatch(f, c, re.IGNORECASE) is not None)
        )
        if not same:
            odd.append(c)
    assert odd == []


@pytest.mark.parametrize(
    "text",
    [
        "İts been great and per ſay THERE TEAM",
        "ıts been a pleasure; I COULD OF come. Thank You For You Time.",
        "Looking forward to MEET you, not forward to meet from the team.",
        "I could of course; more THEN that; you’re team; your welcome",
        "K\u0130ts been; its BEEN; peaked my CURIOSITY; weather or NOT",
    ],
)
def test_folded_rules_find_what_the_case_blind_ones_find(text: str) -> None:
    assert _folded(text) == _case_blind(text)


def test_no_scan_when_no_rule_matches_anywhere() -> None:
    text = "Thank you for your time; I look forward to hearing from you."
    assert phrases._ANY_RULE.search(phrases._fold(text)) is None
    assert find_phrase_errors(text) == []
