"""Shared matching machinery: token patterns kept as data, compiled once per process.

Checks describe what they look for as short pattern strings, one token test per word::

    word|word      the lowercase form is one of these
    @lemma|lemma   the lemma is one of these (``@thank`` covers thank, thanks, thanked)
    $LEXICON       the lemma is in the named lexicon given with the rules
    #ATTR          a true boolean token attribute: #LIKE_NUM, #IS_TITLE, #IS_UPPER...
    _              any token;  ~  any token that is not punctuation
    'x             the literal token x, for punctuation such as '? or '!

A suffix ``?``, ``*``, ``+`` or ``{m,n}`` repeats the test, as in spaCy's ``Matcher``.
:class:`Rules` turns a mapping of ``label -> patterns`` into one ``Matcher``, built once per
process on first use (thread-safe), and runs it once per note (memoised on the analysis).

The helpers below judge a hit in its sentence without a parser: negation scope,
hedges, conditionals, whose words they are (subject, reported speech, quotes).
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._analysis import Analysis, Sentence, nlp
from .._check import Context

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token

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
    options: list[list[dict[str, Any]]] = []
    for item in spec.split():
        if item.startswith("'") and len(item) > 1 and not item[1].isalnum():
            test, op = item[1:], None
            if len(test) > 1 and test[-1] in "?*+" and test[:-1]:
                test, op = test[:-1], test[-1]
            alternatives = test.split("|")
            tests: list[dict[str, Any]] = [
                {"ORTH": test} if len(alternatives) == 1 else {"ORTH": {"IN": alternatives}}
            ]
        else:
            m = _REPEAT.match(item)
            if m is None:  # pragma: no cover - the regex matches any non-empty item
                raise ValueError(f"bad pattern item {item!r} in {spec!r}")
            test, op = m.group("test"), m.group("op")
            tests = _token_tests(test, lexicons, spec)
        if op:
            tests = [{**t, "OP": op} for t in tests]
        if options:
            # Extra spaces and line breaks are tokens of their own: let them sit anywhere.
            options.append([_GAP])
        options.append(tests)
    return [list(p) for p in itertools.product(*options)]


_GAP: dict[str, Any] = {"IS_SPACE": True, "OP": "*"}


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


class Rules:
    """Labelled token patterns, compiled into one spaCy ``Matcher`` on first use."""

    def __init__(
        self,
        patterns: Mapping[str, Sequence[str]],
        lexicons: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.patterns = {label: tuple(specs) for label, specs in patterns.items()}
        self.lexicons = {name: frozenset(words) for name, words in (lexicons or {}).items()}
        self._matcher: Matcher | None = None
        self._lock = threading.Lock()
        # Fail at import, not on the first note, when a pattern string is malformed.
        for specs in self.patterns.values():
            for spec in specs:
                compile_pattern(spec, self.lexicons)

    def matcher(self) -> Matcher:
        if self._matcher is None:
            with self._lock:
                if self._matcher is None:
                    from spacy.matcher import Matcher

                    matcher = Matcher(nlp().vocab, validate=False)
                    for label, specs in self.patterns.items():
                        matcher.add(
                            label,
                            [p for s in specs for p in compile_pattern(s, self.lexicons)],
                            greedy="LONGEST",
                        )
                    self._matcher = matcher
        return self._matcher

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

    def _all_hits(self, analysis: Analysis) -> list[Hit]:
        doc = analysis.doc
        owner = analysis.token_sentence
        sentences = analysis.sentences
        strings = doc.vocab.strings
        hits: list[Hit] = []
        for match_id, first, last in self.matcher()(doc):
            index = owner[first]
            if index < 0 or owner[last - 1] != index:
                continue
            start = doc[first].idx
            end = doc[last - 1].idx + len(doc[last - 1])
            hits.append(Hit(sentences[index], start, end, strings[match_id], first, last))
        hits.sort(key=lambda h: (h.start, -h.end, h.label))
        return hits


def evidence(ctx: Context, hits: Iterable[Hit]) -> tuple[Any, ...]:
    """Evidence spans for ``hits``, one per distinct span."""
    seen: set[tuple[int, int]] = set()
    out = []
    for h in hits:
        if (h.start, h.end) not in seen:
            seen.add((h.start, h.end))
            out.append(ctx.evidence(h.start, h.end, h.label))
    return tuple(out)


def one_per_sentence(hits: Iterable[Hit]) -> list[Hit]:
    """The first hit of each sentence."""
    seen: set[int] = set()
    out = []
    for h in hits:
        if h.sentence.index not in seen:
            seen.add(h.sentence.index)
            out.append(h)
    return out


# --- judging a hit in its sentence -------------------------------------------------------

_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "…", '"', "“", "”"})
_CLAUSE_WORDS = frozenset(
    {"but", "although", "though", "however", "yet", "whereas", "while", "because", "so"}
)
_PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it", "this", "that"})
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


def clause_start(doc: Doc, i: int, sentence: Sentence) -> int:
    """The first token of the clause holding token ``i``."""
    k = i - 1
    while k >= sentence.first:
        if _is_clause_break(doc, k):
            return k + 1
        k -= 1
    return sentence.first


def clause_end(doc: Doc, i: int, sentence: Sentence) -> int:
    """One past the last token of the clause holding token ``i``."""
    k = i + 1
    while k < sentence.last:
        if _is_clause_break(doc, k):
            return k
        k += 1
    return sentence.last


def _is_clause_break(doc: Doc, k: int) -> bool:
    token = doc[k]
    text = token.lower_
    if text in _CLAUSE_PUNCT or text in _CLAUSE_WORDS:
        return True
    if text == "-" and token.whitespace_ and k > 0 and doc[k - 1].whitespace_:
        return True  # a spaced hyphen used as a dash
    # "... and I am": a coordinated new subject starts a clause.
    return text in ("and", "or") and k + 1 < len(doc) and doc[k + 1].lower_ in _PRONOUN_SUBJECTS


def is_negator(doc: Doc, k: int) -> bool:
    token = doc[k]
    if token.lower_ not in _NEGATORS and token.lemma_ != "not":
        return False
    rest = [t.lower_ for t in doc[k + 1 : k + 4]]
    if rest and rest[0] in _NOT_NEGATING_NEXT:
        return False
    # "couldn't be more excited", "could not be happier", "never been more"
    return not (len(rest) >= 2 and rest[0] in ("be", "been") and rest[1] in _NOT_NEGATING_NEXT)


def negated(analysis: Analysis | Context, hit: Hit, window: int = 6) -> bool:
    """A negator before the hit in its clause, at most ``window`` tokens back.

    Two negators cancel: "it's not that I'm not interested".
    """
    doc = _doc(analysis)
    clause = clause_start(doc, hit.first, hit.sentence)
    start = max(clause, hit.first - window)
    near = [k for k in range(start, hit.first) if is_negator(doc, k)]
    if not near:
        return False
    earlier = [k for k in range(max(clause, near[0] - 6), near[0]) if is_negator(doc, k)]
    return (len(near) + len(earlier)) % 2 == 1


def negated_inside(analysis: Analysis | Context, hit: Hit) -> bool:
    """A negator inside the matched words themselves."""
    doc = _doc(analysis)
    return any(is_negator(doc, k) for k in range(hit.first, hit.last))


def hedged(analysis: Analysis | Context, hit: Hit, window: int = 6) -> bool:
    """A hedge ("might", "maybe", "I guess") shortly before the hit in its clause."""
    doc = _doc(analysis)
    start = max(clause_start(doc, hit.first, hit.sentence), hit.first - window)
    return any(doc[k].lower_ in _HEDGES for k in range(start, hit.first))


def conditional(analysis: Analysis | Context, hit: Hit) -> bool:
    """The hit is the consequence of a condition: "If ..., I'd be interested" / "... if ..."."""
    doc = _doc(analysis)
    s = hit.sentence
    if doc[s.first].lower_ in _CONDITIONS or (
        doc[s.first].lower_ == "as" and s.last - s.first > 2 and doc[s.first + 1].lower_ == "long"
    ):
        return hit.first - s.first < 16
    end = clause_end(doc, hit.last - 1, s)
    return any(doc[k].lower_ in ("if", "unless", "provided") for k in range(hit.last, end))


def speaker(analysis: Analysis | Context, hit: Hit) -> str | None:
    """Whose state the hit describes: ``"self"``, ``"other"`` or ``None`` (unsaid).

    The nearest personal pronoun before the hit in its clause decides: "our talk made
    me excited" is the writer's; "you said you were excited" is not.
    """
    doc = _doc(analysis)
    for k in range(hit.first - 1, clause_start(doc, hit.first, hit.sentence) - 1, -1):
        word = doc[k].lower_
        if word in SELF:
            return "self"
        if word in OTHER:
            return "other"
    return None


def reported(analysis: Analysis | Context, hit: Hit) -> bool:
    """The hit is someone else's words: "you said thanks...", "she told me 'thanks'"."""
    doc = _doc(analysis)
    s = hit.sentence
    for k in range(s.first, hit.first):
        if doc[k].lemma_ in _REPORTING:
            # Who reports: the nearest pronoun or name before the reporting verb.
            for j in range(k - 1, max(s.first, k - 4) - 1, -1):
                word = doc[j].lower_
                if word in SELF:
                    break
                if word in OTHER or (doc[j].is_title and j > s.first):
                    # Words after a first-person subject following the verb are the writer's.
                    if any(doc[m].lower_ in ("i", "we") for m in range(k + 1, hit.first)):
                        break
                    return True
    return quoted(analysis, hit) and any(
        doc[k].lemma_ in _REPORTING for k in range(s.first, s.last)
    )


def quoted(analysis: Analysis | Context, hit: Hit) -> bool:
    """The hit sits inside quotation marks."""
    doc = _doc(analysis)
    opens = sum(1 for k in range(hit.sentence.first, hit.first) if doc[k].text in _QUOTES)
    return opens % 2 == 1


def tokens(analysis: Analysis | Context, first: int, last: int) -> list[Token]:
    doc = _doc(analysis)
    return [doc[k] for k in range(first, last)]


def _doc(analysis: Analysis | Context) -> Doc:
    return analysis.analysis.doc if isinstance(analysis, Context) else analysis.doc
