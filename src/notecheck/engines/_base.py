"""The interface every spelling/grammar engine implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class TextIssue:
    """One problem an engine found, with offsets into the text it was given.

    ``code`` is a notecheck finding code such as ``typos.spelling``,
    ``typos.grammar``, ``typos.punctuation``, ``typos.style``,
    ``typos.repeated-word``, ``typos.casing``.
    """

    start: int
    end: int
    code: str
    message: str
    suggestions: tuple[str, ...] = ()
    rule: str = ""
    severity: str = "warning"


class EngineError(RuntimeError):
    """An engine could not check the text (not running, timed out, crashed)."""


class TypoEngine(Protocol):
    """A spelling/grammar engine. ``check`` must be thread-safe."""

    name: str

    @property
    def version(self) -> str: ...

    def check(self, text: str) -> list[TextIssue]:
        """Return issues in ``text``; raise :class:`EngineError` when it cannot."""
        ...
