"""Template placeholders in their common forms: ``{{ name }}``, ``{name}``, ``[Interviewer
Name]``, ``<Company>``, ``${NAME}``, ``XXX`` and ``____``."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each alternative is bounded ({0,80}) so a pathological input stays linear.
_PLACEHOLDER = re.compile(
    r"(?P<jinja>\{\{-?\s{0,10}[^{}\n]{1,80}?\s{0,10}-?\}\})"
    r"|(?P<dollar>\$\{[A-Za-z_][A-Za-z0-9_.]{0,60}\})"
    r"|(?P<brace>(?<![{$])\{[A-Za-z_][A-Za-z0-9_ .-]{0,60}\}(?!\}))"
    r"|(?P<bracket>\[(?:[A-Za-z][A-Za-z0-9'/&.-]*)"
    r"(?:[ \n][A-Za-z0-9'/&.-]+){0,7}\](?!\())"
    r"|(?P<angle><[A-Z][A-Za-z0-9'/&.-]*(?:[ _][A-Za-z0-9'/&.-]+){0,7}>)"
    r"|(?P<xxx>(?<![A-Za-z0-9])X{3,}(?![A-Za-z0-9]))"
    r"|(?P<blank>_{3,})"
)
_DOUBLE_BRACE = re.compile(r"\{\{|\}\}")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A slot in a template, ``text[start:end]``; ``name`` is its normalised label."""

    start: int
    end: int
    raw: str
    name: str
    style: str


# Every form above starts with one of these; most notes hold none, and five substring
# tests cost far less than scanning for the forms.
_MARKS = ("{", "[", "<", "XXX", "___")


def find_placeholders(text: str) -> tuple[Placeholder, ...]:
    if not any(mark in text for mark in _MARKS):
        return ()
    found: list[Placeholder] = []
    for m in _PLACEHOLDER.finditer(text):
        style = m.lastgroup or "unknown"
        raw = m.group(0)
        if style == "bracket" and not _looks_like_slot(raw[1:-1]):
            continue
        if style == "angle" and ("@" in raw or "://" in raw):
            continue
        found.append(Placeholder(m.start(), m.end(), raw, _name_of(raw), style))
    return tuple(found)


def find_unbalanced(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``{{`` or ``}}`` without a partner on the same line."""
    if "{{" not in text and "}}" not in text:
        return ()
    lonely: list[tuple[int, int]] = []
    open_at: int | None = None
    line_end = -1
    for m in _DOUBLE_BRACE.finditer(text):
        if m.start() > line_end:  # a new line: an opener left on the previous one is lonely
            if open_at is not None:
                lonely.append((open_at, open_at + 2))
                open_at = None
            newline = text.find("\n", m.start())
            line_end = len(text) if newline == -1 else newline
        if m.group(0) == "{{":
            if open_at is not None:
                lonely.append((open_at, open_at + 2))
            open_at = m.start()
        elif open_at is None:
            lonely.append((m.start(), m.end()))
        else:
            open_at = None
    if open_at is not None:
        lonely.append((open_at, open_at + 2))
    return tuple(lonely)


def _looks_like_slot(inner: str) -> bool:
    # "[Company Name]" and "[your name]" are slots; "[1]" or "[sic]" are not.
    words = inner.split()
    if not words:
        return False
    if inner.lower().startswith(("your ", "their ", "his ", "her ", "the ")):
        return True
    if inner[:1].islower():
        # "[specific topic from interview]", "[insert company]": an instruction left in.
        lowered = [w.lower().strip(".,") for w in words]
        return len(words) >= 2 and (
            lowered[0] in _INSTRUCTIONS or any(w in _SLOT_NOUNS for w in lowered)
        )
    return all(w[:1].isupper() or w.lower() in {"of", "and", "or", "s", "the"} for w in words)


_INSTRUCTIONS = frozenset(
    {"insert", "add", "mention", "include", "name", "enter", "describe", "specific", "list"}
    | {"reference", "fill", "type", "put", "state", "cite", "recall", "highlight", "note"}
)
_SLOT_NOUNS = frozenset(
    {"name", "company", "position", "role", "title", "date", "topic", "interviewer"}
    | {"recipient", "manager", "skill", "skills", "detail", "details", "here", "placeholder"}
)


def _name_of(raw: str) -> str:
    inner = raw.strip("{}$[]<>- \t")
    if not inner or set(inner) <= {"X", "_"}:
        return "blank"
    return re.sub(r"[^a-z0-9]+", "_", inner.lower()).strip("_") or "blank"
