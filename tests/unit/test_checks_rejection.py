"""rejection: replies to a rejection ask for feedback and to stay in touch, without bitterness."""

from __future__ import annotations

import pytest

import notecheck


def review(body: str) -> notecheck.Report:
    return notecheck.review(
        f"Dear Ms. Park,\n\nThank you for letting me know. {body}\n\nBest,\nSam Lee",
        kind="rejection_reply",
    )


def labels(report: notecheck.Report) -> set[str]:
    return {e.label for e in report.checks["rejection"].evidence}


def codes(report: notecheck.Report) -> set[str]:
    return {f.code for f in report.checks["rejection"].findings}


@pytest.mark.parametrize(
    "body",
    [
        "I would be grateful for any feedback on my interview.",
        "Could you share any thoughts on how I could strengthen my application?",
        "I'm interested to know why the panel chose another candidate.",
        "Would you be willing to share what I could do differently next time?",
        "Is there anything I could have done differently?",
        "Could you tell me what set the successful candidate apart?",
        "If you have time, I'd appreciate hearing what else you noticed.",
        "Can you please write me what was missing in my profile?",
        "Can you tell me what I did wrong?",
        "Kindly let me know the areas where I lacked in the interview.",
        "I would like to ask, what was the main reason I was not selected?",
        "Kindly tell me which points I should improve.",
    ],
)
def test_feedback_requests(body: str) -> None:
    report = review(body)
    assert "feedback request" in labels(report), body
    assert "rejection.no-feedback-request" not in codes(report)


@pytest.mark.parametrize(
    "body",
    [
        "I'd love to stay in touch.",
        "Please keep me in mind for future roles.",
        "I would be glad to be considered for future openings.",
        "If a junior design role comes up, please think of me.",
        "I'd like to apply again when the next intake opens.",
        "I hope we can stay connected.",
        "If something else opens up, I'd be glad to hear from you.",
        "Feel free to contact me if the situation changes.",
        "I'd welcome the chance to work together in the future.",
        "Should the new hire not work out, I am still available.",
        "If another tech position opens, I'd jump at it.",
        "Please keep my resume in your database for future openings.",
        "Please consider me for anything that opens up.",
    ],
)
def test_stay_in_touch_requests(body: str) -> None:
    report = review(body)
    assert "stay in touch" in labels(report), body
    assert "rejection.no-stay-in-touch" not in codes(report)


def test_being_considered_in_the_past_is_not_a_request() -> None:
    report = review("I am so honored just to have been considered!")
    assert "stay in touch" not in labels(report)


def test_thanks_for_feedback_already_given_is_not_a_request() -> None:
    report = review("Thank you for the feedback you shared.")
    assert "feedback request" not in labels(report)


def test_bitterness_is_flagged() -> None:
    report = review("Your loss. It's obvious the process was a formality.")
    assert "rejection.bitter" in codes(report)
    assert report.checks["rejection"].status == "warn"


def test_the_check_is_skipped_for_other_kinds() -> None:
    report = notecheck.review("Dear Ms. Park,\n\nThank you.\n\nSam", kind="thank_you")
    assert report.checks["rejection"].status == "skip"


@pytest.mark.parametrize(
    "body",
    [
        "If another warehouse lead role comes up, please give me a shout.",
        "If a similar design opening appears, I'd be glad to hear about it.",
    ],
)
def test_asking_to_hear_about_future_openings(body: str) -> None:
    assert "stay in touch" in labels(review(body)), body


def test_a_jab_with_why_is_not_a_feedback_request() -> None:
    report = review(
        "Anyone who has spent an hour in that office can see why you can't keep people."
    )
    assert "feedback request" not in labels(report)


def test_pleading_to_change_the_decision_is_not_a_feedback_request() -> None:
    report = review("Please, is there anything I can do to change your mind?")
    assert "feedback request" not in labels(report)
