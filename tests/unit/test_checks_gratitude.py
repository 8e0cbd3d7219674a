"""gratitude: thanks in the body, and the many things that look like thanks but are not."""

from __future__ import annotations

import pytest

import notecheck


def review(
    body: str, *, closing: str = "Best,", kind: str | None = "thank_you"
) -> notecheck.Report:
    return notecheck.review(f"Dear Ms. Park,\n\n{body}\n\n{closing}\nSam Lee", kind=kind)


def codes(report: notecheck.Report) -> set[str]:
    return {f.code for f in report.checks["gratitude"].findings}


THANKS = [
    "Thank you for meeting with me today.",
    "Thanks so much for having me in this morning.",
    "I appreciate you taking the time to walk me through the warehouse.",
    "I appreciated the chance to meet the team.",
    "It meant a lot that you took an hour out of your day.",
    "It was generous of you to spend so much time with me.",
    "I'm glad you made time for me during such a busy week.",
    "I'm grateful for the time you spent with me.",
    "Your time yesterday was very much appreciated.",
    "I can't thank you enough for the opportunity.",
    "Words cannot express how grateful I am for your time.",
    "Many thanks for the conversation this morning.",
    "It was kind of you to introduce me to the team.",
    "Please pass my thanks on to the panel.",
    "Thank you for letting me know.",
    "Much obliged for your time this morning.",
    "Appreciate you fitting me in today.",
    "Thanks to you, I now understand the role much better.",
    "Thank you for explaining how you automated the pipeline.",
    "Thank you for your patience while I gathered my references.",
    "Thank you for walking me through the generic drug formulary.",
    "Your time meant a great deal.",
    "It was very generous to give me an hour.",
]
NOT_THANKS = [
    "Just wanted to follow up on the barista position. any news? thx",
    "It was a pleasure to meet you.",
    "I'm glad we had the chance to talk.",
    "Thanks to my two years at Acme, I know the system well.",
    "Thankfully, the traffic was light.",
    "I am grateful to my previous manager for teaching me SQL.",
    "Thanks in advance for an update.",
    "I appreciate that you have many applicants.",
    "I'd appreciate an update on the timeline.",
    "I would be grateful for any news.",
    "You said thanks to everyone who came to the open day.",
    "I mentioned it in my thank-you note.",
]


@pytest.mark.parametrize("body", THANKS)
def test_detects_thanks_phrased_many_ways(body: str) -> None:
    result = review(body).checks["gratitude"]
    assert result.detected is True, body
    assert result.status == "pass"
    assert result.evidence


@pytest.mark.parametrize("body", NOT_THANKS)
def test_courtesy_requests_and_other_senses_are_not_thanks(body: str) -> None:
    assert review(body).checks["gratitude"].detected is False, body


def test_a_bare_sign_off_is_not_gratitude_in_the_body() -> None:
    report = review("I am writing about the analyst role.", closing="Thanks,")
    result = report.checks["gratitude"]
    assert result.detected is False
    finding = next(f for f in result.findings if f.code == "gratitude.sign-off-only")
    assert report.text[finding.start : finding.end] == "Thanks,"
    assert finding.severity == "error"


def test_a_valediction_that_says_what_for_is_still_a_sign_off() -> None:
    report = review("I am writing about the analyst role.", closing="Thanks again for your time,")
    assert report.checks["gratitude"].detected is False


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for finally getting back to me after three weeks.",
        "Thanks for nothing.",
        'Thanks a lot for the "quick chat" that turned into three hours of unpaid work.',
        "Thank you for keeping me waiting in reception for an hour.",
    ],
)
def test_sarcastic_thanks_is_not_gratitude(body: str) -> None:
    report = review(body)
    assert report.checks["gratitude"].detected is False, body
    assert "gratitude.sarcastic" in codes(report)


def test_evidence_points_at_the_thanks() -> None:
    report = review("I enjoyed the tour. Thank you for your time today.")
    (evidence,) = report.checks["gratitude"].evidence
    assert report.text[evidence.start : evidence.end] == evidence.quote
    assert evidence.quote.startswith("Thank")


def test_missing_thanks_is_an_error_for_a_thank_you_note_and_a_warning_for_a_follow_up() -> None:
    assert review("I am writing about the analyst role.").checks["gratitude"].status == "fail"
    follow_up = review("I am following up on my application.", kind="follow_up")
    assert follow_up.checks["gratitude"].status == "warn"


# Phrasings grouped by linguistic class (wanting/enthusiasm, experience claims, thanks) and
# near misses with the same words: negated, hypothetical, someone else's, sign-off only.
THANKS_BY_CLASS = [
    "Many thanks for your time.",
    "Your time was much appreciated.",
    "I owe you thanks for the introduction.",
    "Thanks a million for meeting me.",
    "I really valued your time.",
    "It was kind of you to meet me on short notice.",
    "I'm thankful for the opportunity.",
    "I'm indebted to you for the advice.",
    "You were generous with your time.",
    "Thank you kindly for the tour.",
    "A big thank-you for the conversation.",
    "I'm grateful for your candor.",
    "I appreciated the chance to meet the team.",
    "Much appreciated, the time you gave me.",
    "It meant a lot that you made time.",
    "I valued our conversation about the role.",
    "Warm thanks for hosting me.",
    "My sincere thanks for the interview.",
    "I'm very appreciative of your time.",
    "Heartfelt thanks for the opportunity.",
    "Thanks heaps for your time.",
    "I can't thank you enough for the tour.",
    "It was very generous of you to spend the afternoon with me.",
    "I was grateful for the chance to meet the team.",
    "Please accept my thanks for the interview.",
    "Really appreciate you making the time.",
]
NOT_THANKS_BY_CLASS = [
    "Thanks to my training, I can start right away.",
    "I'm grateful to my mentor for the referral.",
    "I would appreciate an update.",
    "Thanks in advance for the update.",
    "I appreciate that you have many applicants.",
    "I wasn't thankful for the traffic.",
    "You thanked me for coming in.",
    "It was a pleasure to meet you.",
    "Thankfully the train was on time.",
    "She said she valued the candidates' time.",
]


@pytest.mark.parametrize("body", THANKS_BY_CLASS)
def test_thanks_by_linguistic_class(body: str) -> None:
    assert review(body).checks["gratitude"].detected is True, body


@pytest.mark.parametrize("body", NOT_THANKS_BY_CLASS)
def test_near_misses_by_class_are_not_thanks(body: str) -> None:
    assert review(body).checks["gratitude"].detected is False, body
