"""promptness: timestamps decide when given; otherwise textual cues, otherwise skipped."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import notecheck

NOTE = "Dear Ms. Park,\n\n{body}\n\nBest,\nSam Lee"


def review(body: str = "Thank you for meeting with me.", **kwargs: object) -> notecheck.Report:
    return notecheck.review(NOTE.format(body=body), **kwargs)  # type: ignore[arg-type]


def codes(report: notecheck.Report) -> list[str]:
    return [f.code for f in report.checks["promptness"].findings]


@pytest.mark.parametrize(
    ("sent", "status", "expected"),
    [
        ("2026-05-04T16:00:00-04:00", "pass", []),
        ("2026-05-05T09:59:00-04:00", "pass", []),
        ("2026-05-05T12:00:00-04:00", "warn", ["promptness.late"]),
        ("2026-05-09T10:00:00-04:00", "fail", ["promptness.very-late"]),
        ("2026-05-04T09:00:00-04:00", "fail", ["promptness.before-interview"]),
    ],
)
def test_times_decide(sent: str, status: str, expected: list[str]) -> None:
    report = review(interview_at="2026-05-04T10:00:00-04:00", sent_at=sent)
    assert report.checks["promptness"].status == status
    assert codes(report) == expected


def test_time_zones_are_respected() -> None:
    # 10:00 in New York is 14:00 UTC; 13:00 UTC is before it.
    report = review(interview_at="2026-05-04T10:00:00-04:00", sent_at="2026-05-04T13:00:00Z")
    assert codes(report) == ["promptness.before-interview"]
    report = review(interview_at="2026-05-04T10:00:00-04:00", sent_at="2026-05-05T13:30:00Z")
    assert codes(report) == []  # 23.5 hours later


def test_datetimes_are_accepted_as_well_as_strings() -> None:
    interview = datetime(2026, 5, 4, 10, tzinfo=timezone.utc)
    report = review(interview_at=interview, sent_at=interview + timedelta(hours=30))
    assert codes(report) == ["promptness.late"]


def test_sent_at_defaults_to_now() -> None:
    interview = datetime.now(timezone.utc) - timedelta(days=10)
    report = review(interview_at=interview)
    (finding,) = report.checks["promptness"].findings
    assert finding.code == "promptness.very-late"
    assert "would be sent" in finding.message


def test_front_matter_times_are_used() -> None:
    text = (
        "---\ninterview_at: 2026-05-04T10:00:00-04:00\nsent_at: 2026-05-06T10:00:00-04:00\n---\n"
        + NOTE.format(body="Thank you for meeting with me.")
    )
    report = notecheck.review(text)
    assert [f.code for f in report.checks["promptness"].findings] == ["promptness.late"]


def test_the_eml_date_header_is_the_sent_time() -> None:
    eml = (
        "From: Sam Lee <sam@example.com>\nTo: Ann Park <ann@example.org>\n"
        "Subject: Thank you\nDate: Fri, 08 May 2026 10:00:00 -0400\n\n"
        + NOTE.format(body="Thank you for meeting with me.")
    )
    report = notecheck.review(eml, interview_at="2026-05-04T10:00:00-04:00")
    (finding,) = report.checks["promptness"].findings
    assert finding.code == "promptness.very-late"
    assert "Date header" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "Sorry for the delay. Thank you for meeting with me last week.",
        "Thank you for meeting with me a few days ago.",
        "Please accept my belated thanks for the interview.",
        "I meant to write sooner. Thank you for the interview.",
        "It has been over a week since our interview, but I wanted to thank you.",
        "Thank you for last Tuesday's interview.",
        "Thank you for the final round last Wednesday.",
        "Thanks so much for finally getting back to me, only five weeks after the final round.",
        "Two weeks on, I'm still thinking about your question.",
        "I've kept thinking about the question you asked me last week.",
        "After three weeks of silence, I'm writing to ask whether you've decided.",
        "Thank you for speaking with me the other day.",
        "It's taken me a while to send this. Thank you for your time.",
        "Thank you for the trial shift last Saturday.",
        "I enjoyed the panel last Thursday. Thank you for including me.",
    ],
)
def test_textual_late_cues_warn(body: str) -> None:
    report = review(body)
    result = report.checks["promptness"]
    assert codes(report) == ["promptness.late-cue"], body
    assert result.status == "warn"
    (finding,) = result.findings
    assert report.text[finding.start : finding.end].strip()
    assert any(e.label == "late cue" for e in result.evidence)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for meeting with me yesterday.",
        "Thank you for meeting with me this morning.",
        "Thank you for the interview today.",
        "Thank you for hosting me at dinner last night.",
        "Thank you for the interview. Last year I led a migration like yours.",
        "Thank you for the interview. I enjoyed the last question you asked.",
        "Thank you for the interview today. Sorry for the long email!",
        "Thank you for the interview today. Sorry to write again so soon.",
        "Thank you for the interview today. I worked two weeks on the night shift last year.",
        "Thank you for the tour and the frank discussion about last year's recordables.",
        "Thank you for the interview today. I hit 118% of my meeting quota last year.",
        "Thank you for the interview on May 3.",
        "Thank you for meeting with me. Sorry I was late; there was a train delay.",
    ],
)
def test_prompt_words_and_other_senses_are_not_late(body: str) -> None:
    report = review(body)
    assert codes(report) == ["promptness.unknown"], body
    assert report.checks["promptness"].status == "skip"


def test_without_times_or_cues_the_check_is_skipped_and_says_what_to_pass() -> None:
    (finding,) = review().checks["promptness"].findings
    assert finding.severity == "info"
    assert "interview_at" in finding.message


def test_a_late_cue_in_a_follow_up_is_only_a_hint() -> None:
    report = review("It has been two weeks since my interview.", kind="follow_up")
    (finding,) = report.checks["promptness"].findings
    assert finding.code == "promptness.late-cue"
    assert finding.severity == "info"


def test_timestamps_win_over_textual_cues() -> None:
    report = review(
        "Thank you for meeting with me last week.",
        interview_at="2026-05-04T10:00:00-04:00",
        sent_at="2026-05-04T12:00:00-04:00",
    )
    assert codes(report) == []
    assert report.checks["promptness"].status == "pass"
