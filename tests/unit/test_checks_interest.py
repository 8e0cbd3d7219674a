"""interest: the writer's own interest in this role, its strength, and what is not interest."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

import notecheck
from notecheck.checks.interest import SCORER_RESOURCE


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


# Phrasings grouped by linguistic class (wanting/enthusiasm, experience claims, thanks) and
# near misses with the same words: negated, hypothetical, someone else's, sign-off only.
INTEREST_BY_CLASS = [
    "I want very much to be part of what you're building.",
    "I'm hoping to be the newest member of your team.",
    "I'd be glad of the chance to join you.",
    "The position excites me.",
    "Your team's work thrills me.",
    "I'm raring to go.",
    "I'm enthusiastic about the position.",
    "The role is one I'd love.",
    "I would very much like to join the clinic.",
    "I'd really like to be considered further.",
    "I'm looking forward to the chance to contribute.",
    "I look forward to possibly joining you.",
    "I'm eager for the next conversation.",
    "Joining your team would mean a great deal to me.",
    "Working with you would mean the world to me.",
    "I'd be proud to wear the Harlow badge.",
    "I remain very interested.",
    "I'm hopeful I'll be able to join you.",
    "The opportunity really appeals.",
    "I'm more keen than ever.",
    "It sounds like a wonderful place to work, and I want in.",
    "I'd welcome the opportunity to contribute.",
    "I'm very much hoping to hear I can join.",
    "I'd love nothing more than to work with this team.",
    "My enthusiasm for the role has only grown.",
    "I'm genuinely looking forward to the possibility of contributing.",
    "I'd jump at an offer.",
    "I'm attracted to the role by the chance to mentor.",
    "This role is a great match for what I'm looking for.",
    "I'd be delighted to accept a role on your team.",
    "Being part of this team is something I really want.",
    "I'm set on joining your team.",
    "I'd very much welcome being part of the crew.",
    "I'm eager to help the team hit its goals.",
    "I hope I get the chance to work with you.",
    "I'd be happy to take this role on.",
    "I'm keen on the role.",
    "I'm very keen on this opportunity.",
    "I'm excited by what your team is doing.",
    "I would love to be a part of it.",
    "Other companies have approached me, but I'm most interested in your team.",
    "I was thinking about pursuing other opportunities, but after our talk I'm sure I want this role.",
    "The role is everything I hoped it would be.",
    "It's not every day a role fits so well with what I want.",
    "The role sounds like exactly the challenge I've been seeking.",
    "I'm hoping for the chance to prove myself on your team.",
]
NOT_INTEREST_BY_CLASS = [
    "Everyone seemed keen to know about my availability.",
    "You said the team is eager to hire quickly.",
    "I'm not keen on the role after hearing about the hours.",
    "If it were remote, I would want the job, but it is not, so I must decline.",
    "My sister is excited about working at a startup.",
    "The manager hopes to join us for lunch.",
    "I'm keen to know how the team measures success.",
    "I'd love to know what the team's biggest challenge is.",
    "They want to fill the role by May.",
    "I'd like to know more about the benefits.",
    "Please let me know where I need to be on Monday.",
    "I don't want to miss anything you need from me.",
    "I've been thinking about my first week at my previous job.",
    "Please consider me, as well as my referee, available for a call.",
    "Please keep me in the loop about the parking situation.",
]


@pytest.mark.parametrize("body", INTEREST_BY_CLASS)
def test_interest_by_linguistic_class(body: str) -> None:
    assert review(body).checks["interest"].detected is True, body


@pytest.mark.parametrize("body", NOT_INTEREST_BY_CLASS)
def test_near_misses_by_class_are_not_interest(body: str) -> None:
    assert review(body).checks["interest"].detected is False, body


# Families added for unseen phrasing: the chance to do the work, being on the team, the
# craft done there, the role as what grew more appealing, slang and British enthusiasm,
# curly apostrophes, a subject left out, future openings.
INTEREST_FAMILIES = [
    "Hearing about the severity queue got me even more excited about the Support Team Lead role.",
    "The conversation made me even more certain that this is where I want to do my best work.",
    "I'd like the job.",
    "I would sure like to get back behind the wheel for you folks.",
    "The day confirmed that Brightmoor is where I would like to start my career.",
    "Would I be considered for that role?",
    "After this afternoon I'm sure Castell Insurance is where I want to take it.",
    "For me it would be a big pleasure to form part of the team in Trattoria Bellini.",
    "Seeing the facility made me want the research technician post even more.",
    "Hearing about the preceptor model made me want to start my career on your unit.",
    "Please choose me for the position.",
    "I really hope you pick me.",
    "I'd rather come to Ardent than take the other offer.",
    "i def wanna be on that team.",
    "I'd def love to wrench for you guys.",
    "This is the kind of hands-on role I'm looking for.",
    "Working under someone of your calibre would be the honour of my lifetime.",
    "I am very intrested in this job.",
    "I'd love the chance to tackle the backlog with you.",
    "I would relish the opportunity to help rebuild the pipeline.",
    "I’d love to be on your team.",
    "I'd like to be on that crew.",
    "I'd be happy to come on board.",
    "I want to teach at Oakridge.",
    "I'd love to cook for you.",
    "Our conversation made the role even more attractive.",
    "The position is really appealing.",
    "A team that still writes post-mortems is exactly what I've been hoping to find.",
    "Definitely want in.",
    "Really chuffed about the role.",
    "I'm so pumped about the coaching job!",
    "I can’t wait to contribute.",
    "It's one I would love to take on.",
    "What I like most about the role is the autonomy.",
    "I'm hoping we can work together.",
    "I'm sold.",
]
NOT_INTEREST_FAMILIES = [
    "Marketing is where I want to build my career.",
    "I'm eager to start building my career in digital marketing.",
    "I'd rather be honest with you about the commute.",
    "I'd like to thank you for your time.",
    "Being interviewed by you was a pleasure.",
    "I'd welcome the opportunity to hear your feedback.",
    "I want to work on the feedback you gave me.",
    "I'd like to be in a position to answer that better next time.",
    "I'd be happy to help with anything else you need.",
    "There is something I'd like to clarify.",
    "The office was buzzing with energy.",
    "The project sounds interesting.",
    "I can't wait to hear back.",
    "In case another question comes up, feel free to email me.",
    "My sister is thrilled about her new role.",
]


@pytest.mark.parametrize("body", INTEREST_FAMILIES)
def test_interest_families_for_unseen_phrasing(body: str) -> None:
    assert review(body).checks["interest"].detected is True, body


@pytest.mark.parametrize("body", NOT_INTEREST_FAMILIES)
def test_near_misses_of_the_new_families_are_not_interest(body: str) -> None:
    assert review(body).checks["interest"].detected is False, body


def test_continued_interest_when_another_role_comes_up_counts_in_a_rejection_reply() -> None:
    report = review(
        "If another analyst role opens up, I'd be glad to hear about it.", kind="rejection_reply"
    )
    assert report.checks["interest"].detected is True


@pytest.mark.parametrize(
    "body",
    [
        "Meeting the crew left me keener on the role than I expected.",
        "It made me want this job more, not less.",
        "After meeting your team I'm especially excited about the role.",
        "I walked out genuinely wanting it.",
        "I wasn't sure before we spoke, but now I'm convinced it's where I want to be.",
    ],
)
def test_interest_the_interview_made_grow_is_grew(body: str) -> None:
    result = review(body).checks["interest"]
    assert result.detected is True
    assert "grew" in {e.label for e in result.evidence}, body


@pytest.mark.parametrize(
    "body",
    [
        "Public health research is a field I have cared about since college.",
        "Inclusion work is what I care about most in education, and I hope to keep doing it.",
        "Structural biology is a fascinating field, and I hope to keep contributing to it.",
        "I love the logistics industry.",
        "Healthcare has always been meaningful to me, and I enjoy primary care in general.",
    ],
)
def test_field_interest_without_an_interest_word_is_weak(body: str) -> None:
    report = review(body)
    assert report.checks["interest"].detected is False
    assert "interest.weak" in codes(report)


# Families added for notes phrased in new ways (variety_dev2.yaml): the place as the writer's
# own, strong feelings about doing the work, a part in it, dreams about this place, hoping to
# be chosen, the work sounding exciting, already planning it, liking the prospect, a yes.
INTEREST_FAMILIES_2 = [
    "That's my kind of kitchen.",
    "This is the sort of newsroom I have always wanted to write for.",
    "This is the kind of store I've been hoping to run for a long time.",
    "I'd be so happy to call it my workplace.",
    "I would be proud to call this team home.",
    "I'd be proud to lead the front desk through that change.",
    "I would be honoured to teach at Hillcrest.",
    "I'd be delighted to cook for your guests.",
    "I'd be glad to have a hand in the next one.",
    "I would love to play a part in the expansion.",
    "It is my dream to learn the trade in a shop like yours.",
    "Joining your crew would be a dream come true.",
    "Flying with Aurora is still my goal.",
    "I have strong motivation for this position.",
    "I am very wishing to join your company.",
    "I really hope I'm the one you choose.",
    "Fingers crossed that I get the call!",
    "The project you described sounds fascinating.",
    "The work sounds like a lot of fun.",
    "What an exciting project to be part of.",
    "I'm on board if you'll have me.",
    "I haven't stopped thinking about the rebrand brief since.",
    "I found myself sketching feature ideas on the train home.",
    "I was already picturing my desk by the window.",
    "I'd love to tackle that backlog with your team.",
    "I would very much like to fly for Northstar.",
    "This job ticks every box for me.",
    "The studio felt like home.",
    "I can't wait!",
    "I would appreciate the opportunity to join your team.",
    "It would mean the world to me to work here.",
    "Working with your team would be amazing.",
    "Teaching at your school would be a privilege.",
    "Hearing how your unit supports new staff convinced me this is where I want to build my career.",
    "I love the idea of joining a team that cares this much.",
    "The thought of working with you excites me.",
    "I'd really enjoy working with your crew.",
    "I believe I'd be happy here.",
    "I'd start tomorrow if I could.",
    "It's an enthusiastic yes from me.",
    "Let's make it happen.",
    "I really believe in your mission.",
    "I remain committed to this opportunity.",
    "I like this job very much.",
    "I will be happy to work in your team.",
    "I am very interesting in this position.",
    "It would be great to be part of the team.",
    "I'll be watching your careers page.",
    "I am looking forward to join your team.",
    "It would be my pleasure to join your staff.",
    "I'm really invested in this opportunity.",
    "I've been thinking about the role ever since.",
    "Please know that I'm very serious about this role.",
    "This role aligns perfectly with my career goals.",
    "After yesterday's conversation I'm sure this is the job for me.",
    "I would like to teach here.",
    "I'd like to cook at Osteria.",
    "If you'll have me, I'm yours.",
    "It would be a privilege.",
    "I aspire to join a team like yours.",
    "My goal is to join a practice like yours.",
    "I left inspired by your team's vision.",
    "The mission really captivated me.",
    "I can envision myself leading the night shift.",
    "This is the role I want most.",
    "I'd choose this role over any other.",
    "Brightwater remains my dream employer.",
    "The job is perfect for me.",
    "If there's ever another opening on the team, I'd love to hear about it.",
    "Please keep my resume on file.",
    "I remain a big fan of what you're building.",
    "I haven't lost interest in the role.",
    "I'm no less excited than I was last week.",
    "There's nothing I'd like more.",
    "I don't think I've ever been this excited about a role.",
    "I want to be there when it launches.",
    "Where do I sign?",
    "I'm in if you are.",
    "I'm up for the challenge.",
    "I'd welcome the challenge.",
    "I know I'd love it there.",
    "This role feels like a great fit for me.",
    "I wish to get this position.",
    "I will be very happy if you choose me.",
    "I will do my best if I get this job.",
    "I'm ready to jump in.",
    "I have no doubt I'd love it here.",
    "Nothing would make me happier than joining your team.",
    "It's not every day I find a role this exciting.",
    "I'm excited to grow in the field of nursing at your hospital.",
    "I've fallen in love with the mission.",
    "If the chosen candidate does not work out, I would be happy to step in.",
    "I would love another shot.",
    "Nothing would please me more.",
    "This role is a dream.",
    "It would be a thrill to join your crew.",
    "Please consider me a strong candidate.",
    "That's my kind of brewery.",
    "The pharmacy sounds like a dream.",
    "I'd be happy to care for your residents.",
    "I was inspired by your team's work on the archive.",
    "Hope it's a yes!",
    "It's the right place for me.",
    "I will be glad to be part of your team.",
    "It will be pleasure for me to join your team.",
    "I would be very glad if I can join your team.",
    "Being part of this team is my wish.",
    "I really look forward to be part of your team.",
]
NOT_INTEREST_FAMILIES_2 = [
    "My dream has always been to become a nurse.",
    "I was really excited about this position until I learned it is funded for six months.",
    "I used to be interested in this kind of role.",
    "If I were just starting out, I would love a place like yours, but I will pass.",
    "My husband is thrilled about the idea of moving back to Duluth.",
    "I'm thrilled for you and the team on the launch.",
    "I'd love to help in any way I can.",
    "I will be happy to send my references.",
    "I'd be glad to provide any other information.",
    "Is there a possibility of working remotely?",
    "I'm nervous about the prospect of relocating.",
    "Let me know what works for you.",
    "Any time that works for you would be great.",
    "I found myself thinking about my old job.",
    "I've accepted a position elsewhere, so I'm no longer looking.",
    "I look forward to work on my feedback.",
    "I aligned the budget with my manager's plans.",
    "I'm serious about patient safety.",
    "I'd like to take this opportunity to thank you.",
    "I'd like to bring to your attention one correction.",
    "It would be an honor to meet you again sometime.",
    "I'd like to work on my presentation skills.",
    "I would like to build on your feedback.",
    "My goal is to become a nurse practitioner.",
    "I long to work in healthcare.",
    "Tuesday sounds perfect for me.",
    "I'd pick a morning slot over an afternoon one.",
    "I'll call you from home.",
    "Please call my office anytime.",
    "I'd be delighted to get your feedback.",
    "I wish to be clear about my notice period.",
    "It would be great to take a look at the floor plans.",
    "I would be happy at any time to send more samples.",
    "I plan to apply for my PE license this spring.",
    "It would be my pleasure to send you the samples.",
    "The office looks amazing.",
    "I have a long way to grow as a writer.",
    "It sounds like the team has a lot on its plate.",
    "If the pilot launches, I'd love to hear about it.",
    "I'm a fan of your podcast.",
    "If I get the chance, I'll send the samples tomorrow.",
    "I'm less sure this role is the right match for me.",
    "I wonder whether I'd be happy there.",
    "I am excited about the field of nursing, and your hospital has a great reputation.",
    "I would like a chance to ask one more question.",
    "I had a dream about the interview.",
    "It would be a pleasure for me to send the files.",
    "I was motivated by the deadline.",
    "I would be happy if I could get feedback.",
    "I'm not sure it's the right fit for me.",
]


@pytest.mark.parametrize("body", INTEREST_FAMILIES_2)
def test_interest_families_for_new_phrasing(body: str) -> None:
    assert review(body).checks["interest"].detected is True, body


@pytest.mark.parametrize("body", NOT_INTEREST_FAMILIES_2)
def test_near_misses_of_the_second_families_are_not_interest(body: str) -> None:
    assert review(body).checks["interest"].detected is False, body


@pytest.mark.parametrize(
    "body",
    [
        "I'm very excited about the role. I'll pass on your regards to Dana.",
        "I'm very excited about the role. I'm no longer available on Tuesdays, though.",
    ],
)
def test_passing_on_regards_or_a_busy_day_is_not_a_withdrawal(body: str) -> None:
    assert review(body).checks["interest"].detected is True, body


@pytest.mark.parametrize(
    "body",
    [
        "I'm very excited about the role, but I'll pass on this opportunity.",
        "I'm no longer looking, so please close my application.",
    ],
)
def test_passing_on_the_opportunity_is_a_withdrawal(body: str) -> None:
    report = review(body)
    assert report.checks["interest"].detected is False
    assert "interest.negated" in codes(report)


def test_bygone_interest_is_reported_as_not_interested() -> None:
    report = review("I was excited about the role until I saw the rota, so I'll step back.")
    assert report.checks["interest"].detected is False
    assert "interest.negated" in codes(report)


def test_a_dream_about_the_trade_only_is_weak_interest() -> None:
    report = review("My dream has always been to become a nurse.")
    assert "interest.weak" in codes(report)


@pytest.mark.parametrize(
    "body",
    [
        "Our conversation left me eager to roll up my sleeves on the onboarding program.",
        "Hearing about the clinic convinced me that this is where I want to work.",
        "The trail shift reminded me how much I'd like to be part of your kitchen.",
        "I found myself sketching feature ideas on the train home.",
        "The more I learned about the lab, the more I wanted to join.",
        "The tour won me over.",
        "Hearing about the launch got me excited about the role.",
        "I was already interested in the role, and the interview made me more so.",
        "Meeting the crew was the deciding factor: I want this job.",
        "I came away sold on the role.",
    ],
)
def test_interest_the_interview_made_grow_is_grew_second_families(body: str) -> None:
    result = review(body).checks["interest"]
    assert result.detected is True
    assert "grew" in {e.label for e in result.evidence}, body


# --- the learned sentence scorer (benchmarks/train_interest_scorer.py) ------------------

SCORER_ACCEPTS = [
    "I would truly treasure a spot on this team.",
    "Getting this job would make my year.",
]
SCORER_REJECTS = [
    "I hope you find the right person.",
    "I'm still thinking it over.",
    "I would like to confirm the address for Thursday.",
    "I'd be grateful for any feedback.",
    "My wife would love for us to move to Denver.",
    "I believe I would be a strong addition to your team.",
    "I'd be happy to send references.",
    "I'd value your perspective.",
]


@pytest.mark.parametrize("body", SCORER_ACCEPTS)
def test_the_scorer_recognises_interest_no_pattern_finds(body: str) -> None:
    result = review(body).checks["interest"]
    assert result.detected
    assert "sentence scorer" in result.summary
    assert [e.quote for e in result.evidence] == [body]
    assert "interest.missing" not in codes(review(body))


@pytest.mark.parametrize("body", SCORER_REJECTS)
def test_the_scorer_does_not_take_near_misses_for_interest(body: str) -> None:
    result = review(body).checks["interest"]
    assert not result.detected
    assert "interest.missing" in codes(review(body))


@pytest.mark.parametrize(
    "body",
    [
        "Please choose me for the position. I'm no longer interested in the role.",
        "Getting this job would make my year. I have decided to withdraw my application.",
    ],
)
def test_the_scorer_never_overrides_a_withdrawal(body: str) -> None:
    result = review(body).checks["interest"]
    assert not result.detected
    assert "interest.negated" in codes(review(body))


def test_the_scorer_can_be_switched_off() -> None:
    config = notecheck.Config(options={"interest": {"scorer": False}})
    report = notecheck.review(
        "Dear Ms. Park,\n\nThank you for meeting with me today. Getting this job would make "
        "my year.\n\nBest,\nSam Lee",
        kind="thank_you",
        config=config,
    )
    assert not report.checks["interest"].detected


@cache
def _trainer() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "train_interest_scorer.py"
    spec = importlib.util.spec_from_file_location("train_interest_scorer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@cache
def _built() -> str:
    text: str = _trainer().build()[0]
    return text


def test_the_shipped_scorer_is_what_the_training_script_makes() -> None:
    assert _trainer().main(["--check"]) == 0


def test_the_training_script_makes_the_same_file_twice() -> None:
    first = _built()
    assert _trainer().build()[0] == first
    shipped = files("notecheck").joinpath(SCORER_RESOURCE).read_text(encoding="utf-8")
    assert first == shipped
