"""interest: the writer's own interest in this role, its strength, and what is not interest."""

from __future__ import annotations

import pytest

import notecheck


def review(body: str, kind: str | None = "thank_you") -> notecheck.Report:
    return notecheck.review(
        f"Dear Ms. Park,\n\nThank you for meeting with me today. {body}\n\nBest,\nSam Lee",
        kind=kind,
    )


def codes(report: notecheck.Report) -> set[str]:
    return {f.code for f in report.checks["interest"].findings}


INTEREST = [
    "I'm very interested in the analyst position.",
    "I am excited about the opportunity to join your team.",
    "I'd love to be part of what you're building.",
    "I remain very keen on the role.",
    "I really want this job.",
    "This is exactly the kind of role I've been looking for.",
    "I can see myself thriving on your team.",
    "Joining your team would be a dream.",
    "The position appeals to me even more now.",
    "I left the interview energized about the work your team is doing.",
    "I would welcome the chance to contribute to your team.",
    "I'm eager to get started.",
    "I look forward to the possibility of working together.",
    "This role feels like the right next step for me.",
    "I'd jump at the chance to join the clinic.",
    "I'd be honored to join your crew.",
    "I'm still enthusiastic about the position.",
    "It's where I want to be.",
    "I could be interested if the role were remote.",
    "I'd be proud to be part of the team.",
    "I'm all the more convinced this is the team I want to join.",
    "I'd love nothing more than to join your team.",
    "This is the opportunity I've been waiting for.",
    "I can't stop thinking about the role.",
    "I would happily accept an offer.",
    "The role checks every box for me.",
    "It sounds like a place where I could grow.",
    "I really hope I get the job.",
    "This would be the right move for me.",
    "I'm passionate about the work your team does.",
    "Your company remains my first choice.",
    "I'd welcome the next step.",
    "This is a role I would genuinely enjoy.",
    "I left already imagining my first month on the team.",
    "I would happily relocate for this role.",
    "There's nowhere I'd rather be.",
    "I look forward to hopefully being part of the team.",
]
NOT_INTEREST = [
    "I enjoyed our conversation.",
    "I'm interested to know why the panel chose another candidate.",
    "Other companies are interested in me, so please decide soon.",
    "Would you be interested in seeing my portfolio?",
    "I really need this job.",
    "You mentioned the team is excited about the launch.",
    "Please take my name out of consideration.",
    "I have decided to pursue another opportunity.",
    "I'm no longer interested in the position.",
    "I want to start by saying how much I enjoyed the tour.",
    "I have a keen eye for detail.",
    "I'm passionate about healthcare.",
    "Interest rates have made the housing team's job harder.",
    "I have accepted an offer elsewhere.",
]


@pytest.mark.parametrize("body", INTEREST)
def test_detects_interest_phrased_many_ways(body: str) -> None:
    result = review(body).checks["interest"]
    assert result.detected is True, body
    assert result.evidence and all(e.quote for e in result.evidence)


@pytest.mark.parametrize("body", NOT_INTEREST)
def test_does_not_mistake_other_things_for_interest(body: str) -> None:
    assert review(body).checks["interest"].detected is False, body


def test_interest_that_grew_from_the_interview_is_noted_as_the_best_form() -> None:
    result = review("Our conversation made me even more excited about the role.").checks["interest"]
    assert result.detected is True
    assert "grew" in {e.label for e in result.evidence}
    assert "strongest" in result.summary


def test_plain_interest_is_not_reported_as_grown() -> None:
    result = review("I'm interested in the role.").checks["interest"]
    assert "grew" not in {e.label for e in result.evidence}


def test_withdrawal_is_the_opposite_of_interest_and_is_flagged() -> None:
    report = review(
        "I'm no longer interested in the position. I was very interested in the company, though."
    )
    result = report.checks["interest"]
    assert result.detected is False
    finding = next(f for f in result.findings if f.code == "interest.negated")
    assert report.text[finding.start : finding.end] == "no longer interested"


def test_double_negation_is_interest() -> None:
    result = review("It's not that I'm not interested; I very much am.").checks["interest"]
    assert result.detected is True


def test_field_only_interest_is_weaker_and_not_detected() -> None:
    report = review("Data science is a field I am passionate about.")
    result = report.checks["interest"]
    assert result.detected is False
    assert {"interest.weak", "interest.missing"} <= codes(report)


def test_hedged_interest_counts_with_a_hint() -> None:
    report = review("I'd say I'm probably interested, depending on the schedule.")
    assert report.checks["interest"].detected is True
    assert "interest.hedged" in codes(report)


def test_conditional_interest_counts_but_is_flagged() -> None:
    report = review("I'm interested in the position, but only if the base is above $95,000.")
    assert report.checks["interest"].detected is True
    assert "interest.conditional" in codes(report)


def test_missing_interest_is_a_warning_for_a_thank_you_note() -> None:
    report = review("Could you share the timeline?")
    result = report.checks["interest"]
    assert result.detected is False
    assert result.status == "warn"
    assert "interest.missing" in codes(report)


def test_a_rejection_reply_need_not_state_interest() -> None:
    report = review("Could you share any feedback?", kind="rejection_reply")
    assert report.checks["interest"].detected is False
    assert "interest.missing" not in codes(report)
    assert report.checks["interest"].status == "pass"


def test_continued_interest_in_future_roles_counts_in_a_rejection_reply() -> None:
    report = review("Please keep me in mind for future roles.", kind="rejection_reply")
    assert report.checks["interest"].detected is True
