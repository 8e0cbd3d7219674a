"""Size limits and hostile input: long notes are cut with a finding, and time grows linearly.

Timing tests compare the same kind of input at n and 4n characters and assert only the
ratio (linear work grows about 4x; quadratic work 16x), never an absolute time, so they hold
on slow or busy machines. ``benchmarks/regex_scan.py`` names the pattern behind a failure.
"""

from __future__ import annotations

import multiprocessing
import resource
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

import notecheck
from notecheck import Config

NOTE = (
    "Dear Ms. Okonkwo,\n\nThank you for taking the time to meet with me today. I enjoyed "
    "hearing about the Kubernetes migration, and our talk made me even more excited about the "
    "role. My five years of PostgreSQL work line up well with what your team needs. Could you "
    "share the timeline for next steps?\n\nBest regards,\nPriya Raghunathan\n"
)


def codes(report: notecheck.Report) -> list[str]:
    return [f.code for f in report.findings]


# --- max_chars ----------------------------------------------------------------------


def test_default_limit_is_100k_characters() -> None:
    assert Config().max_chars == 100_000


def test_note_over_the_limit_gets_a_clear_finding() -> None:
    text = NOTE * 20
    report = notecheck.review(text, config=Config(max_chars=1_000))
    too_long = [f for f in report.findings if f.code == "input.too-long"]
    assert len(too_long) == 1
    finding = too_long[0]
    assert finding.check == "input"
    assert (finding.start, finding.end) == (1_000, len(text))
    assert f"{len(text):,}" in finding.message and "max-chars" in finding.message
    # The part that was checked was really checked.
    assert report.checks["gratitude"].detected is True


def test_note_under_the_limit_has_no_finding() -> None:
    assert "input.too-long" not in codes(notecheck.review(NOTE, config=Config(max_chars=1_000)))


def test_limit_counts_after_front_matter() -> None:
    front = "---\ninterview_at: 2026-05-01T10:00:00-04:00\n---\n"
    text = front + NOTE
    report = notecheck.review(text, config=Config(max_chars=len(NOTE)))
    assert "input.too-long" not in codes(report)


@pytest.mark.timeout(180)
def test_a_1_mb_note_finishes_and_says_it_was_cut() -> None:
    text = (NOTE * (1_000_000 // len(NOTE) + 1))[:1_000_000]
    report = notecheck.review(text)
    finding = next(f for f in report.findings if f.code == "input.too-long")
    assert finding.start == 100_000 and finding.end == 1_000_000
    assert report.to_dict(timing=False)["checks"]["input"]["status"] in ("warn", "fail")


# --- hostile input: time must grow linearly ----------------------------------------------

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "'{' run": lambda n: "{" * n,
    "'[' run": lambda n: "[" * n,
    "'<' run": lambda n: "<" * n,
    "'*' run": lambda n: "*" * n,
    "'_' run": lambda n: "_" * n,
    "'X' run": lambda n: "X" * n,
    "spaces": lambda n: " " * n,
    "spaces then a word": lambda n: " " * n + "x",
    "'thank you' repeated": lambda n: "thank you " * (n // 10),
    "nested brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "nested braces": lambda n: "{{" * (n // 4) + "}}" * (n // 4),
    "Markdown link openers": lambda n: "[a](" * (n // 4),
    "HTML tag openers": lambda n: "<p " * (n // 3),
    "HTML note with tag openers": lambda n: "<p>Thank you.</p>" + "<p " * (n // 3),
    "Markdown note with a '<' run": lambda n: "**Thanks** for the time.\n\n" + "<" * n,
    "HTML attribute quotes": lambda n: '<a x="' * (n // 6),
    "unclosed suppression": lambda n: "<!-- notecheck: disable=a" + " " * n,
    "e-mail header lines": lambda n: "From: a\nTo: b\n" + "X-A: b\n" * (n // 7),
}
# Sizes where the whole note is analysed (under max_chars) and quadratic work shows.
SIZE = 1_500
SIZED_CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "a 100k-character word": (lambda n: "a" * n, 25_000),
    "50k newlines": (lambda n: "\n" * n, 12_500),
    # A pasted token, a base64 line: nobody misspells a 400-letter word, but it still arrives.
    "a long unknown word": (lambda n: "Thank you " + ("supercalifragilistic" * n)[:n] + ".", 100),
}


MEMORY_HEADROOM = 2 * 1024**3  # bytes a case may add before it counts as a blow-up
CASE_TIMEOUT = 150.0  # seconds, both sizes together


def timed_review(text: str) -> float:
    started = time.perf_counter()
    report = notecheck.review(text)
    elapsed = time.perf_counter() - started
    broken = [f.code for f in report.findings if f.code.endswith(".engine-failed")]
    broken += [f.code for f in report.findings if f.code.startswith("internal.")]
    if broken:  # an engine that ran out of memory or crashed is not "fast"
        raise RuntimeError(f"{', '.join(broken)} on {len(text):,} characters")
    return elapsed


def _best_time(text: str, runs: int = 3) -> float:
    """Fastest of ``runs`` reviews of ``text``, each with a different last character.

    The variants defeat caches (spaCy caches the tokens of every space-free chunk), so a
    slow first encounter cannot hide behind a cached second run; the minimum filters out
    the noise of a busy machine.
    """
    return min(timed_review(f"{text}{k}") for k in range(runs))


def _growth(make: Callable[[int], str], n: int) -> float:
    """How much longer 4n characters take than n (about 4 when linear)."""
    return _best_time(make(4 * n)) / _best_time(make(n))


def _virtual_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def _measure_in_child(conn: Connection, make: Callable[[int], str], n: int) -> None:
    # A runaway case must fail this test, not take the machine's memory with it.
    size = _virtual_size()
    if size:
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        cap = size + MEMORY_HEADROOM
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        conn.send(("ratio", _growth(make, n)))
    except MemoryError:
        conn.send(("memory", 0.0))
    except BaseException as exc:  # report, do not hang the parent
        conn.send(("error", repr(exc)))


def growth(make: Callable[[int], str], n: int) -> float:
    """:func:`_growth`, confirmed once when it looks super-linear (the machine may hiccup)."""
    notecheck.review("Dear Ana,\n\nThank you.")  # everything built before timing (and forking)
    ratio = _growth_in_child(make, n)
    if ratio > 8:
        ratio = min(ratio, _growth_in_child(make, n))
    return ratio


def _growth_in_child(make: Callable[[int], str], n: int) -> float:
    """:func:`_growth` in a fresh forked child, with a memory cap and a deadline."""
    if "fork" not in multiprocessing.get_all_start_methods() or not Path("/proc").exists():
        return _growth(make, n)  # no fork: measured here, without the memory cap
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_measure_in_child, args=(child, make, n), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(CASE_TIMEOUT):
            pytest.fail(f"no result within {CASE_TIMEOUT:.0f} s for {n:,} and {4 * n:,} characters")
        kind, value = parent.recv()
    except EOFError:
        pytest.fail(f"the review process died (exit {process.exitcode}): out of memory?")
    finally:
        process.kill()
        process.join()
    if kind == "memory":
        pytest.fail(f"review() needed more than {MEMORY_HEADROOM >> 30} GiB extra memory")
    if kind == "error":
        pytest.fail(f"review() raised {value}")
    return float(value)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_review_time_grows_linearly_on_hostile_input(name: str) -> None:
    ratio = growth(ADVERSARIAL[name], SIZE)
    assert ratio < 8, f"{name}: 4x the input took {ratio:.1f}x the time (super-linear)"


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", list(SIZED_CASES))
def test_review_time_grows_linearly_on_long_input(name: str) -> None:
    make, n = SIZED_CASES[name]
    ratio = growth(make, n)
    assert ratio < 8, f"{name}: 4x the input took {ratio:.1f}x the time (super-linear)"
