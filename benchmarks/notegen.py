"""A deterministic generator of varied interview notes for benchmarks and load tests.

``generate(n, seed=...)`` composes notes from sentence parts written for notecheck: different
lengths (about 40 to 400 words, median near 150), formats (plain, Markdown, HTML, e-mail,
front matter), names from many languages, tech terms, and flaws a linter must catch (typos,
unfilled placeholders, pushy or casual tone, missing elements, late cues). The same ``n``
and ``seed`` always give the same notes, on any machine and Python version (only
``random.Random`` with an integer seed is used).

Run it to print a sample: ``python benchmarks/notegen.py 3``.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass

FIRST_NAMES = (
    "Ana",
    "Priya",
    "Marcus",
    "Oluwaseun",
    "Wei",
    "Sofia",
    "Tomasz",
    "Aiko",
    "Mateo",
    "Fatima",
    "Siobhan",
    "Nguyen",
    "Chidi",
    "Ingrid",
    "Rahul",
    "Zanele",
    "Dmitri",
    "Leilani",
    "Yusuf",
    "Camille",
    "Kwame",
    "Astrid",
    "Javier",
    "Mei",
    "Bartholomew",
    "Anjali",
    "Olamide",
    "Hamish",
)
LAST_NAMES = (
    "Okonkwo",
    "Raghunathan",
    "Alvarez",
    "Kowalczyk",
    "Nakamura",
    "Haddad",
    "O'Sullivan",
    "Tran",
    "Lindqvist",
    "Mbeki",
    "Petrov",
    "Kahananui",
    "Abdullah",
    "Dubois",
    "Mensah",
    "Castellanos",
    "Zhang",
    "Chatterjee",
    "McAllister",
    "van der Berg",
    "Fernández",
    "Søndergaard",
)
TITLES = ("Ms.", "Mr.", "Dr.", "Mx.", "")
ROLES = (
    "Senior Backend Engineer",
    "Data Analyst",
    "Product Designer",
    "Site Reliability Engineer",
    "Machine Learning Engineer",
    "Nurse Practitioner",
    "Account Executive",
    "Frontend Developer",
    "Platform Engineer",
    "Clinical Research Coordinator",
    "Technical Writer",
    "QA Lead",
)
COMPANIES = (
    "Freshworks",
    "Northwind Health",
    "Acme Robotics",
    "Bluefin Analytics",
    "Kestrel Labs",
    "Lumen Clinics",
    "Orbital Payments",
    "Tidewater Schools",
    "Quillstone",
    "Helix Bio",
)
TECH = (
    "Kubernetes",
    "PostgreSQL",
    "Terraform",
    "GitHub Actions",
    "Airflow",
    "dbt",
    "Snowflake",
    "PySpark",
    "TypeScript",
    "React",
    "GraphQL",
    "Kafka",
    "gRPC",
    "OpenTelemetry",
    "Grafana",
    "DevOps",
    "microservices",
    "CI/CD",
    "Figma",
    "Tableau",
    "Epic EHR",
    "Salesforce",
    "Rust",
)
TOPICS = (
    "the migration from a monolith to {tech}",
    "how your team plans capacity for the holiday peak",
    "the new onboarding flow for clinic staff",
    "the roadmap for the analytics platform",
    "the way your team runs blameless postmortems",
    "the pricing experiment you described",
    "the move to {tech} for the data pipeline",
    "your plans to open two new offices next spring",
    "the redesign of the patient intake form",
    "the on-call rotation and how it is shared",
)

GREETINGS = (
    "Dear {title} {last},",
    "Dear {first},",
    "Hi {first},",
    "Hello {first} {last},",
    "Dear {title} {last}:",
    "Good morning {first},",
)
THANKS = (
    "Thank you for taking the time to meet with me {when} about the {role} role.",
    "Thanks so much for the conversation {when}; I really enjoyed it.",
    "I appreciate you taking the time to speak with me {when} about the {role} position.",
    "Thank you for walking me through {topic} {when}.",
    "I'm grateful for the chance to talk with you and the team {when}.",
)
WHEN = ("today", "this morning", "yesterday afternoon", "on Tuesday", "earlier today")
DETAIL = (
    "I especially enjoyed hearing about {topic}.",
    "Learning about {topic} was the highlight of my day.",
    "Our discussion of {topic} gave me a clear picture of the challenges ahead.",
    "You mentioned that {topic} is a priority this quarter, which matches what I hoped to work on.",
    "It was great to meet {first2} and hear how the team collaborates across time zones.",
)
INTEREST = (
    "Our conversation made me even more excited about the role.",
    "I am very interested in joining {company} and contributing to this work.",
    "After our talk I'm more enthusiastic than ever about the position.",
    "I would love to join the team and help ship the next release.",
    "The role is exactly what I have been looking for.",
)
FIT = (
    "My {years} years of experience with {tech} and {tech2} line up well with what your team needs.",
    "At {prev} I led the rollout of {tech}, cutting deploy times by {pct}%, so I could hit the ground running.",
    "I bring a background in {tech} and mentoring, which would help with the growth you described.",
    "I'm confident I can contribute quickly, since I spent {years} years building {tech} services.",
    "My work on {tech} at {prev} prepared me well for the scale your team handles.",
)
TIMELINE = (
    "Could you share the timeline for next steps?",
    "Please let me know if there is anything else you need, and what the next steps look like.",
    "Would you be able to tell me when you expect to make a decision?",
    "I'd be grateful for an update on the timeline whenever you have one.",
    "What are the next steps in the process?",
)
FILLER = (
    "I also appreciated the candid answers about what the first ninety days would look like.",
    "The office tour showed me how much care goes into the workspace.",
    "I have attached the sample dashboard I mentioned, in case it is useful.",
    "If it helps, I can send a short write-up of the {tech} project we discussed.",
    "The team's focus on mentoring and documentation stood out to me.",
    "I left the interview with a few ideas about how to measure the impact of {topic}.",
    "I was glad to hear that the team values clear writing and careful code review.",
    "Please pass my thanks on to {first2} as well for the thoughtful questions.",
)
CLOSINGS = (
    "Best regards,",
    "Sincerely,",
    "Kind regards,",
    "Best,",
    "Warm regards,",
    "Thanks again,",
)

# Flaws, each replacing or adding a sentence.
TYPOS = (
    "Thank you for the oppertunity to meet the the team.",
    "I definately enjoyed our conversaton about {topic}.",
    "I beleive my experiance with {tech} would be usefull.",
    "i am looking foward to hearing about next steps.",
)
PUSHY = (
    "I need an answer by Friday since I have another offer.",
    "Please respond ASAP, as I expect a decision right away.",
    "As I already mentioned, my salary expectation is 150k.",
)
CASUAL = (
    "Thx for the chat lol, it was awesome sauce.",
    "Gonna be honest, this job is a dream come true \U0001f600.",
    "btw ur team seems super chill!!",
)
LATE = (
    "Sorry for the delay in writing; it has been a busy week.",
    "Thank you again for meeting me last week.",
)
PLACEHOLDERS = ("[Interviewer Name]", "{{ company }}", "<Company>", "${ROLE}", "XXX", "____")
ETIQUETTE = (
    "I'll give {first2} a call on Thursday to follow up.",
    "I plan to stop by your office next week.",
)


@dataclass(frozen=True)
class GeneratedNote:
    """One generated note and the arguments to review it with."""

    text: str
    format: str
    words: int
    flaws: tuple[str, ...]


def _fill(rng: random.Random, template: str, ctx: dict[str, str]) -> str:
    values = dict(ctx)
    values["tech"] = rng.choice(TECH)
    values["tech2"] = rng.choice(TECH)
    values["topic"] = rng.choice(TOPICS).format(tech=rng.choice(TECH))
    values["years"] = str(rng.randint(2, 12))
    values["pct"] = str(rng.randint(10, 70))
    values["when"] = rng.choice(WHEN)
    return template.format(**values)


def _note(rng: random.Random, index: int) -> GeneratedNote:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    me_first, me_last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    ctx = {
        "first": first,
        "last": last,
        "title": rng.choice(TITLES),
        "first2": rng.choice(FIRST_NAMES),
        "role": rng.choice(ROLES),
        "company": rng.choice(COMPANIES),
        "prev": rng.choice(COMPANIES),
    }
    flaws: list[str] = []
    # Length: number of filler sentences drawn from a skewed distribution (median ~150 words).
    size = min(int(rng.lognormvariate(1.55, 0.6)), 22)
    elements: list[list[str]] = [
        [_fill(rng, rng.choice(THANKS), ctx), _fill(rng, rng.choice(DETAIL), ctx)],
        [_fill(rng, rng.choice(INTEREST), ctx), _fill(rng, rng.choice(FIT), ctx)],
        [_fill(rng, rng.choice(TIMELINE), ctx)],
    ]
    for _ in range(size):
        rng.choice(elements[:2]).append(_fill(rng, rng.choice(FILLER + DETAIL + FIT), ctx))
    roll = rng.random()
    if roll < 0.12:
        elements[0][0] = _fill(rng, rng.choice(TYPOS), ctx)
        flaws.append("typo")
    elif roll < 0.20:
        elements[2].append(_fill(rng, rng.choice(PUSHY), ctx))
        flaws.append("pushy")
    elif roll < 0.27:
        elements[1].append(_fill(rng, rng.choice(CASUAL), ctx))
        flaws.append("casual")
    elif roll < 0.33:
        elements[0].insert(0, rng.choice(LATE))
        flaws.append("late")
    elif roll < 0.38:
        elements[2].append(_fill(rng, rng.choice(ETIQUETTE), ctx))
        flaws.append("etiquette")
    elif roll < 0.45:
        elements[rng.randrange(3)] = []
        flaws.append("missing-element")
    greeting = _fill(rng, rng.choice(GREETINGS), ctx).replace("  ", " ")
    if rng.random() < 0.08:
        greeting = f"Dear {rng.choice(PLACEHOLDERS)},"
        flaws.append("placeholder")
    if rng.random() < 0.05:
        elements[1].append(f"I am excited to bring my skills to {rng.choice(PLACEHOLDERS)}.")
        flaws.append("placeholder")
    paragraphs = [" ".join(p) for p in elements if p]
    closing = rng.choice(CLOSINGS)
    signature = f"{me_first} {me_last}"
    if rng.random() < 0.3:
        signature += f"\n{me_first.lower()}.{me_last.lower().replace(' ', '')}@example.com"
    fmt = rng.choices(("plain", "markdown", "html", "eml", "front"), weights=(55, 15, 10, 10, 10))[
        0
    ]
    words = sum(len(p.split()) for p in paragraphs) + len(greeting.split()) + 4
    if fmt == "markdown":
        body = "\n\n".join(_markdown(rng, p) for p in paragraphs)
        text = f"{greeting}\n\n{body}\n\n{closing}  \n{signature}\n"
    elif fmt == "html":
        body = "".join(f"<p>{_html_inline(rng, p)}</p>\n" for p in paragraphs)
        sig = signature.replace("\n", "<br>")
        text = f"<html><body>\n<p>{greeting}</p>\n{body}<p>{closing}<br>{sig}</p>\n</body></html>\n"
    elif fmt == "eml":
        day = rng.randint(1, 28)
        text = (
            f"From: {me_first} {me_last} <{me_first.lower()}@example.com>\n"
            f"To: {first} {last} <{first.lower()}@example.org>\n"
            f"Subject: Thank you - {ctx['role']} interview\n"
            f"Date: Tue, {day:02d} Apr 2026 17:{rng.randint(10, 59)}:00 -0400\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"{greeting}\n\n" + "\n\n".join(paragraphs) + f"\n\n{closing}\n{signature}\n"
        )
    elif fmt == "front":
        text = (
            "---\n"
            f"interview_at: 2026-04-{rng.randint(1, 28):02d}T10:00:00-04:00\n"
            f"interviewer: {first} {last}\n"
            f"company: {ctx['company']}\n"
            f"template: {str('placeholder' in flaws).lower()}\n"
            "---\n"
            f"{greeting}\n\n" + "\n\n".join(paragraphs) + f"\n\n{closing}\n{signature}\n"
        )
    else:
        newline = "\r\n" if rng.random() < 0.1 else "\n"
        text = f"{greeting}\n\n" + "\n\n".join(paragraphs) + f"\n\n{closing}\n{signature}\n"
        text = text.replace("\n", newline)
    return GeneratedNote(text, "markdown" if fmt == "front" else fmt, words, tuple(flaws))


def _markdown(rng: random.Random, paragraph: str) -> str:
    words = paragraph.split(" ")
    if len(words) > 6 and rng.random() < 0.6:
        i = rng.randrange(1, len(words) - 3)
        words[i] = f"**{words[i]}**" if rng.random() < 0.5 else f"_{words[i]}_"
    if rng.random() < 0.3:
        words.append("([portfolio](https://example.com/portfolio))")
    return " ".join(words)


def _html_inline(rng: random.Random, paragraph: str) -> str:
    text = paragraph.replace("&", "&amp;")
    if rng.random() < 0.5:
        words = text.split(" ")
        i = rng.randrange(len(words))
        words[i] = f"<strong>{words[i]}</strong>"
        text = " ".join(words)
    return text


def generate(n: int, *, seed: int = 2026) -> list[GeneratedNote]:
    """``n`` notes, the same ones for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    return [_note(rng, i) for i in range(n)]


def texts(n: int, *, seed: int = 2026) -> list[str]:
    """Just the texts of :func:`generate`."""
    return [note.text for note in generate(n, seed=seed)]


def iter_texts(n: int, *, seed: int = 2026) -> Iterator[str]:
    """The texts of :func:`generate`, one at a time (constant memory)."""
    rng = random.Random(seed)
    for i in range(n):
        yield _note(rng, i).text


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    notes = generate(count)
    for note in notes:
        print(f"--- format={note.format} words~{note.words} flaws={list(note.flaws)}")
        print(note.text)
    lengths = sorted(n.words for n in generate(500))
    print(f"500 notes: median ~{lengths[250]} words, min {lengths[0]}, max {lengths[-1]}")
