"""Benchmark the LanguageTool engine: server start, JVM memory, warm check time, recall, noise.

    python benchmarks/languagetool_bench.py                 # starts a local server (local mode)
    NOTECHECK_LT_URL=http://127.0.0.1:8081 python benchmarks/languagetool_bench.py
    python benchmarks/languagetool_bench.py --home ~/.cache/notecheck/LanguageTool-6.8 --json

Without ``NOTECHECK_LT_URL`` it starts LanguageTool through the engine's local mode (from
``--home``, ``NOTECHECK_LT_HOME`` or the default cache filled by ``.ci/fetch-languagetool.sh``),
which measures what a user sees: JVM start plus the warm-up check. With a URL, the JVM's PID
(for memory) comes from ``--pid`` or the PID file of ``.ci/start-languagetool.sh``.

Measured on the notes below, written for notecheck (24 distinct clean thank-you notes, 83-116
words, names and tech terms included): ~100 checks of varied notes (the clean notes plus copies
with injected misspellings) give the warm per-note time; misspellings injected from a fixed
table give recall; the clean notes give false flags per note, before and after dropping
spelling flags on the note's own names (greeting and signature), as the typos check does.
If ``benchmarks/data/clean_notes.yaml`` exists, its notes are scored for false flags too.
Deterministic: a fixed seed picks the injections. Talks only to 127.0.0.1 unless given a URL.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import re
import shlex
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from notecheck.engines._base import TextIssue
from notecheck.engines.languagetool import (
    LanguageToolConfig,
    LanguageToolEngine,
    find_languagetool_home,
)

NOTES = [
    """Dear Ms. Nguyen,

Thank you for taking the time to meet with me yesterday about the Senior Backend Engineer role. I enjoyed hearing how your team moved the billing service from a monolith to microservices, and our conversation about PostgreSQL replication made me even more excited about the position.

My five years of building payment APIs in Go, including the migration of a ledger with forty million rows, line up well with the challenges you described. I would be glad to bring that experience to your platform team.

Could you let me know what the next steps and timeline look like? I am happy to provide references or anything else you need.

Best regards,
Daniel Okafor""",
    """Hi Priya,

Thanks so much for the conversation this morning. I really appreciated your candid description of the on-call rotation and the way the SRE group runs blameless postmortems.

After our talk, I am even more interested in the Site Reliability Engineer opening. At my current company I reduced our paging volume by half by rewriting alert rules in Prometheus and adding runbooks to every service, which sounds close to what you hope to achieve this year.

Would you mind sharing when you expect to make a decision? I would love to keep the process moving on my side as well.

Warm regards,
Tomasz Kowalski""",
    """Dear Mr. Okonkwo,

I wanted to thank you for interviewing me on Tuesday for the Data Analyst position. It was a pleasure to learn about the work your analytics team does for the regional hospitals, especially the dashboard that helps nurses plan their shifts.

I left our meeting more enthusiastic than ever. My experience cleaning messy clinical data in Python and presenting the results to non-technical managers seems like a strong match for the role.

If it is not too much trouble, could you tell me what the timeline for the next round looks like?

Sincerely,
Hannah Lindqvist""",
    """Dear Jordan,

Thank you for the thoughtful interview on Friday. I appreciated the time you and Maya spent walking me through the design system and the accessibility audit you finished last quarter.

Our discussion confirmed how much I want to join the product design team. In my last role I led the redesign of a checkout flow that raised conversion by twelve percent, and I would welcome the chance to do similar work on your mobile app.

Please let me know if there is anything else I can send you. I would also be grateful for an update on the next steps when you have one.

All the best,
Sofia Marquez""",
    """Hello Mr. Schmidt,

Thank you for meeting with me today to discuss the Project Manager role at Brightline Logistics. I enjoyed learning about the new warehouse in Rotterdam and the schedule for opening it next spring.

Hearing about the project made me even more eager to contribute. I have managed three similar launches, each with budgets above two million euros, and I know how important it is to keep vendors, engineers and operations aligned.

Could you share an estimate of when you will be making a decision? Thank you again for your time and for a very interesting conversation.

Kind regards,
Amelia Brooks""",
    """Dear Dr. Patel,

Thank you for inviting me to interview for the Research Scientist position in your lab. I found our discussion of protein folding models fascinating, and I appreciated the tour of the imaging facility.

The projects you described fit closely with my doctoral work on molecular dynamics simulations. I am confident that my background in statistical modeling and my experience with large compute clusters would let me contribute from the first month.

I would be grateful if you could let me know the expected timeline for your decision. Please do not hesitate to contact me if you need any further information.

With gratitude,
Elena Vasquez""",
    """Hi Marcus,

I really enjoyed our chat this afternoon about the Customer Success Manager role. Thank you for explaining how your team onboards new enterprise clients and how you measure customer health.

The conversation made me even more excited about the opportunity. I have spent four years helping software customers adopt new tools, and I kept our renewal rate above ninety percent by building close relationships with each account.

When you have a moment, could you let me know what the next stage of the process will be and roughly when I might hear back?

Thanks again,
Grace Kim""",
    """Dear Hiring Team,

Thank you for the opportunity to interview for the Frontend Developer position yesterday. I enjoyed pairing with Lucas on the coding exercise and hearing about your plans to migrate the dashboard to TypeScript and React.

I am now even more interested in joining the team. I recently led a similar migration at my current job, where we converted a large JavaScript codebase one module at a time without slowing down feature work.

I would appreciate any update you can share about the timeline for next steps. Thank you again for a welcoming and well-organized interview.

Best,
Arjun Mehta""",
    """Dear Ms. Fitzgerald,

Thank you for speaking with me this morning about the Marketing Coordinator role. I appreciated your insights into how the brand team plans seasonal campaigns and works with local retailers.

Our conversation strengthened my interest in the position. At my previous agency I coordinated campaigns for six clients at once, tracked every deadline in a shared calendar, and wrote weekly reports that the account directors relied on.

Could you please let me know when you expect to move forward with the next round of interviews? I look forward to hearing from you.

Sincerely,
Chloe Bennett""",
    """Hello Aisha,

Thanks for taking the time to talk with me on Monday about the DevOps Engineer opening. I especially enjoyed our discussion about how your team uses Terraform to manage cloud infrastructure across three regions.

I came away even more excited about the role. Over the past three years I have automated our deployment pipeline, introduced infrastructure as code, and cut our release time from two days to under an hour.

Is there any update you can share on the timeline for the hiring decision? I would be happy to answer any other questions in the meantime.

Best wishes,
Liam O'Connor""",
    """Dear Mr. Tanaka,

I am writing to thank you for the interview on Thursday for the Financial Analyst role. It was a pleasure to learn about the quarterly planning process and the forecasting models your team maintains.

Our discussion made me even more enthusiastic about joining your department. My experience building revenue forecasts in Excel and SQL, and presenting them to senior leadership every month, matches the responsibilities you outlined.

I would appreciate it if you could let me know the expected timing of the next steps. Thank you again for your time and consideration.

Respectfully,
Nadia Rahman""",
    """Hi Ben,

Thank you for the great conversation yesterday about the Technical Writer position. I loved hearing how your documentation team works directly with engineers to publish guides alongside every release.

I am even more interested in the role after our talk. I have written API references, tutorials and release notes for a developer platform used by thousands of people, and I enjoy turning complex ideas into clear instructions.

Could you let me know how the rest of the process will work and when I might expect to hear about next steps?

Cheers,
Olivia Grant""",
    """Dear Professor Adeyemi,

Thank you for meeting with me to discuss the Teaching Assistant position for the introductory statistics course. I appreciated your explanation of how the weekly lab sessions are organized and how assistants support students who are struggling.

The conversation made me even more eager to join the course staff. I tutored statistics for two years at the campus learning center and helped many students gain confidence with hypothesis testing and regression.

I would be grateful for an update on the timeline for your decision. Thank you again for considering my application.

Sincerely,
Rafael Costa""",
    """Dear Ms. Holloway,

Thank you for interviewing me for the Registered Nurse position on the cardiac unit. I appreciated the chance to meet the charge nurse and to hear how the unit supports new staff during their first months.

After our meeting I am even more certain that this is the right place for me. My three years in a busy emergency department taught me to stay calm under pressure, communicate clearly with families, and work closely with physicians.

Could you please tell me when you expect to make a decision about the position? I am grateful for your time and consideration.

Warm regards,
Isabel Moreau""",
    """Hi Wei,

Thanks again for the interview this afternoon for the Machine Learning Engineer role. I enjoyed our discussion about your recommendation system and the experiments you are running to reduce cold start problems.

Our talk made me even more excited about the team. At my current company I built a feature store and trained ranking models that increased click-through rates, so the problems you described feel very familiar.

Would you be able to share the timeline for the remaining interviews? I would be glad to provide code samples or references if that would help.

Best regards,
Mateo Rossi""",
    """Dear Mr. Alvarez,

Thank you for the opportunity to interview for the Sales Development Representative position. I enjoyed learning about your expansion into the Canadian market and the training program for new representatives.

I am now even more interested in the role. Last year I exceeded my outbound meeting target in every quarter, and I am eager to bring that discipline and energy to your team.

Could you let me know when I should expect to hear about the next steps? Thank you again for your time, and I hope you have a great week.

Sincerely,
Jasmine Carter""",
    """Dear Selection Committee,

Thank you for the interview yesterday for the Program Officer position at the foundation. I appreciated the detailed discussion about your grant review process and the community partnerships you are building.

The conversation deepened my interest in the role. In my current position I manage a portfolio of twenty grants, visit partner organizations every month, and prepare impact reports for the board.

I would be grateful if you could let me know the timeline for the remaining steps in the search. Please feel free to contact me if you need additional materials.

With appreciation,
Samuel Osei""",
    """Hi Rachel,

Thank you for chatting with me on Wednesday about the Product Manager role. I enjoyed hearing how your team decides what to build next and how closely you work with customers during discovery.

I am even more enthusiastic about the position after our conversation. I have shipped several features for a small business accounting product, and I regularly interview customers to understand their workflows before we write a single line of code.

Do you have a sense of when the team will make a decision? I would appreciate any update you can share.

All the best,
Noah Fischer""",
    """Dear Mrs. Campbell,

Thank you for meeting with me yesterday to discuss the Office Manager position. I appreciated learning about the growth of the practice and the plans to open a second location next year.

Our conversation made me even more interested in joining your team. I have managed a busy dental office for five years, handled scheduling for eight providers, and introduced a new billing system that reduced errors.

May I ask when you expect to make a decision? Thank you again for your time and for the warm welcome.

Kind regards,
Laura Jensen""",
    """Dear Mr. Fontaine,

Thank you for the interview on Monday for the Security Analyst role. I valued our conversation about your incident response process and the tabletop exercises your team runs each quarter.

I left even more excited about the opportunity. At my current employer I monitor alerts in our security platform, lead phishing awareness training, and helped the company pass its first external audit last spring.

Could you let me know what the timeline looks like for the next round? I would be happy to provide any additional information you may need.

Best regards,
Yusuf Demir""",
    """Hello Ms. Ramirez,

Thank you for taking the time to speak with me about the Graphic Designer opening. I enjoyed seeing examples of your recent packaging work and hearing how the studio collaborates with clients.

Our conversation made me even more eager to join the studio. My portfolio includes packaging, branding and editorial layouts for clients in food, fashion and education, and I am comfortable managing several projects at once.

When convenient, could you let me know the expected timeline for your decision? Thank you again for a wonderful conversation.

Warmly,
Emma Lindgren""",
    """Dear Mr. Harrington,

I would like to thank you for the interview this morning for the Operations Analyst role. I appreciated hearing about the challenges in your supply chain and the new forecasting tool your team is testing.

After our discussion I am even more interested in the position. I have built inventory models that reduced stockouts at my current company, and I enjoy working with both data and the people on the warehouse floor.

I would welcome an update on the next steps and the timeline when you have a chance. Thank you again for your time.

Sincerely,
Kevin Zhou""",
    """Hi Fatima,

Thank you for the friendly and informative conversation yesterday about the Recruiter role. I appreciated hearing how your team partners with hiring managers and how you keep candidates informed throughout the process.

I am even more excited about joining the talent team. In my current position I fill about fifteen roles each quarter, and candidates often mention that they appreciate my quick and honest communication.

Could you tell me when you plan to make a decision? I look forward to hearing from you and thank you again for your time.

Best,
Diego Hernandez""",
    """Dear Ms. Whitaker,

Thank you for interviewing me for the Paralegal position at your firm. I enjoyed learning about the litigation team and the new document management system you introduced this year.

Our conversation reinforced my interest in the role. I have four years of experience preparing discovery documents, organizing case files and supporting attorneys during trial preparation.

I would be grateful to hear about the expected timeline for the next steps. Thank you again for your time and consideration.

Respectfully,
Megan Sullivan""",
]


# Common misspellings (none of them an English word), written for this benchmark.
MISSPELLINGS = {
    "receive": "recieve",
    "opportunity": "oppurtunity",
    "definitely": "definately",
    "experience": "experiance",
    "interview": "intreview",
    "grateful": "greatful",
    "conversation": "converstaion",
    "excited": "exicted",
    "position": "postion",
    "really": "realy",
    "appreciate": "apreciate",
    "appreciated": "apreciated",
    "enjoyed": "enjoied",
    "interested": "intrested",
    "hearing": "hearring",
    "discussion": "discusion",
    "especially": "especialy",
    "believe": "beleive",
    "successful": "succesful",
    "decision": "descision",
    "management": "managment",
    "achieve": "acheive",
    "across": "accross",
    "colleague": "collegue",
    "knowledge": "knowlege",
    "professional": "proffesional",
    "recommend": "reccomend",
    "sincerely": "sincerly",
    "until": "untill",
    "process": "proccess",
    "timeline": "timline",
    "update": "updaet",
    "learning": "lerning",
    "project": "projcet",
    "customers": "cusotmers",
    "working": "workign",
    "together": "togehter",
    "months": "monhts",
    "thank": "thnak",
    "team": "taem",
    "time": "tiem",
    "role": "rlole",
    "meeting": "meetnig",
    "company": "compnay",
    "current": "curent",
    "building": "buliding",
    "responsibilities": "responsibilites",
    "further": "futher",
    "information": "infromation",
    "consideration": "consideraton",
    "opening": "openning",
    "enthusiastic": "enthusiastc",
    "strong": "stong",
    "important": "importnat",
    "described": "descibed",
    "similar": "similiar",
    "quarter": "quater",
    "schedule": "schedual",
    "business": "buisness",
    "environment": "enviroment",
}

# Real-word and grammar errors a speller cannot see: (sentence, the wrong part).
CONFUSIONS = [
    ("I look forward to here from you.", "here"),
    ("I hope to here from you soon.", "here"),
    ("I appreciated learning about there product.", "there"),
    ("Their are many reasons I want to join.", "Their"),
    ("I was impressed by they're roadmap.", "they're"),
    ("I could of asked more questions.", "could of"),
    ("I should of mentioned my Kubernetes work.", "should of"),
    ("Your welcome to contact my references.", "Your"),
    ("I think your going to love the results.", "your"),
    ("The team is larger then I expected.", "then"),
    ("I would not want to loose this opportunity.", "loose"),
    ("Its a great fit for my skills.", "Its"),
    ("The company and it's mission inspire me.", "it's"),
    ("This role would effect my career in a good way.", "effect"),
    ("Thank you for the complement about my portfolio.", "complement"),
    ("I would appreciate any advise you have.", "advise"),
    ("Please let me know weather you need anything else.", "weather"),
    ("I am a good fit for you're team.", "you're"),
    ("I have alot of experience with SQL.", "alot"),
    ("I would welcome a interview with the wider team.", "a"),
    ("She have been very helpful during the process.", "have"),
    ("We was discussing the roadmap for next year.", "was"),
    ("I look forward to meet the rest of the team.", "meet"),
    ("Thank you for you time yesterday.", "you"),
]

WORD = re.compile(r"[A-Za-z]+")


def names_of(note: str) -> set[str]:
    """Capitalised words of the greeting and signature: what the typos check accepts."""
    lines = [ln for ln in note.splitlines() if ln.strip()]
    words: set[str] = set()
    for line in (lines[0], lines[-1]):
        words.update(w for w in WORD.findall(line) if w[0].isupper())
    return words


def inject(note: str, rng: random.Random, k: int) -> tuple[str, list[tuple[int, int]]]:
    """Replace up to ``k`` words of the body with misspellings; return note and their spans."""
    lines = note.split("\n")
    body_start = len(lines[0]) + 1
    body_end = len(note) - len(lines[-1])
    spots = [
        m
        for m in WORD.finditer(note)
        if body_start <= m.start() < body_end and m.group(0).lower() in MISSPELLINGS
    ]
    chosen = sorted(rng.sample(spots, min(k, len(spots))), key=lambda m: m.start())
    out, spans, last, shift = [], [], 0, 0
    for m in chosen:
        word = m.group(0)
        wrong = MISSPELLINGS[word.lower()]
        if word[0].isupper():
            wrong = wrong[0].upper() + wrong[1:]
        out.append(note[last : m.start()])
        out.append(wrong)
        start = m.start() + shift
        spans.append((start, start + len(wrong)))
        shift += len(wrong) - len(word)
        last = m.end()
    out.append(note[last:])
    return "".join(out), spans


def rss_kib(pid: int | None) -> dict[str, int]:
    if pid is None:
        return {}
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    except OSError:
        return {}
    return out


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU time of a process (load-independent cost, unlike wall time)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pid_from_file(path: str) -> int | None:
    try:
        pid = int(Path(path).read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    return pid if b"org.languagetool.server.HTTPServer" in cmdline else None


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def flags_after_names(note: str, issues: list[TextIssue], names: set[str]) -> list[TextIssue]:
    lowered = {n.lower() for n in names}
    return [
        i
        for i in issues
        if not (i.code == "typos.spelling" and note[i.start : i.end].lower() in lowered)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=os.environ.get("NOTECHECK_LT_URL"))
    ap.add_argument("--home", default=None)
    ap.add_argument("--pid", type=int, default=None, help="JVM PID when --url is given")
    ap.add_argument(
        "--pidfile",
        default=os.environ.get("NOTECHECK_LT_PIDFILE", "/tmp/notecheck-languagetool.pid"),
    )
    ap.add_argument("--checks", type=int, default=100, help="timed checks (default 100)")
    ap.add_argument("--heap", default="512m", help="-Xmx for a server started here")
    ap.add_argument(
        "--jvm-options",
        default=None,
        help='JVM options for a server started here (default: the engine\'s, C1 only; "" for none)',
    )
    ap.add_argument("--seed", type=int, default=20261128)
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()
    results: dict[str, Any] = {}

    if args.url:
        cfg = LanguageToolConfig(mode="remote", url=args.url, timeout=60.0, cooldown=0.0)
        engine = LanguageToolEngine(cfg)
        pid = args.pid or pid_from_file(args.pidfile)
        engine.ping()
        results["mode"] = "remote"
    else:
        home = find_languagetool_home(args.home)
        if home is None:
            print("no LanguageTool found: run .ci/fetch-languagetool.sh or pass --home/--url")
            return 2
        cfg = LanguageToolConfig(
            mode="local",
            home=str(home),
            timeout=60.0,
            start_timeout=300.0,
            java_heap=args.heap,
        )
        if args.jvm_options is not None:
            cfg = dataclasses.replace(cfg, java_options=tuple(shlex.split(args.jvm_options)))
        engine = LanguageToolEngine(cfg)
        t0 = time.perf_counter()
        engine.ping()  # lazy start: JVM + health check + warm-up check
        results["start_s"] = round(time.perf_counter() - t0, 2)
        pid = engine.server_pid
        results["mode"] = "local"
        results["home"] = str(home)
        results["heap"] = args.heap
        results["jvm_options"] = " ".join(cfg.java_options)
    results["languagetool"] = engine.version
    results["rss_after_start_kib"] = rss_kib(pid).get("VmRSS")

    try:
        rng = random.Random(args.seed)
        # ~100 varied notes: the clean ones, then copies with 1-4 misspellings injected.
        corpus: list[tuple[str, list[tuple[int, int]]]] = [(n, []) for n in NOTES]
        while len(corpus) < max(args.checks, len(NOTES)):
            note = NOTES[len(corpus) % len(NOTES)]
            corpus.append(inject(note, rng, rng.randint(1, 4)))
        corpus = corpus[: args.checks]

        for note, _ in corpus[:5]:  # extra warm-up, not timed
            engine.check(note)
        times: list[float] = []
        outputs: list[list[TextIssue]] = []
        cpu0 = cpu_seconds(pid)
        for note, _ in corpus:
            t0 = time.perf_counter()
            outputs.append(engine.check(note))
            times.append((time.perf_counter() - t0) * 1000)
        cpu1 = cpu_seconds(pid)
        words = [len(n.split()) for n, _ in corpus]
        results["checks"] = len(corpus)
        results["distinct_base_notes"] = len(NOTES)
        results["words_per_note"] = [min(words), round(statistics.median(words)), max(words)]
        results["ms_per_note_median"] = round(statistics.median(times), 1)
        results["ms_per_note_p95"] = round(pct(times, 0.95), 1)
        results["ms_per_note_max"] = round(max(times), 1)
        if cpu0 is not None and cpu1 is not None:
            results["jvm_cpu_ms_per_note"] = round((cpu1 - cpu0) * 1000 / len(corpus), 1)
        results["load_average_1m"] = round(os.getloadavg()[0], 2)

        # Throughput with 4 concurrent callers (the server's thread pool is 10).
        done = 0
        lock = threading.Lock()

        def worker(items: list[str]) -> None:
            nonlocal done
            for text in items:
                engine.check(text)
                with lock:
                    done += 1

        texts = [n for n, _ in corpus]
        chunks = [texts[i::4] for i in range(4)]
        t0 = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        results["notes_per_s_4_threads"] = round(done / (time.perf_counter() - t0), 1)

        # Recall on injected misspellings.
        injected = hit_spelling = hit_any = 0
        missed: list[str] = []
        for (note, spans), issues in zip(corpus, outputs, strict=True):
            for s, e in spans:
                injected += 1
                over = [i for i in issues if i.start < e and s < i.end]
                hit_any += bool(over)
                hit_spelling += any(i.code == "typos.spelling" for i in over)
                if not over:
                    missed.append(note[s:e])
        results["injected_misspellings"] = injected
        results["recall_spelling"] = round(hit_spelling / injected, 3) if injected else None
        results["recall_any_code"] = round(hit_any / injected, 3) if injected else None
        results["missed"] = sorted(set(missed))

        # Recall on real-word and grammar errors, one per note, after its first paragraph.
        caught: list[str] = []
        missed_conf: list[str] = []
        for n, (sentence, wrong) in enumerate(CONFUSIONS):
            base = NOTES[n % len(NOTES)]
            cut = base.index("\n\n", base.index("\n\n") + 2)
            note = base[:cut] + " " + sentence + base[cut:]
            found = re.search(rf"\b{re.escape(wrong)}\b", sentence)
            assert found is not None
            s = note.index(sentence) + found.start()
            e = s + len(wrong)
            issues = engine.check(note)
            if any(i.start < e and s < i.end for i in issues):
                caught.append(sentence)
            else:
                missed_conf.append(sentence)
        results["confusion_errors"] = len(CONFUSIONS)
        results["recall_confusions"] = round(len(caught) / len(CONFUSIONS), 3)
        results["missed_confusions"] = missed_conf

        # False flags on the clean notes.
        raw_flags: list[str] = []
        kept_flags: list[str] = []
        for note, issues in zip(NOTES, outputs[: len(NOTES)], strict=True):
            for i in issues:
                raw_flags.append(f"{i.code}:{note[i.start : i.end]}")
            for i in flags_after_names(note, issues, names_of(note)):
                kept_flags.append(f"{i.code}:{note[i.start : i.end]}")
        results["clean_notes"] = len(NOTES)
        results["false_flags_per_clean_note"] = round(len(raw_flags) / len(NOTES), 3)
        results["false_flags_per_clean_note_after_names"] = round(len(kept_flags) / len(NOTES), 3)
        results["false_flags_after_names"] = kept_flags

        shared = Path(__file__).with_name("data") / "clean_notes.yaml"
        if shared.exists():
            try:
                import yaml

                items = yaml.safe_load(shared.read_text())
            except Exception:  # the shared set is optional
                items = None
            if isinstance(items, list):
                flags_raw = flags_kept = 0
                kept: list[str] = []
                for item in items:
                    text = str(item.get("text", "")).strip()
                    names = set(item.get("names") or ()) | names_of(text)
                    issues = engine.check(text)
                    flags_raw += len(issues)
                    left = flags_after_names(text, issues, names)
                    flags_kept += len(left)
                    kept += [f"{i.code}:{text[i.start : i.end]}" for i in left]
                results["shared_clean_notes"] = len(items)
                results["shared_false_flags_per_note"] = round(flags_raw / len(items), 3)
                results["shared_false_flags_per_note_after_names"] = round(
                    flags_kept / len(items), 3
                )
                results["shared_false_flags_after_names"] = kept

        mem = rss_kib(pid)
        results["rss_after_run_kib"] = mem.get("VmRSS")
        results["rss_peak_kib"] = mem.get("VmHWM")
    finally:
        engine.close()

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:45} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
