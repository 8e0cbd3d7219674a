"""Which kind of note this is, when the caller did not say."""

from __future__ import annotations

import re

from .._analysis import Analysis
from .._note import Note

_REJECTION = re.compile(
    r"\b(?:(?:decided|chose|choosing|decision) to (?:move|go) forward with (?:another|other|a different)"
    r"|(?:not|won't|will not) be (?:moving|going) forward with my"
    r"|(?:position|role) (?:has been|was) filled"
    r"|(?:disappointed|sad|sorry) (?:to hear|to learn) (?:that )?(?:I|the|you)"
    r"|(?:letting|let) me know (?:about )?(?:your|the) decision"
    r"|(?:informing|telling) me (?:of|about) (?:your|the) decision"
    r"|not (?:selected|chosen)|another candidate|other candidates? (?:whose|who|that)"
    r"|though I (?:was|am) disappointed|although I (?:was|am) disappointed)",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"\b(?:following up|follow up on|checking in|wanted to check in|circling back|touching base"
    r"|any updates? on|haven't heard back|have not heard back)\b",
    re.IGNORECASE,
)


def detect_kind(note: Note, analysis: Analysis) -> str:
    """``rejection_reply``, ``follow_up`` or ``thank_you`` (the default)."""
    text = analysis.body_text
    if _REJECTION.search(text):
        return "rejection_reply"
    if _FOLLOW_UP.search(text):
        return "follow_up"
    return "thank_you"
