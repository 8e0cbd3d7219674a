"""etiquette: plans to phone or visit the hiring manager instead of going through the recruiter."""

from __future__ import annotations

import pytest

import notecheck


def codes(body: str) -> list[str]:
    report = notecheck.review(f"Dear Ms. Park,\n\nThank you for today. {body}\n\nBest,\nSam Lee")
    return [f.code for f in report.checks["etiquette"].findings]


@pytest.mark.parametrize(
    "body",
    [
        "I'll give Mr. Park a call on Thursday to follow up.",
        "I'll stop by your office on Friday.",
        "I thought I'd pop into the front office and ask Principal Vasquez myself.",
        "I hope you don't mind me coming to you directly.",
        "I plan to call you next week to see where things are.",
        "I stopped by your office on Tuesday, but you were out; I'll come by again Thursday.",
        "I will reach out to the hiring manager directly.",
        "I'm going to swing by the store on Monday.",
        "I left a voicemail for the hiring manager this morning.",
        "I'll come to the office on Friday to introduce myself.",
    ],
)
def test_plans_to_go_around_the_recruiter(body: str) -> None:
    assert codes(body) == ["etiquette.bypass"] or set(codes(body)) == {"etiquette.bypass"}, body


@pytest.mark.parametrize(
    "body",
    [
        "Feel free to call me at any time.",
        "I'm happy to come in for another interview if that helps.",
        "If it would help, I can call to walk you through my portfolio.",
        "I gave up a shift to come in, so I'd like to know soon.",
        "I came away more enthusiastic than when I walked in.",
        "I won't call; I'll wait to hear from the recruiter.",
        "Could you share the next steps?",
    ],
)
def test_offers_invitations_and_other_senses_are_fine(body: str) -> None:
    assert codes(body) == [], body


def test_a_threat_on_no_answer_is_still_a_plan() -> None:
    assert "etiquette.bypass" in codes(
        "If I don't hear back by Monday, I'll phone Ms. Greer directly."
    )


def test_an_offer_on_a_condition_is_fine() -> None:
    assert codes("If it helps, I can call your office to set up a time.") == []
