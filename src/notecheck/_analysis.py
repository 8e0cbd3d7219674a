"""The one linguistic pass per note, shared by every check.

spaCy is imported on first use, never at ``import notecheck``. The pipeline is a blank
English tokenizer with a sentencizer and lookup lemmas: fast, offline, deterministic.
Part boundaries (greeting, paragraphs, closing) always start a new sentence, since the
sentencizer alone glues "Dear Ms. Nguyen,\\n\\nThank you..." into one sentence.

Lemmas are looked up on the lowercase form ("Thanks" -> "thank") and are always
lowercase, so patterns can match ``LEMMA`` without caring about capitals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._note import Note, Part

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

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
    "left": "left",
    "well": "well",
    "worse": "worse",
    "worst": "worst",
    "further": "further",
    "lot": "lot",
}


def nlp() -> Language:
    """The shared spaCy pipeline, built once per process (thread-safe)."""
    global _nlp, _nlp_error
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            import spacy

            pipeline = spacy.blank("en")
            pipeline.add_pipe("sentencizer")
            lemmatize, _nlp_error = _lowercase_lemmatizer(pipeline)
            pipeline.tokenizer = _Tokenize(pipeline.tokenizer, lemmatize)
            _nlp = pipeline
    return _nlp


class _Tokenize:
    """The tokenizer followed by lemma lookup: one call, no extra pipeline component."""

    def __init__(self, tokenizer: Any, lemmatize: Callable[[Doc], None]) -> None:
        self._tokenizer = tokenizer
        self._lemmatize = lemmatize

    def __call__(self, text: str) -> Doc:
        doc: Doc = self._tokenizer(text)
        self._lemmatize(doc)
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tokenizer, name)


def _lowercase_lemmatizer(pipeline: Language) -> tuple[Callable[[Doc], None], str | None]:
    """A lemma setter over spacy-lookups-data's table, cached by lowercase form."""
    strings = pipeline.vocab.strings
    error: str | None = None
    try:
        from spacy.lookups import load_lookups

        table: Any = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, OSError, ImportError, KeyError) as exc:  # spacy-lookups-data missing
        table = {}
        error = f"lookup lemmas unavailable ({type(exc).__name__})"
    cache: dict[int, int] = {}
    cache_lock = threading.Lock()

    def lemma_of(lower: str) -> int:
        lemma = _LEMMA_OVERRIDES.get(lower)
        if lemma is None:
            found = table.get(lower) if table else None
            lemma = found.lower() if isinstance(found, str) else lower
        return int(strings.add(lemma))

    def lemmatize(doc: Doc) -> None:
        for token in doc:
            key = token.lower
            lemma = cache.get(key)
            if lemma is None:
                with cache_lock:
                    lemma = lemma_of(token.lower_)
                    cache[key] = lemma
            token.lemma = lemma

    return lemmatize, error


def pipeline_description() -> str:
    from spacy import about

    nlp()
    extra = f"; {_nlp_error}" if _nlp_error else ""
    return f"spacy {about.__version__} (blank en, sentencizer, lookup lemmas{extra})"


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
        self.doc: Doc = _make_doc(note)
        # Per-note memo for shared derived data (matcher results, ...), keyed by its owner.
        self.memo: dict[object, Any] = {}

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        out: list[Sentence] = []
        for span in self.doc.sents:
            text = span.text.strip()
            if not text:
                continue
            start = span.start_char + (len(span.text) - len(span.text.lstrip()))
            out.append(
                Sentence(
                    start,
                    start + len(text),
                    text,
                    self._part_at(start),
                    len(out),
                    span.start,
                    span.end,
                )
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
            for i in range(sentence.first, sentence.last):
                out[i] = sentence.index
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
    def words(self) -> int:
        return sum(1 for t in self.doc if t.is_alpha or t.like_num)

    @cached_property
    def body_words(self) -> int:
        """Words in body sentences."""
        doc = self.doc
        return sum(
            1
            for s in self.body_sentences
            for t in doc[s.first : s.last]
            if t.is_alpha or t.like_num
        )

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

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

    def lemmas(self, start: int, end: int) -> Iterator[str]:
        for token in self.doc:
            if token.idx >= end:
                break
            if token.idx >= start:
                yield token.lemma_ or token.lower_


def _make_doc(note: Note) -> Doc:
    pipeline = nlp()
    doc = pipeline(_unwrap(note))
    starts = _boundaries(note.parts)
    for token in doc:
        if token.idx in starts and token.i > 0:
            token.is_sent_start = True
    return doc


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
