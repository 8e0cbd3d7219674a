"""Output formats for the CLI: one small class per format, plus third-party ones.

A renderer is made once per run with the stream to write to and the run's options, then
sees ``start()``, one ``handle(file)`` per reviewed note in input order, and ``stop(summary)``.
Third-party renderers are :class:`Renderer` subclasses published under the
``notecheck.renderers`` entry-point group; the entry point's name is the ``--format`` value.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, TextIO

from .._report import SEVERITY_RANK, Finding, Report, Severity

if TYPE_CHECKING:
    from .._check import Check

__all__ = [
    "BUILTIN",
    "DOCS_URL",
    "ENTRY_POINT_GROUP",
    "InputError",
    "RenderOptions",
    "Renderer",
    "ReviewedFile",
    "Summary",
    "UnknownFormat",
    "at_or_above",
    "available",
    "get_renderer",
]

ENTRY_POINT_GROUP = "notecheck.renderers"
#: Where each check's reference page lives (``docs/checks/<check-id>.md``).
DOCS_URL = "https://github.com/notecheck/notecheck/blob/main/docs/checks/{check}.md"
INFORMATION_URI = "https://github.com/notecheck/notecheck"

# Built-in formats by name -> "module:Class", imported only when chosen to keep start-up cheap.
BUILTIN: Mapping[str, str] = {
    "text": "notecheck.renderers.text:TextRenderer",
    "json": "notecheck.renderers.json:JsonRenderer",
    "sarif": "notecheck.renderers.sarif:SarifRenderer",
    "github": "notecheck.renderers.github:GithubRenderer",
    "junit": "notecheck.renderers.junit:JunitRenderer",
}


def at_or_above(severity: str, threshold: str) -> bool:
    """Whether a finding of ``severity`` counts against a ``threshold`` (``--fail-on``)."""
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]


@dataclass(frozen=True)
class ReviewedFile:
    """One reviewed note as the renderer sees it.

    ``path`` is how the user named the file (relative paths stay relative; ``<stdin>``
    for standard input); ``fail_on`` is the threshold that applies to this file, from
    ``--fail-on`` or the file's own configuration.
    """

    path: str
    report: Report
    fail_on: Severity = "error"

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Findings at or above ``fail_on``: the ones that make the run exit 1."""
        return tuple(f for f in self.report.findings if at_or_above(f.severity, self.fail_on))


@dataclass(frozen=True)
class InputError:
    """A path that could not be reviewed (missing, unreadable, not UTF-8, no notes in it)."""

    path: str
    message: str


@dataclass(frozen=True)
class Summary:
    """Totals for the run, given to ``Renderer.stop``."""

    files: int = 0
    errors: int = 0
    warnings: int = 0
    info: int = 0
    failed_files: int = 0
    input_errors: tuple[InputError, ...] = ()
    fail_on: Severity = "error"

    @property
    def exit_status(self) -> int:
        """0 clean, 1 findings at or above ``--fail-on``, 2 when some input could not be read."""
        if self.input_errors:
            return 2
        return 1 if self.failed_files else 0

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "findings": {"error": self.errors, "warning": self.warnings, "info": self.info},
            "failed_files": self.failed_files,
            "input_errors": len(self.input_errors),
            "fail_on": self.fail_on,
            "exit_status": self.exit_status,
        }


@dataclass(frozen=True)
class RenderOptions:
    """Settings of a run that change how output looks, not what is found.

    ``verbosity`` is -1 with ``-q``, 0 by default and 1 with ``-v``. ``checks`` holds the
    checks that ran (for rule metadata); ``selected`` their ids in registry order.
    """

    color: bool = False
    verbosity: int = 0
    fail_on: Severity = "error"
    checks: Mapping[str, Check] = field(default_factory=dict)
    selected: tuple[str, ...] = ()
    version: str = ""


class Renderer:
    """Base class of the output formats (see the module docstring for the protocol)."""

    #: The ``--format`` value; set by built-ins, taken from the entry point for plugins.
    name: ClassVar[str] = ""
    #: One line for ``notecheck check --help`` and the docs.
    description: ClassVar[str] = ""

    def __init__(self, out: TextIO, options: RenderOptions) -> None:
        self.out = out
        self.options = options

    def start(self) -> None:
        """Called once before the first file."""

    def handle(self, file: ReviewedFile) -> None:
        """Called once per reviewed note, in input order."""
        raise NotImplementedError

    def stop(self, summary: Summary) -> None:
        """Called once at the end, also when no file could be reviewed."""


class UnknownFormat(LookupError):
    """``--format`` names no built-in or installed renderer."""

    def __init__(self, name: str, known: list[str]) -> None:
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"choose from {', '.join(known)}"
        super().__init__(f"unknown format {name!r} ({hint})")
        self.name = name


def _plugin_entry_points() -> dict[str, object]:
    # importlib.metadata is slow to import and scan: only done when a non-built-in is asked for.
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available() -> list[str]:
    """Every ``--format`` value: built-ins first, then installed plugins."""
    plugins = sorted(n for n in _plugin_entry_points() if n not in BUILTIN)
    return [*BUILTIN, *plugins]


def get_renderer(name: str) -> type[Renderer]:
    """The renderer class for a ``--format`` value; raises :class:`UnknownFormat`."""
    target = BUILTIN.get(name)
    if target is not None:
        module_name, _, class_name = target.partition(":")
        cls: type[Renderer] = getattr(importlib.import_module(module_name), class_name)
        return cls
    entry = _plugin_entry_points().get(name)
    if entry is None:
        raise UnknownFormat(name, available())
    loaded = entry.load()  # type: ignore[attr-defined]
    if not (isinstance(loaded, type) and issubclass(loaded, Renderer)):
        raise TypeError(
            f"the {ENTRY_POINT_GROUP} entry point {name!r} gives {loaded!r}, "
            "not a notecheck.renderers.Renderer subclass"
        )
    return loaded
