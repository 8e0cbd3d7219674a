"""The one linguistic pass per note, shared by every check.

spaCy is imported on first use, never at ``import notecheck``. The pipeline is a blank
English tokenizer with a sentencizer and lookup lemmas: fast, offline, deterministic.
Part boundaries (greeting, paragraphs, closing) always start a new sentence, since the
sentencizer alone glues "Dear Ms. Nguyen,\\n\\nThank you..." into one sentence.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ._note import Note, Part

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

_lock = threading.Lock()
_nlp: Language | None = None
_nlp_error: str | None = None


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
            try:
                pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
                pipeline.initialize()
            except (ValueError, OSError, ImportError) as exc:  # spacy-lookups-data missing
                pipeline.remove_pipe("lemmatizer")
                _nlp_error = f"lookup lemmas unavailable ({type(exc).__name__})"
            _nlp = pipeline
    return _nlp


@functools.cache
def pipeline_description() -> str:
    from importlib.metadata import version

    nlp()
    extra = f"; {_nlp_error}" if _nlp_error else ""
    return f"spacy {version('spacy')} (blank en, sentencizer, lookup lemmas{extra})"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the note, ``plain[start:end]``, and the part it sits in."""

    start: int
    end: int
    text: str
    part: str
    index: int


class Analysis:
    """Tokens, sentences and lemmas of one note, computed once and shared."""

    def __init__(self, note: Note) -> None:
        self.note = note
        self.doc: Doc = _make_doc(note)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        out: list[Sentence] = []
        for span in self.doc.sents:
            text = span.text.strip()
            if not text:
                continue
            start = span.start_char + (len(span.text) - len(span.text.lstrip()))
            out.append(Sentence(start, start + len(text), text, self._part_at(start), len(out)))
        return tuple(out)

    @cached_property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences in body paragraphs (or everything, when no paragraph was found)."""
        body = tuple(s for s in self.sentences if s.part == "paragraph")
        return body or tuple(s for s in self.sentences if s.part not in ("subject",))

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
                return part.kind
        return "paragraph"

    def lemmas(self, start: int, end: int) -> Iterator[str]:
        for token in self.doc:
            if token.idx >= end:
                break
            if token.idx >= start:
                yield token.lemma_.lower() or token.lower_


def _make_doc(note: Note) -> Doc:
    pipeline = nlp()
    doc = pipeline(note.plain)
    starts = _boundaries(note.parts)
    for token in doc:
        if token.idx in starts and token.i > 0:
            token.is_sent_start = True
    return doc


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
