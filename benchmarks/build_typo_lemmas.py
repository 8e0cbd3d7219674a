"""Build ``src/notecheck/data/typo_lemmas.tsv``: common misspellings of the words the checks
key on, each with the lemma of the word meant.

    python benchmarks/build_typo_lemmas.py [--check]

Notes are typed fast: "I am very intrested in this job", "thank you for the oppurtunity".
The typos check flags such words; the other checks should still read them as meant. For
each key word below, the script generates the slips people make most (a letter dropped,
two letters swapped, a double letter doubled or undoubled, one vowel for another) and keeps
a slip only when it is not itself a word: not in the offline speller's dictionary (any
size) and not in spaCy's lemma table. The analysis gives a kept slip the lemma of the word
meant; its text is untouched, so the typos check still reports it.

The output is sorted and the same on every run. ``--check`` exits 1 when the shipped file
differs from what the script makes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from notecheck._analysis import _lemma_table  # noqa: E402
from notecheck.engines.speller import get_speller  # noqa: E402

OUT = ROOT / "src" / "notecheck" / "data" / "typo_lemmas.tsv"
HEADER = (
    "# Misspellings of the words the checks key on, and the lemma of the word meant.\n"
    "# Made by benchmarks/build_typo_lemmas.py; do not edit by hand.\n"
)
# Words the checks' patterns and lexicons turn on (gratitude, interest, fit, timeline,
# tone), in the forms people type. Only words of 6 letters or more: shorter words have
# too many real words one slip away.
_KEY_TEXT = """
interested interesting interest excited exciting excitement enthusiastic enthusiasm eager
eagerly opportunity opportunities position positions thankful grateful gratitude
appreciate appreciated appreciation appreciative experience experienced experiences
decision decisions timeline update updates forward consideration considering consider
definitely really believe confident qualified qualifications certified certification
responsible knowledge contribute contributing passionate schedule process status
application candidate candidacy interview interviewed interviewing conversation
discussion hearing looking thrilled honored honoured privilege sincerely genuinely
truly welcome pleasure wonderful incredible amazing chance environment organization
organisation company department manager managed management leadership supervised
coordinated developed delivered familiar comfortable skills background successful
selected unfortunately disappointed feedback improve future openings available
"""
KEY_WORDS = _KEY_TEXT.split()
VOWELS = "aeiou"
MIN_LENGTH = 6


def slips(word: str) -> set[str]:
    """The misspellings of ``word`` generated: drops, swaps, doubling, vowel swaps."""
    out: set[str] = set()
    n = len(word)
    for i in range(1, n):  # the first letter is rarely wrong
        out.add(word[:i] + word[i + 1 :])  # a letter dropped: "intrested"
        if i + 1 < n:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped: "recieve"
        out.add(word[: i + 1] + word[i] + word[i + 1 :])  # doubled: "excitted"
        if word[i] in VOWELS:
            for v in VOWELS:
                if v != word[i]:
                    out.add(word[:i] + v + word[i + 1 :])  # "definately", "oppurtunity"
    out.discard(word)
    return {s for s in out if len(s) >= MIN_LENGTH - 1}


def build(words: Iterable[str]) -> str:
    speller = get_speller()
    table, _error = _lemma_table()
    chosen: dict[str, set[str]] = {}
    for word in words:
        lemma = str(table.get(word, word)).lower()
        for slip in slips(word):
            if speller.is_known(slip) or slip in table:
                continue  # a real word ("tank" for "thank"): never rewritten
            chosen.setdefault(slip, set()).add(lemma)
    lines = [f"{slip}\t{next(iter(lemmas))}" for slip, lemmas in sorted(chosen.items())]
    # A slip two key words share ("expereince"?) is ambiguous: left out.
    lines = [
        line
        for line, lemmas in zip(lines, (chosen[s] for s in sorted(chosen)), strict=True)
        if len(lemmas) == 1
    ]
    return HEADER + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args(argv)
    text = build(w for w in KEY_WORDS if len(w) >= MIN_LENGTH)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from what the script makes")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} slips)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
