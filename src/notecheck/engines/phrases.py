"""Word-choice errors a dictionary cannot see, because every word is spelled right.

"I look forward to here from you" is made of real words; so is "could of". These rules run
with either engine (LanguageTool 6.8 without its n-gram data misses several of them).
Each rule is data: a pattern, the group to replace, the replacement and a message.

Most notes have none of these slips, so the rules run on the lowercased text, and only after
one scan with all of them joined has found something (about 8x cheaper than 15 case-blind
scans per note; same findings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._base import TextIssue


@dataclass(frozen=True, slots=True)
class PhraseRule:
    id: str
    pattern: re.Pattern[str]
    replacement: str
    message: str
    # ``pattern`` without IGNORECASE, for text folded by _fold (all patterns are lowercase).
    folded: re.Pattern[str]


def _rule(rule_id: str, pattern: str, replacement: str, message: str) -> PhraseRule:
    # The span reported is the named group ``bad``.
    literal = pattern.replace("(?P<", "(")
    if literal != literal.lower():
        raise ValueError(f"phrase rule {rule_id}: write the pattern in lowercase")
    return PhraseRule(
        rule_id, re.compile(pattern, re.IGNORECASE), replacement, message, re.compile(pattern)
    )


RULES: tuple[PhraseRule, ...] = (
    _rule(
        "HEAR_FROM",
        r"\b(?:forward to|hope to|wait to|glad to|love to) (?P<bad>here) (?:from|back|more|about)\b",
        "hear",
        "'here' is a place; to receive news is to 'hear'.",
    ),
    _rule(
        "MODAL_OF",
        r"\b(?:could|would|should|must|might) (?P<bad>of)\b(?! course)",
        "have",
        "After could/would/should the verb is 'have', not 'of'.",
    ),
    _rule(
        "YOUR_WELCOME",
        r"\b(?P<bad>your) welcome\b",
        "you're",
        "'You're welcome' is 'you are welcome'.",
    ),
    _rule(
        "YOU_TIME",
        r"\bthank(?:s| you) for (?P<bad>you|you're|youre) (?:time|consideration|help|patience|insights?)\b",
        "your",
        "The possessive is 'your'.",
    ),
    _rule(
        "YOURE_NOUN",
        r"\b(?P<bad>you're) (?:team|company|time|consideration|organization|office|insights?|feedback)\b",
        "your",
        "'You're' means 'you are'; the possessive is 'your'.",
    ),
    _rule(
        "THERE_NOUN",
        r"\b(?P<bad>there) (?:team|company|organization|time|mission|product|office|culture)\b",
        "their",
        "The possessive is 'their'.",
    ),
    _rule(
        "THEIR_IS",
        r"\b(?P<bad>their) (?:is|are|was|were|will be)\b",
        "there",
        "Use 'there' with is/are/was.",
    ),
    _rule(
        "LOOK_FORWARD_TO_VERB",
        r"\blook(?:ing)? forward to (?P<bad>meet|hear|work|speak|talk|join|learn)\b(?! (?:from|back))",
        "",
        "After 'look forward to' use the -ing form (hearing, meeting, working).",
    ),
    _rule(
        "THAN_THEN",
        r"\b(?:more|less|better|rather|greater|fewer) (?P<bad>then)\b",
        "than",
        "Comparisons use 'than'.",
    ),
    _rule(
        "A_AN",
        r"\b(?P<bad>a) (?:opportunity|interview|honou?r|hour|excellent|amazing|incredible|interesting|exciting|opening|offer|update|answer|idea|insight|engineer|analyst|impressive|inspiring)\b",
        "an",
        "Use 'an' before a vowel sound.",
    ),
    _rule(
        "AN_A",
        r"\b(?P<bad>an) (?:great|good|wonderful|role|position|job|team|company|chance|conversation|pleasure|strong|fantastic|productive)\b",
        "a",
        "Use 'a' before a consonant sound.",
    ),
    _rule(
        "WEATHER_OR_NOT",
        r"\b(?P<bad>weather) or not\b",
        "whether",
        "'Whether or not', not 'weather'.",
    ),
    _rule(
        "PEAK_INTEREST",
        r"\b(?P<bad>peak(?:ed)?|peek(?:ed)?) (?:my|your|our) (?:interest|curiosity)\b",
        "piqued",
        "Interest is 'piqued'.",
    ),
    _rule("PER_SAY", r"\bper (?P<bad>say)\b", "se", "The Latin phrase is 'per se'."),
    _rule(
        "ITS_BEEN",
        r"\b(?P<bad>its) (?:been|a pleasure|an honou?r|great to|exciting)\b",
        "it's",
        "'It's' is 'it is' / 'it has'.",
    ),
)


# Under IGNORECASE these match an ASCII letter their str.lower() is not ("İ" lowers to two
# characters). Mapped first, every character of the folded text matches a pattern character
# exactly when the original does under IGNORECASE, at the same offset
# (tests/unit/test_phrases.py checks this over all of Unicode).
_FOLD_FIRST = {0x130: "i", 0x131: "i", 0x17F: "s"}
# Every rule at once, only to learn whether any of them matches somewhere.
_ANY_RULE = re.compile("|".join(f"(?:{r.folded.pattern.replace('?P<bad>', '?:')})" for r in RULES))


def _fold(text: str) -> str:
    """``text`` lowercased so that the rules run case-sensitively, same length."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        text = text.translate(_FOLD_FIRST)
    return text.lower()


def _ing(verb: str) -> str:
    return verb[:-1] + "ing" if verb.endswith("e") and verb != "be" else verb + "ing"


def find_phrase_errors(text: str) -> list[TextIssue]:
    """Word-choice issues in ``text`` (code ``typos.grammar``), in text order."""
    folded = _fold(text)
    if _ANY_RULE.search(folded) is None:
        return []
    issues: list[TextIssue] = []
    for rule in RULES:
        for m in rule.folded.finditer(folded):
            start, end = m.span("bad")
            bad = text[start:end]
            replacement = rule.replacement or _ing(bad.lower())
            if bad[:1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
            issues.append(
                TextIssue(
                    start,
                    end,
                    "typos.grammar",
                    f"{rule.message} Did you mean '{replacement}'?",
                    (replacement,),
                    rule=f"NOTECHECK_{rule.id}",
                )
            )
    issues.sort(key=lambda i: (i.start, i.end))
    # Two rules may describe the same slip ("for you're time"): report it once.
    unique: list[TextIssue] = []
    for issue in issues:
        if not unique or unique[-1].end <= issue.start:
            unique.append(issue)
    return unique
