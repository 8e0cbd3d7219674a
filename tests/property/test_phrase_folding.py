"""find_phrase_errors on folded text finds what each rule finds case-blind, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from notecheck.engines import phrases
from notecheck.engines.phrases import RULES

_PIECES = (
    "could of ",
    "Would Of course ",
    "look forward to meet ",
    "LOOKING FORWARD TO HEAR back ",
    "thank you for you're time ",
    "there team ",
    "Their IS ",
    "more then ",
    "a opportunity ",
    "an great ",
    "its been ",
    "per say ",
    "peeked my interest ",
    "hope to here from ",
    "your welcome ",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "’",
    "\u00a0",
    "\n",
    "-",
)


def _spans(text: str, folded: bool) -> list[tuple[int, int, str]]:
    target = phrases._fold(text) if folded else text
    return sorted(
        (*m.span("bad"), rule.id)
        for rule in RULES
        for m in (rule.folded if folded else rule.pattern).finditer(target)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=12).map("".join))
def test_folded_rules_match_case_blind_rules(text: str) -> None:
    assert _spans(text, folded=True) == _spans(text, folded=False)
    if phrases._ANY_RULE.search(phrases._fold(text)) is None:
        assert _spans(text, folded=False) == []
