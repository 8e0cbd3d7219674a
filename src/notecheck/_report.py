"""The report: immutable results of reviewing one note, and their JSON form."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class FrozenMap(Mapping[_K, _V]):
    """A read-only, picklable mapping (reports cross process boundaries in batches)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[_K, _V] | None = None) -> None:
        self._data: dict[_K, _V] = dict(data or {})

    def __getitem__(self, key: _K) -> _V:
        return self._data[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    def __hash__(self) -> int:
        return hash(tuple(sorted(map(repr, self._data.items()))))

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))


Severity = Literal["error", "warning", "info"]
Status = Literal["pass", "warn", "fail", "skip"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: Mapping[str, int] = MappingProxyType({"info": 0, "warning": 1, "error": 2})

#: Version of the JSON document produced by :meth:`Report.to_dict`; bumped on breaking changes.
SCHEMA_VERSION = "1.0"
SCHEMA_ID = "https://notecheck.dev/schema/report-1.0.json"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Words of the note that show an element: ``text[start:end] == quote``."""

    start: int
    end: int
    quote: str
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "quote": self.quote, "label": self.label}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or note) about the text, anchored at ``text[start:end]``.

    Offsets are end-exclusive Python ``str`` indices into the text given to
    :func:`notecheck.review`; ``line`` and ``column`` are 1-based and describe ``start``.
    """

    check: str
    code: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    suggestions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one check on one note.

    ``detected`` is set by element checks (gratitude, interest, fit, timeline):
    whether the element is present at all, regardless of whether the note's kind
    requires it. It is ``None`` for other checks.
    """

    check: str
    status: Status
    detected: bool | None
    evidence: tuple[Evidence, ...]
    findings: tuple[Finding, ...]
    summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "status": self.status,
            "detected": self.detected,
            "summary": self.summary,
            "evidence": [e.to_dict() for e in self.evidence],
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass(frozen=True, slots=True)
class Metrics:
    """Size and readability figures for the note body."""

    characters: int
    words: int
    sentences: int
    paragraphs: int
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "characters": self.characters,
            "words": self.words,
            "sentences": self.sentences,
            "paragraphs": self.paragraphs,
            "flesch_reading_ease": self.flesch_reading_ease,
            "flesch_kincaid_grade": self.flesch_kincaid_grade,
        }


@dataclass(frozen=True, slots=True)
class Meta:
    """How the report was made: versions, engines that ran, time taken."""

    version: str
    engines: Mapping[str, str]
    elapsed_ms: float
    format: str
    template: bool

    def to_dict(self, *, timing: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "notecheck_version": self.version,
            "engines": dict(sorted(self.engines.items())),
            "format": self.format,
            "template": self.template,
        }
        if timing:
            out["elapsed_ms"] = round(self.elapsed_ms, 3)
        return out


@dataclass(frozen=True, slots=True)
class Report:
    """Everything notecheck found in one note. Immutable and JSON-able."""

    text: str
    kind: str
    checks: Mapping[str, CheckResult]
    findings: tuple[Finding, ...]
    metrics: Metrics
    meta: Meta
    path: str | None = None

    @property
    def passed(self) -> bool:
        """True when no finding has severity ``error``."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def score(self) -> int:
        """0..100: 100 minus 20 per error and 5 per warning (info costs nothing)."""
        errors = sum(1 for f in self.findings if f.severity == "error")
        warnings = sum(1 for f in self.findings if f.severity == "warning")
        return max(0, 100 - 20 * errors - 5 * warnings)

    @property
    def verdict(self) -> str:
        """One word for people: ``ready``, ``needs-work`` or ``not-ready``."""
        if not self.passed:
            return "not-ready"
        if any(f.severity == "warning" for f in self.findings):
            return "needs-work"
        return "ready"

    def to_dict(self, *, timing: bool = True) -> dict[str, Any]:
        """The report as plain data following the published JSON Schema.

        With ``timing=False`` the document is fully deterministic (``meta.elapsed_ms``
        is the only field that varies between runs on the same input).
        """
        return {
            "schema": SCHEMA_ID,
            "schema_version": SCHEMA_VERSION,
            "path": self.path,
            "kind": self.kind,
            "passed": self.passed,
            "score": self.score,
            "verdict": self.verdict,
            "checks": {name: self.checks[name].to_dict() for name in sorted(self.checks)},
            "findings": [f.to_dict() for f in self.findings],
            "metrics": self.metrics.to_dict(),
            "meta": self.meta.to_dict(timing=timing),
        }

    def to_json(self, *, indent: int | None = 2, timing: bool = True) -> str:
        """:meth:`to_dict` as a JSON string (UTF-8 safe, keys in a stable order)."""
        return json.dumps(self.to_dict(timing=timing), indent=indent, ensure_ascii=False)


def finding_sort_key(f: Finding) -> tuple[int, int, int, str, str]:
    return (f.start, f.end, -SEVERITY_RANK[f.severity], f.check, f.code)
