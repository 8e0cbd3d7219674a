"""Latency of ``notecheck.review()`` per note, warm, with and without the typos check.

    python benchmarks/review_bench.py [--rounds 5] [--checks]

Notes come from ``benchmarks/data/clean_notes.yaml`` and the labelled corpus in
``tests/corpus`` (varied lengths, formats and problems). Every note is reviewed once to warm
the engines, then ``--rounds`` times; the figures are the median and 95th percentile of the
per-note times (wall clock, and CPU time of this process, which is steadier when other work
shares the machine), plus the median for notes of 120-180 words (a typical note). ``--checks``
adds the median time of each check, measured by running it alone on the analysed note.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import notecheck  # noqa: E402
from notecheck._analysis import Analysis  # noqa: E402
from notecheck._check import Context  # noqa: E402
from notecheck._note import parse_note  # noqa: E402
from notecheck._registry import registry  # noqa: E402
from notecheck._report import FrozenMap  # noqa: E402


def load_texts() -> list[str]:
    texts: list[str] = []
    clean = ROOT / "benchmarks" / "data" / "clean_notes.yaml"
    if clean.exists():
        texts += [str(n["text"]) for n in yaml.safe_load(clean.read_text(encoding="utf-8"))]
    for file in sorted((ROOT / "tests" / "corpus").glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or []
        texts += [str(n["text"]) for n in data if isinstance(n, dict) and "text" in n]
    return texts


def words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(texts: list[str], config: notecheck.Config, rounds: int) -> dict[str, float]:
    """Wall-clock and CPU milliseconds per note (CPU time is steadier on a busy machine)."""
    for text in texts:
        notecheck.review(text, config=config)
    wall: list[float] = []
    cpu: list[float] = []
    typical: list[float] = []
    typical_cpu: list[float] = []
    for _ in range(rounds):
        for text in texts:
            start, start_cpu = time.perf_counter(), time.process_time()
            notecheck.review(text, config=config)
            elapsed = (time.perf_counter() - start) * 1000
            elapsed_cpu = (time.process_time() - start_cpu) * 1000
            wall.append(elapsed)
            cpu.append(elapsed_cpu)
            if 120 <= words(text) <= 180:
                typical.append(elapsed)
                typical_cpu.append(elapsed_cpu)
    return {
        "median": statistics.median(wall),
        "p95": percentile(wall, 0.95),
        "cpu_median": statistics.median(cpu),
        "cpu_p95": percentile(cpu, 0.95),
        "typical_median": statistics.median(typical) if typical else float("nan"),
        "typical_cpu_median": statistics.median(typical_cpu) if typical_cpu else float("nan"),
        "typical_notes": len(typical) / rounds,
    }


def per_check(texts: list[str], rounds: int) -> dict[str, float]:
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            note = parse_note(text)
            times.setdefault("(parse)", []).append(time.perf_counter() - start)
            start = time.perf_counter()
            analysis = Analysis(note)
            times.setdefault("(spaCy pass)", []).append(time.perf_counter() - start)
            for check in registry().checks.values():
                ctx = Context(
                    note=note,
                    analysis=analysis,
                    options=FrozenMap(check.defaults()),
                    kind="thank_you",
                    interview_at=None,
                    sent_at=None,
                    sent_at_assumed=False,
                    accept=frozenset(),
                    settings=FrozenMap({"typos_engine": "offline", "english": "en-US"}),
                )
                start = time.perf_counter()
                check.run(ctx)
                times.setdefault(check.id, []).append(time.perf_counter() - start)
    return {name: statistics.median(v) * 1000 for name, v in times.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--checks", action="store_true", help="also time each check alone")
    args = parser.parse_args(argv)
    texts = load_texts()
    print(
        f"{len(texts)} notes, median {statistics.median(map(words, texts)):.0f} words; "
        f"{args.rounds} warm rounds"
    )
    for label, config in (
        ("all checks (offline typos)", notecheck.Config()),
        ("without typos", notecheck.Config(ignore=("typos",))),
    ):
        r = measure(texts, config, args.rounds)
        print(
            f"{label:<28} wall median {r['median']:.2f} ms, p95 {r['p95']:.2f} ms; "
            f"CPU median {r['cpu_median']:.2f} ms, p95 {r['cpu_p95']:.2f} ms; "
            f"typical 120-180-word note: wall {r['typical_median']:.2f} ms, "
            f"CPU {r['typical_cpu_median']:.2f} ms ({r['typical_notes']:.0f} notes)"
        )
    # The machine's speed at the moment, to read the figures above against: spaCy's blank
    # English tokenizer alone on the same notes (FACTS.md: 0.12-0.14 ms for an 85-word note
    # on this kind of machine at rest).
    import spacy

    blank = spacy.blank("en")
    for text in texts:
        blank.make_doc(text)
    tok: list[float] = []
    tok_typical: list[float] = []
    for _ in range(args.rounds):
        for text in texts:
            start = time.process_time()
            blank.make_doc(text)
            elapsed = (time.process_time() - start) * 1000
            tok.append(elapsed)
            if 120 <= words(text) <= 180:
                tok_typical.append(elapsed)
    print(
        f"{'blank spaCy tokenizer':<28} CPU median {statistics.median(tok):.3f} ms; typical "
        f"note {statistics.median(tok_typical) if tok_typical else float('nan'):.3f} ms"
    )
    if args.checks:
        for name, ms in sorted(per_check(texts, args.rounds).items(), key=lambda kv: -kv[1]):
            print(f"  {name:<18} {ms:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
