"""Find regular expressions in notecheck that take super-linear time on hostile input.

    python benchmarks/regex_scan.py            # n = 2,000 and 8,000 characters
    python benchmarks/regex_scan.py --size 5000

Every compiled pattern found in notecheck's modules (module-level patterns and the pattern
tables of the checks) is run with ``finditer`` over each adversarial input at size n and 4n.
Linear work grows about 4x; a pattern that grows more than 8x, and takes over 5 ms at 4n, is
listed with the input that triggers it. The same inputs are then given to the spaCy tokenizer
that ``review()`` uses.

A listed pattern is a risk, not yet a bug: the code may only ever apply it to short lines or
bounded windows. ``--stages`` times each stage of ``review()`` itself on the same inputs,
which is what ``tests/property/test_limits.py`` asserts.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from _common import print_machine

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "'{' run": lambda n: "{" * n,
    "'[' run": lambda n: "[" * n,
    "'<' run": lambda n: "<" * n,
    "'*' run": lambda n: "*" * n,
    "'_' run": lambda n: "_" * n,
    "'X' run": lambda n: "X" * n,
    "'`' run": lambda n: "`" * n,
    "'-' run": lambda n: "-" * n,
    "'!' run": lambda n: "!" * n,
    "'$' '{' pairs": lambda n: "${" * (n // 2),
    "spaces": lambda n: " " * n,
    "spaces then a word": lambda n: " " * n + "x",
    "tabs and spaces": lambda n: " \t" * (n // 2),
    "newlines": lambda n: "\n" * n,
    "CRLF": lambda n: "\r\n" * (n // 2),
    "one 'a' word": lambda n: "a" * n,
    "'thank you' repeated": lambda n: "thank you " * (n // 10),
    "'Dear ' repeated": lambda n: "Dear " * (n // 5),
    "nested [ ]": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "nested {{ }}": lambda n: "{{" * (n // 4) + "}}" * (n // 4),
    "'[a](' repeated": lambda n: "[a](" * (n // 4),
    "'*a' repeated": lambda n: "*a" * (n // 2),
    "'<p ' repeated": lambda n: "<p " * (n // 3),
    "HTML note with tag openers": lambda n: "<p>Thank you.</p>" + "<p " * (n // 3),
    "Markdown note with a '<' run": lambda n: "**Thanks** for the time.\n\n" + "<" * n,
    "'<!--' + text": lambda n: "<!--" + "a" * n,
    "'&#' repeated": lambda n: "&#" * (n // 2),
    "'\"' in a tag": lambda n: "<a " + '"' * n,
    "HTML attribute quotes": lambda n: '<a x="' * (n // 6),
    "unclosed suppression": lambda n: "<!-- notecheck: disable=a" + " " * n,
    "a long unknown word": lambda n: "Thank you " + ("supercalifragilistic" * n)[:n] + ".",
    "'A: ' header lines": lambda n: "A: b\n" * (n // 5),
    "'On ' repeated": lambda n: "On " * (n // 3),
    "'AB ' capitals": lambda n: "AB " * (n // 3),
    "'I my ' repeated": lambda n: "I my " * (n // 5),
    "'sorry ' repeated": lambda n: "sorry " * (n // 6),
    "'when do you ' repeated": lambda n: "when do you " * (n // 12),
    "'let me know ' repeated": lambda n: "let me know " * (n // 12),
    "'I guess ' repeated": lambda n: "I guess " * (n // 8),
    "'+1 ' digits": lambda n: "+1 " * (n // 3),
    "'a@' repeated": lambda n: "a@" * (n // 2),
    "'Mr. A ' repeated": lambda n: "Mr. A " * (n // 6),
    "'> ' quote lines": lambda n: "> a\n" * (n // 4),
    "'# ' heading": lambda n: "#" * n,
}


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(where, pattern) for every compiled pattern reachable from notecheck's modules."""
    import notecheck

    seen: set[int] = set()
    names = [notecheck.__name__] + [
        m.name for m in pkgutil.walk_packages(notecheck.__path__, notecheck.__name__ + ".")
    ]
    for name in sorted(names):
        if name.endswith(("_cli", "__main__")) or ".renderers" in name:
            continue
        try:
            module = importlib.import_module(name)
        except Exception:
            continue
        for attr, value in vars(module).items():
            for found in _find(value, depth=0):
                if id(found) not in seen:
                    seen.add(id(found))
                    yield f"{name}.{attr}", found


def _find(value: object, depth: int) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif depth < 4 and isinstance(value, (tuple, list)):
        for item in value:
            yield from _find(item, depth + 1)


def run_time(pattern: re.Pattern[str], text: str, repeat: int = 1) -> float:
    """Best of ``repeat`` runs (the machine is shared: the minimum is the pattern's own cost)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument(
        "--stages", action="store_true", help="only time review()'s stages on hostile input"
    )
    args = parser.parse_args(argv)
    if args.stages:
        print_machine()
        cap_memory()
        hostile_stages(args.size)
        return 0
    print_machine()
    n = args.size
    found = list(patterns())
    print(f"\n{len(found)} patterns; inputs of {n:,} and {4 * n:,} characters\n")
    bad = 0
    for where, pattern in found:
        for label, make in ADVERSARIAL.items():
            small = run_time(pattern, make(n))
            if small * 4 * 8 < 0.005:  # cannot reach 5 ms at 4n even if quadratic
                continue
            large = run_time(pattern, make(4 * n))
            if large > 0.005 and large / max(small, 1e-6) > 8:
                # Confirm with best-of-3 timings before blaming the pattern.
                small = run_time(pattern, make(n), 3)
                large = run_time(pattern, make(4 * n), 3)
            if large > 0.005 and large / max(small, 1e-6) > 8:
                bad += 1
                print(
                    f"SUPER-LINEAR {where}  on {label}: {small * 1000:.1f} ms -> "
                    f"{large * 1000:.1f} ms (x{large / small:.1f})\n    /{pattern.pattern[:160]}/"
                )
    print(f"\n{bad} super-linear (pattern, input) pairs")

    try:
        from notecheck import _analysis

        tokenizer = _analysis.nlp().tokenizer
    except Exception as exc:  # pragma: no cover - reporting only
        print(f"spaCy tokenizer not available: {exc}")
        return 0
    print("\nspaCy tokenizer (as review() builds it):")
    for label, make in ADVERSARIAL.items():
        small = run_time_call(tokenizer, make(n // 4))
        large = run_time_call(tokenizer, make(n))
        if large > 0.005 and large / max(small, 1e-6) > 8:
            print(
                f"SUPER-LINEAR tokenizer on {label}: {n // 4:,} chars {small * 1000:.1f} ms -> "
                f"{n:,} chars {large * 1000:.1f} ms (x{large / small:.1f})"
            )
    return 0


def stage_times(text: str) -> dict[str, float]:
    """Seconds spent in each stage of one review() of ``text`` (stages wrapped in timers)."""
    from dataclasses import replace

    import notecheck
    from notecheck import _registry, _review

    spent: dict[str, float] = {}

    def wrap(name: str, fn: Callable[..., object]) -> Callable[..., object]:
        def inner(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

        return inner

    reg = _registry.registry()
    saved = (_review.parse_note, _review.Analysis, _registry._cached)
    _review.parse_note = wrap("parse_note", _review.parse_note)  # type: ignore[assignment]
    _review.Analysis = wrap("Analysis", _review.Analysis)  # type: ignore[assignment,misc]
    _registry._cached = replace(
        reg,
        checks={cid: replace(c, run=wrap(f"check {cid}", c.run)) for cid, c in reg.checks.items()},
    )
    try:
        started = time.perf_counter()
        notecheck.review(text)
        spent["review() total"] = time.perf_counter() - started
    finally:
        _review.parse_note, _review.Analysis, _registry._cached = saved  # type: ignore[misc]
    return spent


def cap_memory(extra: int = 3 * 1024**3) -> None:
    """Let this process grow by ``extra`` bytes at most: a runaway case gets a MemoryError
    instead of the machine's memory (a 1,500-letter unknown word once took 24 GB)."""
    try:
        import resource

        status = Path("/proc/self/status").read_text()
        size = next(
            int(line.split()[1]) * 1024
            for line in status.splitlines()
            if line.startswith("VmSize:")
        )
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        cap = size + extra if hard == resource.RLIM_INFINITY else min(size + extra, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ImportError, StopIteration, ValueError):
        pass


def hostile_stages(n: int) -> None:
    """For each input whose review() grows super-linearly, the stage responsible."""
    import notecheck

    notecheck.review("Dear Ana,\n\nThank you.")
    print(f"\nreview() stages on hostile input ({n:,} -> {4 * n:,} characters):")
    for label, make in ADVERSARIAL.items():
        small, large = stage_times(make(n)), stage_times(make(4 * n))
        total = large["review() total"] / max(small["review() total"], 1e-6)
        if total <= 8:
            continue
        print(f"  {label}: review() x{total:.1f} ({large['review() total'] * 1000:.0f} ms)")
        for stage, seconds in sorted(large.items(), key=lambda kv: -kv[1]):
            ratio = seconds / max(small.get(stage, 0.0), 1e-6)
            if stage != "review() total" and seconds > 0.005 and ratio > 8:
                print(f"      {stage:24} {seconds * 1000:8.1f} ms  x{ratio:.1f}")


def run_time_call(fn: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    fn(text)
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
