"""notecheck: lint post-interview thank-you notes.

>>> import notecheck
>>> report = notecheck.review("Dear Ana,\\n\\nThank you for your time today...")
>>> report.passed, report.checks["gratitude"].detected

Importing notecheck loads no model and opens no socket; the first review builds the
language pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._check import Check, Context, Example, Flag, Option, Outcome
from ._config import Config, ConfigError, find_config_file, load_config_file
from ._report import SCHEMA_VERSION, CheckResult, Evidence, Finding, Meta, Metrics, Report
from ._version import __version__

if TYPE_CHECKING:
    from ._review import review, review_many

__all__ = [
    "SCHEMA_VERSION",
    "Check",
    "CheckResult",
    "Config",
    "ConfigError",
    "Context",
    "Evidence",
    "Example",
    "Finding",
    "Flag",
    "Meta",
    "Metrics",
    "Option",
    "Outcome",
    "Report",
    "__version__",
    "find_config_file",
    "load_config_file",
    "review",
    "review_many",
]


def __getattr__(name: str) -> Any:
    # review() pulls in the analysis machinery; keep `import notecheck` cheap.
    if name in ("review", "review_many"):
        from . import _review

        return getattr(_review, name)
    raise AttributeError(f"module 'notecheck' has no attribute {name!r}")
