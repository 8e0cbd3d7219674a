"""fit: experience tied to the role (strong), bare claims, and self-doubt."""

from __future__ import annotations

import pytest

import notecheck


def review(body: str, kind: str | None = "thank_you") -> notecheck.Report:
    return notecheck.review(
        f"Dear Ms. Park,\n\nThank you for meeting with me today. {body}\n\nBest,\nSam Lee",
        kind=kind,
    )


def codes(report: notecheck.Report) -> set[str]:
    return {f.code for f in report.checks["fit"].findings}


STRONG = [
    "My three years cleaning subscription data in SQL line up with the retention work you "
    "described.",
    "I have managed payroll for 600 employees across four states.",
    "My years at the front desk of a busy clinic would help with the patient volume you described.",
    "Having run a food bank's volunteer program, I know how to keep people engaged.",
    "I bring ten years in logistics.",
    "I've spent the last decade in commercial kitchens.",
    "I am a licensed electrician with a clean record.",
    "As a former teacher, I know how to explain things simply.",
    "I'm fluent in Spanish, which would help with your clients in Miami.",
    "In my last job I handled 200 calls a day.",
    "During my residency I helped validate the order sets for a similar rollout.",
    "My ASC 842 implementation at Corbin Foods is very close to what the team is planning.",
    "I've rolled out scheduling software at two hospitals, so the onboarding you described is "
    "familiar ground.",
    "I have done this kind of work before, at two agencies.",
    "I have a Level 3 certificate and two years as a reading helper, so I feel well prepared.",
    "I come from a hospital pharmacy background.",
    "I'm no stranger to twelve-hour shifts on a busy ward.",
    "Route planning is right in my wheelhouse.",
    "I know my way around QuickBooks and payroll.",
    "I'm comfortable running payroll for a large team.",
    "I was responsible for onboarding 40 new hires a year.",
    "At my last company we rebuilt the billing system from scratch.",
    "Customer escalations were my bread and butter at Verizon.",
    "I passed the bar in 2021 and have practised employment law since.",
    "I was a charge nurse on a busy ER for years.",
]
BARE = [
    "I know I could lead the new-hire training.",
    "I'm a great fit for this job.",
    "I believe I would be a strong addition to your team.",
    "I'm confident I can make a meaningful contribution.",
    "I know I could do the job.",
    "I feel my qualifications are a good match for what you need.",
    "I'm well suited to the role.",
]
NOT_FIT = [
    "I enjoyed hearing how you built the team.",
    "The cabinets you showed me fit the space perfectly.",
    "We talked about whether I'd fit in with a volunteer-run club.",
    "I spent the weekend reading about your company.",
    "I have attached my résumé.",
    "Can I work from home on Fridays?",
    "I can start on Monday.",
    "I'd be happy to do a short follow-up exercise.",
    "My cousin works as a paramedic.",
    "I wish you luck in finding the right person.",
    "I'm sure you have plenty of better candidates.",
    "My experience at your office today was great.",
    "I spoke with three people on the panel.",
    "I'm comfortable with the commute.",
    "I could help with anything else you need.",
    "I can bring references to the next round.",
    "Your firm is well positioned for the merger.",
    "My current employer pays well.",
]


@pytest.mark.parametrize("body", STRONG)
def test_experience_tied_to_the_role_is_strong_fit(body: str) -> None:
    report = review(body)
    result = report.checks["fit"]
    assert result.detected is True, body
    assert "fit.unsupported" not in codes(report), body
    assert result.evidence


@pytest.mark.parametrize("body", BARE)
def test_a_bare_claim_is_fit_with_a_hint(body: str) -> None:
    report = review(body)
    assert report.checks["fit"].detected is True, body
    assert "fit.unsupported" in codes(report), body


@pytest.mark.parametrize("body", NOT_FIT)
def test_other_uses_of_the_words_are_not_fit(body: str) -> None:
    assert review(body).checks["fit"].detected is False, body


def test_self_doubt_is_the_opposite_of_fit() -> None:
    report = review("I'm not sure this is the right fit for me.")
    result = report.checks["fit"]
    assert result.detected is False
    doubt = next(f for f in result.findings if f.code == "fit.doubt")
    assert "sure" in report.text[doubt.start : doubt.end]
    assert "fit.missing" not in codes(report)


def test_experience_given_as_the_reason_for_doubt_is_not_fit() -> None:
    report = review(
        "I don't think my background matches the Revit work you described, since I've mostly "
        "worked in hand drawing."
    )
    assert report.checks["fit"].detected is False
    assert "fit.doubt" in codes(report)


def test_missing_fit_is_a_warning_in_a_thank_you_note_and_nothing_in_a_reply() -> None:
    assert "fit.missing" in codes(review("Could you share the timeline?"))
    reply = review("Could you share any feedback?", kind="rejection_reply")
    assert not codes(reply)
    assert reply.checks["fit"].detected is False


def test_evidence_quotes_the_experience() -> None:
    report = review("My five years of Python experience would help your data team.")
    quotes = [e.quote for e in report.checks["fit"].evidence]
    assert any("five years" in q for q in quotes)


# Phrasings grouped by linguistic class (wanting/enthusiasm, experience claims, thanks) and
# near misses with the same words: negated, hypothetical, someone else's, sign-off only.
FIT_BY_CLASS = [
    "I have six years of hospital billing behind me.",
    "I've done this exact job for a competitor.",
    "I've run similar programs at two schools.",
    "My years at Delta taught me to handle irate customers.",
    "My background lines up neatly with the role.",
    "I'm well placed to take on the warehouse move.",
    "I'm uniquely positioned to lead this.",
    "I've built three ETL pipelines like the one you described.",
    "I've overseen budgets of this size before.",
    "I have solved this kind of problem before.",
    "That's a problem I know well.",
    "I'm a qualified electrician with a journeyman license.",
    "I spent five years as a line cook.",
    "I worked as a medical scribe for two years.",
    "I have extensive experience with Epic.",
    "I've got a decade of retail management under my belt.",
    "I'm no stranger to tight deadlines.",
    "Much of my last job was exactly this work.",
    "My experience at Acme covered all three areas you mentioned.",
    "I have the skills to make an impact from day one.",
    "Having managed a team of twelve, I know how to handle staffing gaps.",
    "I've handled payroll for a 400-person firm.",
    "I'm confident I can deliver what the role needs.",
    "My previous work in logistics has prepared me well.",
    "I have led migrations just like this one.",
    "I've been a paralegal for nine years.",
    "I'm a certified nursing assistant.",
    "I've trained dozens of new hires.",
    "My track record in sales speaks for itself.",
    "I've spent most of my career doing exactly this.",
    "I hold a CPA license and have audited nonprofits for four years.",
    "I can bring my experience in grant writing to the team.",
]
NOT_FIT_BY_CLASS = [
    "My colleague has led similar migrations.",
    "If I had the certification, I'd be well placed for this.",
    "I would only be qualified once I finish the course.",
    "The certification will take another two years.",
    "The previous analyst had spent six years doing this work.",
    "I'm not well suited to the night shift.",
    "Your company is well positioned for growth.",
    "I spent the weekend preparing for the interview.",
    "I don't have experience with Epic.",
    "She has eight years of experience in billing.",
    "I hope to build my career in healthcare.",
]


@pytest.mark.parametrize("body", FIT_BY_CLASS)
def test_fit_by_linguistic_class(body: str) -> None:
    assert review(body).checks["fit"].detected is True, body


@pytest.mark.parametrize("body", NOT_FIT_BY_CLASS)
def test_near_misses_by_class_are_not_fit(body: str) -> None:
    assert review(body).checks["fit"].detected is False, body


# Families added for unseen phrasing.
STRONG_FAMILIES = [
    "Your brunch push reminded me of running the egg station at Harbor & Vine.",
    "Since then I passed the Series 7 and the SIE.",
    "The rewrite cut support tickets on the billing pages by about a fifth.",
    "My CDL class A is current with hazmat and tanker, and my record is clean.",
    "I've renewed my ACLS, so both are current for the start date.",
    "I did a very similar migration at the Clearwater Trust.",
    "The procedure I wrote brought inventory accuracy from 94% to 99.2% in six months.",
    "That's how I ran a similar test at Pinwheel.",
    "I did exactly that at Brightcart.",
    "Forty years fixing injection molding machines, I can keep his presses running.",
    "Gary was my manager when I took over the night sort.",
    "We got mis-sorts down from around 3% to under 1%.",
    "My SQL and route-optimization work at Carrow Freight lines up well with what you described.",
    "Since we spoke I've passed the AWS Solutions Architect Professional exam.",
    "The cohort view is the same approach I used at Brisk Mobile.",
    "I moved 140 pipelines from Jenkins to GitHub Actions.",
    "Been fixing bikes since I was 12, so the repair bench is home for me.",
    "Async Python is where I'm most comfortable.",
    "I've contributed a couple of fixes to an open-source HTTP client.",
    "Your churn project is close to the retention modelling I do now at Corvane.",
    "At Quillo I set up the experimentation framework for our activation funnel.",
    "Last quarter I hit 124% of my bookings target selling to hospital buyers.",
    "I exceeded my sales targets three years running at Halden Motors.",
    "I managed a similar ERP rollout at a regional builder, training 90 site staff.",
    "The inventory mess you described is the same one I untangled at Keller Freight.",
    "The challenges you described are the same ones I faced at Brightline.",
    "I've done three brand identity projects in Figma this year.",
    "Been slinging drinks 3 yrs at Bean Theory, so the rush won't scare me.",
    "A few things from my background that map to the role:\n\n- payroll\n- audits",
    "My last job taught me how to run month-end close in four days.",
    "With my experience in grant writing, I could take the renewals off your plate.",
]
BARE_FAMILIES = [
    "I am a hard worker and I learn fast.",
    "I really think I would be amazing at it!",
    "My course on urban inequality would sit naturally alongside your methods sequence.",
    "I know I would be perfect for your program.",
    "I am certain I would flourish on your team.",
    "With my experience, I am sure I can do well in this job.",
    "I have more experience than anyone on your team.",
]
NOT_FIT_FAMILIES = [
    "A Tuesday start would be great for me.",
    "It was one of the better interview problems I've worked through.",
    "I suspect I spent too long on the cohort cut.",
    "I can work from 9 to 5.",
    "I'm planning to stop by the branch on Monday.",
    "Anything I can work on would help.",
    "Marketing has been my passion since my first year of college.",
    "I hope to keep growing my career in customer service.",
    "I remembered a study on rural recruiting.",
    "As promised, I've attached my full portfolio as a PDF.",
    "I've got Erik's cell, so I can call him on Monday.",
    "I appreciate you keeping me in the loop.",
    "I know the hiring process can take a while.",
    "I left the building feeling great about the day.",
    "Could you share some feedback so I can improve for next time?",
    "Interviewing is an area I'm working to improve.",
    "Would my background in fintech be useful on the chargeback work?",
    "Do you think my experience in retail would transfer?",
    "Thank you for teaching me how to use the scheduler.",
]


@pytest.mark.parametrize("body", STRONG_FAMILIES)
def test_strong_fit_families_for_unseen_phrasing(body: str) -> None:
    report = review(body)
    assert report.checks["fit"].detected is True, body
    assert "fit.unsupported" not in codes(report), body


@pytest.mark.parametrize("body", BARE_FAMILIES)
def test_bare_fit_families_for_unseen_phrasing(body: str) -> None:
    report = review(body)
    assert report.checks["fit"].detected is True, body
    assert "fit.unsupported" in codes(report), body


@pytest.mark.parametrize("body", NOT_FIT_FAMILIES)
def test_questions_about_fit_are_not_fit(body: str) -> None:
    assert review(body).checks["fit"].detected is False, body


# Families added for variety_dev2.yaml: years "since" a date, doing exactly this work now, a
# track record, prefixed credentials, languages spoken, credentials that "let me" do the work,
# "I could be useful", "what it takes"; and near misses: idioms with work verbs, the object of
# a feeling, a relative's experience, skills the writer hopes to build, waning confidence.
STRONG_FAMILIES_2 = [
    "My clinical rotation was on a cardiac step-down unit.",
    "Before this I was a line cook at Harbor Grill.",
    "I'm the person who rebuilt our intake process at Mercy.",
    "Last spring I took our team through the same ERP migration you described.",
    "Answering the phones has been my daily life for six years.",
    "I speak three languages fluently.",
    "Handling 80 calls a day at a utility company taught me patience.",
    "Inventory reconciliation? That's my specialty.",
    "I am sworn translator since 2021.",
    "I've been doing exactly this kind of reconciliation at my current firm.",
    "I have a proven track record of closing enterprise deals.",
    "As an ASE-certified mechanic, I know the fleet issues you mentioned.",
    "I speak Mandarin and Cantonese, which would help with your clients.",
]
BARE_FAMILIES_2 = [
    "I think I could be useful quickly.",
    "I'm certain I have what it takes to succeed in this role.",
    "I know I would be a real asset to the unit.",
    "Patient education is where I shine.",
    "My profile matches your needs closely.",
    "I meet all the requirements you listed.",
    "I believe I am exactly what you need.",
    "I have everything you are looking for.",
]
NOT_FIT_FAMILIES_2 = [
    "We ran out of time before I could ask.",
    "I ran into some traffic this morning.",
    "I kept thinking about the kids all evening.",
    "Healthcare has always been meaningful to me, and I enjoy primary care in general.",
    "My husband has worked in Duluth for ten years.",
    "I would like to develop my skills in data analysis.",
    "I'm less sure this role is the right match for me.",
    "I drove past your new building on the way home.",
    "I reviewed the notes I took during our conversation.",
    "I planned my route carefully so I wouldn't be late.",
    "I took a closer look at the annual report.",
    "I tested the demo app you showed me and loved it.",
    "I handled the commute better than I expected.",
    "I managed to catch the early train.",
    "I care a lot about patient dignity.",
    "I supported my sister through nursing school.",
    "I was a little nervous at Monday's interview.",
    "I'd love to help with the same problems you described.",
    "Before that, I was nervous.",
    "My resume is attached.",
    "I meet with my team weekly.",
]


@pytest.mark.parametrize("body", STRONG_FAMILIES_2)
def test_strong_fit_second_families(body: str) -> None:
    report = review(body)
    assert report.checks["fit"].detected is True, body
    assert "fit.unsupported" not in codes(report), body


@pytest.mark.parametrize("body", BARE_FAMILIES_2)
def test_bare_fit_second_families(body: str) -> None:
    report = review(body)
    assert report.checks["fit"].detected is True, body
    assert "fit.unsupported" in codes(report), body


EVERYDAY_WORK = [
    "I ran the bar on weekends.",
    "I taught middle school science.",
    "I built websites for local businesses.",
    "I cared for post-op patients on a busy ward.",
]


@pytest.mark.parametrize("body", EVERYDAY_WORK)
def test_plain_statements_of_work_done_stay_fit(body: str) -> None:
    assert review(body).checks["fit"].detected is True, body


@pytest.mark.parametrize("body", NOT_FIT_FAMILIES_2)
def test_near_misses_of_the_second_fit_families_are_not_fit(body: str) -> None:
    assert review(body).checks["fit"].detected is False, body


def test_my_credential_that_lets_me_do_the_work_is_fit() -> None:
    body = "My Salesforce certification would let me start on the CRM migration right away."
    assert review(body).checks["fit"].detected is True


def test_waning_confidence_in_fit_is_doubt() -> None:
    assert "fit.doubt" in codes(review("I'm less sure I'm the right fit after the tour."))


@pytest.mark.parametrize(
    "body",
    [
        "I think it would be helpful to talk again next week.",
        "I think it would be a big help if you could send the schedule.",
    ],
)
def test_helpful_things_that_are_not_the_writer_are_not_fit(body: str) -> None:
    assert review(body).checks["fit"].detected is False, body
