"""timeline: a request about the decision, next steps or timeline, and what is not one."""

from __future__ import annotations

import pytest

import notecheck


def review(body: str, kind: str | None = "thank_you") -> notecheck.Report:
    return notecheck.review(
        f"Dear Ms. Park,\n\nThank you for meeting with me today. {body}\n\nBest,\nSam Lee",
        kind=kind,
    )


def codes(report: notecheck.Report) -> set[str]:
    return {f.code for f in report.checks["timeline"].findings}


REQUESTS = [
    "Could you share the timeline for next steps?",
    "I'd appreciate any update on your timeline.",
    "When will I hear back?",
    "Please let me know what you decide.",
    "Is there anything else you need from me before you decide?",
    "Hit me up when you know something.",
    "When might I expect to hear?",
    "Is a decision likely this month?",
    "How soon might you be filling the role?",
    "I'd welcome a sense of when you'll be deciding.",
    "Any word on timing would be great.",
    "Do you have an idea of when interviews will wrap up?",
    "Please keep me in the loop.",
    "Could you tell me what to expect next?",
    "I'd be grateful to hear how things progress.",
    "Would it be possible to get an update by the end of the month?",
    "Please let me know how you'd like to proceed.",
    "Feel free to update me whenever there's news.",
    "I'd appreciate knowing where I stand.",
    "What's the next stage?",
    "Should I expect to hear back this week?",
    "Could you share when the team will make a final call?",
    "What happens next?",
    "when will you decide",
    "I am writing to ask about the status of my application.",
    "When will I know?",
    "When would be a good time to check back?",
    "How long does the process usually take?",
    "I'm curious when you'll make a decision.",
    "Please let me know either way.",
    "I would appreciate the opportunity to hear about next steps.",
    "Could you tell me when you have decided?",
    "Please let me know if there are any updates on the timeline.",
    "Just wanted to see if you've reached a decision yet.",
    "Please phone me when you decide.",
    "Kindly revert with the status of my application.",
    "I would be grateful for any update on the timeline.",
    "If you could let me know soon, that would help.",
    "Is the position still open?",
    "It would be nice to know whether I'm still being considered.",
    "hmu whenever!",
    "Please let me know something.",
    "Please call me soon!",
    "I'm just checking in again on the designer role.",
    "Please, even if it's a no, can you tell me something?",
    "Is there anything else you need from me before the panel meets on Friday?",
    "I was hoping to get an update on the front desk position.",
    "u guys still need someone?",
    "Should I check back in a few weeks, or will you reach out once you know more?",
    "Please tell me if there's any hope at all.",
    "I'd appreciate the basic courtesy of a reply.",
    "I wish to know the status of my application.",
    "Kindly expedite the process and revert by Thursday EOD.",
    "I would appreciate knowing whether the position is still open.",
    "Please let me know where things are.",
]
NOT_REQUESTS = [
    "I look forward to hearing from you.",
    "I look forward to hearing about the next steps.",
    "I hope to hear good news.",
    "Let me know if you need anything else.",
    "Please let me know if there is any other information I can provide.",
    "Could you share the timeline for the capital campaign you mentioned?",
    "Do you know when the next apprentice intake will open?",
    "A few things I'd like to know before deciding: is there a bonus?",
    "I'd be glad to hear from you if something opens up.",
    "You mentioned you hoped to decide by Friday.",
    "I would love to hear more about the library project when the time is right.",
    "I've decided to accept another offer and would like to withdraw my application.",
    "I would appreciate the opportunity to move forward in the hiring process.",
    "I'd welcome the chance to continue the conversation with the team.",
    "Could you confirm how much leave new hires get in their first year?",
    "Thank you for your reply and for let me know the decision.",
    "If there is anything else I can send, please let me know.",
    "Please let me know if you need anything else before the next round.",
    "Please let me know what else you need.",
    "I wanted to follow up with a small update: I passed the Green Belt exam.",
    "Thank you very much for informing me of the result.",
    "I would be glad to provide references, and I look forward to the next stage.",
    "I wanted to follow up on our conversation about the role.",
    "Any chance the role could be remote?",
    "I wanted to add to my answer on the parking minimums question.",
    "Kindly confirm if this is acceptable so we can proceed further.",
    "I would like to ask, what was the main reason I was not selected?",
    "can i apply again when you hire for the summer?",
    "Thank you for your kind email informing me about the decision.",
    "I'd like to know whether my answer on the stack problem was where I fell short.",
    "Thanks for the update yesterday letting me know the team is still interviewing.",
    "If you're able to share what tipped the decision, I'd really appreciate it.",
    "I'd be very glad to be considered if the outpatient role opens.",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_detects_requests_phrased_many_ways(body: str) -> None:
    result = review(body).checks["timeline"]
    assert result.detected is True, body
    assert result.evidence


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_statements_and_other_questions_are_not_requests(body: str) -> None:
    assert review(body).checks["timeline"].detected is False, body


def test_look_forward_alone_gets_a_pointed_message_on_its_sentence() -> None:
    report = review("I look forward to hearing from you.")
    finding = next(f for f in report.checks["timeline"].findings if f.code == "timeline.missing")
    assert "not a request" in finding.message
    assert report.text[finding.start : finding.end] == "I look forward to hearing from you."


def test_evidence_is_the_request_sentence() -> None:
    report = review("Could you share the timeline for next steps? I can send samples.")
    (evidence,) = report.checks["timeline"].evidence
    assert evidence.quote == "Could you share the timeline for next steps?"


def test_a_blunt_question_is_detected_with_a_hint() -> None:
    report = review("When will I hear back?")
    assert report.checks["timeline"].detected is True
    assert "timeline.blunt" in codes(report)
    assert report.checks["timeline"].status == "pass"


def test_a_demand_is_detected_and_flagged() -> None:
    report = review("I need an answer by Friday.")
    assert report.checks["timeline"].detected is True
    assert "timeline.demanding" in codes(report)


def test_a_rejection_reply_does_not_need_a_timeline_request() -> None:
    report = review("Could you share any feedback?", kind="rejection_reply")
    assert report.checks["timeline"].detected is False
    assert report.checks["timeline"].status == "pass"
    assert not codes(report)


def test_detected_is_independent_of_the_kind() -> None:
    report = review("Could you share the timeline?", kind="rejection_reply")
    assert report.checks["timeline"].detected is True


@pytest.mark.parametrize(
    "body",
    [
        "I'm no longer keen after learning about the travel schedule, and I'd like to withdraw.",
        "I'd like to know more about the on-call schedule.",
        "What the timeline is for retiring the old dashboard is still unclear to me.",
    ],
)
def test_other_schedules_are_not_the_hiring_timeline(body: str) -> None:
    assert review(body).checks["timeline"].detected is False, body


def test_demanding_a_yes_or_no_is_a_demand() -> None:
    report = review("I need a yes or no by Wednesday.")
    assert report.checks["timeline"].detected is True
    assert "timeline.demanding" in {f.code for f in report.checks["timeline"].findings}
