"""personalization: a callback to something specific from the interview."""

from __future__ import annotations

import pytest

import notecheck


def review(body: str, **kwargs: object) -> notecheck.Report:
    return notecheck.review(
        f"Dear Ms. Park,\n\nThank you for meeting with me today. {body}\n\nBest,\nSam Lee",
        **kwargs,  # type: ignore[arg-type]
    )


def generic(report: notecheck.Report) -> bool:
    return any(
        f.code == "personalization.generic" for f in report.checks["personalization"].findings
    )


@pytest.mark.parametrize(
    "body",
    [
        "I enjoyed hearing how your team rebuilt the weekly churn dashboard.",
        "The part about the creator fund was my favourite.",
        "I appreciated how open you were about the ledger rewrite roadmap.",
        "Thanks for the walk through the cross-dock this morning.",
        "Loved trying out the new truing stand.",
        "The brand refresh you mentioned sounds like a great challenge.",
        "The tour of the cross-dock facility was a highlight.",
        "I enjoyed our discussion about simplifying the onboarding flow for clinic admins.",
        "I enjoyed the ranking-model discussion with Dmitri in particular.",
        "Your description of the new intake process for families was very concrete.",
    ],
)
def test_specific_callbacks(body: str) -> None:
    report = review(body)
    assert not generic(report), body
    assert report.checks["personalization"].evidence


@pytest.mark.parametrize(
    "body",
    [
        "I enjoyed our conversation and learning more about the company.",
        "I appreciated the time you took to explain the role.",
        "I am very interested in the position.",
        "The responsibilities you outlined fit my goals.",
    ],
)
def test_generic_lines(body: str) -> None:
    assert generic(review(body)), body


def test_a_template_slot_is_not_something_specific() -> None:
    report = review("I especially enjoyed our conversation about {{ topic }}.", template=True)
    assert generic(report)


@pytest.mark.parametrize(
    "body",
    [
        "I could help with your warehouse relabelling effort from the first week.",
        "It was good to meet you and Priya from the billing desk.",
        "The tour of the bakery made the job feel real.",
        "The rota system you described sounds like a good fit for me.",
        "I'm excited about the position and the cold-chain audit.",
        "Thanks for the shadowing shift on the night ward.",
        "Ms. Ortega showed me how the intake desk works.",
    ],
)
def test_specific_things_people_and_places(body: str) -> None:
    assert not generic(review(body)), body


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the chat. I have six years of retail experience.",
        "I enjoyed talking about the cashier opening.",
        "Working with your data group appeals to me.",
        "Could you let me know when you expect to decide?",
        "I remain very interested in Northwind Logistics.",
        "I hope the rest of your week goes well.",
        "If I hear nothing by Friday, I will call Mr. Greyson.",
    ],
)
def test_courtesy_the_job_and_the_company_are_not_specific(body: str) -> None:
    assert generic(review(body)), body
