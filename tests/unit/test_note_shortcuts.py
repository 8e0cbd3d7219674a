"""parse_note's shortcuts skip only work that would find nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from notecheck import _note
from notecheck._placeholders import find_placeholders

FORMS = ["{{ name }}", "${NAME}", "{name}", "[Company Name]", "<Company>", "XXX", "____"]
OTHER = ["Dear Ana,", " ", "\n", "thanks", "[1]", "<a@b.c>", "{", "}", "$", "XX", "_", "X"]
PIECES = st.sampled_from(FORMS + OTHER)


@given(st.lists(PIECES, max_size=12).map("".join) | st.text(max_size=60))
def test_no_placeholder_is_found_where_the_shortcut_skips(text: str) -> None:
    if not _note._may_hold_placeholders(text):
        assert find_placeholders(text) == ()


def test_the_shortcut_keeps_every_placeholder_form() -> None:
    for text in ["{{ name }}", "${NAME}", "{name}", "[Company Name]", "<Company>", "XXX", "___"]:
        assert _note._may_hold_placeholders(text)
        assert find_placeholders(text)
