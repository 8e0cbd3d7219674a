"""Evaluate the offline speller (notecheck.engines.speller) and print its figures.

    python benchmarks/speller_eval.py                 # all figures
    python benchmarks/speller_eval.py --quick         # sample the big list
    python benchmarks/speller_eval.py --baselines     # also pyspellchecker, symspellpy
    python benchmarks/speller_eval.py prepare --codespell-dictionary PATH
    python benchmarks/speller_eval.py --engine languagetool   # the typos check, both engines

With ``--engine languagetool`` the figures are those of the whole typos check as
``notecheck.review()`` runs it (only that check selected), once with the offline
speller and once with LanguageTool, on the same notes: clean-note false flags,
recall and first suggestion on injected misspellings (``--lt-trials`` injection
trials, default 3, since LanguageTool takes ~0.1 s a note), recall on the
grammar errors of ``data/grammar_errors.tsv``, warm time per note, and the
server's start time and memory.  It uses ``NOTECHECK_LT_URL`` (or ``--lt-url``)
when set; otherwise it starts a server with ``.ci/start-languagetool.sh`` (own
PID file, free port), times it, and stops it at the end.  Names come from the
notes themselves (greeting and signature, as ``review()`` finds them), so the
offline figures of this mode differ a little from the default mode's.

Data (see benchmarks/data/README.md for sources and licenses):

* ``data/clean_notes.yaml``: thank-you notes written for this project, free of
  spelling errors and full of tech terms and names from many cultures; split
  ``dev`` (used while tuning) and ``heldout``.
* ``data/clean_notes_fresh.yaml`` (split ``fresh``, 30 notes),
  ``data/clean_notes_fresh2.yaml`` (``fresh2``, 20),
  ``data/clean_notes_fresh3.yaml`` (``fresh3``, 16),
  ``data/clean_notes_fresh4.yaml`` (``fresh4``, 12),
  ``data/clean_notes_fresh5.yaml`` (``fresh5``, 30) and
  ``data/clean_notes_fresh6.yaml`` (``fresh6``, 15): more clean notes, each
  batch written before the speller had seen it and measured once as written
  (see data/README.md for what was seen when).  They only add
  clean-note false-flag figures; misspellings are injected into the notes of
  clean_notes.yaml only, so recall stays comparable with earlier runs.
* ``data/misspellings.tsv``: real human misspellings with their corrections,
  each marked ``dev`` (used while tuning) or ``heldout`` (never used to change
  the speller; split by a hash of the correct word, so a held-out word's
  misspellings were all unseen).

Figures:

* load: cold start in a fresh interpreter (best and median of several runs):
  importing the module, loading the word lists with the first check, and
  loading the suggestion data with the first suggestion.
* clean notes: findings per note on the clean notes (every finding is a false
  flag), with and without the caller's names, and warm ms per note.
* injected: real misspellings put in place of the words they misspell inside
  the clean notes (case kept); recall = injected words flagged as
  typos.spelling, first-right = first suggestion is the intended word, plus
  false flags on the untouched words of the same notes.
* list: every pair of the misspelling list checked as a lone word: recall,
  first-right, top-5, and ms per suggestion.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
sys.path.insert(0, str(ROOT / "src"))

from notecheck.engines._base import TextIssue  # noqa: E402
from notecheck.engines.speller import OfflineSpeller, get_speller  # noqa: E402

SCOWL_JUDGE = Path("/usr/share/dict/american-english")
WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


# --- data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """One clean note of clean_notes.yaml."""

    id: str
    split: str
    names: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Pair:
    """A misspelling and the word it was meant to be."""

    wrong: str
    right: str
    split: str


CLEAN_FILES = (
    "clean_notes.yaml",
    "clean_notes_fresh.yaml",
    "clean_notes_fresh2.yaml",
    "clean_notes_fresh3.yaml",
    "clean_notes_fresh4.yaml",
    "clean_notes_fresh5.yaml",
    "clean_notes_fresh6.yaml",
)
CLEAN_SPLITS = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")


def load_notes(files: Sequence[str] = CLEAN_FILES) -> list[Note]:
    """Read the clean notes (data/clean_notes*.yaml)."""
    notes = []
    for name in files:
        raw = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        notes.extend(Note(n["id"], n["split"], tuple(n.get("names", ())), n["text"]) for n in raw)
    return notes


def load_pairs() -> list[Pair]:
    """Read data/misspellings.tsv (comment lines start with #)."""
    pairs = []
    for line in (DATA / "misspellings.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            wrong, right, split = line.split("\t")
            pairs.append(Pair(wrong, right, split))
    return pairs


def prepare(codespell_dictionary: Path) -> None:
    """Write data/misspellings.tsv from codespell's dictionary.txt.

    Kept: entries with exactly one correction, both sides plain lowercase
    words, the misspelling at least 3 letters and NOT a word of SCOWL's
    standard American list (a misspelling that is a real word cannot be found
    by a dictionary speller), the correction a word of that list.
    """
    judge = {w.strip().lower() for w in SCOWL_JUDGE.read_text(encoding="utf-8").splitlines()}
    rows = []
    for line in codespell_dictionary.read_text(encoding="utf-8").splitlines():
        wrong, _, rest = line.partition("->")
        fixes = [f.strip() for f in rest.split(",") if f.strip()]
        if len(fixes) != 1:
            continue
        right = fixes[0]
        if not (re.fullmatch(r"[a-z]{3,}", wrong) and re.fullmatch(r"[a-z]+", right)):
            continue
        if wrong in judge or right not in judge:
            continue
        split = "heldout" if zlib.crc32(right.encode()) % 3 == 0 else "dev"
        rows.append(f"{wrong}\t{right}\t{split}")
    header = [
        "# Real human misspellings -> corrections, for benchmarks/speller_eval.py.",
        "# Derived from codespell 2.4.3 codespell_lib/data/dictionary.txt, which is a",
        "# derivative work of English Wikipedia's lists of common misspellings and is",
        "# licensed CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/);",
        "# this file is therefore CC BY-SA 3.0 too.  Filtered by speller_eval.py prepare",
        "# (see its docstring).  Columns: misspelling, correction, split (dev/heldout).",
    ]
    (DATA / "misspellings.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} pairs to {DATA / 'misspellings.tsv'}")


# --- measurements -------------------------------------------------------------


def cold_load(runs: int) -> dict[str, float]:
    """Median and best cold-start times (ms), each run in a fresh interpreter."""
    code = (
        "import time, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'src')!r})\n"
        "t0 = time.perf_counter()\n"
        "import notecheck.engines\n"
        "t1 = time.perf_counter()\n"
        "import notecheck.engines.speller as s\n"
        "t2 = time.perf_counter()\n"
        "sp = s.get_speller(); sp.check('Thank you for the interview.')\n"
        "t3 = time.perf_counter()\n"
        "sp.check('Thank you for teh interview.')\n"
        "t4 = time.perf_counter()\n"
        "print((t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, (t4 - t3) * 1e3)\n"
    )
    # Compiled bytecode as an installed package has it: this environment may set
    # PYTHONDONTWRITEBYTECODE, which would add the module's compile time to
    # every run.  The cache goes to a temporary folder, not into the tree.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as cache:
        cmd = [sys.executable, "-X", f"pycache_prefix={cache}", "-c", code]
        subprocess.run(cmd, capture_output=True, check=True, env=env)  # warm the cache
        samples = []
        for _ in range(runs):
            out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
            samples.append([float(x) for x in out.split()])
    cols = list(zip(*samples, strict=True))
    names = ("package_import", "import", "first_check", "first_suggestion")
    result = {}
    for name, col in zip(names, cols, strict=True):
        result[f"{name}_median_ms"] = statistics.median(col)
        result[f"{name}_best_ms"] = min(col)
    return result


def words_in(text: str) -> int:
    """Word count as a reader would count it."""
    return len(text.split())


def clean_note_flags(
    check: Callable[[Note, bool], list[TextIssue]], notes: Sequence[Note], use_names: bool
) -> tuple[float, list[str]]:
    """Findings per note on clean notes, and the flagged strings."""
    flagged = []
    for note in notes:
        for issue in check(note, use_names):
            flagged.append(f"{note.id}:{note.text[issue.start : issue.end].strip()}")
    return len(flagged) / len(notes), flagged


def warm_ms_per_note(
    check: Callable[[Note, bool], list[TextIssue]], notes: Sequence[Note]
) -> dict[str, float]:
    """Warm time per note (best of 7 per note, then the mean over notes)."""
    for note in notes:
        check(note, True)
    per_note = []
    per_150 = []
    for note in notes:
        best = min(_timed(lambda n=note: check(n, True)) for _ in range(7))
        per_note.append(best)
        per_150.append(best * 150 / words_in(note.text))
    return {
        "ms_per_note": statistics.mean(per_note),
        "ms_per_150_words": statistics.mean(per_150),
        "mean_words": statistics.mean(words_in(n.text) for n in notes),
    }


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1e3


def _with_case(pattern: str, word: str) -> str:
    if pattern.isupper() and len(pattern) > 1:
        return word.upper()
    if pattern[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@dataclass
class InjectResult:
    """Counts of one injection run."""

    injected: int = 0
    flagged: int = 0
    flagged_any: int = 0  # covered by a finding of any code (typos.grammar, ...)
    first_right: int = 0
    notes: int = 0
    false_flags: int = 0
    pairs_used: set[tuple[str, str]] = field(default_factory=set)
    misses: list[str] = field(default_factory=list)
    wrong_first: list[str] = field(default_factory=list)
    other_flags: list[str] = field(default_factory=list)


def inject(
    check: Callable[[Note, bool], list[TextIssue]],
    notes: Sequence[Note],
    pairs: Sequence[Pair],
    trials: int,
    per_note: int = 3,
) -> InjectResult:
    """Replace up to ``per_note`` words per note by real misspellings of them."""
    by_right: dict[str, list[str]] = {}
    for p in pairs:
        by_right.setdefault(p.right, []).append(p.wrong)
    res = InjectResult()
    for trial in range(trials):
        rng = random.Random(trial)
        for note in notes:
            name_parts = {p.lower() for n in note.names for p in re.split(r"[\s-]+", n)}
            spots = [
                m
                for m in WORD_RE.finditer(note.text)
                if m.group().lower() in by_right and m.group().lower() not in name_parts
            ]
            if not spots:
                continue
            chosen = sorted(rng.sample(spots, min(per_note, len(spots))), key=lambda m: m.start())
            text = note.text
            shift = 0
            targets = []
            for m in chosen:
                right = m.group().lower()
                wrong = _with_case(m.group(), rng.choice(sorted(by_right[right])))
                s = m.start() + shift
                text = text[:s] + wrong + text[m.end() + shift :]
                targets.append((s, s + len(wrong), right, wrong))
                shift += len(wrong) - len(m.group())
                res.pairs_used.add((wrong.lower(), right))
            issues = check(Note(note.id, note.split, note.names, text), True)
            res.notes += 1
            hit_issues = set()
            for s, e, right, wrong in targets:
                res.injected += 1
                over = [i for i in issues if i.start < e and s < i.end]
                res.flagged_any += bool(over)
                hits = [i for i in over if i.code == "typos.spelling"]
                if not hits:
                    res.misses.append(f"{wrong}->{right}")
                    continue
                res.flagged += 1
                hit_issues.update(id(i) for i in hits)
                first = hits[0].suggestions[0].lower() if hits[0].suggestions else ""
                if first == right:
                    res.first_right += 1
                else:
                    res.wrong_first.append(f"{wrong}->{right} got {first or '-'}")
            others = [i for i in issues if id(i) not in hit_issues]
            res.false_flags += len(others)
            res.other_flags.extend(f"{note.id}:{text[i.start : i.end].strip()}" for i in others)
    return res


@dataclass
class ListResult:
    """Counts of the lone-word run over the misspelling list."""

    n: int = 0
    flagged: int = 0
    first_right: int = 0
    top5: int = 0
    ms_suggest: list[float] = field(default_factory=list)


def lone_words(speller: OfflineSpeller, pairs: Sequence[Pair]) -> ListResult:
    """Check each misspelling on its own; time the (uncached) suggestions."""
    res = ListResult()
    for p in pairs:
        res.n += 1
        t = time.perf_counter()
        issues = speller.check(p.wrong)
        res.ms_suggest.append((time.perf_counter() - t) * 1e3)
        spelling = [i for i in issues if i.code == "typos.spelling"]
        if not spelling:
            continue
        res.flagged += 1
        sugg = [s.lower() for s in spelling[0].suggestions]
        res.first_right += bool(sugg) and sugg[0] == p.right
        res.top5 += p.right in sugg[:5]
    return res


# --- baselines ------------------------------------------------------------------


def baseline_checkers() -> dict[str, Callable[[Note, bool], list[TextIssue]]]:
    """pyspellchecker and symspellpy used the way their READMEs show.

    Both get the same simple rules (skip capitalized words that do not open a
    sentence, all-caps words and the caller's names) so the comparison is about
    the word lists and suggestion quality, not tokenization.
    """
    from spellchecker import SpellChecker
    from symspellpy import SymSpell, Verbosity

    pys = SpellChecker()
    sym = SymSpell(max_dictionary_edit_distance=2)
    import importlib.util

    spec = importlib.util.find_spec("symspellpy")
    assert spec is not None and spec.origin is not None
    sym.load_dictionary(str(Path(spec.origin).parent / "frequency_dictionary_en_82_765.txt"), 0, 1)

    def tokens(note: Note, use_names: bool) -> list[tuple[int, int, str]]:
        names = (
            {p.lower() for n in note.names for p in re.split(r"[\s-]+", n)} if use_names else set()
        )
        out = []
        for m in WORD_RE.finditer(note.text):
            w = m.group().replace("’", "'")
            if w.lower().endswith("'s"):
                w = w[:-2]
            before = note.text[: m.start()].rstrip(" \t\"'“(")
            starts = not before or before[-1] in ".!?:\n"
            if (w[:1].isupper() and not starts) or w.isupper() or w.lower() in names:
                continue
            if len(w) > 1:
                out.append((m.start(), m.start() + len(w), w))
        return out

    def pys_check(note: Note, use_names: bool) -> list[TextIssue]:
        out = []
        for s, e, w in tokens(note, use_names):
            if pys.unknown([w]):
                fix = pys.correction(w.lower())
                out.append(TextIssue(s, e, "typos.spelling", "", (fix,) if fix else ()))
        return out

    def sym_check(note: Note, use_names: bool) -> list[TextIssue]:
        out = []
        for s, e, w in tokens(note, use_names):
            lw = w.lower()
            hits = sym.lookup(lw, Verbosity.CLOSEST, max_edit_distance=2)
            if not hits or hits[0].term != lw:
                sugg = tuple(h.term for h in hits)
                out.append(TextIssue(s, e, "typos.spelling", "", sugg))
        return out

    return {"pyspellchecker": pys_check, "symspellpy": sym_check}


# --- the typos check with LanguageTool ----------------------------------------------


@dataclass(frozen=True)
class GrammarError:
    """A sentence with a real-word or grammar error (data/grammar_errors.tsv)."""

    sentence: str
    wrong: str
    fix: str
    category: str


def load_grammar() -> list[GrammarError]:
    """Read data/grammar_errors.tsv (comment lines start with #)."""
    out = []
    for line in (DATA / "grammar_errors.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.append(GrammarError(*line.split("\t")))
    return out


def review_checker(engine: str, url: str | None) -> Callable[[Note, bool], list[TextIssue]]:
    """The typos check as review() runs it, as a checker (names: from the note itself)."""
    import notecheck
    from notecheck import Config

    table = {"mode": "remote", "url": url, "timeout": 60} if engine == "languagetool" else {}
    config = Config(select=("typos",), typos_engine=engine, languagetool=table)

    def check(note: Note, use_names: bool) -> list[TextIssue]:
        report = notecheck.review(note.text, config=config)
        if report.text != note.text:
            raise RuntimeError(f"{note.id}: the report's text is not the note's")
        out = []
        for f in report.checks["typos"].findings:
            if f.code == "typos.engine-failed":
                raise RuntimeError(f"{note.id}: {f.message}")
            out.append(TextIssue(f.start, f.end, f.code, f.message, tuple(f.suggestions)))
        return out

    return check


def grammar_recall(
    check: Callable[[Note, bool], list[TextIssue]], notes: Sequence[Note]
) -> tuple[int, int, list[str], Counter[str], Counter[str]]:
    """Insert each grammar error after a note's first paragraph; count the ones found."""
    errors = load_grammar()
    found = fixed = 0
    missed: list[str] = []
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for k, err in enumerate(errors):
        base = notes[k % len(notes)]
        cut = base.text.index("\n\n", base.text.index("\n\n") + 2)
        text = base.text[:cut] + " " + err.sentence + base.text[cut:]
        where = re.search(rf"\b{re.escape(err.wrong)}\b", err.sentence)
        if where is None:
            raise ValueError(f"{err.wrong!r} is not a word of {err.sentence!r}")
        start = text.index(err.sentence) + where.start()
        end = start + len(err.wrong)
        issues = check(Note(base.id, base.split, base.names, text), True)
        over = [i for i in issues if i.start < end and start < i.end]
        total[err.category] += 1
        if over:
            found += 1
            hit[err.category] += 1
            first = over[0].suggestions[0] if over[0].suggestions else ""
            fixed += first.lower() == err.fix.lower()
        else:
            missed.append(err.sentence)
    return found, fixed, missed, total, hit


def _start_server() -> tuple[str, dict[str, str], float]:
    """Start LanguageTool with .ci/start-languagetool.sh; (url, env, seconds)."""
    tmp = Path(tempfile.mkdtemp(prefix="notecheck-lt-"))
    env = dict(os.environ)
    env.update(
        NOTECHECK_LT_PORT="0",
        NOTECHECK_LT_PIDFILE=str(tmp / "lt.pid"),
        NOTECHECK_LT_LOG=str(tmp / "lt.log"),
    )
    t = time.perf_counter()
    out = subprocess.run(
        ["bash", str(ROOT / ".ci" / "start-languagetool.sh")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return out.stdout.strip(), env, time.perf_counter() - t


def _jvm_memory(pidfile: str | None) -> dict[str, int]:
    """VmRSS and VmHWM (KiB) of the server whose PID file is given."""
    if not pidfile:
        return {}
    try:
        pid = int(Path(pidfile).read_text().strip())
        status = Path(f"/proc/{pid}/status").read_text()
    except (OSError, ValueError):
        return {}
    out = {}
    for line in status.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def languagetool_main(args: argparse.Namespace) -> None:
    """Both engines through the typos check: noise, recall, grammar, time, server cost."""
    figures: dict[str, object] = {}
    started: dict[str, str] | None = None
    url = args.lt_url
    if not url:
        url, started, seconds = _start_server()
        figures["server_start_s"] = round(seconds, 1)
        print(f"started LanguageTool at {url} in {seconds:.1f} s (.ci/start-languagetool.sh)")
    pidfile = (started or os.environ).get("NOTECHECK_LT_PIDFILE")
    figures["server_after_start_kib"] = _jvm_memory(pidfile)
    try:
        _languagetool_figures(args, url, figures)
        figures["server_after_run_kib"] = _jvm_memory(pidfile)
        mem = figures["server_after_run_kib"]
        if mem:
            print(
                f"\nserver memory: {figures['server_after_start_kib']} after start, {mem} after run"
            )
    finally:
        if started is not None:
            subprocess.run(
                ["bash", str(ROOT / ".ci" / "start-languagetool.sh"), "--stop"],
                env=started,
                check=False,
                capture_output=True,
            )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=list) + "\n", encoding="utf-8")


def _languagetool_figures(args: argparse.Namespace, url: str, figures: dict[str, object]) -> None:
    from notecheck.engines.languagetool import LanguageToolConfig, LanguageToolEngine

    all_notes = load_notes()
    splits = [x for x in args.splits.split(",") if x]
    inject_notes = [n for n in all_notes if n.split in ("dev", "heldout")]
    pairs = load_pairs()
    engine = LanguageToolEngine(LanguageToolConfig(mode="remote", url=url, timeout=60.0))
    engine.ping()
    print(f"LanguageTool {engine.version} at {url}; load average {os.getloadavg()[0]:.2f}")

    # Warm per-note time of the bare engine and of the whole typos check.
    clean = [n for n in all_notes if n.split in ("dev", "heldout")]
    for n in clean[:5]:
        engine.check(n.text)
    raw = []
    for n in clean:
        t = time.perf_counter()
        engine.check(n.text)
        raw.append((time.perf_counter() - t) * 1e3)
    figures["languagetool_check_ms"] = {
        "median": statistics.median(raw),
        "p95": sorted(raw)[int(0.95 * (len(raw) - 1))],
    }
    print(
        f"LanguageTool /v2/check alone, warm, {len(raw)} notes: median "
        f"{statistics.median(raw):.0f} ms, p95 {sorted(raw)[int(0.95 * (len(raw) - 1))]:.0f} ms"
    )

    for label in ("offline", "languagetool"):
        check = review_checker(label, url)
        print(f"\n-- typos check, engine {label}")
        result: dict[str, object] = {}
        for n in clean[:5]:
            check(n, True)
        times = []
        for n in clean:
            t = time.perf_counter()
            check(n, True)
            times.append((time.perf_counter() - t) * 1e3)
        result["review_typos_ms_median"] = statistics.median(times)
        print(
            f"review() with only the typos check, warm: median {statistics.median(times):.1f} "
            f"ms per note, p95 {sorted(times)[int(0.95 * (len(times) - 1))]:.1f} ms"
        )
        for split in splits:
            subset = [n for n in all_notes if n.split == split]
            if not subset:
                continue
            ff, flagged = clean_note_flags(check, subset, use_names=True)
            result[f"clean_{split}"] = {"notes": len(subset), "false_flags_per_note": ff}
            print(f"clean notes [{split}] n={len(subset)}: false flags/note {ff:.3f}")
            if flagged:
                print("   flagged:", ", ".join(flagged[: args.show]))
        for split in ("dev", "heldout"):
            ps = [p for p in pairs if p.split == split]
            inj = inject(check, inject_notes, ps, args.lt_trials)
            recall = inj.flagged / max(1, inj.injected)
            any_code = inj.flagged_any / max(1, inj.injected)
            first = inj.first_right / max(1, inj.flagged)
            ffn = inj.false_flags / max(1, inj.notes)
            result[f"injected_{split}"] = {
                "injected": inj.injected,
                "recall_spelling": recall,
                "recall_any_code": any_code,
                "first_right_of_flagged": first,
                "other_flags_per_note": ffn,
            }
            print(
                f"injected [{split} misspellings] {inj.injected} in {inj.notes} notes: recall "
                f"{recall:.4f} as typos.spelling ({any_code:.4f} by any finding), first "
                f"suggestion right {first:.4f} of flagged, other flags/note {ffn:.3f}"
            )
            if inj.misses:
                print("   missed:", ", ".join(sorted(set(inj.misses))[: args.show]))
            if inj.wrong_first:
                print("   wrong first:", ", ".join(sorted(set(inj.wrong_first))[: args.show]))
        found, fixed, missed, total, hit = grammar_recall(check, inject_notes)
        n_err = sum(total.values())
        result["grammar"] = {
            "errors": n_err,
            "recall": found / n_err,
            "first_suggestion_right": fixed / n_err,
            "by_category": {c: f"{hit[c]}/{total[c]}" for c in sorted(total)},
        }
        print(
            f"grammar and real-word errors: {found}/{n_err} found ({found / n_err:.3f}), "
            f"first suggestion right {fixed}/{n_err}; by category "
            + ", ".join(f"{c} {hit[c]}/{total[c]}" for c in sorted(total))
        )
        if missed:
            print("   missed:", " | ".join(missed))
        figures[label] = result


# --- report -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd")
    prep = sub.add_parser("prepare", help="rebuild data/misspellings.tsv")
    prep.add_argument("--codespell-dictionary", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="sample 3000 pairs per split")
    parser.add_argument("--baselines", action="store_true")
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument(
        "--baseline-trials", type=int, default=3, help="injection trials for the baselines (slow)"
    )
    parser.add_argument("--load-runs", type=int, default=7)
    parser.add_argument("--show", type=int, default=15, help="examples of misses to print")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--engine",
        choices=("offline", "languagetool"),
        default="offline",
        help="languagetool: compare the whole typos check with each engine (see above)",
    )
    parser.add_argument("--lt-url", default=os.environ.get("NOTECHECK_LT_URL"))
    parser.add_argument("--lt-trials", type=int, default=3, help="injection trials, LT mode")
    parser.add_argument(
        "--splits",
        default=",".join(CLEAN_SPLITS),
        help="clean-note splits to report (comma-separated; default: all)",
    )
    args = parser.parse_args(argv)
    if args.cmd == "prepare":
        prepare(args.codespell_dictionary)
        return

    if args.engine == "languagetool":
        languagetool_main(args)
        return
    all_notes = load_notes()
    splits = [x for x in args.splits.split(",") if x]
    notes = [n for n in all_notes if n.split in splits]
    inject_notes = [n for n in all_notes if n.split in ("dev", "heldout")]
    pairs = load_pairs()
    speller = get_speller()
    figures: dict[str, object] = {"engine": speller.name, "version": speller.version}

    def ours(note: Note, use_names: bool) -> list[TextIssue]:
        return speller.check(note.text, names=note.names if use_names else ())

    print(f"== offline speller {speller.version}")
    load = cold_load(args.load_runs)
    figures["load"] = load
    print(
        f"cold load (fresh interpreter, median / best of {args.load_runs}): notecheck "
        f"package import {load['package_import_median_ms']:.0f} / "
        f"{load['package_import_best_ms']:.0f} ms; speller module import "
        f"{load['import_median_ms']:.1f} / {load['import_best_ms']:.1f} ms; "
        f"word lists + first check {load['first_check_median_ms']:.0f} / "
        f"{load['first_check_best_ms']:.0f} ms; suggestion data + first suggestion "
        f"{load['first_suggestion_median_ms']:.0f} / {load['first_suggestion_best_ms']:.0f} ms"
    )

    checkers: dict[str, Callable[[Note, bool], list[TextIssue]]] = {"offline-speller": ours}
    if args.baselines:
        checkers.update(baseline_checkers())

    for label, check in checkers.items():
        print(f"\n-- {label}")
        result: dict[str, object] = {}
        for split in splits:
            subset = [n for n in notes if n.split == split]
            if not subset:
                continue
            ff, flagged = clean_note_flags(check, subset, use_names=True)
            ff_nonames, _ = clean_note_flags(check, subset, use_names=False)
            speed = warm_ms_per_note(check, subset)
            result[f"clean_{split}"] = {
                "notes": len(subset),
                "false_flags_per_note": ff,
                "false_flags_per_note_without_names": ff_nonames,
                "flagged": flagged,
                **speed,
            }
            print(
                f"clean notes [{split}] n={len(subset)} ({speed['mean_words']:.0f} words avg): "
                f"false flags/note {ff:.3f} (without names {ff_nonames:.3f}); "
                f"warm {speed['ms_per_note']:.3f} ms/note, "
                f"{speed['ms_per_150_words']:.3f} ms per 150 words"
            )
            if flagged:
                print("   flagged:", ", ".join(flagged[: args.show]))
        for split in ("dev", "heldout"):
            ps = [p for p in pairs if p.split == split]
            trials = args.trials if label == "offline-speller" else args.baseline_trials
            inj = inject(check, inject_notes, ps, trials)
            recall = inj.flagged / max(1, inj.injected)
            first = inj.first_right / max(1, inj.flagged)
            ffn = inj.false_flags / max(1, inj.notes)
            result[f"injected_{split}"] = {
                "injected": inj.injected,
                "distinct_pairs": len(inj.pairs_used),
                "recall": recall,
                "first_right_of_flagged": first,
                "first_right_of_injected": inj.first_right / max(1, inj.injected),
                "false_flags_per_note": ffn,
            }
            print(
                f"injected [{split} misspellings] {inj.injected} in {inj.notes} notes "
                f"({len(inj.pairs_used)} distinct pairs): recall {recall:.4f}, first suggestion "
                f"right {first:.4f} of flagged ({inj.first_right / max(1, inj.injected):.4f} "
                f"of all), other flags/note {ffn:.3f}"
            )
            if inj.misses:
                print("   missed:", ", ".join(sorted(set(inj.misses))[: args.show]))
            if inj.wrong_first:
                print("   wrong first:", ", ".join(sorted(set(inj.wrong_first))[: args.show]))
            if inj.other_flags:
                common = Counter(inj.other_flags).most_common(args.show)
                print("   other flags:", ", ".join(f"{k} x{v}" for k, v in common))
        figures[label] = result

    print("\n-- offline-speller on the whole misspelling list (each word alone)")
    rng = random.Random(7)
    for split in ("dev", "heldout"):
        ps = [p for p in pairs if p.split == split]
        if args.quick:
            ps = rng.sample(ps, min(3000, len(ps)))
        res = lone_words(OfflineSpeller(), ps)  # a fresh instance: no warm cache
        ms = sorted(res.ms_suggest)
        lst = {
            "pairs": res.n,
            "recall": res.flagged / res.n,
            "first_right_of_flagged": res.first_right / max(1, res.flagged),
            "first_right_of_all": res.first_right / res.n,
            "top5_of_all": res.top5 / res.n,
            "ms_per_word_median": statistics.median(ms),
            "ms_per_word_p95": ms[int(0.95 * (len(ms) - 1))],
        }
        figures[f"list_{split}"] = lst
        print(
            f"list [{split}] {res.n} pairs: recall {lst['recall']:.4f}; first suggestion right "
            f"{lst['first_right_of_flagged']:.4f} of flagged ({lst['first_right_of_all']:.4f} "
            f"of all), in top 5 {lst['top5_of_all']:.4f}; check+suggest "
            f"{lst['ms_per_word_median']:.2f} ms median, {lst['ms_per_word_p95']:.2f} ms p95"
        )

    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=list) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
