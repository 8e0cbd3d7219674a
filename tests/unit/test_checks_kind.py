"""Note kinds: detected from the text when not given, and what each kind requires."""

from __future__ import annotations

import pytest

import notecheck

THANK_YOU = [
    "Thank you for meeting with me today about the analyst role. Could you share the timeline?",
    "I am following up on today's interview. Please let me know the status of my application.",
    "Thank you for your time this morning. I'd appreciate any update on your timeline.",
    "I know it has been over a week since our interview, but I wanted to thank you for your time.",
    "It has been over a week since our interview, but I wanted to thank you.",
    "Please keep me in mind as you make your decision; I enjoyed meeting the team today.",
    "Thank you for the interview. Please let me know where things stand once you have met the "
    "other candidates.",
    "Thank you for the interview today. I would check in with the family before any plan.",
    "Thanks for meeting me this morning. I'm still keen, assuming the role hasn't been filled.",
    "I know it has been over a week since our interview, but I wanted to thank you for your "
    "time. I'm still very interested.",
    "Thanks for the time on Tuesday. I have an offer from another company that expires Friday.",
    "Thank you for your time yesterday and for telling me the story behind the seed library.",
]
FOLLOW_UP = [
    "I wanted to follow up on my interview for the Payroll Administrator role.",
    "It has been almost a month since my interview and I haven't heard anything.",
    "I'm checking in on the status of my application for the Library Assistant position.",
    "Any update on the analyst role?",
    "Just circling back on the coordinator position we discussed two weeks ago.",
    "I interviewed for the cashier job on Monday. I was wondering if you made a decision yet?",
    "Thanks for letting me know the decision has been pushed to June. I'm happy to wait.",
    "I had an interview one month ago and did not receive any answer. If I am not selected, "
    "that is also fine; I only want to know.",
    "Sorry to bother you again. I was hoping to get an update on the front desk position.",
    "I wanted to thank you again for last week's interview. In the meantime, I've attached "
    "an outline of the workshop I ran.",
    "Thank you again for meeting with me last week. I've received an offer elsewhere, so I "
    "wanted to ask whether there's any chance of a decision before the 22nd.",
    "I just wanted to let you know that I'm still very interested, since we met two weeks "
    "ago. As promised, the certificate is attached.",
    "hey mike, the framer u talked to last week. u guys still need someone?",
    "I attended the interview on 3rd April. Till now I have not received any communication "
    "regarding the result.",
    "Since our interview of two weeks ago, I have no news. Could you tell me where things are?",
    "I'm sorry to write again. I keep checking my phone every hour.",
    "I just wanted to stay on your radar for the Operations Coordinator opening.",
    "Thank you for having me back for the second round. I'm still very interested. Could you "
    "let me know if that's still the plan?",
    "I've been out of work since January. Please, is there any news?",
    "I had interview two weeks ago. Kindly I want to ask about the result of my interview.",
]
REJECTION_REPLY = [
    "Thank you for letting me know. I'd welcome any feedback.",
    "I'm disappointed, of course, but I understand the decision.",
    "I'm sorry to hear I wasn't selected. Please keep me in mind for future openings.",
    "Thanks for the update. I understand you've chosen to move forward with another candidate.",
    "I CANNOT BELIEVE YOU PICKED SOMEONE ELSE!!!",
    "Thank you for your message. I plan to reapply in the spring.",
    "Thank you for the call. Please keep me in mind for the next class of trainees.",
    "Got your email. Good luck with whoever it is.",
    "No worries, I appreciate you getting back to me. Best of luck with the new hire!",
    "I'm disappointed, but if a role opens up on the platform team, I'd love to be considered.",
    "Thank you for information. Can you please write me what was missing in my profile?",
    "Although I am disappointed, kindly keep me in mind for subsequent openings.",
    "Thank you for the call yesterday and for telling me personally.",
    "ah bummer, but thanks for the heads up! if anything else opens up pls keep me in mind",
    "Thank you for the update. I'm disappointed, but I wish you and the team all the best.",
    "Is there anything I can do to change your mind?",
    "I won't pretend I'm not gutted, but I understand you needed someone with more pastry "
    "experience.",
    "Three rounds, and the feedback is that you went with someone whose experience matched.",
    "I'm sorry it didn't work out this time, but I appreciate the time you put in.",
    "I understand completely. Congratulations to the person you chose.",
    "You could have said so in round one instead of stringing me along.",
    "Thank you for the thoughtful note. I'd like to stay in touch; would you be open to "
    "connecting on LinkedIn after this decision?",
]


def kind_of(body: str) -> str:
    return notecheck.review(f"Dear Ms. Park,\n\n{body}\n\nBest,\nSam Lee").kind


@pytest.mark.parametrize("body", THANK_YOU)
def test_thank_you_notes(body: str) -> None:
    assert kind_of(body) == "thank_you"


@pytest.mark.parametrize("body", FOLLOW_UP)
def test_follow_ups(body: str) -> None:
    assert kind_of(body) == "follow_up"


@pytest.mark.parametrize("body", REJECTION_REPLY)
def test_replies_to_a_rejection(body: str) -> None:
    assert kind_of(body) == "rejection_reply"


def test_an_explicit_kind_wins_over_detection() -> None:
    report = notecheck.review(
        "Dear Ms. Park,\n\nThank you for letting me know.\n\nBest,\nSam", kind="thank_you"
    )
    assert report.kind == "thank_you"


def test_front_matter_kind_wins_over_detection() -> None:
    report = notecheck.review(
        "---\nkind: follow_up\n---\nDear Ms. Park,\n\nThank you for meeting me today.\n\nSam"
    )
    assert report.kind == "follow_up"


def test_a_rejection_reply_needs_no_timeline_or_fit_but_thanks_and_requests() -> None:
    report = notecheck.review(
        "Dear Ms. Park,\n\nThank you for letting me know about your decision.\n\nBest,\nSam Lee"
    )
    assert report.kind == "rejection_reply"
    assert report.checks["timeline"].status == "pass"
    assert report.checks["fit"].status == "pass"
    assert report.checks["gratitude"].detected is True
    codes = {f.code for f in report.checks["rejection"].findings}
    assert codes == {"rejection.no-feedback-request", "rejection.no-stay-in-touch"}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Thank you for letting me shadow the team this morning.", "thank_you"),
        (
            "It's been three weeks since my trial shift, and I'm still keen. Any news?",
            "follow_up",
        ),
        ("Since we spoke last Thursday I've read the report you sent. Any update?", "follow_up"),
        ("Noted. Please don't keep my résumé on file.", "rejection_reply"),
    ],
)
def test_more_kind_cues(body: str, kind: str) -> None:
    assert kind_of(body) == kind, body
