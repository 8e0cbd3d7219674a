"""The one linguistic pass per note, shared by every check.

spaCy is imported on first use, never at ``import notecheck``. The pipeline is a blank
English tokenizer whose output gets lookup lemmas and sentence starts (spaCy's
``sentencizer`` rule) in one pass: fast, offline, deterministic. Part boundaries (greeting,
paragraphs, closing) always start a new sentence, since punctuation alone glues
"Dear Ms. Nguyen,\\n\\nThank you..." into one sentence.

Lemmas are looked up on the lowercase form ("Thanks" -> "thank") and are always
lowercase, so patterns can match ``LEMMA`` without caring about capitals.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from ._note import Note, Part

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Words after which 's stands for "is" or "has": it gets the lemma "be".
_S_IS_AFTER = (
    "it",
    "that",
    "there",
    "here",
    "he",
    "she",
    "what",
    "who",
    "where",
    "how",
    "this",
    "everything",
    "nothing",
    "something",
    "someone",
    "everyone",
)

_lock = threading.Lock()
_nlp: Language | None = None
_nlp_error: str | None = None

# The lookup table gets a few words wrong for our purposes ("as" -> "a", "pleased" ->
# "please", "best" -> "well"); these win over it.
_LEMMA_OVERRIDES = {
    "as": "as",
    "does": "do",
    "best": "best",
    "better": "better",
    "most": "most",
    "more": "more",
    "less": "less",
    "least": "least",
    "pleased": "pleased",
    "timing": "timing",
    "data": "data",
    "news": "news",
    "'s": "'s",
    "’s": "'s",
    "ca": "can",
    "wo": "will",
    "sha": "shall",
    "'m": "be",
    "’m": "be",
    "'re": "be",
    "’re": "be",
    "'ve": "have",
    "’ve": "have",
    "'ll": "will",
    "’ll": "will",
    "'d": "would",
    "’d": "would",
    "n't": "not",
    "n’t": "not",
    "interesting": "interesting",
    "exciting": "exciting",
    "following": "following",
    "thanks": "thank",
    "well": "well",
    "worse": "worse",
    "worst": "worst",
    "further": "further",
    "lot": "lot",
}


#: The pipeline's string table may grow by this many strings (every new word, name and
#: misspelling adds some) before the pipeline is rebuilt with a fresh table, so that a
#: long-running process does not grow without bound. Token attributes are hashes that do
#: not depend on the table, so patterns compiled earlier keep matching.
STRINGS_LIMIT = 100_000
_strings_ceiling = 0


def nlp() -> Language:
    """The shared spaCy pipeline, built once per process (thread-safe)."""
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            _build()
    assert _nlp is not None
    return _nlp


def _build() -> None:
    """Make the pipeline (under ``_lock``): a blank tokenizer, then lemmas and sentences."""
    global _nlp, _nlp_error, _strings_ceiling
    from spacy.lang.en import English
    from spacy.language import create_tokenizer
    from spacy.vocab import create_vocab

    # What spacy.blank("en") builds (the same vocab and tokenizer factories), without
    # resolving the default config through the registry: ~0.1 s less at start-up.
    pipeline = English(
        vocab=create_vocab("en", English.Defaults), create_tokenizer=create_tokenizer()
    )
    annotate, _nlp_error = _annotator(pipeline)
    pipeline.tokenizer = _Tokenize(pipeline.tokenizer, annotate)
    _strings_ceiling = len(pipeline.vocab.strings) + STRINGS_LIMIT
    _nlp = pipeline


def _renew_if_grown(pipeline: Language) -> None:
    """Rebuild the pipeline once its string table has passed the ceiling."""
    if len(pipeline.vocab.strings) <= _strings_ceiling:
        return
    with _lock:
        if _nlp is pipeline:
            _build()


_LONG_RUN = re.compile(r"\S{64,}")


def _has_long_run(text: str) -> bool:
    """Whether ``_LONG_RUN`` occurs in ``text`` (str.split and the pattern's \\S agree on
    what whitespace is; splitting is twice as fast as the search)."""
    return max(map(len, text.split()), default=0) >= 64


class _Tokenize:
    """The tokenizer followed by lemmas and sentence starts: one call per note."""

    def __init__(self, tokenizer: Any, annotate: Callable[[Doc, Collection[int]], list[int]]):
        self._tokenizer = tokenizer
        self._annotate = annotate

    def __call__(self, text: str) -> Doc:
        return self.annotated(text)[0]

    def annotated(self, text: str, starts: Collection[int] = ()) -> tuple[Doc, list[int]]:
        """The doc, with sentences also starting at the tokens that begin at ``starts``
        (character offsets), and the index of every sentence's first token."""
        doc = self._guarded(text) if _has_long_run(text) else self._tokenizer(text)
        return doc, self._annotate(doc, starts)

    def _guarded(self, text: str) -> Doc:
        """Tokenize, cutting runs of 64+ characters without a space into 32-character tokens.

        spaCy's tokenizer strips affixes from a long run one character at a time, which is
        quadratic ("{" * 6000 takes seconds); such runs are never prose, so their exact
        tokens do not matter. The text is unchanged, so offsets stay the same.
        """
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for run in _LONG_RUN.finditer(text):
            self._add(text[position : run.start()], words, spaces)
            chunk = run.group(0)
            pieces = [chunk[i : i + 32] for i in range(0, len(chunk), 32)]
            words += pieces
            spaces += [False] * len(pieces)
            position = run.end()
        self._add(text[position:], words, spaces)
        # A single space after a token is its trailing whitespace, not a token of its own.
        merged_words: list[str] = []
        merged_spaces: list[bool] = []
        for word, space in zip(words, spaces, strict=True):
            if word == " " and merged_words and not merged_spaces[-1]:
                merged_spaces[-1] = True
            else:
                merged_words.append(word)
                merged_spaces.append(space)
        return Doc(self._tokenizer.vocab, words=merged_words, spaces=merged_spaces)

    def _add(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        if piece:
            for token in self._tokenizer(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tokenizer, name)


def _annotator(
    pipeline: Language,
) -> tuple[Callable[[Doc, Collection[int]], list[int]], str | None]:
    """Set lookup lemmas (by lowercase form, cached) and sentence starts in one array write.

    Sentence starts follow spaCy's ``sentencizer`` rule (a sentence starts at the first
    non-punctuation token after ".", "!", "?" and the like); doing it here, with the
    lemmas, saves a pass over the tokens in Python.
    """
    import numpy
    from spacy.attrs import IDX, IS_PUNCT, LEMMA, LOWER, ORTH, SENT_START
    from spacy.pipeline.sentencizer import Sentencizer

    strings = pipeline.vocab.strings
    table, error = _lemma_table()
    slips = _typo_lemmas()
    enders = frozenset(strings.add(c) for c in Sentencizer.default_punct_chars)
    cache: dict[int, int] = {}
    cache_lock = threading.Lock()
    not_start = numpy.iinfo(numpy.uint64).max  # -1 as spaCy stores it
    s_lowers = (int(strings.add("'s")), int(strings.add("’s")))
    s_owners = frozenset(int(strings.add(w)) for w in _S_IS_AFTER)
    be = int(strings.add("be"))

    def lemma_of(lower: int) -> int:
        text = strings[lower]
        lemma = _LEMMA_OVERRIDES.get(text)
        if lemma is None:
            found = table.get(text) if table else None
            if found is None:
                found = slips.get(text)  # "intrested": read as the word meant
            lemma = found.lower() if isinstance(found, str) else text
        with cache_lock:
            value = cache[lower] = int(strings.add(lemma))
        return value

    def annotate(doc: Doc, starts: Collection[int] = ()) -> list[int]:
        n = len(doc)
        if not n:
            return []
        lowers, orths, puncts, offsets = doc.to_array([LOWER, ORTH, IS_PUNCT, IDX]).T.tolist()
        lemmas = list(map(cache.get, lowers))
        if None in lemmas:  # words not seen before
            lemmas = [lemma_of(w) if v is None else v for w, v in zip(lowers, lemmas, strict=True)]
        if s_lowers[0] in lowers or s_lowers[1] in lowers:
            # "it's", "that's", "there's": the 's of a pronoun is "is" (or "has"), not a
            # possessive; the lookup table cannot tell, the word before can.
            for k in range(1, n):
                if lowers[k] in s_lowers and lowers[k - 1] in s_owners:
                    lemmas[k] = be
        firsts = {0}
        # The sentencizer's rule: after a sentence-ending mark, the first token that is
        # neither punctuation nor another such mark starts a sentence.
        scanned = 0
        for k in [k for k, orth in enumerate(orths) if orth in enders]:
            if k < scanned:
                continue  # inside the run of marks and punctuation already read
            j = k + 1
            while j < n and (puncts[j] or orths[j] in enders):
                j += 1
            if j < n:
                firsts.add(j)
            scanned = j
        for offset in starts:
            i = bisect.bisect_left(offsets, offset)
            if 0 < i < n and offsets[i] == offset:
                firsts.add(i)
        ordered = sorted(firsts)
        values = numpy.empty((n, 2), dtype=numpy.uint64)
        values[:, 0] = numpy.array(lemmas, dtype=numpy.uint64)
        values[:, 1] = not_start
        values[ordered, 1] = 1
        doc.from_array([LEMMA, SENT_START], values)  # type: ignore[arg-type]
        return ordered

    return annotate, error


@lru_cache(maxsize=1)
def _typo_lemmas() -> dict[str, str]:
    """Misspellings of the words the checks key on -> the lemma of the word meant
    (``data/typo_lemmas.tsv``, made by ``benchmarks/build_typo_lemmas.py``)."""
    from importlib.resources import files

    try:
        text = files("notecheck").joinpath("data/typo_lemmas.tsv").read_text(encoding="utf-8")
    except OSError:
        return {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            slip, _, lemma = line.partition("\t")
            out[slip] = lemma
    return out


@lru_cache(maxsize=1)
def _lemma_table() -> tuple[Any, str | None]:
    """spaCy's English lemma lookup table (loaded once), and why it is missing if it is.

    The table is read straight from spacy-lookups-data into a plain ``dict`` (word ->
    lemma): the same entries spaCy's ``Table`` holds, without hashing 40,000 keys into
    it or scanning every installed package's entry points first (~0.1 s at start-up).
    spaCy's own loader is the fallback, and decides what is missing.
    """
    try:
        from spacy.util import load_language_data
        from spacy_lookups_data import en  # type: ignore[import-untyped]

        table = load_language_data(en["lemma_lookup"])
        if isinstance(table, dict):
            return table, None
    except Exception:  # anything unexpected: let spaCy's loader load it or say why not
        pass
    try:
        from spacy.lookups import load_lookups

        return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup"), None
    except (ValueError, OSError, ImportError, KeyError) as exc:  # spacy-lookups-data missing
        return {}, f"lookup lemmas unavailable ({type(exc).__name__})"


def pipeline_description() -> str:
    from spacy import about

    nlp()
    extra = f"; {_nlp_error}" if _nlp_error else ""
    return f"spacy {about.__version__} (blank en, sentence starts, lookup lemmas{extra})"


#: Token attributes :attr:`Analysis.columns` holds (spaCy attribute names).
COLUMNS = (
    "LOWER",
    "LEMMA",
    "ORTH",
    "IS_PUNCT",
    "IS_SPACE",
    "IS_ALPHA",
    "LIKE_NUM",
    "IS_TITLE",
    "IS_UPPER",
    "IS_DIGIT",
    "IS_STOP",
    "IDX",
    "LENGTH",
)


# The columns that are properties of the word itself (spaCy lexeme attributes), the same
# for every token with that text: read once per distinct word and kept, by its ORTH hash.
_LEXEME_COLUMNS = tuple(name for name in COLUMNS if name not in ("ORTH", "LEMMA", "IDX"))
_lexeme_rows: dict[int, tuple[int, ...]] = {}
_LEXEME_ROWS_LIMIT = 50_000  # distinct words kept: a few MiB at most


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the note, ``plain[start:end]``, and the part it sits in.

    ``first``/``last`` are the doc token indices it spans (``last`` exclusive).
    """

    start: int
    end: int
    text: str
    part: str
    index: int
    first: int = 0
    last: int = 0

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \"'”’)").endswith("?")


class Analysis:
    """Tokens, sentences and lemmas of one note, computed once and shared."""

    def __init__(self, note: Note) -> None:
        self.note = note
        #: ``note.plain`` with line wraps inside paragraphs read as spaces (same length).
        self.text = _unwrap(note)
        self.doc: Doc
        self.doc, self._firsts = _make_doc(self.text, note.parts)
        # Per-note memo for shared derived data (matcher results, ...), keyed by its owner.
        self.memo: dict[object, Any] = {}

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        if not len(self.doc):
            return ()
        firsts = self._firsts
        idx, length = self.columns["IDX"], self.columns["LENGTH"]
        part_at = self._part_finder()
        out: list[Sentence] = []
        for first, last in zip(firsts, [*firsts[1:], len(idx)], strict=True):
            begin = idx[first]
            raw = self.text[begin : idx[last - 1] + length[last - 1]]
            text = raw.strip()
            if not text:
                continue
            start = begin + len(raw) - len(raw.lstrip())
            out.append(
                Sentence(start, start + len(text), text, part_at(start), len(out), first, last)
            )
        return tuple(out)

    @cached_property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences in body paragraphs (or everything, when no paragraph was found)."""
        body = tuple(s for s in self.sentences if s.part == "paragraph")
        return body or tuple(s for s in self.sentences if s.part not in ("subject",))

    @cached_property
    def token_sentence(self) -> tuple[int, ...]:
        """For each token, the index of its sentence in :attr:`sentences` (-1: whitespace)."""
        out = [-1] * len(self.doc)
        for sentence in self.sentences:
            out[sentence.first : sentence.last] = [sentence.index] * (
                sentence.last - sentence.first
            )
        return tuple(out)

    @cached_property
    def body_text(self) -> str:
        return "\n\n".join(p.text for p in self.note.body) or self.note.plain

    @cached_property
    def readability(self) -> tuple[float | None, float | None, str]:
        """(Flesch reading ease, Flesch-Kincaid grade, engine) of the body."""
        from ._readability import readability

        return readability(self.body_text)

    @cached_property
    def columns(self) -> dict[str, list[int]]:
        """Token attributes as plain lists, one entry per token (read in one call)."""
        from spacy import attrs

        doc = self.doc
        if not len(doc):
            return {name: [] for name in COLUMNS}
        orth, lemma, idx = doc.to_array([attrs.ORTH, attrs.LEMMA, attrs.IDX]).T.tolist()
        known = _lexeme_rows
        rows = list(map(known.get, orth))
        if None in rows:
            if len(known) > _LEXEME_ROWS_LIMIT:
                known.clear()
            values = doc.to_array([getattr(attrs, name) for name in _LEXEME_COLUMNS]).tolist()
            for i, row in enumerate(rows):
                if row is None:
                    rows[i] = known[orth[i]] = tuple(values[i])
        found = dict(zip(_LEXEME_COLUMNS, map(list, zip(*rows, strict=True)), strict=True))
        found.update(ORTH=orth, LEMMA=lemma, IDX=idx)
        return {name: found[name] for name in COLUMNS}

    @cached_property
    def words(self) -> int:
        columns = self.columns
        return sum(a or n for a, n in zip(columns["IS_ALPHA"], columns["LIKE_NUM"], strict=True))

    @cached_property
    def body_words(self) -> int:
        """Words in body sentences."""
        alpha, num = self.columns["IS_ALPHA"], self.columns["LIKE_NUM"]
        return sum(alpha[i] or num[i] for s in self.body_sentences for i in range(s.first, s.last))

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _part_finder(self) -> Callable[[int], str]:
        """``_part_at`` for many offsets: the first part holding each, found by bisection."""
        parts = self.note.parts
        if any(b.start < a.end for a, b in itertools.pairwise(parts)):
            return self._part_at  # parts out of order or overlapping: scan them
        starts = [p.start for p in parts]
        closing = self._unrecognised_closing

        def part_at(offset: int) -> str:
            # Parts do not overlap, so the last one starting at or before offset is the
            # only one that can hold it.
            i = bisect.bisect_right(starts, offset) - 1
            if i >= 0:
                part = parts[i]
                if offset < part.end:
                    if part.kind == "paragraph" and part is closing:
                        return "closing"
                    return part.kind
            return "paragraph"

        return part_at

    def _part_at(self, offset: int) -> str:
        for part in self.note.parts:
            if part.start <= offset < part.end:
                if part.kind == "paragraph" and part is self._unrecognised_closing:
                    return "closing"
                return part.kind
        return "paragraph"

    @cached_property
    def _unrecognised_closing(self) -> Part | None:
        """A last body block that is really a sign-off: "Eternally thankful," or
        "Thank you again for your time,\\n[Name]" that the parser took for a paragraph."""
        parts = self.note.parts
        for i in range(len(parts) - 1, 0, -1):
            if parts[i].kind != "paragraph":
                continue
            after = [p.kind for p in parts[i + 1 :]]
            lines = [line.strip() for line in parts[i].text.split("\n") if line.strip()]
            first, rest = lines[0], lines[1:]
            looks_like_sign_off = (
                after in (["signature"], [])
                and first.endswith((",", "\u2014", "-"))
                and len(first.split()) <= 10
                and len(rest) <= 3
                and all(len(r.split()) <= 6 and not r.endswith((".", "?", "!")) for r in rest)
                and (bool(after) or bool(rest) or i > 1)
            )
            return parts[i] if looks_like_sign_off else None
        return None


def _make_doc(text: str, parts: tuple[Part, ...]) -> tuple[Doc, list[int]]:
    """The doc of ``text`` and the first token of each sentence (parts start sentences)."""
    pipeline = nlp()
    if len(text) > pipeline.max_length:
        pipeline(text)  # raises spaCy's own error
    tokenizer = pipeline.tokenizer
    assert isinstance(tokenizer, _Tokenize)
    doc, firsts = tokenizer.annotated(text, _boundaries(parts))
    _renew_if_grown(pipeline)
    return doc, firsts


def _unwrap(note: Note) -> str:
    """``note.plain`` with line wraps inside paragraphs turned into spaces.

    A hard-wrapped "keep me in\\nmind" must read like "keep me in mind"; the text keeps its
    length, so offsets into the doc are offsets into ``note.plain``.
    """
    plain = note.plain
    if "\n" not in plain:
        return plain
    chars = list(plain)
    for part in note.parts:
        if part.kind != "paragraph":
            continue
        at = plain.find("\n", part.start, part.end)
        while at != -1:
            chars[at] = " "
            at = plain.find("\n", at + 1, part.end)
    return "".join(chars)


def _boundaries(parts: tuple[Part, ...]) -> set[int]:
    """Offsets that must start a sentence: each part, and each line outside the body."""
    starts: set[int] = set()
    for part in parts:
        starts.add(part.start)
        if part.kind != "paragraph":
            offset = part.start
            for line in part.text.split("\n"):
                starts.add(offset + len(line) - len(line.lstrip()))
                offset += len(line) + 1
    return starts
