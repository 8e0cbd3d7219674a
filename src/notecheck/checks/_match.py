"""Shared matching machinery: token patterns kept as data, compiled once per process.

Checks describe what they look for as short pattern strings, one token test per word::

    word|word      the lowercase form is one of these
    @lemma|lemma   the lemma is one of these (``@thank`` covers thank, thanks, thanked)
    $LEXICON       the lemma is in the named lexicon given with the rules
    #ATTR          a true boolean token attribute: #LIKE_NUM, #IS_TITLE, #IS_UPPER...
    _              any token;  ~  any token that is not punctuation
    'x             the literal token x, for punctuation such as '? or '!

A suffix ``?``, ``*``, ``+`` or ``{m,n}`` repeats the test, as in spaCy's ``Matcher``.
A word spaCy splits into several tokens ("follow-up", "team's", "i'm"), written as an
alternative or in a lexicon, matches as the sequence of its pieces (optional with ``?``).
:class:`Rules` turns a mapping of ``label -> patterns`` into spaCy ``Matcher`` patterns,
compiled once per process on first use (thread-safe), and matches them once per note
(memoised on the analysis).

The helpers below judge a hit in its sentence without a parser: negation scope,
hedges, conditionals, whose words they are (subject, reported speech, quotes).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from .._analysis import Analysis, Sentence, nlp
from .._check import Context

if TYPE_CHECKING:
    from spacy.matcher import Matcher

TokenPattern = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern match inside one sentence: ``note.plain[start:end]``, tokens ``first:last``."""

    sentence: Sentence
    start: int
    end: int
    label: str
    first: int = 0
    last: int = 0


# --- pattern strings -> spaCy Matcher patterns ------------------------------------------

_REPEAT = re.compile(r"^(?P<test>.+?)(?P<op>\{\d*,?\d*\}|[?*+])?$")


def compile_pattern(spec: str, lexicons: Mapping[str, frozenset[str]]) -> list[TokenPattern]:
    """One pattern string (see the module docstring) as spaCy Matcher patterns.

    An item whose alternatives mix kinds ("#LIKE_NUM|$NUM|a") becomes one pattern per kind.
    """
    options: list[list[list[dict[str, Any]]]] = []
    for item in spec.split():
        if item.startswith("'") and len(item) > 1 and not item[1].isalnum():
            test, op = item[1:], None
            if len(test) > 1 and test[-1] in "?*+" and test[:-1]:
                test, op = test[:-1], test[-1]
            alternatives = test.split("|")
            choices: list[list[dict[str, Any]]] = [
                [{"ORTH": test} if len(alternatives) == 1 else {"ORTH": {"IN": alternatives}}]
            ]
        else:
            m = _REPEAT.match(item)
            if m is None:  # pragma: no cover - the regex matches any non-empty item
                raise ValueError(f"bad pattern item {item!r} in {spec!r}")
            test, op = m.group("test"), m.group("op")
            # "follow-up", "team's", "i'm" are several tokens to spaCy: each such word
            # becomes a sequence of tokens of its own, or it would never match.
            prefix = "@" if test.startswith("@") else ""
            single: list[str] = []
            several: list[list[str]] = []
            for alt in test.removeprefix("@").split("|"):
                if alt.startswith("$") and alt[1:] in lexicons:  # "e-mail" in a lexicon
                    several += [ws for w in sorted(lexicons[alt[1:]]) if len(ws := _pieces(w)) > 1]
                words = _pieces(alt)
                if len(words) > 1:
                    several.append(words)
                else:
                    single.append(alt)
            if several and op not in (None, "?"):
                raise ValueError(f"a word of several tokens cannot repeat in pattern {spec!r}")
            tests = _token_tests(prefix + "|".join(single), lexicons, spec) if single else []
            if op:
                tests = [{**t, "OP": op} for t in tests]
            choices = [[t] for t in tests] + [[{"LOWER": w} for w in ws] for ws in several]
            if several and op == "?" and not tests:
                choices.append([])  # the optional word left out
        if op and item.startswith("'"):
            choices = [[{**t, "OP": op} for t in choice] for choice in choices]
        options.append(choices)
    return [[t for choice in p for t in choice] for p in itertools.product(*options)]


# How spaCy's English tokenizer splits a word: hyphens between letters are infixes, and
# the endings of contractions and possessives ('s, 'm, n't...) are tokens of their own.
_HYPHEN = re.compile(r"(?<=[a-z])(-)(?=[a-z])")
_CLITIC = re.compile(r"(?<=[a-z])(['’](?:s|m|d|ll|re|ve)|n['’]t)$")


def _pieces(word: str) -> list[str]:
    """``word`` as spaCy's tokenizer splits it (for the cases above), lowercased."""
    if not word or word[0] in "'’#$" or not any(c in word for c in "-'’"):
        return [word]
    parts = [p for p in _HYPHEN.split(word.lower()) if p]
    last = _CLITIC.split(parts[-1])
    return parts[:-1] + [p for p in last if p]


def _token_tests(
    test: str, lexicons: Mapping[str, frozenset[str]], spec: str
) -> list[dict[str, Any]]:
    if test == "_":
        return [{}]
    if test == "~":
        return [{"IS_PUNCT": False, "IS_SPACE": False}]
    lemma_words = test.startswith("@")
    words: list[str] = []
    lemmas: list[str] = []
    out: list[dict[str, Any]] = []
    for alt in test.removeprefix("@").split("|"):
        if alt.startswith("#") and len(alt) > 1:
            if not alt[1:].replace("_", "").isalpha() or not alt[1:].isupper():
                raise ValueError(f"bad attribute {alt!r} in pattern {spec!r}")
            out.append({alt[1:]: True})
        elif alt.startswith("$") and len(alt) > 1:
            if alt[1:] not in lexicons:
                raise ValueError(f"unknown lexicon {alt!r} in pattern {spec!r}")
            out.append({"LEMMA": {"IN": sorted(lexicons[alt[1:]])}})
        elif alt.startswith("@"):
            lemmas.append(alt[1:])
        elif alt:
            (lemmas if lemma_words else words).append(alt)
    if words:
        out.append({"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": words}})
    if lemmas:
        out.append({"LEMMA": lemmas[0]} if len(lemmas) == 1 else {"LEMMA": {"IN": lemmas}})
    if not out:
        raise ValueError(f"empty token test in pattern {spec!r}")
    return out


#: At most this many hits per label and note.
MAX_HITS = 100


class Rules:
    """Labelled token patterns, compiled once per process on first use (thread-safe).

    The patterns are spaCy ``Matcher`` patterns (:meth:`spacy_matcher` builds one); notes are
    matched by a small engine over the same token tests that starts only where a pattern's
    first word occurs. spaCy's Matcher tries every pattern at every token, which costs
    about 10 ms per note for the few hundred patterns of the built-in checks; this costs a
    few hundred microseconds and finds the same longest, non-overlapping matches.
    """

    def __init__(
        self,
        patterns: Mapping[str, Sequence[str]],
        lexicons: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.patterns = {label: tuple(specs) for label, specs in patterns.items()}
        self.lexicons = {name: frozenset(words) for name, words in (lexicons or {}).items()}
        self._anchors: Anchors | None = None
        self._lock = threading.Lock()
        # Fail at import, not on the first note, when a pattern string is malformed.
        for specs in self.patterns.values():
            for spec in specs:
                compile_pattern(spec, self.lexicons)
        with _live_lock:
            _live.append(weakref.ref(self))

    def token_patterns(self) -> dict[str, list[TokenPattern]]:
        """The patterns by label, as spaCy ``Matcher`` patterns."""
        return {
            label: [p for spec in specs for p in compile_pattern(spec, self.lexicons)]
            for label, specs in self.patterns.items()
        }

    def spacy_matcher(self) -> Matcher:
        """A spaCy ``Matcher`` holding the same patterns (greedy ``LONGEST``), for reference."""
        from spacy.matcher import Matcher

        matcher = Matcher(nlp().vocab, validate=False)
        for label, patterns in self.token_patterns().items():
            matcher.add(label, patterns, greedy="LONGEST")
        return matcher

    def find(
        self,
        analysis: Analysis,
        sentences: Sequence[Sentence] | None = None,
        *,
        labels: Iterable[str] | None = None,
    ) -> list[Hit]:
        """Hits in ``sentences`` (default: the body), in text order; never across sentences."""
        hits = analysis.memo.get(self)
        if hits is None:
            hits = self._all_hits(analysis)
            analysis.memo[self] = hits
        wanted = {s.index for s in (analysis.body_sentences if sentences is None else sentences)}
        keep = None if labels is None else set(labels)
        return [h for h in hits if h.sentence.index in wanted and (keep is None or h.label in keep)]

    def matches(self, analysis: Analysis) -> list[tuple[str, int, int]]:
        """``(label, first token, end token)`` of every match, longest first per label."""
        found = _Engine.current(self).spans(analysis, self)
        if any(len(spans) > MAX_HITS * 4 for spans in found.values()):
            # Hostile input: which spans are kept depends on the order they were found in,
            # so find them as the first-word engine does.
            found = self._spans_by_first_word(analysis)
        return _longest_first(found)

    def _spans_by_first_word(self, analysis: Analysis) -> dict[str, list[tuple[int, int]]]:
        """Spans by label, each pattern tried where its first word occurs, in that order."""
        index = self._anchors
        if index is None:
            with self._lock:
                if self._anchors is None:
                    strings = nlp().vocab.strings
                    self._anchors = _index(
                        [
                            c
                            for label, patterns in self.token_patterns().items()
                            for pattern in patterns
                            for c in _compile(label, pattern, strings)
                        ]
                    )
                index = self._anchors
        anchored, unanchored, need_index = index
        columns = _columns(analysis)
        found: dict[str, list[tuple[int, int]]] = {}
        # The words patterns require (by number) that occur in the note.
        present = columns.present
        met: set[int] = set()
        for kind, numbers in need_index.items():
            for value in numbers.keys() & present[kind]:
                met.update(numbers[value])
        # Only patterns whose first word occurs in the note are tried, and only there.
        for kind, by_value in anchored.items():
            positions = columns.positions_of(kind)
            for value in by_value.keys() & positions.keys():
                starts = positions[value]
                for label, steps, needs, probes in by_value[value]:
                    if not needs <= met:  # a word it requires is nowhere in the note
                        continue
                    viable = _probed(starts, probes, columns) if probes else starts
                    for start in viable:
                        end = _longest(steps, start, columns)
                        if end > start:
                            found.setdefault(label, []).append((start, end))
        for label, steps, kind, values in unanchored:
            for start in _starts(columns, kind, values):
                end = _longest(steps, start, columns)
                if end > start:
                    found.setdefault(label, []).append((start, end))
        return found

    def _all_hits(self, analysis: Analysis) -> list[Hit]:
        owner = analysis.token_sentence
        sentences = analysis.sentences
        idx, length = analysis.columns["IDX"], analysis.columns["LENGTH"]
        hits: list[Hit] = []
        for label, first, last in self.matches(analysis):
            index = owner[first]
            end = idx[last - 1] + length[last - 1]
            hits.append(Hit(sentences[index], idx[first], end, label, first, last))
        hits.sort(key=lambda h: (h.start, -h.end, h.label))
        return hits


# --- the matching engine -----------------------------------------------------------------

# A step tests one token: its kind, the values it accepts, and how many tokens it takes.
_ANY, _WORD, _LOWER, _LEMMA, _ORTH, _FLAG = range(6)
_MANY = 1_000
Step = tuple[int, Any, int, int]
_Compiled = tuple[str, tuple[Step, ...], int, Any]
_FLAGS = ("LIKE_NUM", "IS_TITLE", "IS_UPPER", "IS_DIGIT", "IS_ALPHA", "IS_PUNCT", "IS_SPACE")


# A test a start must pass before the pattern is matched there: a token between ``low``
# and ``high`` positions after the start has one of ``values`` (kind, values, low, high).
Probe = tuple[int, frozenset[int], int, int]
# A pattern anchored on its first word: its label, its steps, the numbers of the other
# words it requires (see ``Anchors``), and its probes.
_Anchored = tuple[str, tuple[Step, ...], frozenset[int], tuple[Probe, ...]]
# Anchored patterns by kind and first word; the patterns without a first word; and, by
# kind and word, the numbers of the required words ("one of these lemmas") it satisfies.
Anchors = tuple[
    dict[int, dict[int, list[_Anchored]]],
    list[_Compiled],
    dict[int, dict[int, list[int]]],
]
_FIXED = (_LOWER, _LEMMA, _ORTH)


def _index(compiled: list[_Compiled]) -> Anchors:
    """Patterns by the words that can start them, and the patterns without a first word.

    An anchored pattern carries the words it requires, so a note lacking one skips it
    outright, and probes for the nearest of them, so most starts are rejected without
    running the matcher.
    """
    anchored: dict[int, dict[int, list[_Anchored]]] = {}
    unanchored: list[_Compiled] = []
    numbers: dict[tuple[int, frozenset[int]], int] = {}
    need_index: dict[int, dict[int, list[int]]] = {}
    for label, steps, kind, values in compiled:
        if kind in _FIXED:
            needs = set()
            for k, v, low, _ in steps[1:]:
                if low and k in _FIXED:
                    number = numbers.get((k, v))
                    if number is None:
                        number = numbers[(k, v)] = len(numbers)
                        by_word = need_index.setdefault(k, {})
                        for word in v:
                            by_word.setdefault(word, []).append(number)
                    needs.add(number)
            by_value = anchored.setdefault(kind, {})
            for value in values:
                by_value.setdefault(value, []).append(
                    (label, steps, frozenset(needs), _probes(steps))
                )
        else:
            unanchored.append((label, steps, kind, values))
    return anchored, unanchored, need_index


def _probes(steps: tuple[Step, ...]) -> tuple[Probe, ...]:
    """The required words after the first step that sit a bounded distance from it."""
    out: list[Probe] = []
    low = high = 1
    for kind, values, step_low, step_high in steps[1:]:
        if kind in _FIXED and step_low:
            out.append((kind, values, low, high))
        low += step_low
        high += step_high
        if high > 8:
            break
    return tuple(out)


def _probed(starts: list[int], probes: tuple[Probe, ...], columns: _Columns) -> list[int]:
    """The starts with each probe's word at a distance the pattern allows."""
    by_kind, limit = columns.by_kind, columns.limit
    for kind, values, low, high in probes:
        col = by_kind[kind]
        if low == high:
            starts = [s for s in starts if s + low < limit[s] and col[s + low] in values]
        else:
            starts = [
                s
                for s in starts
                if not values.isdisjoint(col[s + low : min(s + high + 1, limit[s])])
            ]
        if not starts:
            break
    return starts


def _compile(label: str, pattern: TokenPattern, strings: Any) -> list[_Compiled]:
    """Steps for one Matcher pattern; a pattern that may skip its first token becomes two."""
    steps = [_step(token, strings) for token in pattern]
    out: list[_Compiled] = []
    pending = [steps]
    while pending:
        current = pending.pop()
        if not current:
            continue
        kind, values, low, high = current[0]
        if low == 0:
            pending.append(current[1:])
            pending.append([(kind, values, 1, high), *current[1:]])
            continue
        out.append((label, tuple(current), kind, values))
    return out


def _step(token: dict[str, Any], strings: Any) -> Step:
    low, high = _repeat(token.get("OP"))
    tests = {k: v for k, v in token.items() if k != "OP"}
    if not tests:
        return (_ANY, None, low, high)
    if tests == {"IS_PUNCT": False, "IS_SPACE": False}:
        return (_WORD, None, low, high)
    ((attr, value),) = tests.items()
    if attr in ("LOWER", "LEMMA", "ORTH"):
        words = value["IN"] if isinstance(value, dict) else [value]
        kind = {"LOWER": _LOWER, "LEMMA": _LEMMA, "ORTH": _ORTH}[attr]
        return (kind, frozenset(strings.add(w) for w in words), low, high)
    if attr in _FLAGS and value is True:
        return (_FLAG, attr, low, high)
    raise ValueError(f"unsupported token test {token!r}")


def _repeat(op: str | None) -> tuple[int, int]:
    if op is None:
        return 1, 1
    if op in ("?", "*", "+"):
        return {"?": (0, 1), "*": (0, _MANY), "+": (1, _MANY)}[op]
    low, _, high = op.strip("{}").partition(",")
    if "," not in op:
        return int(low), int(low)
    return int(low or 0), int(high) if high else _MANY


class _Columns:
    """Per-note token attributes and an index of where each word and lemma occurs."""

    __slots__ = (
        "by_kind",
        "columns",
        "lemma",
        "limit",
        "lower",
        "orth",
        "positions",
        "present",
        "word",
    )

    def __init__(self, analysis: Analysis) -> None:
        self.columns = columns = analysis.columns
        self.lower = columns["LOWER"]
        self.lemma = columns["LEMMA"]
        self.orth = columns["ORTH"]
        self.word = list(
            map(operator.not_, map(operator.or_, columns["IS_PUNCT"], columns["IS_SPACE"]))
        )
        # A match ends at its sentence's end; tokens outside sentences match nothing.
        self.limit = [0] * len(self.lower)
        for sentence in analysis.sentences:
            self.limit[sentence.first : sentence.last] = [sentence.last] * (
                sentence.last - sentence.first
            )
        self.positions: dict[int, dict[int, list[int]]] = {}
        self.by_kind = {_LOWER: self.lower, _LEMMA: self.lemma, _ORTH: self.orth}
        self.present = {_LOWER: set(self.lower), _LEMMA: set(self.lemma), _ORTH: set(self.orth)}

    def positions_of(self, kind: int) -> dict[int, list[int]]:
        """Where each value of one attribute occurs (tokens inside sentences only)."""
        positions = self.positions.get(kind)
        if positions is None:
            positions = {}
            values = {_LOWER: self.lower, _LEMMA: self.lemma, _ORTH: self.orth}[kind]
            limit = self.limit
            for i, value in enumerate(values):
                if limit[i]:
                    found = positions.get(value)
                    if found is None:
                        positions[value] = [i]
                    else:
                        found.append(i)
            self.positions[kind] = positions
        return positions

    def flag(self, name: str) -> list[int]:
        return self.columns[name]


def _columns(analysis: Analysis) -> _Columns:
    columns = analysis.memo.get(_Columns)
    if columns is None:
        columns = _Columns(analysis)
        analysis.memo[_Columns] = columns
    assert isinstance(columns, _Columns)
    return columns


def _starts(columns: _Columns, kind: int, values: Any) -> list[int]:
    """Where a pattern without a first word may start: tokens with its flag, or anywhere."""
    limit = columns.limit
    if kind == _FLAG:
        return [i for i, on in enumerate(columns.flag(values)) if on and limit[i]]
    return [i for i in range(len(limit)) if limit[i]]


def _longest_generic(steps: tuple[Step, ...], start: int, columns: _Columns) -> int:
    """What ``_longest`` computes, by a search over the steps (the reference)."""
    limit = columns.limit[start]
    lower, lemma, orth, word = columns.lower, columns.lemma, columns.orth, columns.word
    best = -1
    last_step = len(steps) - 1
    stack = [(0, start)]
    while stack:
        k, i = stack.pop()
        kind, values, low, high = steps[k]
        j = i
        stop = i + high
        if stop > limit:
            stop = limit
        if kind == _LOWER:
            while j < stop and lower[j] in values:
                j += 1
        elif kind == _LEMMA:
            while j < stop and lemma[j] in values:
                j += 1
        elif kind == _ORTH:
            while j < stop and orth[j] in values:
                j += 1
        elif kind == _WORD:
            while j < stop and word[j]:
                j += 1
        elif kind == _ANY:
            j = stop
        else:
            flags = columns.flag(values)
            while j < stop and flags[j]:
                j += 1
        if k == last_step:
            # Every end from i + low to j completes the pattern; the longest is j.
            if j >= i + low and j > best:
                best = j
            continue
        for end in range(i + low, j + 1):
            stack.append((k + 1, end))
    return best


# Steps compiled into one Python function each (see _matcher), made on first use.
_matchers: dict[tuple[Step, ...], Callable[[int, int, _Columns], int]] = {}
_matchers_lock = threading.Lock()
# CPython allows 20 statically nested loops; a pattern needing more uses _longest_generic.
_MAX_LOOPS = 16


def _longest(steps: tuple[Step, ...], start: int, columns: _Columns) -> int:
    """The end of the longest match of ``steps`` from ``start`` within its sentence, or -1
    (by the pattern's generated matcher when it has one: see HOT)."""
    matcher = _matchers.get(steps)
    if matcher is None:
        return _longest_generic(steps, start, columns)
    return matcher(start, columns.limit[start], columns)


def _matcher(steps: tuple[Step, ...]) -> Callable[[int, int, _Columns], int]:
    """``_longest_generic`` for one pattern, as nested loops with its tests written out:
    no stack of partial matches and no dispatch on the step kind at run time."""
    loops = sum(1 for _, _, low, high in steps[:-1] if low != high or high != 1)
    if loops > _MAX_LOOPS:

        def generic(start: int, limit: int, columns: _Columns) -> int:
            return _longest_generic(steps, start, columns)

        matcher = generic
    else:
        make = _made(_matcher_source(steps))
        matcher = make(
            tuple(values for _, values, _, _ in steps),
            tuple(low for _, _, low, _ in steps),
            tuple(high for _, _, _, high in steps),
        )
    with _matchers_lock:
        if len(_matchers) > 20_000:  # never for the built-in patterns (a few thousand)
            _matchers.clear()
        return _matchers.setdefault(steps, matcher)


_COLUMN_OF = {_LOWER: "lower", _LEMMA: "lemma", _ORTH: "orth"}
# The ``make`` function of each generated source: patterns of the same shape share one.
_sources: dict[str, Callable[..., Any]] = {}


def _made(source: str) -> Callable[..., Any]:
    """The ``make`` function that ``source`` defines (executed once per distinct source)."""
    make = _sources.get(source)
    if make is None:
        namespace: dict[str, Any] = {}
        exec(source, namespace)  # source built from step kinds alone
        make = namespace["make"]
        with _matchers_lock:
            if len(_sources) > 20_000:  # never for the built-in patterns
                _sources.clear()
            make = _sources.setdefault(source, make)
    return make


def _matcher_source(steps: tuple[Step, ...]) -> str:
    """Python source of ``make(values, lows, highs)``, which returns ``matcher(start, limit,
    columns)`` for ``steps`` (see _matcher). Each step's values and repeat counts are bound
    as default arguments: patterns that differ only in them share one source."""
    defaults = [f"v{k}=steps_values[{k}]" for k in range(len(steps))]
    for k, (_, _, low, high) in enumerate(steps):
        if not low == high == 1:
            defaults += [f"l{k}=lows[{k}]", f"h{k}=highs[{k}]"]
    lines = [
        "def make(steps_values, lows, highs):",
        f"    def matcher(i0, limit, columns, {', '.join(defaults)}):",
    ]
    kinds = {kind for kind, _, _, _ in steps}
    names = {_COLUMN_OF[k] for k in kinds if k in _COLUMN_OF}
    if _WORD in kinds:
        names.add("word")
    for name in sorted(names):
        lines.append(f"        {name} = columns.{name}")
    for k, (kind, _, _, _) in enumerate(steps):
        if kind == _FLAG:
            lines.append(f"        f{k} = columns.flag(v{k})")
    lines.append("        best = -1")
    indent = "        "
    last = len(steps) - 1
    for k, (kind, _, low, high) in enumerate(steps):
        i = f"i{k}"
        if kind in _COLUMN_OF:
            test = f"{_COLUMN_OF[kind]}[{{j}}] in v{k}"
        elif kind == _WORD:
            test = "word[{j}]"
        elif kind == _FLAG:
            test = f"f{k}[{{j}}]"
        else:
            test = ""  # any token
        if low == high == 1:
            cond = f"{i} < limit" + (f" and {test.format(j=i)}" if test else "")
            if k == last:
                lines.append(f"{indent}if {cond} and {i} + 1 > best:")
                lines.append(f"{indent}    best = {i} + 1")
            else:
                lines.append(f"{indent}if {cond}:")
                lines.append(f"{indent}    i{k + 1} = {i} + 1")
                indent += "    "
            continue
        lines.append(f"{indent}j = {i} + h{k}")
        lines.append(f"{indent}if j > limit:")
        lines.append(f"{indent}    j = limit")
        if test:
            lines.append(f"{indent}stop = j")
            lines.append(f"{indent}j = {i}")
            lines.append(f"{indent}while j < stop and {test.format(j='j')}:")
            lines.append(f"{indent}    j += 1")
        if k == last:
            lines.append(f"{indent}if j >= {i} + l{k} and j > best:")
            lines.append(f"{indent}    best = j")
        else:
            lines.append(f"{indent}for i{k + 1} in range({i} + l{k}, j + 1):")
            indent += "    "
    lines.append("        return best")
    lines.append("    return matcher")
    return "\n".join(lines) + "\n"


def _longest_first(found: Mapping[str, list[tuple[int, int]]]) -> list[tuple[str, int, int]]:
    """Per label, like spaCy's greedy="LONGEST": longest spans first, then no overlaps."""
    out: list[tuple[str, int, int]] = []
    for label, found_spans in found.items():
        if len(found_spans) == 1:  # the most common case: nothing to compare
            out.append((label, *found_spans[0]))
            continue
        # A real note has a handful of hits per label; hostile input ("thank you" x 1000)
        # must not make the checks' pairwise comparisons quadratic.
        spans = sorted(found_spans[: MAX_HITS * 4], key=lambda se: (se[0] - se[1], se[0]))
        taken: list[tuple[int, int]] = []
        for start, end in spans:
            if len(taken) >= MAX_HITS:
                break
            if all(end <= s or start >= e for s, e in taken):
                taken.append((start, end))
                out.append((label, start, end))
    return out


# Every Rules made so far: the engine matches all of their patterns in one pass per note.
_live: list[weakref.ref[Rules]] = []
_live_lock = threading.Lock()

# Words too frequent in notes to anchor a pattern on when it requires a rarer one.
_FREQUENT = frozenset(
    {"thank", "thanks", "interview", "team", "role", "opportunity", "time", "position"}
    | {"today", "meet", "speak", "talk", "conversation", "learn", "work", "company"}
    | {"excited", "discuss", "forward", "look", "hear", "best", "dear", "regards"}
)
# A pattern found where its anchor occurs: its owner (a Rules, by number), label, required
# words (a mask, see _mask), and its Runner (generated on first use; see _first_run).
_Entry = list[Any]
# A pattern without a fixed word at a fixed distance: owner, label, steps, first step's
# kind and values, required words (a mask), probes.
_Loose = tuple[int, str, tuple[Step, ...], int, Any, int, tuple[Probe, ...]]


def _mask(numbers: Iterable[int]) -> int:
    """Numbered required words as one int, bit n for word n: one AND tests them all."""
    mask = 0
    for n in numbers:
        mask |= 1 << n
    return mask


# Finds an anchored pattern's matches in a note: (positions of its anchor word, sentence
# end of each token, the note's columns) -> (start, end) token spans, in start order.
Runner = Callable[[list[int], list[int], _Columns], list[tuple[int, int]]]


def _runner(
    steps: tuple[Step, ...], probes: tuple[Probe, ...], low: int, high: int, size: int
) -> Runner:
    """The starts, probes and match of one anchored pattern as one generated function.

    Values and distances are bound as default arguments, so the source depends only on the
    pattern's shape and patterns of one shape share it (fewer sources to compile)."""
    head = steps[0][0] if steps[0][0] in _COLUMN_OF else None
    lines = [
        "def make(probe_values, nears, fars, first_words, matcher, lo, hi, sz):",
        "    def run(at, limit, columns, "
        + "".join(f"p{n}=probe_values[{n}], " for n in range(len(probes)))
        + "".join(f"a{n}=nears[{n}], b{n}=fars[{n}], " for n in range(len(probes)))
        + "first_words=first_words, matcher=matcher, lo=lo, hi=hi, sz=sz):",
    ]
    names = {_COLUMN_OF[k] for k, _, _, _ in probes}
    if head is not None and high and low != high:
        names.add(_COLUMN_OF[head])
    lines += [f"        {name} = columns.{name}" for name in sorted(names)]
    lines.append("        out = []")
    if not high:
        lines.append("        for s in at:")
    elif low == high:
        lines += [
            "        for p in at:",
            "            s = p - lo",
            "            if s < 0 or limit[s] != limit[p]:",
            "                continue",
        ]
    else:  # each start once, though two anchors may point at it
        test = f"{_COLUMN_OF[head]}[p - d] in first_words and " if head is not None else ""
        lines += [
            "        starts = sorted({p - d for p in at",
            "            for d in range(lo, (hi if hi < p else p) + 1)",
            f"            if {test}limit[p - d] == limit[p]}})",
            "        for s in starts:",
        ]
    lines.append("            end = limit[s]")
    for n, (kind, _, near, far) in enumerate(probes):
        column = _COLUMN_OF[kind]
        if near == far:
            lines += [
                f"            if s + a{n} >= end or {column}[s + a{n}] not in p{n}:",
                "                continue",
            ]
        else:
            lines += [  # (min() written out: a call costs more than the test)
                f"            w = s + b{n}",
                "            if w > end:",
                "                w = end",
                f"            if p{n}.isdisjoint({column}[s + a{n} : w]):",
                "                continue",
            ]
    if size:
        lines.append("            out.append((s, s + sz))")
    else:
        lines += [
            "            e = matcher(s, end, columns)",
            "            if e > s:",
            "                out.append((s, e))",
        ]
    lines += ["        return out", "    return run"]
    make = _made("\n".join(lines) + "\n")
    # A pattern its probes decide alone (size) never runs its matcher.
    matcher = None if size else _matchers.get(steps) or _matcher(steps)
    runner: Runner = make(
        tuple(values for _, values, _, _ in probes),
        tuple(near for _, _, near, _ in probes),
        tuple(far + 1 for _, _, _, far in probes),
        steps[0][1],
        matcher,
        low,
        high,
        size,
    )
    return runner


# A pattern is generated into code (see _runner) once it has been tried in this many notes:
# generating costs about a third of a millisecond per shape, which only patterns tried
# again and again earn back; a short run (one note from the command line) generates none.
HOT = 8


def _first_run(
    entry: _Entry,
    steps: tuple[Step, ...],
    probes: tuple[Probe, ...],
    low: int,
    high: int,
    size: int,
) -> Runner:
    """A Runner that runs the entry's pattern by the plain search (_run_plain) and, once the
    pattern has been tried in ``HOT`` notes, generates its real one and puts it in the entry."""
    tried = 0

    def run(at: list[int], limit: list[int], columns: _Columns) -> list[tuple[int, int]]:
        nonlocal tried
        tried += 1
        if tried < HOT:
            return _run_plain(at, limit, columns, steps, probes, low, high, size)
        real = entry[3] = _runner(steps, probes, low, high, size)
        return real(at, limit, columns)

    return run


def _run_plain(
    at: list[int],
    limit: list[int],
    columns: _Columns,
    steps: tuple[Step, ...],
    probes: tuple[Probe, ...],
    low: int,
    high: int,
    size: int,
) -> list[tuple[int, int]]:
    """What the generated Runner of a pattern computes, without generating it."""
    by_kind = columns.by_kind
    starts: list[int]
    if not high:
        starts = at
    elif low == high:
        starts = [p - low for p in at if p >= low and limit[p - low] == limit[p]]
    else:  # each start once, though two anchors may point at it
        head = by_kind.get(steps[0][0])
        first_words = steps[0][1]
        starts = sorted(
            {
                p - d
                for p in at
                for d in range(low, min(high, p) + 1)
                if (head is None or head[p - d] in first_words) and limit[p - d] == limit[p]
            }
        )
    out: list[tuple[int, int]] = []
    for start in starts:
        end = limit[start]
        for k, values, near, far in probes:
            if near == far:
                if start + near >= end or by_kind[k][start + near] not in values:
                    break
            elif values.isdisjoint(by_kind[k][start + near : min(start + far + 1, end)]):
                break
        else:
            if size:
                out.append((start, start + size))
            else:
                stop = _longest(steps, start, columns)
                if stop > start:
                    out.append((start, stop))
    return out


class _Engine:
    """The patterns of every live :class:`Rules`, matched together in one pass per note.

    Each pattern is anchored on its rarest required word at a fixed distance from its start
    (not always its first word), so most patterns are never tried on a note; the other
    required words then rule out most of the starts that remain before matching.
    """

    _current: ClassVar[_Engine | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, rules: Sequence[Rules]) -> None:
        self.owners = {r: i for i, r in enumerate(rules)}
        strings = nlp().vocab.strings
        from spacy.lang.en.stop_words import STOP_WORDS

        common = STOP_WORDS | _FREQUENT

        def cost(values: frozenset[int]) -> int:
            # Rough: a common word or punctuation mark occurs in most notes.
            return sum(30 if (w := strings[v]) in common or not w.isalpha() else 1 for v in values)

        self.anchored: dict[int, dict[int, list[_Entry]]] = {}
        self.loose: list[_Loose] = []
        self.need_index: dict[int, dict[int, list[int]]] = {}
        numbers: dict[tuple[int, frozenset[int]], int] = {}
        for owner, r in enumerate(rules):
            for label, patterns in r.token_patterns().items():
                for pattern in patterns:
                    for _, steps, kind, values in _compile(label, pattern, strings):
                        needs = set()
                        for k, v, low, _ in steps[1:]:
                            if low and k in _FIXED:
                                number = numbers.get((k, v))
                                if number is None:
                                    number = numbers[(k, v)] = len(numbers)
                                    by_word = self.need_index.setdefault(k, {})
                                    for word in v:
                                        by_word.setdefault(word, []).append(number)
                                needs.add(number)
                        anchors = _anchor_steps(steps)
                        if not anchors:
                            probes = tuple(_window_probes(steps, None))
                            self.loose.append(
                                (owner, label, steps, kind, values, _mask(needs), probes)
                            )
                            continue
                        # A word a few distances away costs a try at each of them.
                        _, anchor, low, high = min(
                            (cost(steps[a][1]) * (high - low + 2), a, low, high)
                            for a, low, high in anchors
                        )
                        probes = tuple(
                            sorted(_window_probes(steps, anchor), key=lambda p: cost(p[1]))
                        )
                        # One word per step, all probed: a start the probes keep is a match.
                        certain = len(steps) <= 9 and all(
                            k in _FIXED and step_low == step_high == 1
                            for k, _, step_low, step_high in steps
                        )
                        size = len(steps) if certain else 0
                        entry: _Entry = [owner, label, _mask(needs), None]
                        entry[3] = _first_run(entry, steps, probes, low, high, size)
                        a_kind, a_values = steps[anchor][0], steps[anchor][1]
                        by_value = self.anchored.setdefault(a_kind, {})
                        for value in a_values:
                            by_value.setdefault(value, []).append(entry)

        # By kind and word: the mask of the required words it is one of.
        self.need_masks = {
            kind: {word: _mask(numbers) for word, numbers in by_word.items()}
            for kind, by_word in self.need_index.items()
        }

    @classmethod
    def current(cls, rules: Rules) -> _Engine:
        """The engine holding ``rules`` (rebuilt, with every live Rules, when it is new)."""
        engine = cls._current
        if engine is None or rules not in engine.owners:
            with cls._lock:
                engine = cls._current
                if engine is None or rules not in engine.owners:
                    with _live_lock:
                        _live[:] = [ref for ref in _live if ref() is not None]
                        alive = [r for ref in _live if (r := ref()) is not None]
                    engine = cls._current = _Engine(alive)
        return engine

    def spans(self, analysis: Analysis, rules: Rules) -> dict[str, list[tuple[int, int]]]:
        """``(first, end)`` token spans of every match of ``rules`` by label, in no order."""
        found = analysis.memo.get(self)
        if found is None:
            found = analysis.memo[self] = self._match(analysis)
        spans: dict[str, list[tuple[int, int]]] = found[self.owners[rules]]
        return spans

    def _match(self, analysis: Analysis) -> list[dict[str, list[tuple[int, int]]]]:
        columns = _columns(analysis)
        present = columns.present
        # The required words that occur in the note, as a bit mask (see _mask).
        met = 0
        for kind, masks in self.need_masks.items():
            met = functools.reduce(
                operator.or_, map(masks.__getitem__, masks.keys() & present[kind]), met
            )
        found: list[dict[str, list[tuple[int, int]]]] = [{} for _ in self.owners]
        limit = columns.limit
        for kind, by_value in self.anchored.items():
            wanted = by_value.keys() & present[kind]
            if not wanted:
                continue
            # Where each anchor word of the note occurs (tokens inside sentences only).
            col = columns.by_kind[kind]
            positions: dict[int, list[int]] = {}
            for i in [i for i, v in enumerate(col) if v in wanted and limit[i]]:
                value = col[i]
                if value in positions:
                    positions[value].append(i)
                else:
                    positions[value] = [i]
            for value, at in positions.items():
                for owner, label, needs, run in by_value[value]:
                    if needs & met != needs:  # a word it requires is nowhere in the note
                        continue
                    spans = run(at, limit, columns)
                    if spans:
                        found[owner].setdefault(label, []).extend(spans)
        for owner, label, steps, kind, values, needs, probes in self.loose:
            if needs & met != needs:
                continue
            starts = _starts(columns, kind, values)
            if probes:
                starts = _probed(starts, probes, columns)
            for start in starts:
                end = _longest(steps, start, columns)
                if end > start:
                    found[owner].setdefault(label, []).append((start, end))
        return found


def _anchor_steps(steps: tuple[Step, ...]) -> list[tuple[int, int, int]]:
    """(step, least and greatest distance from the pattern's start) of the word steps a
    pattern can be found by: those a bounded distance from its start."""
    out: list[tuple[int, int, int]] = []
    low = high = 0
    for a, (kind, _, step_low, step_high) in enumerate(steps):
        if high > 8:
            break
        if kind in _FIXED and step_low:
            out.append((a, low, high))
        low += step_low
        high += step_high
    return out


def _window_probes(steps: tuple[Step, ...], skip: int | None) -> Iterable[Probe]:
    """Required words other than step ``skip``, each with the distances it may sit at."""
    low = high = 0
    for a, (kind, values, step_low, step_high) in enumerate(steps):
        if high > 8:
            break
        if a != skip and kind in _FIXED and step_low:
            yield (kind, values, low, high)
        low += step_low
        high += step_high


def evidence(ctx: Context, hits: Iterable[Hit]) -> tuple[Any, ...]:
    """Evidence spans for ``hits``, one per distinct span."""
    seen: set[tuple[int, int]] = set()
    out = []
    for h in hits:
        if (h.start, h.end) not in seen:
            seen.add((h.start, h.end))
            out.append(ctx.evidence(h.start, h.end, h.label))
    return tuple(out)


# --- judging a hit in its sentence -------------------------------------------------------

_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "…", '"', "“", "”"})
_CLAUSE_WORDS = frozenset(
    {"but", "although", "though", "however", "yet", "whereas", "while", "because", "so"}
)
_PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it", "this", "that"})
# The only words that can break a clause (see _is_clause_break), and "no break after".
_BREAKS = _CLAUSE_PUNCT | _CLAUSE_WORDS | {"-", "and", "or"}
_FAR = 1 << 62
_NEGATORS = frozenset(
    {"not", "n't", "n’t", "never", "no", "nor", "neither", "hardly", "barely", "nothing"}
)
# "not only", "no doubt", "can't wait", "couldn't be more": a negator that does not negate.
_NOT_NEGATING_NEXT = frozenset(
    {"only", "just", "doubt", "hesitate", "wait", "enough", "less", "more", "better", "happier"}
    | {"express", "thank", "say", "forget", "stop"}
)
_HEDGES = frozenset({"might", "may", "maybe", "perhaps", "possibly", "somewhat", "guess"})
_CONDITIONS = frozenset({"if", "unless", "provided", "assuming", "whether"})
SELF = frozenset({"i", "me", "my", "we", "us", "our", "myself"})
# Possessives ("your team") say nothing about whose feeling it is; subjects do.
OTHER = frozenset({"you", "he", "him", "she", "her", "they", "them"})
_REPORTING = frozenset(
    {"say", "mention", "tell", "note", "joke", "write", "ask", "explain", "quip", "remark"}
)
_QUOTES = frozenset({'"', "“", "”", "‘"})


class Words:
    """The note's tokens as plain strings, for judging hits without spaCy objects."""

    __slots__ = ("_breaks", "_negators", "lemma", "lower", "space", "text", "title")

    def __init__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        strings = doc.vocab.strings
        columns = analysis.columns
        self.lower: list[str] = _texts(columns["LOWER"], strings)
        self.lemma: list[str] = _texts(columns["LEMMA"], strings)
        self.text: list[str] = _texts(columns["ORTH"], strings)
        self.title: list[int] = columns["IS_TITLE"]
        # Whether whitespace follows each token.
        # (The text is padded so that the last token's end is a valid index.)
        after = (analysis.text + "x").__getitem__
        ends = map(operator.add, columns["IDX"], columns["LENGTH"])
        self.space: list[bool] = list(map(str.isspace, map(after, ends)))
        self._breaks: tuple[list[int], list[int]] | None = None
        self._negators: list[bool] | None = None

    def breaks(self) -> tuple[list[int], list[int]]:
        """For each token (and one past the last): the nearest clause break before it
        (-1: none) and after it (``_FAR``: none), made on first use."""
        if self._breaks is None:
            lower = self.lower
            n = len(lower)
            at = [k for k, t in enumerate(lower) if t in _BREAKS and _is_clause_break(self, k)]
            before = [-1] * (n + 1)
            after = [_FAR] * (n + 1)
            start = 0
            for j, k in enumerate(at):
                upto = at[j + 1] if j + 1 < len(at) else n
                before[k + 1 : upto + 1] = [k] * (upto - k)
                after[start:k] = [k] * (k - start)
                start = k
            self._breaks = (before, after)
        return self._breaks

    def negators(self) -> list[bool]:
        """Whether each token negates (see :func:`is_negator`), made on first use."""
        if self._negators is None:
            flags = [False] * len(self.lower)
            for k, (word, lemma) in enumerate(zip(self.lower, self.lemma, strict=True)):
                if (word in _NEGATORS or lemma == "not") and _negates(self, k):
                    flags[k] = True
            self._negators = flags
        return self._negators


# Strings by hash, shared by all notes: a dict lookup costs less than the StringStore's.
# A hash always names the same string, so the table never goes stale; it is only emptied
# when it grows large.
_strings_seen: dict[int, str] = {}


def _texts(hashes: list[int], strings: Any) -> list[str]:
    """The strings of ``hashes`` (as ``[strings[h] for h in hashes]``)."""
    seen = _strings_seen
    try:
        return list(map(seen.__getitem__, hashes))
    except KeyError:
        if len(seen) > 50_000:  # a few MiB at most
            seen.clear()
        for h in set(hashes).difference(seen):
            seen[h] = strings[h]
        return list(map(seen.__getitem__, hashes))


def words(analysis: Analysis | Context) -> Words:
    """The :class:`Words` of a note, made once per note."""
    a = analysis.analysis if isinstance(analysis, Context) else analysis
    found: Words | None = a.memo.get(Words)
    if found is None:
        found = a.memo[Words] = Words(a)
    return found


# No clause is longer than this; a run-on "sentence" of a thousand words must not make every
# look-back walk to its start (quadratic time on hostile input).
CLAUSE_LIMIT = 40


def clause_start(analysis: Analysis | Context, i: int, sentence: Sentence) -> int:
    """The first token of the clause holding token ``i``."""
    return _clause_start(words(analysis), i, sentence)


def _clause_start(w: Words, i: int, sentence: Sentence) -> int:
    first = max(sentence.first, i - CLAUSE_LIMIT)
    if 0 <= i <= len(w.lower):
        k = w.breaks()[0][i]
        return k + 1 if k >= first else first
    k = i - 1
    while k >= first:
        if _is_clause_break(w, k):
            return k + 1
        k -= 1
    return first


def clause_end(analysis: Analysis | Context, i: int, sentence: Sentence) -> int:
    """One past the last token of the clause holding token ``i``."""
    w = words(analysis)
    last = min(sentence.last, i + CLAUSE_LIMIT)
    if 0 <= i < len(w.lower):
        k = w.breaks()[1][i]
        return k if k < last else last
    k = i + 1
    while k < last:
        if _is_clause_break(w, k):
            return k
        k += 1
    return last


def _is_clause_break(w: Words, k: int) -> bool:
    text = w.lower[k]
    if text in _CLAUSE_PUNCT or text in _CLAUSE_WORDS:
        return True
    if text == "-" and w.space[k] and k > 0 and w.space[k - 1]:
        return True  # a spaced hyphen used as a dash
    # "... and I am": a coordinated new subject starts a clause.
    return text in ("and", "or") and k + 1 < len(w.lower) and w.lower[k + 1] in _PRONOUN_SUBJECTS


def is_negator(analysis: Analysis | Context, k: int) -> bool:
    return _negates(words(analysis), k)


def _negates(w: Words, k: int) -> bool:
    if w.lower[k] not in _NEGATORS and w.lemma[k] != "not":
        return False
    rest = w.lower[k + 1 : k + 4]
    if rest and rest[0] in _NOT_NEGATING_NEXT:
        return False
    # "couldn't be more excited", "could not be happier", "never been more"
    return not (len(rest) >= 2 and rest[0] in ("be", "been") and rest[1] in _NOT_NEGATING_NEXT)


def negated(analysis: Analysis | Context, hit: Hit, window: int = 6) -> bool:
    """A negator before the hit in its clause, at most ``window`` tokens back.

    Two negators cancel: "it's not that I'm not interested".
    """
    w = words(analysis)
    clause = _clause_start(w, hit.first, hit.sentence)
    start = max(clause, hit.first - window)
    if clause < 0 or hit.first > len(w.lower):  # never for a real hit
        near = [k for k in range(start, hit.first) if is_negator(analysis, k)]
        if not near:
            return False
        earlier = [k for k in range(max(clause, near[0] - 6), near[0]) if is_negator(analysis, k)]
        return (len(near) + len(earlier)) % 2 == 1
    flags = w.negators()
    near = [k for k in range(start, hit.first) if flags[k]]
    if not near:
        return False
    earlier = [k for k in range(max(clause, near[0] - 6), near[0]) if flags[k]]
    return (len(near) + len(earlier)) % 2 == 1


def negated_inside(analysis: Analysis | Context, hit: Hit) -> bool:
    """A negator inside the matched words themselves."""
    return any(is_negator(analysis, k) for k in range(hit.first, hit.last))


def hedged(analysis: Analysis | Context, hit: Hit, window: int = 6) -> bool:
    """A hedge ("might", "maybe", "I guess") shortly before the hit in its clause."""
    w = words(analysis)
    start = max(_clause_start(w, hit.first, hit.sentence), hit.first - window)
    return any(w.lower[k] in _HEDGES for k in range(start, hit.first))


def conditional(analysis: Analysis | Context, hit: Hit) -> bool:
    """The hit is the consequence of a condition: "If ..., I'd be interested" / "... if ..."."""
    lower = words(analysis).lower
    s = hit.sentence
    if lower[s.first] in _CONDITIONS or (
        lower[s.first] == "as" and s.last - s.first > 2 and lower[s.first + 1] == "long"
    ):
        return hit.first - s.first < 16
    end = clause_end(analysis, hit.last - 1, s)
    return any(lower[k] in ("if", "unless", "provided") for k in range(hit.last, end))


def speaker(analysis: Analysis | Context, hit: Hit) -> str | None:
    """Whose state the hit describes: ``"self"``, ``"other"`` or ``None`` (unsaid).

    The nearest personal pronoun before the hit in its clause decides: "our talk made
    me excited" is the writer's; "you said you were excited" is not.
    """
    w = words(analysis)
    lower = w.lower
    for k in range(hit.first - 1, _clause_start(w, hit.first, hit.sentence) - 1, -1):
        word = lower[k]
        if word in SELF:
            return "self"
        if word in OTHER:
            return "other"
    return None


def reported(analysis: Analysis | Context, hit: Hit) -> bool:
    """The hit is someone else's words: "you said thanks...", "she told me 'thanks'"."""
    w = words(analysis)
    s = hit.sentence
    for k in range(_clause_start(w, hit.first, s), hit.first):
        if w.lemma[k] in _REPORTING:
            # Who reports: the nearest pronoun or name before the reporting verb.
            for j in range(k - 1, max(s.first, k - 4) - 1, -1):
                word = w.lower[j]
                if word in SELF:
                    break
                if word in OTHER or (w.title[j] and j > s.first):
                    # Words after a first-person subject following the verb are the writer's.
                    if any(w.lower[m] in ("i", "we") for m in range(k + 1, hit.first)):
                        break
                    return True
    window = range(max(s.first, hit.first - CLAUSE_LIMIT), min(s.last, hit.last + CLAUSE_LIMIT))
    return quoted(analysis, hit) and any(w.lemma[k] in _REPORTING for k in window)


def quoted(analysis: Analysis | Context, hit: Hit) -> bool:
    """The hit sits inside quotation marks."""
    text = words(analysis).text
    start = max(hit.sentence.first, hit.first - 2 * CLAUSE_LIMIT)
    opens = sum(1 for k in range(start, hit.first) if text[k] in _QUOTES)
    return opens % 2 == 1
