"""Build the compiled data files of the offline speller (notecheck.engines.speller).

    python benchmarks/build_speller_data.py [--out DIR] [--suggest-top N]

Inputs (all permissively licensed; see src/notecheck/engines/data/NOTICE.md):

* SCOWL word lists as packaged by Debian: ``wamerican-large`` and
  ``wbritish-large`` (``apt-get install wamerican-large wbritish-large``), read
  from /usr/share/dict.  SCOWL's own license is an MIT-like notice.
* The next SCOWL size, ``wamerican-huge`` and ``wbritish-huge`` (same
  license): its lowercase words that "large" lacks go to ``extended.txt``.
* Word frequencies: symspellpy's ``frequency_dictionary_en_82_765.txt`` (MIT),
  with pyspellchecker's ``en.json.gz`` (MIT) for the words symspellpy lacks.
  Both packages are build-time inputs only; the runtime never imports them.
* Given names and surnames from Faker's person providers (MIT), Latin-script
  entries of every locale: used only to recognise a capitalized word that
  opens a sentence as a name ("Kagiso mentioned ...").  Build-time only.
* ``src/notecheck/engines/data/tech_words.txt``: the project's own vocabulary,
  and ``foreign_words.txt``: greetings and sign-offs in other languages.  The
  lowercase tech terms SCOWL does not know also get their regular inflections
  (``offboard`` -> ``offboards``, ``offboarded``, ``offboarding``; SCOWL lists
  those for its own words), and every ``-ize`` form gets its British ``-ise``
  twin (``anonymized`` -> ``anonymised``).

Outputs, in ``--out`` (default: the package's data directory):

* ``lexicon.txt``: every accepted word, in four sections after a tab-separated
  header ``notecheck-lexicon  2  <n_common>  <n_rare>  <n_cased>  <digest>``:
  the ``n_common`` most frequent lowercase words (most frequent first), the
  other ``n_rare`` lowercase words (sorted, searched with ``bisect``), the
  ``n_cased`` lowercase keys of words that only exist with capitals (sorted),
  and for each key its spellings joined by ``|`` (``GitHub``, ``Monday``,
  ``MIA|Mia``).  Loading builds one small set and one dict with C-level calls,
  which keeps the speller's cold start cheap.
* ``extended.txt``: header ``notecheck-extended  1  <count>``, then the
  lowercase words of SCOWL "huge" that no other list holds, sorted; loaded only
  when a word is unknown to the lexicon.  Accepted but never suggested.
* ``names.txt``: header ``notecheck-names  1  <count>``, then the names,
  sorted; loaded only when an unknown capitalized word opens a sentence.
* ``suggest.bin``: loaded only when a suggestion is needed, and then only
  viewed, not parsed (uncompressed, every array 4-byte aligned, so the speller
  wraps it in ``memoryview`` casts).  ``b"NCSX3\0\0\0"``, little-endian uint32
  ``n_words`` and ``n_postings``; ``n_words`` bytes of quantised log frequency
  (``round(10 * ln(count + 1))``) by word id (ids count through the first three
  lexicon sections), padded to 4 bytes; 65,537 uint32 bucket offsets (by the
  top 16 bits of a key); ``n_postings`` uint16 low key halves (sorted within a
  bucket), padded; ``n_postings`` uint32 word ids.  A key is the CRC-32 of a
  lowercased word or of that word with one letter deleted (a symmetric-delete
  index, distance 1 on the dictionary side), for the ``--suggest-top`` most
  frequent words plus the whole tech vocabulary.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import math
import re
import struct
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "notecheck" / "engines" / "data"
SCOWL = (
    Path("/usr/share/dict/american-english-large"),
    Path("/usr/share/dict/british-english-large"),
)
# The next SCOWL size ("huge", 80): rarer words (explainers, submittals,
# vasopressor, perovskite), accepted by the speller only when they are not a
# cheap slip of a common word (see ``_accept_extended`` in speller.py).
SCOWL_HUGE = (
    Path("/usr/share/dict/american-english-huge"),
    Path("/usr/share/dict/british-english-huge"),
)
FORMAT_VERSION = 2
# Words the tokenizer can produce: letters (any script) and inner apostrophes.
TOKEN_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# A tech term the frequency lists do not know gets this count: about as common
# as "deployment", so "Kubernets" -> "Kubernetes" wins over rare English words.
TECH_DEFAULT_COUNT = 3_000_000
DEFAULT_SUGGEST_TOP = 90_000
# Lowercase words kept in the eagerly built set; the rest are bisected.
COMMON_TOP = 40_000


def _package_file(module: str, relative: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        sys.exit(f"build_speller_data: install {module} (build-time input only)")
    return Path(spec.origin).parent / relative


def read_scowl(paths: Iterable[Path]) -> set[str]:
    """Return SCOWL words without possessives (the speller strips 's itself)."""
    words: set[str] = set()
    for path in paths:
        if not path.exists():
            sys.exit(f"build_speller_data: {path} missing (apt-get install wamerican-large ...)")
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.endswith("'s") and TOKEN_RE.fullmatch(word):
                words.add(word)
    return words


def read_tech(path: Path) -> list[str]:
    """Return the vocabulary's tokens: each hyphen/dot/slash part of a term."""
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        term = line.strip()
        if not term or term.startswith("#"):
            continue
        # The speller checks "scikit-learn" as "scikit" + "learn", so the parts
        # are what must be known.  Single letters and digit-words are skipped
        # by the speller anyway.
        for part in re.split(r"[-./+ ]+", term.replace("’", "'")):
            if len(part) >= 2 and TOKEN_RE.fullmatch(part):
                out.append(part)
    return out


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def inflections(word: str) -> set[str]:
    """Regular inflections of a lowercase tech term: plural, -ed, -ing.

    Over-generating is harmless (nobody writes "lakehoused", so accepting it
    costs nothing); the final consonant is never doubled.  Words that already
    look inflected ("runbooks", "onboarding") only get a plural when they end
    in -ing ("refactorings").
    """
    if len(word) < 3 or not word.isalpha():
        return set()
    if word.endswith("ing"):
        return {word + "s"}
    if word.endswith(("s", "ed")):
        return set()
    out = {_plural(word)}
    if word.endswith(("tion", "sion", "ity", "ness", "ment", "ism", "ship", "ance", "ence")):
        return out  # nouns: no verb forms
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        out |= {word[:-1] + "ied", word + "ing"}
    else:
        out |= {word + "ed", word + "ing"}
    return out


_IZE = re.compile(r"(?<=[a-z]{3})(iz|yz)(e|es|ed|ing|er|ers|ation|ations|able)$")


def british(word: str) -> str | None:
    """The British -ise/-yse spelling of an -ize/-yze word, or None."""
    m = _IZE.search(word)
    if m is None:
        return None
    return word[: m.start()] + ("ys" if m.group(1) == "yz" else "is") + m.group(2)


def read_names() -> list[str]:
    """Latin-script given names and surnames from every Faker locale."""
    try:
        import faker.providers.person as person
    except ImportError:
        sys.exit("build_speller_data: pip install faker (build-time input only)")
    import pkgutil

    attrs = (
        "first_names",
        "first_names_male",
        "first_names_female",
        "first_names_nonbinary",
        "first_romanized_names",
        "last_names",
        "last_romanized_names",
    )
    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = getattr(
            importlib.import_module(f"faker.providers.person.{info.name}"), "Provider", None
        )
        for attr in attrs:
            value = getattr(provider, attr, None)
            if not value or isinstance(value, property):
                continue
            for full in value.keys() if isinstance(value, dict) else value:
                for part in str(full).split():
                    # Capitalized, letters (Latin script, accents allowed) with
                    # inner hyphens or apostrophes: "Oluwaseun", "O'Neil", "Zoë".
                    if (
                        len(part) > 1
                        and part[:1].isupper()
                        and not part.isupper()
                        and all(ord(c) < 0x250 for c in part)
                        and re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", part)
                    ):
                        names.add(part.replace("’", "'"))
    return sorted(names)


def read_frequencies() -> dict[str, float]:
    """Counts by lowercase word: symspellpy first, pyspellchecker (rescaled) after."""
    sym: dict[str, float] = {}
    sym_path = _package_file("symspellpy", "frequency_dictionary_en_82_765.txt")
    for line in sym_path.read_text(encoding="utf-8").splitlines():
        word, count = line.split()
        sym[word] = float(count)
    pys_path = _package_file("spellchecker", "resources/en.json.gz")
    pys: dict[str, int] = json.loads(gzip.decompress(pys_path.read_bytes()))
    # The two lists count different corpora; bring pyspellchecker's onto
    # symspellpy's scale with the median ratio over words both know well, and
    # halve it because a word symspellpy lacks is usually rarer in books.
    ratios = sorted(sym[w] / c for w, c in pys.items() if c > 50 and w in sym)
    scale = ratios[len(ratios) // 2] * 0.5
    freq = {w: c * scale for w, c in pys.items()}
    freq.update(sym)
    return freq


def deletes1(word: str) -> set[str]:
    """The word and every string made by deleting one character of it."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def build(out: Path, suggest_top: int) -> None:
    """Write lexicon.txt, extended.txt, names.txt and suggest.bin into ``out``."""
    tech_path = DATA / "tech_words.txt"
    foreign_path = DATA / "foreign_words.txt"
    scowl = read_scowl(SCOWL)
    tech = read_tech(tech_path) + read_tech(foreign_path)
    scowl_lower = {w.lower() for w in scowl}
    derived: set[str] = set()
    for term in tech:
        if term == term.lower() and term not in scowl_lower:
            derived |= inflections(term)
    for word in {*tech, *derived}:
        twin = british(word)
        if twin is not None:
            derived.add(twin)
    derived -= scowl_lower | {t.lower() for t in tech}
    # Derived forms are accepted but not suggested (they stay out of the
    # suggestion index and get no frequency of their own): a guessed form
    # must not outrank a real word as a correction.
    tech_lower = {t.lower() for t in tech}
    tech = tech + sorted(derived)
    freq = read_frequencies()

    words = scowl | set(tech)
    lower = {w for w in words if w == w.lower()}
    # A capitalised-only word is kept as cased; when its lowercase form is an
    # English word too (React/react) the lowercase entry already covers it.
    cased = {w for w in words if w != w.lower() and w.lower() not in lower}

    def count(word: str) -> float:
        lw = word.lower()
        if lw in freq:
            return freq[lw]
        return TECH_DEFAULT_COUNT if lw in tech_lower else 0.0

    def order(group: set[str]) -> list[str]:
        return sorted(group, key=lambda w: (-count(w), w))

    lower_ranked = order(lower)
    common = lower_ranked[:COMMON_TOP]
    rare = sorted(lower_ranked[COMMON_TOP:])
    forms: dict[str, list[str]] = {}
    for w in order(cased):
        forms.setdefault(w.lower(), []).append(w)
    cased_keys = sorted(forms)
    ids_words = common + rare + cased_keys  # word id -> lowercase word

    digest = hashlib.sha256()
    for path in (*SCOWL, *SCOWL_HUGE, tech_path, foreign_path):
        digest.update(path.read_bytes())
    header = "\t".join(
        [
            "notecheck-lexicon",
            str(FORMAT_VERSION),
            str(len(common)),
            str(len(rare)),
            str(len(cased_keys)),
            digest.hexdigest()[:16],
        ]
    )
    lines = [header, *ids_words, *("|".join(forms[k]) for k in cased_keys)]
    (out / "lexicon.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    known = lower | {w.lower() for w in cased}
    extended = sorted(
        w for w in read_scowl(SCOWL_HUGE) if w == w.lower() and w not in known and w.isalpha()
    )
    (out / "extended.txt").write_text(
        "\n".join([f"notecheck-extended\t1\t{len(extended)}", *extended]) + "\n",
        encoding="utf-8",
    )

    names = read_names()
    (out / "names.txt").write_text(
        "\n".join([f"notecheck-names\t1\t{len(names)}", *names]) + "\n", encoding="utf-8"
    )

    qfreq = bytes(min(255, round(10 * math.log(count(w) + 1))) for w in ids_words)

    # Suggestible words: the most frequent ones plus all tech terms; rarer
    # SCOWL words stay accepted and are still suggested at edit distance 1
    # (found without this index), which keeps the index small.
    ranked = sorted(range(len(ids_words)), key=lambda i: (-count(ids_words[i]), ids_words[i]))
    chosen = set(ranked[:suggest_top])
    chosen.update(i for i, w in enumerate(ids_words) if w in tech_lower)
    postings: set[tuple[int, int]] = set()
    for i in chosen:
        word = ids_words[i]
        if len(word) < 2:
            continue
        for key in deletes1(word):
            postings.add((zlib.crc32(key.encode("utf-8")), i))
    ordered = sorted(postings)
    offsets = [0] * 65537
    for key, _ in ordered:
        offsets[(key >> 16) + 1] += 1
    for b in range(65536):
        offsets[b + 1] += offsets[b]
    n = len(ordered)

    def pad(data: bytes) -> bytes:
        return data + b"\0" * (-len(data) % 4)

    blob = b"".join(
        [
            b"NCSX3\0\0\0",
            struct.pack("<II", len(ids_words), n),
            pad(qfreq),
            struct.pack("<65537I", *offsets),
            pad(struct.pack(f"<{n}H", *(k & 0xFFFF for k, _ in ordered))),
            struct.pack(f"<{n}I", *(i for _, i in ordered)),
        ]
    )
    (out / "suggest.bin").write_bytes(blob)
    print(
        f"lexicon: {len(common)} common + {len(rare)} rare lowercase words, "
        f"{len(cased_keys)} cased ({len(derived)} derived from tech terms), "
        f"{len(extended)} extended, {len(names)} names; "
        f"suggest index: {len(chosen)} words, {n} postings, "
        f"{(out / 'suggest.bin').stat().st_size / 1e6:.2f} MB"
    )


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--suggest-top", type=int, default=DEFAULT_SUGGEST_TOP)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    build(args.out, args.suggest_top)


if __name__ == "__main__":
    main()
