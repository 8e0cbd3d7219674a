"""Warm per-note latency of ``notecheck.review()`` next to proselint, on the same notes.

    python benchmarks/latency.py                # 300 notes, best of 3 runs per note
    python benchmarks/latency.py --notes 500 --repeat 5 --breakdown

Both linters are warmed first (engines built, dictionaries loaded), then each note is given
to one and then the other, alternating which goes first, so that both see the same machine
noise. A note's time is its fastest of ``--repeat`` runs (the cost of the work itself, not of
whatever else the machine was doing). Prints median and p95 for all notes and for the notes
of 130-170 words (the "150-word note" of the target), and the notecheck/proselint ratio.

``--breakdown`` also times each stage of ``review()`` (parse, analysis, every check,
readability) by wrapping them, to show where the time goes.

``--cpu`` measures CPU time of this process (``time.process_time``) instead of wall-clock
time: on a shared machine it is far less disturbed by other people's work. ``--gc-freeze``
calls ``gc.freeze()`` after the warm-up, as a long-lived process (a server, a
``review_many`` worker) can: the collector then stops re-walking the engines' objects.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import notegen
from _common import median, percentile, print_machine, quiet_notecheck_logs

TARGET_MEDIAN_MS = 2.5

clock = time.perf_counter  # --cpu: time.process_time


def proselint_linter() -> Callable[[str], Any]:
    """proselint's own lint entry point with its default checks (as its CLI runs it)."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)

    def lint(text: str) -> Any:
        return LintFile("note.txt", text).lint()

    return lint


def timed(fn: Callable[[str], Any], text: str) -> float:
    started = clock()
    fn(text)
    return (clock() - started) * 1000


def measure(
    notes: list[notegen.GeneratedNote], repeat: int, *, freeze: bool = False
) -> dict[str, list[float]]:
    import notecheck

    lint = proselint_linter()
    review = notecheck.review
    for note in notes[:20]:  # warm both: engines, caches, lazy imports
        review(note.text)
        lint(note.text)
    if freeze:
        gc.freeze()
    best: dict[str, list[float]] = {"notecheck": [], "proselint": []}
    for i, note in enumerate(notes):
        runs: dict[str, list[float]] = {"notecheck": [], "proselint": []}
        for r in range(repeat):
            order = [("notecheck", review), ("proselint", lint)]
            if (i + r) % 2:
                order.reverse()
            for name, fn in order:
                runs[name].append(timed(fn, note.text))
        for name, values in runs.items():
            best[name].append(min(values))
    return best


def report(notes: list[notegen.GeneratedNote], best: dict[str, list[float]]) -> None:
    mid = [i for i, n in enumerate(notes) if 130 <= n.words <= 170]
    what = "CPU" if clock is time.process_time else "wall-clock"
    print(
        f"\n{len(notes)} notes, {len(mid)} of them 130-170 words; {what} times in ms (best of runs)"
    )
    print(f"{'':22} {'median':>8} {'p95':>8} {'max':>8} {'median 150w':>12}")
    for name, values in best.items():
        print(
            f"{name:22} {median(values):8.2f} {percentile(values, 95):8.2f} "
            f"{max(values):8.2f} {median([values[i] for i in mid]):12.2f}"
        )
    ratio = [a / b for a, b in zip(best["notecheck"], best["proselint"], strict=True)]
    nc_mid = median([best["notecheck"][i] for i in mid])
    print(
        f"\nratio notecheck/proselint: median of per-note ratios {median(ratio):.2f}, "
        f"ratio of medians {median(best['notecheck']) / median(best['proselint']):.2f} "
        "(< 1 means notecheck is faster)"
    )
    verdict = "met" if nc_mid <= TARGET_MEDIAN_MS else "MISSED"
    print(
        f"target: median <= {TARGET_MEDIAN_MS} ms for a 150-word note: {nc_mid:.2f} ms ({verdict})"
    )
    by_format: dict[str, list[float]] = defaultdict(list)
    for note, value in zip(notes, best["notecheck"], strict=True):
        by_format[note.format].append(value)
    print(
        "notecheck median by format: "
        + ", ".join(f"{fmt} {median(v):.2f} ({len(v)})" for fmt, v in sorted(by_format.items()))
    )


def breakdown(notes: list[notegen.GeneratedNote]) -> None:
    """Median time of each stage of review(), by wrapping the stages in timers."""
    import notecheck
    from notecheck import _readability, _registry, _review

    stages: dict[str, list[float]] = defaultdict(list)

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def inner(*args: Any, **kwargs: Any) -> Any:
            started = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                stages[name].append((clock() - started) * 1000)

        return inner

    from notecheck.checks import _kind, _match

    reg = _registry.registry()
    checks = {cid: replace(c, run=wrap(f"check {cid}", c.run)) for cid, c in reg.checks.items()}
    # (module, attribute, label): the stages of review() outside the checks.
    stage_list = [
        (_review, "parse_note", "parse_note (markup, parts)"),
        (_review, "Analysis", "Analysis (spaCy doc)"),
        (_kind, "detect_kind", "detect_kind"),
        # (only in versions that match all checks' patterns in one pass)
        (getattr(_match, "_Engine", None), "_match", "pattern matching (all checks)"),
        (_review, "_result", "_result (findings, positions)"),
        (_review, "_metrics", "_metrics"),
        (_review, "pipeline_description", "pipeline_description"),
        (_readability, "readability", "readability (textstat)"),
    ]
    saved = [(m, a, getattr(m, a)) for m, a, _ in stage_list if hasattr(m, a)]
    saved_registry = _registry._cached
    for module, attr, label in stage_list:
        if hasattr(module, attr):
            setattr(module, attr, wrap(label, getattr(module, attr)))
    _registry._cached = replace(reg, checks=checks)
    try:
        total = []
        for note in notes:
            total.append(timed(notecheck.review, note.text))
    finally:
        for module, attr, original in saved:
            setattr(module, attr, original)
        _registry._cached = saved_registry
    print(f"\nwhere review() spends its time, median ms per note over {len(notes)} notes")
    print(f"  {'review() total':34} {median(total):7.3f}")
    rows = sorted(stages.items(), key=lambda kv: -sum(kv[1]))
    accounted = 0.0
    for name, values in rows:
        share = sum(values) / sum(total) * 100
        if not name.startswith(("readability", "_metrics", "pattern")):  # inside another stage
            accounted += share
        print(f"  {name:34} {median(values):7.3f}   {share:5.1f}% of all time")
    print(f"  {'(rest: report building, glue)':34} {'':7}   {100 - accounted:5.1f}%")
    print(
        "  (readability, pattern matching and shared per-note data run inside the first stage"
        " that asks for them; their time is counted there too)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--breakdown", action="store_true")
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall-clock")
    parser.add_argument("--gc-freeze", action="store_true", help="gc.freeze() after warm-up")
    args = parser.parse_args(argv)
    global clock
    if args.cpu:
        clock = time.process_time
    print_machine()
    quiet_notecheck_logs()
    notes = notegen.generate(args.notes, seed=args.seed)
    best = measure(notes, args.repeat, freeze=args.gc_freeze)
    report(notes, best)
    if args.breakdown:
        breakdown(notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
