"""tone: each problem has its own code and span; sincere or businesslike notes pass."""

from __future__ import annotations

import pytest

import notecheck


def review(
    body: str, greeting: str = "Dear Ms. Park,", kind: str | None = None
) -> notecheck.Report:
    return notecheck.review(f"{greeting}\n\n{body}\n\nBest regards,\nSam Lee", kind=kind)


def codes(report: notecheck.Report) -> set[str]:
    return {f.code for f in report.checks["tone"].findings}


FINE = [
    "As I mentioned, I am still very excited about the role.",
    "Thank you for meeting with me today. I enjoyed hearing about the migration project, and "
    "my five years of Python would help. Could you share the timeline for next steps?",
    "Thank you for the interview. I have managed payroll for 600 employees. Please let me "
    "know the next steps.",
    "Thank you for your time! I'm very excited about the role.",
    "As we discussed, I'm available to start in August. Our conversation made me even more "
    "excited about the role.",
    "As I mentioned, I've run restorative justice circles for three years, and I'd be glad to "
    "bring that approach to your school.",
    "I have BLS, ACLS and CCRN certifications and four years in a CVICU, so I can handle the "
    "acuity on your unit.",
    "I am available to start immediately.",
    "The migration you described sounded like a nightmare to untangle.",
    "I'm happy to provide anything you need.",
    "As a bonus, I speak Spanish and Portuguese.",
    "I took time off last year to care for my father.",
    "I've worked from home for three years.",
    "I got the chance to see the lab, and the work on health equity was inspiring.",
    "Thank you for letting me know. I'm disappointed, of course, but I enjoyed every conversation.",
    "I enjoyed hearing about how your team raised money for the new goals.",
    "In my current role I own the variance analysis for a $200M business unit.",
    "Thank you for the amazing tour; the lab is impressive.",
    "I have accepted another offer closer to home, so I am withdrawing my application.",
]


@pytest.mark.parametrize("body", FINE)
def test_a_sincere_or_businesslike_note_passes(body: str) -> None:
    result = review(body).checks["tone"]
    assert not result.findings, [(f.code, f.message) for f in result.findings]
    assert result.status == "pass"


PROBLEMS = [
    ("tone.negative", "Honestly, the interview was disorganized and the panel was rude."),
    ("tone.negative", "Your loss. It's obvious this process was a formality."),
    ("tone.negative", "I waited forty minutes in the lobby and nobody could tell me why."),
    ("tone.negative", "I'm sure you have plenty of better candidates, so I won't get my hopes up."),
    ("tone.negative", "I know I probably blew it; interviews always go badly for me."),
    ("tone.pushy", "I need an answer by Friday."),
    ("tone.pushy", "If I don't hear back by Friday, I'll contact your CEO directly."),
    ("tone.pushy", "I have an offer from another company that expires on Friday."),
    ("tone.pushy", "Please get back to me ASAP with your decision."),
    ("tone.pushy", "I have a competing offer on the table, so please decide soon."),
    ("tone.pushy", "I must insist on a decision this week."),
    ("tone.pushy", "I expect to hear from you within 48 hours."),
    ("tone.pushy", "Let's skip the second round and move straight to an offer."),
    ("tone.pushy", "Please don't keep me waiting; the ball is in your court."),
    ("tone.desperate", "I really need this job. I'll do anything."),
    ("tone.desperate", "Please, please reconsider. I'm begging you."),
    ("tone.desperate", "I'll take any salary you offer; I just need a foot in the door."),
    ("tone.desperate", "I've been out of work for eight months and my savings are almost gone."),
    ("tone.desperate", "I'd be willing to work for less, or for free for a month to prove myself."),
    ("tone.casual", "thx for the chat lol, the gig sounds dope"),
    ("tone.casual", "Thank you for the interview 😊"),
    ("tone.casual", "Just wanted to say tysm for the interview, ngl I was nervous."),
    (
        "tone.casual",
        "thank you so much for meeting with me today about the designer role. i loved hearing "
        "about the rebrand and i think i could jump right in.",
    ),
    (
        "tone.effusive",
        "You are a visionary leader, a genius, and the kindest person I've ever spoken to.",
    ),
    (
        "tone.effusive",
        "You are the most brilliant interviewer I have ever met, and your firm is the finest "
        "in the world.",
    ),
    ("tone.passive-aggressive", "Per my last email, I'm still waiting to hear back."),
    ("tone.passive-aggressive", "Just a gentle reminder, in case my last message got lost."),
    ("tone.passive-aggressive", "As I already said twice, I can start immediately."),
    ("tone.passive-aggressive", "As I mentioned in my last email, I still have not heard back."),
    ("tone.passive-aggressive", "Thanks for finally getting back to me. No rush, obviously."),
    (
        "tone.passive-aggressive",
        "It was good to finally meet you, once the interview actually started.",
    ),
    ("tone.shouting", "THANK YOU SO MUCH FOR THE INTERVIEW!!! I AM SO EXCITED!!!"),
    ("tone.shouting", "I WANT TO BE VERY CLEAR THAT I HAVE TEN YEARS OF EXPERIENCE."),
    ("tone.shouting", "Thank you for meeting me today!!!! I loved the studio!!!!"),
    ("tone.salary", "How many vacation days would I get, and is there a bonus?"),
    ("tone.salary", "My current employer pays $42 an hour, so I'd expect at least that."),
    ("tone.salary", "Could you confirm the full compensation package and the 401(k) match?"),
    ("tone.salary", "The salary range you shared works for me."),
    ("tone.salary", "What's the pay like, and is there a signing bonus?"),
]


@pytest.mark.parametrize(("code", "body"), PROBLEMS)
def test_each_problem_has_its_own_code_and_span(code: str, body: str) -> None:
    report = review(body)
    result = report.checks["tone"]
    assert code in codes(report), (body, codes(report))
    finding = next(f for f in result.findings if f.code == code)
    assert 0 <= finding.start < finding.end <= len(report.text)
    assert report.text[finding.start : finding.end].strip()
    assert result.status == "warn"


def test_hey_greeting_is_casual() -> None:
    report = review("Thanks for the chat today.", greeting="Hey Mike,")
    finding = next(f for f in report.checks["tone"].findings if f.code == "tone.casual")
    assert report.text[finding.start : finding.end] == "Hey"


def test_desperate_salary_talk_is_desperate_not_salary() -> None:
    report = review("I'll accept any salary or any shift.")
    assert "tone.desperate" in codes(report)
    assert "tone.salary" not in codes(report)


def test_salary_talk_in_a_rejection_reply_is_flagged() -> None:
    report = review(
        "If the decision came down to salary, I'd lower my ask to $48,000.", kind="rejection_reply"
    )
    assert "tone.salary" in codes(report)


def test_a_job_title_with_a_pay_word_is_not_salary_talk() -> None:
    report = review("Thank you for the interview for the Compensation Analyst role.")
    assert "tone.salary" not in codes(report)


def test_emoji_can_be_allowed_by_option() -> None:
    config = notecheck.Config(options={"tone": {"allow-emoji": True}})
    report = notecheck.review(
        "Dear Ms. Park,\n\nThank you for the interview 😊\n\nBest,\nSam", config=config
    )
    assert "tone.casual" not in {f.code for f in report.checks["tone"].findings}


@pytest.mark.parametrize(
    "body",
    [
        "Honestly, the team sounds like a great place to learn.",
        "I owe you a big thank-you for the introduction to your colleague.",
        "I know how to keep every employee paid on time through a system change.",
    ],
)
def test_candour_gratitude_and_payroll_are_fine(body: str) -> None:
    assert not codes(review(body)), body


def test_sarcastic_thanks_that_name_the_harm_are_negative() -> None:
    found = codes(review("Thanks for wasting my whole morning. The panel was late."))
    assert "tone.negative" in found
    assert "tone.passive-aggressive" not in found


def test_openly_hostile_note_is_negative_not_passive_aggressive() -> None:
    found = codes(
        review(
            "Frankly, the interview was a farce and the panel was rude. All I got was a form "
            "email. Don't bother calling."
        )
    )
    assert "tone.negative" in found
    assert "tone.passive-aggressive" not in found


def test_two_double_bangs_in_lowercase_are_casual_not_shouting() -> None:
    found = codes(review("thx for the chat!! def want in lol, lmk!!", greeting="hey jo,"))
    assert "tone.casual" in found
    assert "tone.shouting" not in found


# Families added from the variety_dev2 work: each problem said in other words, and the
# businesslike sentences that share their words.
PROBLEM_FAMILIES = [
    ("The process has been exhausting; that's a lot to ask of people with jobs.", "tone.negative"),
    (
        "The owner micromanages everything and I'm counting the days until I can leave.",
        "tone.negative",
    ),
    ("Maybe next time put in the ad that you already have someone in mind.", "tone.negative"),
    (
        "Please don't judge me on today. I would be so grateful for one more chance to show you.",
        "tone.desperate",
    ),
    (
        "I'm in final rounds with two other agencies, so I'd encourage you to move quickly.",
        "tone.pushy",
    ),
    (
        "I understand you're busy, but a brief update would have been appreciated by now.",
        "tone.passive-aggressive",
    ),
    ("I do appreciate that you eventually found the time to see me.", "tone.passive-aggressive"),
    ("If I don't hear by Friday I'll swing by the plant on Monday.", "tone.pushy"),
    ("My current CTC is 9.5 LPA and my expected CTC is 13 LPA.", "tone.salary"),
    (
        "I've received an offer from another institute, and they need my answer by May 22.",
        "tone.pushy",
    ),
    ("Good luck finding anyone who'll put up with that manager.", "tone.negative"),
    ("My current manager takes credit for everything I do.", "tone.negative"),
    ("My last company was a complete mess from top to bottom.", "tone.negative"),
    ("Honestly the whole day felt like a box-ticking exercise.", "tone.negative"),
    ("The panel clearly hadn't read my CV.", "tone.negative"),
    ("Nobody bothered to tell me the interview was moved.", "tone.negative"),
    ("I found the panel's attitude quite dismissive.", "tone.negative"),
    ("I'm frankly disappointed by how the interview was run.", "tone.negative"),
    ("Frankly, I expected better from a company of your size.", "tone.negative"),
    ("Your interview process is broken.", "tone.negative"),
    ("Please get back to me by Friday at the latest.", "tone.pushy"),
    ("If I don't hear back, I'll assume you're not interested.", "tone.pushy"),
    ("Let's skip the formalities and talk offer.", "tone.pushy"),
    ("I've got two other companies waiting on me, so please hurry.", "tone.pushy"),
    ("I'd appreciate an answer no later than Wednesday.", "tone.pushy"),
    ("Time is of the essence on my end.", "tone.pushy"),
    ("Please expedite my application.", "tone.pushy"),
    ("This job would literally save my family.", "tone.desperate"),
    ("I have been rejected so many times and I can't take another no.", "tone.desperate"),
    ("Please, I really need this.", "tone.desperate"),
    ("I'll take whatever you can offer, even part time or less pay.", "tone.desperate"),
    ("You are my only hope.", "tone.desperate"),
    ("I can't sleep waiting for your answer.", "tone.desperate"),
    ("Had a blast chatting with you today!", "tone.casual"),
    ("Ty for your time, it was great.", "tone.casual"),
    ("Meeting you was truly the highlight of my entire life.", "tone.effusive"),
    ("Just circling back, in case my message got buried.", "tone.passive-aggressive"),
    ("As previously stated, my certification is current.", "tone.passive-aggressive"),
    ("The interviewer kept checking his phone the whole time.", "tone.negative"),
    ("I left feeling like my time was not respected.", "tone.negative"),
    ("I have to say the coding test was poorly designed.", "tone.negative"),
    ("Your receptionist was quite unfriendly.", "tone.negative"),
    ("Frankly it felt like a waste of an afternoon.", "tone.negative"),
    ("I'd like a decision by Wednesday.", "tone.pushy"),
    ("Given my other interviews, I need you to move quickly.", "tone.pushy"),
    ("Please confirm by tomorrow morning.", "tone.pushy"),
    ("I'll follow up daily until I hear back.", "tone.pushy"),
    ("Let me know today if possible.", "tone.pushy"),
    ("Please, I have a family to feed.", "tone.desperate"),
    ("Awesome chatting, ttyl!", "tone.casual"),
    ("Not to be a bother, but this is my third email.", "tone.passive-aggressive"),
    ("It has been two weeks without a word.", "tone.passive-aggressive"),
    ("I'll assume my previous message simply didn't reach you.", "tone.passive-aggressive"),
    ("Hopefully this time someone will actually reply.", "tone.passive-aggressive"),
    ("What would the overtime rate be?", "tone.salary"),
    ("How many remote days a week are allowed?", "tone.salary"),
    ("I wanted to ask about parental leave.", "tone.salary"),
    ("Is there a relocation allowance?", "tone.salary"),
    ("You are without a doubt the most brilliant manager in the industry!", "tone.effusive"),
    ("I've never met anyone as inspiring, kind and visionary as you.", "tone.effusive"),
]
FINE_FAMILIES = [
    "I appreciate you telling me yourself rather than sending a form email.",
    "At Brenner Tools I moved our two worst vendors onto weekly scorecards.",
    "My previous role involved handling salary benchmarking against Radford survey data.",
    "The pay-equity audit you're planning is work I've done twice.",
    "I have processed payroll for 450 employees, including bonus and overtime calculations.",
    "The team relaunched its oat-milk line without a paid media budget.",
    "I managed a £1.2m paid media budget.",
    "You mentioned the department needs someone who can clear the backlog ASAP.",
    "I won't pretend I'm not gutted, but I understand.",
    "This is a gentle reminder regarding my interview on 12 March.",
    "It's obvious somebody over there takes pride in the plant.",
    "I have accepted an offer from another company, so I'd like to withdraw my application.",
    "I led a $600M exchange offer and a $1.2B ERP cutover.",
    "No worries, I appreciate you getting back to me.",
    "I'm still interested and I can work any shift.",
    "I enjoyed hearing about the wage-and-hour class action going to trial.",
    "I inherited a filing system that was a total mess and rebuilt it.",
    "I'll assume responsibility for the budget from day one.",
    "I negotiated lower rates with our suppliers.",
    "I expedited shipments for our largest customer.",
    "I'll take whatever feedback you can give.",
    "Let me know if you need it.",
    "I can start no later than June 1.",
    "I expect more from myself on the SQL question.",
    "I already have someone lined up to give you a reference.",
    "I was disappointed, of course, but grateful for your time.",
    "Please reply at your earliest convenience.",
    "My only chance to visit the plant was Tuesday.",
    "I had already decided on nursing by the time I was sixteen.",
    "Please get back to me by email or phone, whichever is easier.",
    "I can't eat gluten, so thank you for the thoughtful lunch.",
    "I kept looking at the floor plans on your wall.",
    "I'll confirm my availability by Friday.",
    "I'm sorry the panel was short-staffed today.",
    "The old system was poorly documented, so I rebuilt the docs from scratch.",
    "This is the second time I've applied, and I'm glad I did.",
    "I check in with my team daily.",
    "I have a family to support, and this job would be ideal.",
    "I'd appreciate an answer whenever you're ready.",
    "I wasted no time starting the certification.",
]


@pytest.mark.parametrize(("body", "code"), PROBLEM_FAMILIES)
def test_tone_problem_families_in_other_words(body: str, code: str) -> None:
    assert code in codes(review(f"Thank you for meeting with me today. {body}")), body


@pytest.mark.parametrize("body", FINE_FAMILIES)
def test_businesslike_sentences_sharing_their_words_are_fine(body: str) -> None:
    assert not codes(review(f"Thank you for meeting with me today. {body}")), body


def test_offering_to_take_less_pay_is_desperate_not_salary() -> None:
    found = codes(review("Thank you. I'd accept whatever you can offer, even for less pay."))
    assert "tone.desperate" in found
    assert "tone.salary" not in found
