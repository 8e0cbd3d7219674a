"""Offline speller: the default ``typos`` engine (no Java, no network).

The engine accepts a word when it is in a compiled lexicon (SCOWL "large"
American and British word lists plus the project's tech vocabulary, see
``data/NOTICE.md``), and suggests corrections ranked by a weighted
Damerau-Levenshtein cost plus a word-frequency prior.

Design, chosen by measurement (``benchmarks/speller_eval.py``):

* Loading must be cheap because the CLI checks one note and exits.  The
  lexicon is one text file turned into one set (frequent words), one sorted
  list (searched with ``bisect``) and one dict with C-level calls.  The
  suggestion data (frequencies and a symmetric-delete index) and a list of
  given names are separate files, read only when an unknown word shows up; the
  index is used in place through ``memoryview`` casts, with no parsing.
* Candidates come from a precomputed index of the 90,000 most frequent words
  and the tech vocabulary, each with its one-letter deletions (CRC-32 keys in
  16-bit buckets, searched with ``bisect``).  Probing it with the unknown
  word's single edits, double deletions and double swaps reaches nearly all
  words within two edits; two substitutions are tried only when nothing
  closer turned up.
* Ranking: a weighted Damerau-Levenshtein cost that is cheaper for the errors
  people really make (missing or doubled letters, vowel swaps, swapped
  neighbours), a penalty for changing the first letter, plus a word-frequency
  prior.  The weights were tuned on the development part of a list of real
  misspellings and are reported on a held-out part.
* Capitalized words are names unless the evidence says otherwise: a word in a
  run of capitalized ordinary words ("Senior Backend Engeneer") or opening a
  sentence is flagged only when it is one cheap slip from a common word and is
  not a known given name.
* Words no list holds are judged by their make-up rather than listed one by
  one (measured on clean notes written for this and held out, see
  ``benchmarks/data/README.md``): a closed compound of two common words or of
  a prefix and a common word ("playtest", "chargebacks", "reranking",
  "microcontrollers") is accepted when no real word is a cheap slip away
  ("untill" stays a typo of "until"); an unknown word written with letters
  English does not use ("Nāku", "ghuí") and the unknown lowercase words next
  to it or to a listed foreign greeting are a phrase in another language
  ("Ngā mihi nui", "Le gach dea-ghuí").  The build adds the regular
  inflections and British ``-ise`` forms of the tech vocabulary.
* Rarer words (SCOWL's next size, "huge": "submittals", "vasopressor") and
  regular inflections of rare listed words ("whiteboarded") are accepted
  unless a common word is a cheap slip away ("agin" stays a typo of
  "again"); that list is read only when a word would otherwise be flagged.
  Phrases of law, kitchens and academia ("pro bono", "chef de partie") are
  accepted when written in full, and coined drug names by their USAN/INN stem
  ("carboplatin").

The engine is thread-safe: its state is immutable after loading, lazy loads are
guarded by locks, the suggestion cache is an ``lru_cache``, and the bounded dict of
verdicts that need no context only ever gains entries that hold in any note (or is emptied).
"""

from __future__ import annotations

import functools
import re
import struct
import sys
import threading
import unicodedata
import zlib
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

from notecheck.engines._base import EngineError, TextIssue

__all__ = ["OfflineSpeller", "get_speller"]

ENGINE_VERSION = "1.0"
MAX_SUGGESTIONS = 5

# --- tokenization -----------------------------------------------------------


def _words(spaced: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read)."""
    return frozenset(spaced.split())


# A word: letters/digits with inner apostrophes (straight or curly).  Hyphens
# and other punctuation separate words, so each part of "co-founder" is checked.
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

# Template placeholders and inline code are never spell-checked; they may
# contain spaces ("[Company Name]", "{{ first_name }}").
_PLACEHOLDER_RE = re.compile(
    r"""
      \{\{[^\n]{0,100}?\}\} | \{%[^\n]{0,100}?%\}               # {{ first_name }}
    | \$\{[^}\n]{0,100}\} | \{[^{}\n]{0,100}\}                  # ${NAME}, {name}
    | \[[^\[\]\n]{0,100}\] | <[^<>\n]{0,100}>                   # [Company Name], <Role>
    | %\(\w{1,60}\)[sd]                                         # %(name)s
    | `[^`\n]{0,200}`                                           # `inline code`
    """,
    re.VERBOSE,
)
_PLACEHOLDER_CHARS = "{[<%`"
# Repeats above are bounded so a run of "{" or "[" stays linear. A "word" longer than this
# is a pasted token (a hash, base64), not prose: it is neither checked nor suggested for.
_MAX_WORD_LEN = 40
_ANYWHERE_CACHE_SIZE = 8192  # tokens whose verdict needs no context, remembered per speller
# Characters that make a whitespace-delimited chunk worth a second look: URLs,
# emails, @handles, #tags, paths, dotted names (Node.js, x.py, e.g.), and
# snake_case.  Searching for these first keeps the scan of ordinary prose cheap.
_CHUNK_TRIGGER_RE = re.compile(r"[@#/\\_]|\.(?=\w)")
# ... a dot only between word characters: the one before is tested in Python, since a
# lookbehind tried at every character of the note triples the cost of the scan.
_WORD_CHAR_RE = re.compile(r"\w")
_WHITESPACE = frozenset(" \t\n\r\f\v\u00a0")


def _is_code_chunk(chunk: str) -> bool:
    """True for a chunk that is not prose: URL, email, handle, tag, path, name.ext."""
    if "/" not in chunk:
        return True  # @, #, _, \ or a dot between letters: never a plain word
    core = chunk.strip("()[]{}<>\"'“”‘’,;:!?")
    # One slash between words ("and/or", "CI/CD", "frontend/backend"): check
    # both words.  Anything else with a slash is a URL or a path.
    return (
        "://" in core
        or core.startswith(("/", "./", "../", "~/"))
        or core.count("/") > 1
        or bool(re.search(r"\w\.\w", core))
    )


def _skip_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of ``text`` that are not prose."""
    spans: list[tuple[int, int]] = []
    # Five substring searches: far cheaper than hashing every character of the note.
    if any(map(text.__contains__, _PLACEHOLDER_CHARS)):
        spans.extend(m.span() for m in _PLACEHOLDER_RE.finditer(text))
    n = len(text)
    last_end = -1
    for m in _CHUNK_TRIGGER_RE.finditer(text):
        a = m.start()
        if a < last_end:
            continue  # same chunk as the previous trigger
        if text[a] == "." and (a == 0 or _WORD_CHAR_RE.match(text, a - 1) is None):
            continue  # ".NET", "...x": no word character before the dot
        while a > 0 and text[a - 1] not in _WHITESPACE:
            a -= 1
        b = m.end()
        while b < n and text[b] not in _WHITESPACE:
            b += 1
        last_end = b
        if _is_code_chunk(text[a:b]):
            spans.append((a, b))
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        if a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


# Abbreviations whose full stop does not end a sentence ("Dear Ms. Rossi").
_ABBREVIATIONS = _words("mr mrs ms mx dr prof st jr sr vs etc mt inc ltd co corp dept approx no")
# Prefixes written with a hyphen ("pre-screen", "un-merged"); accepted when a
# hyphen follows even though some are not dictionary words on their own.
_HYPHEN_PREFIXES = _words(
    "co re pre non multi anti semi self sub un de mid post inter ex bi tri meta micro "
    "macro mega ultra hyper pseudo quasi cross over under e x"
)
# Legitimate doubled words ("I had had enough", "that that").
_ALLOWED_REPEATS = frozenset({"had", "that", "bye", "ha", "no", "is"})
# Name particles that may appear lowercase inside a signature line.
_NAME_PARTICLES = _words(
    "de da di du del della der den van von la le al el bin binti bint ibn dos das y e"
)
# Capitalized words that do not make a title phrase ("Dear Priya", "Ms Rossi").
_NOT_TITLE_WORDS = _words("dear hi hello hey mr mrs ms mx dr prof sir madam and")
# The English words of greetings and sign-offs: in such a line, a slip on one of them is a
# typo even when it is further away than the leniency for other languages allows
# ("Best regardes,").
_SIGN_OFF_WORDS = _words(
    "regards sincerely faithfully wishes thanks thank cheers best warm warmest warmly kind "
    "kindest respectfully cordially gratefully truly yours many dear hello greetings"
)
_SIGN_OFF_MAX_COST = 1.5
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[ \t]+$")
_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z]+)")
# Phrases so often written as one word that the split is the answer even when
# a rare word is one edit away ("alot" is "a lot", not "allot").
_RUN_TOGETHER = {
    "alot": "a lot",
    "thankyou": "thank you",
    "infact": "in fact",
    "aswell": "as well",
    "incase": "in case",
    "eachother": "each other",
    "atleast": "at least",
    "inspite": "in spite",
    "noone": "no one",
    "alittle": "a little",
    "abit": "a bit",
    "lookforward": "look forward",
    "lookingforward": "looking forward",
}
_LOWER_I = {"i": "I", "i'm": "I'm", "i've": "I've", "i'll": "I'll", "i'd": "I'd"}
_CONTRACTION_ENDINGS = ("n't", "'ll", "'re", "'ve", "'d", "'m")
_SENTENCE_END = frozenset(".!?:;\n\r…")
_OPENERS = frozenset(" \t\"'“‘«([{*_>-–—•")

# --- ranking weights (tuned on the development split, see module docstring) ---

_COST_TRANSPOSE = 0.6  # "recieve"
_COST_SUB = 1.0
_COST_SUB_VOWEL = 0.85  # "definately", "seperate"
_COST_SUB_KEYBOARD = 0.95  # neighbouring keys on QWERTY
_COST_EXTRA = 0.9  # the typed word has a letter too many
_COST_EXTRA_DOUBLE = 0.7  # ... and it doubles its neighbour ("untill")
_COST_EXTRA_VOWEL = 0.9
_COST_MISSING = 0.75  # the typed word lacks a letter ("intrested")
_COST_MISSING_DOUBLE = 0.55  # ... that was doubled ("accomodate")
_COST_MISSING_VOWEL = 0.7
_COST_FIRST_LETTER = 0.2  # people rarely get the first letter wrong
_COST_SPLIT = 1.0  # "workfrom" -> "work from", only when nothing else is close
_COST_APOSTROPHE = 0.3  # "dont" -> "don't"
_COST_RUN_TOGETHER = 0.3  # "alot" -> "a lot", always ranked first
_FREQ_WEIGHT = 0.0063  # per unit of quantised log frequency (10 units per nat)
_MAX_COST = 2.25
_SPLIT_MIN_FREQ = 150  # both halves of a split must be common (count >= ~e^15)
_SPLIT_MIN_LEN = 3  # ... and 3+ letters long
_COST_PROPER_NAME = 0.3  # "eith" is "with", not "Edith"
_FALLBACK_COST = 1.5  # best candidate worse than this: search harder
# An unknown capitalized word is a typo, not a name, only when this close to a
# common lowercase word (edit cost; cost + frequency term of the ranking):
_CAPITAL_MAX_COST = 1.0
_TITLE_MAX_SCORE = 1.5  # inside a run of capitalized words ("Senior Backend Engeneer")
_START_MAX_SCORE = 1.45  # opening a sentence ("Intrested in ...")
_START_MAX_SCORE_SHORT = 1.05  # ... when 4 letters or fewer ("Teh", not "Bao")
_ANY_CAPITAL_MAX_COST = 0.75  # anywhere else mid-sentence ("GitHub Acitons"):
_ANY_CAPITAL_MAX_SCORE = 1.25  # ... one very cheap slip from a common word
_ANY_CAPITAL_MIN_LEN = 5
_SALUTATION_MAX_WORDS = 5
# Closed compounds ("playtest" = play + test, "reranking" = re + ranking).
# Tuned on the dev misspellings and on compounds written for this (accepting
# a compound costs recall only when a misspelling happens to split into two
# common words, "firmwear"): both parts common (quantised log frequency, base
# form counted for "backs" -> "back"), the first part 4+ letters or a prefix
# with a 5+ letter rest, neither part a function word ("thankyou", "workfrom"
# stay typos) nor a bare suffix ("accessable" = access + able), and no
# non-split correction within _COMPOUND_MIN_COST.
_COMPOUND_MIN_FREQ = 165
_PREFIX_TAIL_MIN_FREQ = 150  # "unmoderated": a prefix is evidence enough
_COMPOUND_MIN_COST = 1.45
_COMPOUND_MIN_HEAD = 4
_COMPOUND_MIN_TAIL = 4
_PREFIX_MIN_TAIL = 5
_COMPOUND_MIN_LEN = 7
_COMPOUND_PREFIXES = _words(
    "re un up mis dis non pre post sub super over under out inter multi micro macro auto semi "
    "anti cross meta hyper ultra mega mini geo bio eco cyber tele poly mono counter"
)
_FUNCTION_WORDS = _words(
    """a an the and or but nor so yet for of in on at to from by with as into onto upon about
    above below over under after before since until till than then that this these those
    there here where when what which who whom whose why how i you he she it we they me him
    her us them my your his its our their mine yours ours theirs is are was were be been
    being am do does did have has had will would shall should can could may might must not
    no yes each every other another all any some such own same both either neither one ones
    forward least fact case well spite lot bit little more most very too also just even only
    thank thanks"""
)
_SUFFIX_WORDS = _words(
    """able ible ness ment ments mental ions ion ings ing ting ally ful full fully less ous
    nous ive ives ism isms ist ists ity ance ence ent ents ant ants ate ates ated ating ator
    ators ation ations tion tions sion sions ical ically ular ure ures ery ary ory ies ied ier
    iest ling lings let lets ship ships hood hoods ward wards wise like ish ise ize ised ized
    ises izes ister ster sters ter ters ted ding sing"""
)
# A verb made from a known word of 6+ letters with -ize/-ise ("dockerize",
# "productionise", "operationalized"): judged like a compound.
_IZE_RE = re.compile(r"([a-z]{6,}?)(?:iz|is)(?:e|es|ed|er|ers|ing|ation|ations)")
_INFLECTIONS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
# Rarer words (SCOWL "huge", extended.txt) and regular inflections of rare
# known words ("explainers", "livestreamed": the lists stop short of them) are
# accepted unless a common word is a cheap slip away: a rare word next to a
# common one is more often a typo of it ("agin", "alway", "builded").  Tuned on
# the dev misspellings that are "huge" words (80 % still caught) against a
# sample of 3,000 "huge" words (84 % accepted).  A base as common as this has
# its inflections in the lists, so one missing there is not a word ("catched").
_RARE_SLIP_MAX_COST = 1.45
_RARE_SLIP_MIN_FREQ = 120
_RARE_BASE_MAX_FREQ = 155
_RARE_BASE_MIN_LEN = 4
_FAMILY_SUFFIXES = (
    *(("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")),
    *(("er", ""), ("er", "e"), ("ers", ""), ("ers", "e"), ("ies", "y"), ("ied", "y")),
)
_INFLECTED_ENDINGS = ("ed", "ing", "er", "ers", "s")
_SIBILANTS = ("s", "x", "z", "ch", "sh")
# Nouns by their ending get a plural but no verb forms ("abrogationed").
_NOUN_ENDINGS = ("tion", "sion", "ity", "ness", "ment", "ism", "ship", "ance", "ence")
# Drug names are coined from the stems of the USAN/INN naming schemes
# ("carboplatin", "rituximab", "atorvastatin"); a long lowercase word that ends
# in one and is no cheap slip of a word is a drug, not a typo.
_DRUG_STEMS = tuple(
    sorted(
        _words(
            """platin mab tinib cillin mycin micin cycline floxacin conazole prazole sartan
            statin dipine parin profen oxetine triptan semide thiazide dronate gliptin
            gliflozin glutide lukast terol taxel rubicin tidine azepam setron navir previr
            buvir fungin penem pril olol vudine"""
        )
    )
)
_DRUG_MIN_LEN = 8
# A foreign phrase is followed through at most this many unknown words.
_FOREIGN_MAX_STEPS = 3
# ... and does not excuse a swapped or doubled letter (edit cost) in one of
# the few hundred commonest words (quantised frequency): "Merci agian",
# "Mahalo adn best wishes".  "nui" (-> "uni") and "noa" (-> "no", an extra
# letter) in "Ngā mihi nui" and "Nāku noa" stay excused.
_FOREIGN_TOP_SLIP_COST = 0.7
_FOREIGN_TOP_FREQ = 175
_GAP_RE = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
_FOREIGN_WINDOW = 120  # characters looked at on each side (a note may be one long line)
_TOP_WORD_FREQ = 190  # quantised frequency of the ~150 commonest words, whose
_TOP_WORD_MAX_COST = 1.4  # ... slips are typos even a bit further away ("Cpuld")
_VOWELS = frozenset("aeiouy")
_KEYBOARD_ROWS = (("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75))
_EDIT_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _keyboard_neighbours() -> frozenset[tuple[str, str]]:
    pos = {
        ch: (row, col + offset)
        for row, (keys, offset) in enumerate(_KEYBOARD_ROWS)
        for col, ch in enumerate(keys)
    }
    return frozenset(
        (a, b)
        for a, (ra, xa) in pos.items()
        for b, (rb, xb) in pos.items()
        if a != b and abs(ra - rb) <= 1 and abs(xa - xb) <= (1.0 if ra == rb else 0.75)
    )


_KEYBOARD = _keyboard_neighbours()


def _sub_cost(a: str, b: str) -> float:
    if a in _VOWELS and b in _VOWELS:
        return _COST_SUB_VOWEL
    if (a, b) in _KEYBOARD:
        return _COST_SUB_KEYBOARD
    return _COST_SUB


def _indel_costs(word: str, single: float, double: float, vowel: float) -> list[float]:
    """Cost of inserting/deleting each letter of ``word`` (cheaper for doubles)."""
    n = len(word)
    out = []
    for i, ch in enumerate(word):
        if ch == "'":
            out.append(_COST_APOSTROPHE)
        elif (i > 0 and word[i - 1] == ch) or (i + 1 < n and word[i + 1] == ch):
            out.append(double)
        elif ch in _VOWELS:
            out.append(vowel)
        else:
            out.append(single)
    return out


def weighted_distance(typed: str, word: str) -> float:
    """Weighted optimal-string-alignment distance from ``typed`` to ``word``.

    Lower is more plausible.  Every edit costs at most 1 (plus
    ``_COST_FIRST_LETTER`` when the first letter differs), so the value never
    exceeds the plain Damerau-Levenshtein distance by more than that penalty.
    """
    la, lb = len(typed), len(word)
    extra = _indel_costs(typed, _COST_EXTRA, _COST_EXTRA_DOUBLE, _COST_EXTRA_VOWEL)
    missing = _indel_costs(word, _COST_MISSING, _COST_MISSING_DOUBLE, _COST_MISSING_VOWEL)
    prev2: list[float] = []
    prev = [0.0] * (lb + 1)
    for j in range(1, lb + 1):
        prev[j] = prev[j - 1] + missing[j - 1]
    for i in range(1, la + 1):
        a = typed[i - 1]
        cur = [prev[0] + extra[i - 1]] + [0.0] * lb
        ci = extra[i - 1]
        for j in range(1, lb + 1):
            b = word[j - 1]
            if a == b:
                best = prev[j - 1]
            else:
                best = prev[j - 1] + _sub_cost(a, b)
                v = prev[j] + ci
                if v < best:
                    best = v
                v = cur[j - 1] + missing[j - 1]
                if v < best:
                    best = v
                if i > 1 and j > 1 and a == word[j - 2] and typed[i - 2] == b:
                    v = prev2[j - 2] + _COST_TRANSPOSE
                    if v < best:
                        best = v
            cur[j] = best
        prev2, prev = prev, cur
    cost = prev[lb]
    if typed[:1] != word[:1]:
        cost += _COST_FIRST_LETTER
    return cost


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _transposes(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def _substitutions(word: str) -> set[str]:
    return {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in _EDIT_LETTERS}


def _edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in _EDIT_LETTERS)
    # Inserting an apostrophe fixes "dont" -> "don't".
    out.update(a + c + b for a, b in splits for c in _EDIT_LETTERS + "'")
    out.discard(word)
    return out


def match_case(pattern: str, word: str) -> str:
    """Give ``word`` the case pattern of ``pattern`` (Teh -> The, TEH -> THE).

    Words with their own capitals (GitHub, Monday) keep them unless the
    pattern is all capitals.
    """
    if pattern.isupper() and len(pattern) > 1:
        return word.upper()
    if word != word.lower():
        return word
    if pattern[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# --- data -------------------------------------------------------------------


# Plain classes with __slots__ rather than dataclasses: importing this module
# is on the CLI's start-up path, and each dataclass costs a few milliseconds.
class _Lexicon:
    """The accept side: which words exist and how they are capitalized."""

    __slots__ = ("cased", "common", "digest", "n_common", "rare", "words")

    def __init__(
        self,
        common: frozenset[str],  # the most frequent lowercase words
        rare: list[str],  # the other lowercase words, sorted (bisect: no set to build)
        cased: dict[str, str],  # lowercase -> "|"-joined spellings (GitHub, MIA|Mia)
        words: list[str],  # lowercase word by id (common + rare + cased keys)
        n_common: int,
        digest: str,
    ) -> None:
        self.common = common
        self.rare = rare
        self.cased = cased
        self.words = words
        self.n_common = n_common
        self.digest = digest

    def has_lower(self, lw: str) -> bool:
        """True for a word that is correct in lowercase (``"the"``, ``"don't"``)."""
        if lw in self.common:
            return True
        rare = self.rare
        i = bisect_left(rare, lw)
        return i < len(rare) and rare[i] == lw

    def forms(self, lw: str) -> tuple[str, ...]:
        """The capitalized spellings of a word that has no lowercase form."""
        joined = self.cased.get(lw)
        return tuple(joined.split("|")) if joined else ()


class _SuggestIndex:
    """Frequencies and the symmetric-delete index, loaded on first need.

    The arrays are ``memoryview`` casts over the file's bytes: loading costs
    one read, no parsing.
    """

    __slots__ = ("common_ids", "freq", "ids", "low", "offsets")

    def __init__(
        self,
        freq: memoryview,  # quantised log frequency by word id (bytes)
        offsets: memoryview,  # uint32: posting range of each top-16-bit key bucket
        low: memoryview,  # uint16: low key half of each posting, sorted in its bucket
        ids: memoryview,  # uint32: word id of each posting
        common_ids: dict[str, int],  # common word -> id, for missing-space splits
    ) -> None:
        self.freq = freq
        self.offsets = offsets
        self.low = low
        self.ids = ids
        self.common_ids = common_ids


def _read_data(name: str) -> bytes:
    # A plain file read next to this module: importlib.resources would add
    # ~15 ms of imports to every start, and wheels install unzipped anyway.
    try:
        return (Path(__file__).resolve().parent / "data" / name).read_bytes()
    except OSError as exc:  # a broken install: say what is missing
        raise EngineError(f"offline speller data file {name!r} is missing: {exc}") from exc


def _load_lexicon() -> _Lexicon:
    text = _read_data("lexicon.txt").decode("utf-8")
    lines = text.split("\n")
    fields = lines[0].split("\t")
    if len(fields) != 6 or fields[0] != "notecheck-lexicon" or fields[1] != "2":
        raise EngineError("offline speller lexicon.txt has an unknown format")
    n_common, n_rare, n_cased = int(fields[2]), int(fields[3]), int(fields[4])
    a, b, c = 1 + n_common, 1 + n_common + n_rare, 1 + n_common + n_rare + n_cased
    common = set(lines[1:a])
    common.discard("i")  # the lowercase pronoun must reach the casing check
    return _Lexicon(
        common=frozenset(common),
        rare=lines[a:b],
        cased=dict(zip(lines[b:c], lines[c : c + n_cased], strict=True)),
        words=lines[1:c],
        n_common=n_common,
        digest=fields[5],
    )


def _load_index(lex: _Lexicon) -> _SuggestIndex:
    blob = memoryview(_read_data("suggest.bin"))
    if bytes(blob[:8]) != b"NCSX3\0\0\0":
        raise EngineError("offline speller suggest.bin has an unknown format")
    count, postings = struct.unpack_from("<II", blob, 8)
    if count != len(lex.words):
        raise EngineError("offline speller data files do not match; rebuild them")
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        raise EngineError("offline speller data needs a little-endian machine")

    pos = 16

    def take(size: int) -> memoryview:
        nonlocal pos
        view = blob[pos : pos + size]
        pos += size + (-size % 4)  # sections are 4-byte aligned
        return view

    freq = take(count)
    offsets = take(4 * 65537).cast("I")
    low = take(2 * postings).cast("H")
    ids = take(4 * postings).cast("I")
    common = lex.words[: lex.n_common]
    common_ids = dict(zip(common, range(lex.n_common), strict=True))
    return _SuggestIndex(freq, offsets, low, ids, common_ids)


def _load_extended() -> str:
    text = _read_data("extended.txt").decode("utf-8")
    header, _, body = text.partition("\n")
    fields = header.split("\t")
    if len(fields) != 3 or fields[0] != "notecheck-extended" or fields[1] != "1":
        raise EngineError("offline speller extended.txt has an unknown format")
    # Kept as one string and searched for "\nword\n": reading it costs ~2 ms,
    # splitting it into a list ~10 ms, and few notes look anything up.
    return "\n" + body


def _load_names() -> frozenset[str]:
    lines = _read_data("names.txt").decode("utf-8").split("\n")
    fields = lines[0].split("\t")
    if len(fields) != 3 or fields[0] != "notecheck-names" or fields[1] != "1":
        raise EngineError("offline speller names.txt has an unknown format")
    return frozenset(lines[1 : 1 + int(fields[2])])


_LEXICON: _Lexicon | None = None
_LEXICON_LOCK = threading.Lock()
_NAMES: frozenset[str] | None = None
_NAMES_LOCK = threading.Lock()
_INDEX: _SuggestIndex | None = None
_INDEX_LOCK = threading.Lock()
_FOREIGN: frozenset[str] | None = None
_EXTENDED: str | None = None
_LOAN: dict[str, tuple[tuple[str, ...], ...]] | None = None
_EXTENDED_LOCK = threading.Lock()


def _lexicon() -> _Lexicon:
    global _LEXICON
    if _LEXICON is None:
        with _LEXICON_LOCK:
            if _LEXICON is None:
                _LEXICON = _load_lexicon()
    return _LEXICON


def _given_names() -> frozenset[str]:
    global _NAMES
    if _NAMES is None:
        with _NAMES_LOCK:
            if _NAMES is None:
                _NAMES = _load_names()
    return _NAMES


def _strip_accents(word: str) -> str:
    if word.isascii():
        return word  # NFKD leaves ASCII as it is
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _loan_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word -> the phrases of ``data/loan_phrases.txt`` that contain it."""
    global _LOAN
    if _LOAN is None:  # a benign race: two threads may both build the same dict
        lines = _read_data("loan_phrases.txt").decode("utf-8").splitlines()
        by_word: dict[str, list[tuple[str, ...]]] = {}
        for line in lines:
            words = tuple(_strip_accents(line.strip().lower()).split())
            if words and not line.startswith("#"):
                for word in set(words):
                    by_word.setdefault(word, []).append(words)
        _LOAN = {w: tuple(p) for w, p in by_word.items()}
    return _LOAN


def _is_extended_word(lw: str) -> bool:
    """True for a rarer word (SCOWL "huge"): accepted with care, never suggested."""
    global _EXTENDED
    if _EXTENDED is None:
        with _EXTENDED_LOCK:
            if _EXTENDED is None:
                _EXTENDED = _load_extended()
    return "\n" not in lw and f"\n{lw}\n" in _EXTENDED


def _foreign_words() -> frozenset[str]:
    """Greetings and sign-offs in other languages (``data/foreign_words.txt``)."""
    global _FOREIGN
    if _FOREIGN is None:  # a benign race: two threads may both build the same set
        lines = _read_data("foreign_words.txt").decode("utf-8").splitlines()
        _FOREIGN = frozenset(
            line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
        )
    return _FOREIGN


def _index() -> _SuggestIndex:
    global _INDEX
    if _INDEX is None:
        with _INDEX_LOCK:
            if _INDEX is None:
                _INDEX = _load_index(_lexicon())
    return _INDEX


# --- the engine ----------------------------------------------------------------


_NAME_SEPARATORS = re.compile(r"[\s\-]+")


def _name_parts(names: Iterable[str]) -> frozenset[str]:
    parts: set[str] = set()
    for name in names:
        lowered = name.replace("’", "'").lower()
        parts.add(lowered)
        parts.update(p for p in _NAME_SEPARATORS.split(lowered) if p)
    return frozenset(parts)


def _is_sentence_start(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence, a line or a bullet."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0:
        return True
    ch = text[i]
    if ch not in _SENTENCE_END:
        return False
    if ch == ".":
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if text[j:i].lower() in _ABBREVIATIONS:
            return False
    return True


def _word_before(text: str, end: int) -> str:
    """The run of letters ending at ``end``."""
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:end]


def _after_name_hyphen(text: str, start: int) -> bool:
    """True for a word right after "Capitalized-" ("jung" in "Dae-jung")."""
    return (
        start > 1
        and text[start - 1] == "-"
        and text[start - 2].isalpha()
        and (_word_before(text, start - 1)[:1].isupper())
    )


def _line_at(text: str, pos: int) -> tuple[int, str]:
    """Start offset and text of the line containing ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, text[start : len(text) if end < 0 else end]


def _in_salutation(text: str, pos: int) -> bool:
    """True inside a short line ending in a comma: a greeting or a sign-off.

    People often greet and sign off in their own language ("Ngā mihi nui,",
    "Saludos cordiales,"), so words there get the leniency names get.
    """
    line = _line_at(text, pos)[1].strip()
    return line.endswith(",") and len(line.split()) <= _SALUTATION_MAX_WORDS


def _looks_like_name_line(line: str) -> bool:
    """A short line of capitalized words: a signature or a name ("Mei-Ling Chou").

    A line ending in a comma is a greeting or a sign-off ("Hellow Laura,",
    "Sincerly,"), whose words are checked.
    """
    line = line.strip()
    if line.endswith(","):
        return False
    parts = line.rstrip(".").split()
    if not 1 <= len(parts) <= 5:
        return False
    for part in parts:
        word = part.strip(",.()")
        if word and not word[:1].isupper() and word.lower() not in _NAME_PARTICLES:
            return False
    return True


class OfflineSpeller:
    """Dictionary speller for thank-you notes; implements ``TypoEngine``.

    Use :func:`get_speller` rather than constructing it: the word lists load
    lazily, once per process, and every speller shares them.  ``extra_words``
    (a project's own dictionary) are accepted in any case and can be suggested.
    """

    name = "offline-speller"

    def __init__(self, extra_words: Iterable[str] = frozenset()) -> None:
        self._extra = frozenset(w.replace("’", "'").lower() for w in extra_words)
        # lru_cache is thread-safe; keyed by the lowercased word.
        self._ranked = functools.lru_cache(maxsize=4096)(self._rank_uncached)
        self._accept_rare = functools.lru_cache(maxsize=4096)(self._accept_rare_uncached)
        # Token -> accepted wherever it stands ("I", "GitHub", "team's"); a plain dict
        # (one lookup per rare token in the hot loop), emptied when full.
        self._anywhere: dict[str, bool] = {}

    @property
    def version(self) -> str:
        """Engine version plus the digest of the word lists it was built from."""
        return f"{ENGINE_VERSION}+lexicon.{_lexicon().digest}"

    # -- lookups ----------------------------------------------------------------

    def _known_lower(self, lw: str) -> bool:
        """Correct in lowercase: a lowercase dictionary word or an extra word."""
        return lw in self._extra or _lexicon().has_lower(lw)

    def _known_any(self, lw: str) -> bool:
        """Known in some capitalization."""
        return self._known_lower(lw) or lw in _lexicon().cased

    def is_known(self, word: str) -> bool:
        """True when ``word`` (one token) is accepted as spelled, case included.

        A lowercase dictionary word is also accepted capitalized or in capitals
        ("the", "The", "THE"); a proper name only in its own spelling or in
        capitals ("GitHub", "GITHUB", but not "github").
        """
        w = word.replace("’", "'")
        lw = w.lower()
        if self._known_lower(lw):
            return True
        forms = _lexicon().forms(lw)
        return bool(forms) and (w in forms or w.isupper())

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Corrections for ``word``, best first, in the case pattern of ``word``."""
        w = word.replace("’", "'")
        out: list[str] = []
        for _, _, cand in self._ranked(w.lower()):
            for form in self._spellings(cand):
                fixed = match_case(w, form)
                if fixed != w and fixed not in out:
                    out.append(fixed)
            if len(out) >= limit:
                break
        return out[:limit]

    def _spellings(self, lw: str) -> tuple[str, ...]:
        """How a candidate is written: itself, or its proper spellings (GitHub)."""
        if " " in lw or self._known_lower(lw):
            return (lw,)
        return _lexicon().forms(lw) or (lw,)

    def _rank_uncached(self, q: str) -> tuple[tuple[float, float, str], ...]:
        """(score, edit cost, lowercase word) for the candidates of ``q``, best first."""
        if not q:
            return ()
        edits = _edits1(q)
        # Distance 2 through the symmetric-delete index.  Probing with the
        # word's single edits finds words that need one more missing letter;
        # probing with its double deletions finds the rest that people type
        # (two extra letters, an extra letter plus a swap).  Deletions of
        # short words match half the dictionary, so they are skipped.
        probes = set(edits)
        probes.add(q)
        if len(q) > 4:
            for d in _deletes(q):
                probes.update(_deletes(d))
        for t in _transposes(q):  # two swaps: "ahev" -> "have"
            probes.update(_transposes(t))
        cands: dict[str, int] = {e: 0 for e in edits if e in self._extra}
        self._probe(probes, cands)
        scored = self._score(q, cands)
        if not scored or scored[0][1] > _FALLBACK_COST:
            # Nothing close: also try two substitutions ("appreteate"), which
            # the dictionary-side index cannot reach cheaply.
            more = {d for sub in _substitutions(q) for d in _deletes(sub)} - probes
            self._probe(more, cands)
            scored = self._score(q, cands)
        if not scored:  # last resort: a missing space ("workfrom" -> "work from")
            scored.extend(self._splits(q))
        if q in _RUN_TOGETHER:
            scored.append((0.0, _COST_RUN_TOGETHER, _RUN_TOGETHER[q]))
        scored.sort()
        return tuple(scored[: 2 * MAX_SUGGESTIONS])

    @staticmethod
    def _probe(probes: Iterable[str], cands: dict[str, int]) -> None:
        """Add the indexed words matching ``probes`` to ``cands`` with their frequency."""
        words = _lexicon().words
        index = _index()
        freq, offsets, low, ids = index.freq, index.offsets, index.low, index.ids
        # The hot spot of suggesting (hundreds of probes per word), so inlined:
        # bucket by the top 16 bits of the CRC, bisect the low 16 bits.
        for p in probes:
            h = zlib.crc32(p.encode("utf-8"))
            lo, hi = offsets[h >> 16], offsets[(h >> 16) + 1]
            lowbits = h & 0xFFFF
            j = bisect_left(low, lowbits, lo, hi)
            while j < hi and low[j] == lowbits:
                i = ids[j]
                cands[words[i]] = freq[i]
                j += 1

    @staticmethod
    def _score(q: str, cands: dict[str, int]) -> list[tuple[float, float, str]]:
        """(score, cost, word) of the candidates within reach, best first."""
        cased = _lexicon().cased
        scored = []
        for lw, f in cands.items():
            cost = weighted_distance(q, lw)
            if lw in cased:
                cost += _COST_PROPER_NAME
            if cost <= _MAX_COST:
                scored.append((cost + _FREQ_WEIGHT * (255 - f), cost, lw))
        scored.sort()
        return scored

    def _splits(self, q: str) -> list[tuple[float, float, str]]:
        """Missing space ("thankyou" -> "thank you"): both halves common words."""
        out: list[tuple[float, float, str]] = []
        index = _index()
        freq, common = index.freq, index.common_ids
        for i in range(1, len(q)):
            a, b = q[:i], q[i:]
            if len(a) >= _SPLIT_MIN_LEN and len(b) >= _SPLIT_MIN_LEN:
                ia, ib = common.get(a), common.get(b)
                if ia is not None and ib is not None:
                    f = min(freq[ia], freq[ib])
                    if f >= _SPLIT_MIN_FREQ:
                        score = _COST_SPLIT + _FREQ_WEIGHT * (255 - f)
                        out.append((score, _COST_SPLIT, f"{a} {b}"))
        return out

    # -- checking -------------------------------------------------------------

    def check(
        self,
        text: str,
        *,
        accept: Iterable[str] = frozenset(),
        names: Iterable[str] = frozenset(),
    ) -> list[TextIssue]:
        """Return spelling, repeated-word and casing issues in ``text``.

        ``accept`` words are never flagged (case-insensitive); ``names`` are
        people's names (full names are split into parts).  Issues come in text
        order; offsets are Python str indices into ``text``, end-exclusive.
        Raises :class:`EngineError` if the data files are missing or broken.
        """
        try:
            return self._check(text, accept, names)
        except EngineError:
            raise
        except Exception as exc:  # one odd note must not crash the caller
            raise EngineError(f"offline speller failed: {exc!r}") from exc

    def _check(self, text: str, accept: Iterable[str], names: Iterable[str]) -> list[TextIssue]:
        common = _lexicon().common
        ctx = _Context(
            text,
            frozenset(a.replace("’", "'").lower() for a in accept),
            _name_parts(names),
        )
        skips = _skip_spans(text)
        n_skips = len(skips)
        si = 0
        issues: list[TextIssue] = []
        prev_lw = ""
        prev: re.Match[str] | None = None
        # The hot loop: most tokens are frequent words, so they cost a regex
        # step, a lower() and one set lookup.
        for m in _WORD_RE.finditer(text):
            if si < n_skips:
                start = m.start()
                while si < n_skips and skips[si][1] <= start:
                    si += 1
                if si < n_skips and skips[si][0] < m.end():
                    prev_lw = ""
                    continue
            tok = m.group()
            lw = tok.lower()
            if lw == prev_lw and prev is not None:
                issue = self._repeat(text, prev, m)
                if issue is not None:
                    issues.append(issue)
            prev_lw, prev = lw, m
            if lw in common or len(tok) > _MAX_WORD_LEN:
                continue  # a frequent word ("i" is kept out of this set), or not prose
            if "’" in tok:
                tok = tok.replace("’", "'")
                lw = lw.replace("’", "'")
            anywhere = self._anywhere.get(tok)
            if anywhere is None:
                if len(self._anywhere) >= _ANYWHERE_CACHE_SIZE:
                    self._anywhere.clear()
                anywhere = self._anywhere[tok] = self._accepted_anywhere(tok, lw)
            if anywhere:
                continue  # what _check_token would say, whatever the context
            issue = self._check_token(ctx, tok, lw, m.start(), m.end())
            if issue is not None:
                if "’" in m.group() and issue.code == "typos.spelling":
                    # Suggest in the writer's apostrophe: "does’nt" -> "doesn’t".
                    curly = tuple(_curly_like("’", sug) for sug in issue.suggestions)
                    issue = TextIssue(
                        issue.start, issue.end, issue.code, issue.message, curly, issue.rule
                    )
                issues.append(issue)
        return issues

    def _repeat(self, text: str, prev: re.Match[str], m: re.Match[str]) -> TextIssue | None:
        """Repeated word: only whitespace between two equal words ("the the")."""
        tok = m.group()
        lw = tok.lower().replace("’", "'")
        if lw in _ALLOWED_REPEATS or any(c.isdigit() for c in lw):
            return None
        if not text[prev.end() : m.start()].isspace():
            return None  # "bye-bye", "well, well"
        if tok[:1].isupper() and not self._known_lower(lw):
            return None  # "Ali Ali" may well be a name
        # The span covers both words so that applying the suggestion leaves one of them.
        return TextIssue(
            prev.start(),
            m.end(),
            "typos.repeated-word",
            f"The word '{tok}' is repeated.",
            (prev.group(),),
            "repeated-word",
        )

    def _accepted_anywhere(self, tok: str, lw: str) -> bool:
        """True when :meth:`_check_token` accepts ``tok`` whatever its note and place.

        Its steps in its order, skipping those that only ever accept (the accept list,
        names, hyphen prefixes, loan phrases): the ones that may flag depend on the context.
        """
        if lw in _LOWER_I:
            return tok != lw
        if len(tok) == 1 or any(c.isdigit() for c in tok):
            return True
        if self._known_lower(lw):
            return True
        if lw.endswith("'s"):
            return self._accepted_anywhere(tok[:-2], lw[:-2])
        if "'" in lw and any(
            lw.endswith(e) and self._known_any(lw[: -len(e)]) for e in _CONTRACTION_ENDINGS
        ):
            return True
        if not lw.isascii():
            return True
        return not tok.islower() and tok in _lexicon().forms(lw)

    def _check_token(
        self, ctx: _Context, tok: str, lw: str, start: int, end: int
    ) -> TextIssue | None:
        text = ctx.text
        if lw in _LOWER_I:
            if tok == lw and text[end : end + 1] not in (")", "-"):  # not "(i)" lists
                fixed = _curly_like(text[start:end], _LOWER_I[lw])
                return TextIssue(
                    start,
                    end,
                    "typos.casing",
                    f"The pronoun 'I' is always capitalized: '{fixed}'.",
                    (fixed,),
                    "lowercase-i",
                )
            return None
        if len(tok) == 1 or any(c.isdigit() for c in tok):
            return None
        if self._known_lower(lw) or lw in ctx.accept or lw in ctx.names:
            return None
        if lw.endswith("'s"):
            # Possessive: check the base word and flag only that part.
            return self._check_token(ctx, tok[:-2], lw[:-2], start, end - 2)
        if "'" in lw and any(
            lw.endswith(e) and self._known_any(lw[: -len(e)]) for e in _CONTRACTION_ENDINGS
        ):
            return None
        if lw in _HYPHEN_PREFIXES and text[end : end + 1] == "-":
            return None

        if not lw.isascii():
            # Written with letters English does not use: a name, a word of
            # another language ("Nāku", "ghuí"), or an English word with its
            # accents ("naïve", "façade", "rôle"), which is not a misspelling.
            return None
        if _in_loan_phrase(text, lw, start):
            return None  # "pro bono", "chef de partie", "in limine"
        forms = _lexicon().forms(lw)
        if tok.islower():
            if _after_name_hyphen(text, start) and not self._known_lower(
                _word_before(text, start - 1).lower()
            ):
                return None  # "Dae-jung", "Jae-hyuk": the rest of a hyphenated name
            if self._in_foreign_phrase(ctx, start, end) and not self._slip_of_top_word(lw):
                return None  # "Ngā mihi nui", "Le gach dea-ghuí"
            if forms:
                return _casing_issue(start, end, tok, forms)
            if (
                _in_salutation(text, start)
                and not self._near_sign_off(lw)
                and (
                    not self._close_to_common(
                        lw, _START_MAX_SCORE if len(lw) > 4 else _START_MAX_SCORE_SHORT
                    )
                    or self._near_foreign(lw)
                )
            ):
                return None  # "Med vennlig hilsen,", "Un saludo,": another language
            if self._is_compound(lw):
                return None  # "playtest", "chargebacks", "reranking"
            if self._is_drug_name(lw):
                return None  # "carboplatin", "pembrolizumab"
            return self._spelling_issue(start, end, tok)
        if tok in forms:
            return None
        upper = tok.isupper()
        if forms and not upper:
            # "Github" -> "GitHub": only for names spelled with inner capitals,
            # never against acronyms ("Ira" is a name, "IRA" an acronym).
            inner = tuple(f for f in forms if not f.isupper() and not f[1:].islower())
            return _casing_issue(start, end, tok, inner) if inner else None
        if upper:
            if len(tok) <= 6 or forms:
                return None  # acronyms and shouted words
            return self._name_or_spelling(text, tok, start, end)
        if not tok[1:].islower():
            return None  # iPhone-like brand or camelCase identifier we do not know
        if not _is_sentence_start(text, start):
            return self._capitalized_mid_sentence(text, tok, lw, start, end)
        return self._name_or_spelling(text, tok, start, end)

    def _freq(self, lw: str) -> int:
        """Quantised log frequency of a lowercase word, -1 if it is not one."""
        index = _index()
        i = index.common_ids.get(lw)
        if i is None:
            lex = _lexicon()
            j = bisect_left(lex.rare, lw)
            if j == len(lex.rare) or lex.rare[j] != lw:
                return -1
            i = lex.n_common + j
        return index.freq[i]

    def _base_freq(self, lw: str) -> int:
        """The frequency of ``lw`` or of its base form, whichever is higher."""
        f = self._freq(lw)
        for suffix, restore in _INFLECTIONS:
            if lw.endswith(suffix) and len(lw) - len(suffix) >= 3:
                f = max(f, self._freq(lw[: -len(suffix)] + restore))
        return f

    def _is_drug_name(self, lw: str) -> bool:
        """A coined drug name: a USAN/INN stem ending, no cheap slip of a word."""
        if len(lw) < _DRUG_MIN_LEN or not lw.endswith(_DRUG_STEMS) or not lw.isalpha():
            return False
        return self._no_close_correction(lw)

    def _accept_rare_uncached(self, lw: str) -> bool:
        """A rarer word or a regular inflection of a rare word, not a slip of a common one."""
        if lw in _RUN_TOGETHER:
            return False  # "thankyou" is in the bigger list, as a noun
        if not self._rare_inflection(lw) and not _is_extended_word(lw):
            return False
        for _, cost, cand in self._ranked(lw):
            if " " in cand:
                continue
            freq = self._freq(cand)
            if _same_family(lw, cand):
                if freq >= _RARE_BASE_MAX_FREQ:
                    return False  # "informations", "softwares": the lists would have it
            elif cost <= _RARE_SLIP_MAX_COST and freq >= _RARE_SLIP_MIN_FREQ:
                return False  # "agin", "alway": a slip of a common word
        return True

    def _rare_inflection(self, lw: str) -> bool:
        """``lw`` is a regular inflection of a known word too rare for the lists to inflect.

        Only the plain patterns: "-s" (not after a sibilant or a consonant
        plus "y"), "-es" after a sibilant, "-ed" and "-ing" on a base that is
        not inflected itself ("registerered", "mappeds" stay typos).
        """
        for suffix, restore in _INFLECTIONS:
            if not lw.endswith(suffix):
                continue
            base = lw[: -len(suffix)] + restore
            if (
                len(base) < _RARE_BASE_MIN_LEN
                or base in _FUNCTION_WORDS
                or base.endswith(_INFLECTED_ENDINGS)
                or (suffix == "s" and (base.endswith(_SIBILANTS) or _consonant_y(base)))
                or (suffix == "es" and not base.endswith(_SIBILANTS))
                or (suffix != "s" and base.endswith(_NOUN_ENDINGS))
            ):
                continue
            if 0 <= self._freq(base) < _RARE_BASE_MAX_FREQ:
                return True
        return False

    def _is_compound(self, lw: str) -> bool:
        """A closed compound of two common words or a prefix and one ("playtest").

        Also a known word made a verb with -ize/-ise ("dockerized").  Accepted
        only when no real word is a cheap slip away: "untill" splits into
        "un" + "till" but is one doubled letter from "until".
        """
        n = len(lw)
        if n < _COMPOUND_MIN_LEN or not lw.isalpha():
            return False
        ize = _IZE_RE.fullmatch(lw)
        if ize is not None and self._known_any(ize.group(1)):
            return self._no_close_correction(lw)
        for i in range(2, n - _COMPOUND_MIN_TAIL + 1):
            head, tail = lw[:i], lw[i:]
            if tail in _FUNCTION_WORDS or tail in _SUFFIX_WORDS or not self._known_lower(tail):
                continue
            tail_freq = self._base_freq(tail)
            if head in _COMPOUND_PREFIXES:
                if len(tail) >= _PREFIX_MIN_TAIL and tail_freq >= _PREFIX_TAIL_MIN_FREQ:
                    break
            elif (
                tail_freq >= _COMPOUND_MIN_FREQ
                and len(head) >= _COMPOUND_MIN_HEAD
                and head not in _FUNCTION_WORDS
                and self._known_lower(head)
                and self._base_freq(head) >= _COMPOUND_MIN_FREQ
            ):
                break
        else:
            return False
        return self._no_close_correction(lw)

    def _no_close_correction(self, lw: str) -> bool:
        """True when no one-word correction of ``lw`` is within _COMPOUND_MIN_COST."""
        for _, cost, cand in self._ranked(lw):
            # The best correction that is one word and written in lowercase:
            # a lowercase compound is no slip of a proper name ("Longford").
            if " " not in cand and self._known_lower(cand):
                return cost > _COMPOUND_MIN_COST
        return True

    def _near_sign_off(self, lw: str) -> bool:
        """True when the best correction is an English sign-off word ("regardes")."""
        ranked = self._ranked(lw)
        return (
            bool(ranked) and ranked[0][2] in _SIGN_OFF_WORDS and ranked[0][1] <= _SIGN_OFF_MAX_COST
        )

    def _near_foreign(self, lw: str) -> bool:
        """True when the best correction is a foreign greeting ("saludo" -> "saludos")."""
        ranked = self._ranked(lw)
        return bool(ranked) and ranked[0][2] in _foreign_words()

    def _slip_of_top_word(self, lw: str) -> bool:
        """True for a swapped or doubled letter in a very common word ("agian")."""
        ranked = self._ranked(lw)
        if not ranked:
            return False
        score, cost, best = ranked[0]
        top = score - cost <= _FREQ_WEIGHT * (255 - _FOREIGN_TOP_FREQ) + 1e-9
        return top and cost <= _FOREIGN_TOP_SLIP_COST and " " not in best

    def _in_foreign_phrase(self, ctx: _Context, start: int, end: int) -> bool:
        """True when the word at ``start`` is next to a word of another language.

        Foreign: a word of ``foreign_words.txt`` ("mihi"), or an unknown word
        with letters English does not use ("ghuí"; capitalized only when it
        opens a short line, a sign-off, and is not a known name: "Håkon" and
        "Søren" are names).  Unknown words in between are followed, up to
        three ("gach" -> "dea" -> "ghuí"); an English word or a name stops it.
        """
        text = ctx.text
        line_start, line = _line_at(text, start)
        short_line = len(line.split()) <= _SALUTATION_MAX_WORDS
        lo = max(0, start - line_start - _FOREIGN_WINDOW)
        tokens = list(_WORD_RE.finditer(line, lo, end - line_start + _FOREIGN_WINDOW))
        here = next((k for k, m in enumerate(tokens) if m.start() + line_start == start), None)
        if here is None or len(tokens) < 2:
            return False
        foreign = _foreign_words()
        for step in (-1, 1):
            k = here
            for _ in range(_FOREIGN_MAX_STEPS):
                j = k + step
                if not 0 <= j < len(tokens):
                    break
                left, right = (tokens[j], tokens[k]) if step < 0 else (tokens[k], tokens[j])
                if not _GAP_RE.fullmatch(line, left.end(), right.start()):
                    break
                word = tokens[j].group().replace("’", "'")
                lw = word.lower()
                if lw in foreign:
                    return True
                if lw in ctx.accept or lw in ctx.names or self._known_lower(lw):
                    break
                if word in _lexicon().forms(lw):
                    break  # a proper name written as such ("Kafka")
                if not word.isascii() and (
                    word.islower()
                    or (
                        short_line  # "Nāku noa, nā"
                        and _is_sentence_start(text, line_start + tokens[j].start())
                        and word not in _given_names()
                    )
                ):
                    return True
                if not word.islower() and word in _given_names():
                    break  # a known given name
                k = j  # an unknown word: keep looking past it
        return False

    def _capitalized_mid_sentence(
        self, text: str, tok: str, lw: str, start: int, end: int
    ) -> TextIssue | None:
        """A name, unless the evidence says typo.

        Evidence: it sits in a run of capitalized ordinary words ("Senior
        Backend Engeneer") and is one slip from a common word, or it is one
        very cheap slip from a common word anywhere ("GitHub Acitons").
        """
        context = self._capital_context(text, start, end)
        if context == "name" or tok in _given_names():
            return None
        if context == "title":
            close = self._close_to_common(lw, _TITLE_MAX_SCORE)
        elif len(lw) < _ANY_CAPITAL_MIN_LEN:
            return None  # "Hai", "Hye": short names sit next to short words
        else:
            close = self._close_to_common(
                lw, _ANY_CAPITAL_MAX_SCORE, max_cost=_ANY_CAPITAL_MAX_COST, top_words=False
            )
        return self._spelling_issue(start, end, tok) if close else None

    def _capital_context(self, text: str, start: int, end: int) -> str:
        """ "name", "title" or "plain": what the neighbours of a capitalized word say.

        "name": a neighbour is another unknown capitalized word, as in a full
        name ("Engineer Anong Okafor").  "title": a neighbour is a capitalized
        ordinary word ("the Senior Backend Engeneer role").
        """
        before = _PREV_WORD_RE.search(text, max(0, start - 40), start)
        after = _NEXT_WORD_RE.match(text, end)
        context = "plain"
        for m in (before, after):
            if m is None:
                continue
            word = m.group(1)
            if not word[0].isupper():
                continue
            lw = word.lower()
            if not self._known_any(lw):
                return "name"
            if (
                word[1:].islower()
                and lw not in _NOT_TITLE_WORDS
                and self._known_lower(lw)
                and not _is_sentence_start(text, m.start(1))
            ):
                context = "title"
        return context

    def _close_to_common(
        self,
        lw: str,
        max_score: float,
        *,
        max_cost: float = _CAPITAL_MAX_COST,
        top_words: bool = True,
    ) -> bool:
        """True when the best correction is one cheap edit from a common word.

        Used for capitalized words, which are usually names: "Priya" is a few
        edits from "pray", "Teh" one swap from "the".  ``max_score`` bounds
        edit cost plus the frequency term of the ranking; a slip on one of the
        few dozen most frequent words ("Yoru", "Adn") is always close enough.
        """
        ranked = self._ranked(lw)
        if not ranked:
            return False
        score, cost, best = ranked[0]
        if not self._known_lower(best):
            return False
        if cost <= max_cost and score <= max_score:
            return True
        if not top_words:
            return False
        freq_term = score - cost  # _FREQ_WEIGHT * (255 - frequency)
        top_word = freq_term <= _FREQ_WEIGHT * (255 - _TOP_WORD_FREQ) + 1e-9
        # Very short names ("Xin", "Eun") are one letter from "in", "en".
        max_cost = _TOP_WORD_MAX_COST if len(lw) > 3 else _CAPITAL_MAX_COST
        return top_word and cost <= max_cost

    def _name_or_spelling(self, text: str, tok: str, start: int, end: int) -> TextIssue | None:
        """An unknown capitalized word that opens a sentence: a name or a typo?"""
        line_start, line = _line_at(text, start)
        if _looks_like_name_line(line):
            return None
        # The same word capitalized mid-sentence elsewhere: a name used twice.
        for other in re.finditer(rf"(?<![\w'’]){re.escape(tok)}(?!\w)", text):
            if other.start() != start and not _is_sentence_start(text, other.start()):
                return None
        # Followed by another unknown capitalized word ("Ngozi Eze mentioned").
        nxt = re.match(r"[ \t]+([A-Z][\w’'-]*)", text[end : end + 64])
        if nxt and not self._known_any(nxt.group(1).lower()):
            return None
        if text[end : end + 1] == "-":
            return None  # "Dae-jung", "Mei-Ling": a hyphenated given name
        if tok in _given_names():
            return None  # a known given name or surname ("Kagiso", "Oyelaran")
        # Names are far more common than typos here, so flag only a word that is
        # one cheap slip from a common word ("Teh", "Intrested"); short names
        # ("Bao", "Minh") sit close to short words, so those must be closer.
        limit = _START_MAX_SCORE if len(tok) > 4 else _START_MAX_SCORE_SHORT
        if _in_salutation(text, start) and not text[line_start:start].strip():
            limit = _TITLE_MAX_SCORE  # first word of "Sincerly," or "Hellow Laura,"
        if not self._close_to_common(tok.lower(), limit):
            return None
        return self._spelling_issue(start, end, tok)

    def _spelling_issue(self, start: int, end: int, tok: str) -> TextIssue | None:
        # Checked last, when every other rule would flag the word: the bigger
        # list is read only for a note that has such a word.
        if self._accept_rare(tok.lower()):
            return None  # "explainers", "vasopressor", "perovskite"
        return TextIssue(
            start,
            end,
            "typos.spelling",
            f"Possible spelling mistake: '{tok}'.",
            tuple(self.suggest(tok)),
            "spelling",
        )


class _Context:
    """Per-call inputs of :meth:`OfflineSpeller.check`."""

    __slots__ = ("accept", "names", "text")

    def __init__(self, text: str, accept: frozenset[str], names: frozenset[str]) -> None:
        self.text = text
        self.accept = accept
        self.names = names


def _in_loan_phrase(text: str, lw: str, start: int) -> bool:
    """True when the word at ``start`` is part of a listed phrase written in full ("pro bono")."""
    phrases = _loan_phrases().get(_strip_accents(lw))
    if not phrases:
        return False
    line_start, line = _line_at(text, start)
    tokens = list(_WORD_RE.finditer(line))
    here = next((k for k, m in enumerate(tokens) if m.start() + line_start == start), None)
    if here is None:
        return False
    words = [_strip_accents(m.group().replace("’", "'").lower()) for m in tokens]
    for phrase in phrases:
        for offset, word in enumerate(phrase):
            first = here - offset
            last = first + len(phrase)
            if (
                word == words[here]
                and first >= 0
                and last <= len(tokens)
                and tuple(words[first:last]) == phrase
                and all(
                    _GAP_RE.fullmatch(line, tokens[k].end(), tokens[k + 1].start())
                    for k in range(first, last - 1)
                )
            ):
                return True
    return False


def _consonant_y(word: str) -> bool:
    return word.endswith("y") and word[-2:-1] not in _VOWELS


def _same_family(a: str, b: str) -> bool:
    """True when one word is a regular inflection or the -ise/-ize twin of the other."""
    if len(a) < len(b):
        a, b = b, a
    if a.replace("is", "iz") == b.replace("is", "iz"):
        return True  # "anonymised" / "anonymized"
    for suffix, restore in _FAMILY_SUFFIXES:
        if a.endswith(suffix) and a[: -len(suffix)] + restore == b:
            return True
    return False


def _curly_like(original: str, suggestion: str) -> str:
    """Use the curly apostrophe in ``suggestion`` when ``original`` does."""
    return suggestion.replace("'", "’") if "’" in original else suggestion


def _casing_issue(start: int, end: int, tok: str, forms: tuple[str, ...]) -> TextIssue:
    return TextIssue(
        start,
        end,
        "typos.casing",
        f"'{tok}' is usually written '{forms[0]}'.",
        forms,
        "name-casing",
    )


_SPELLERS: dict[frozenset[str], OfflineSpeller] = {}
_SPELLERS_LOCK = threading.Lock()


def get_speller(extra_words: frozenset[str] = frozenset()) -> OfflineSpeller:
    """Return the process-wide speller for ``extra_words``, creating it once.

    Thread-safe.  The word lists are loaded on the first check, not here, and
    are shared by every speller whatever its ``extra_words``.
    """
    key = frozenset(extra_words)
    speller = _SPELLERS.get(key)
    if speller is None:
        with _SPELLERS_LOCK:
            speller = _SPELLERS.get(key)
            if speller is None:
                speller = OfflineSpeller(key)
                _SPELLERS[key] = speller
    return speller
