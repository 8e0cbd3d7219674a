"""What a check is: metadata, options, examples as data, and a pure ``run`` function.

Built-in checks live one per module in ``notecheck.checks``; third-party checks are
:class:`Check` objects published under the ``notecheck.checks`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ._report import Evidence, Severity, Status

if TYPE_CHECKING:
    from ._analysis import Analysis
    from ._note import Note


@dataclass(frozen=True, slots=True)
class Option:
    """A setting of a check, configurable under ``[tool.notecheck.checks.<id>]``."""

    name: str
    default: Any
    description: str
    choices: tuple[Any, ...] = ()

    def validate(self, value: Any) -> str | None:
        """An error message when ``value`` does not suit this option, else ``None``."""
        if self.choices and value not in self.choices:
            return f"must be one of {', '.join(map(repr, self.choices))}"
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return None
        if self.default is not None and not isinstance(value, expected):
            name = _type_name(expected)
            article = "an" if name[0] in "aeiou" else "a"
            return f"must be {article} {name}, not {_type_name(type(value))}"
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            return "must be a list of strings"
        return None


def _type_name(t: type) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string", list: "list"}.get(
        t, t.__name__
    )


@dataclass(frozen=True, slots=True)
class Example:
    """A note that passes or fails a check, with the review arguments it needs.

    For failing examples ``codes`` lists finding codes the check must report.
    """

    text: str
    codes: tuple[str, ...] = ()
    interview_at: str | None = None
    sent_at: str | None = None
    kind: str | None = None
    template: bool = False
    title: str = ""


@dataclass(frozen=True, slots=True)
class Flag:
    """A finding as a check reports it: offsets into ``note.plain``."""

    code: str
    message: str
    start: int = 0
    end: int = 0
    severity: Severity | None = None
    suggestions: tuple[str, ...] = ()
    in_source: bool = False  # offsets already point into note.source (parser problems)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What ``Check.run`` returns. ``status`` is derived from the flags when left ``None``."""

    flags: tuple[Flag, ...] = ()
    detected: bool | None = None
    evidence: tuple[Evidence, ...] = ()
    status: Status | None = None
    summary: str = ""
    engines: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """Everything a check may look at. Checks never do I/O."""

    note: Note
    analysis: Analysis
    options: Mapping[str, Any]
    kind: str
    interview_at: datetime | None
    sent_at: datetime | None
    sent_at_assumed: bool
    accept: frozenset[str]
    settings: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def evidence(self, start: int, end: int, label: str = "") -> Evidence:
        """Evidence for ``note.plain[start:end]`` (mapped to the source by the review)."""
        return Evidence(start, end, self.note.plain[start:end], label)


@dataclass(frozen=True)
class Check:
    """A check: identity, documentation, options and examples, and the function that runs it.

    ``run`` must be a pure function of the :class:`Context`: same note, same outcome.
    """

    id: str
    title: str
    summary: str
    why: str
    how_to_fix: str
    run: Callable[[Context], Outcome]
    default_severity: Severity = "warning"
    codes: Mapping[str, str] = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    passing: tuple[Example, ...] = ()
    failing: tuple[Example, ...] = ()
    element: bool = False
    source: str = "builtin"

    def defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)
