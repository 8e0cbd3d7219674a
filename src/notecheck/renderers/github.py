"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

::

    ::error file=notes/acme.txt,line=3,col=1,endLine=3,endColumn=30,title=tone.pushy::This ...

``error`` findings give ``::error``, warnings ``::warning`` and info ``::notice``. Columns
are 1-based UTF-16 code units (GitHub's unit) and only given when the span stays on one line,
because GitHub ignores columns on multi-line annotations. Messages escape ``%``, CR and LF;
property values also escape ``,`` and ``:``.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._report import Finding
from . import Renderer, ReviewedFile, Summary
from ._position import utf16_region

COMMANDS: Mapping[str, str] = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow command's message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command's property value (``file=``, ``title=``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, properties: Mapping[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{command} {props}::{escape_data(message)}"


class GithubRenderer(Renderer):
    name = "github"
    description = "GitHub Actions annotations (::error file=...::message)"

    def handle(self, file: ReviewedFile) -> None:
        for finding in file.report.findings:
            self.out.write(self._line(file, finding) + "\n")

    def stop(self, summary: Summary) -> None:
        for error in summary.input_errors:
            self.out.write(annotation("error", {"file": error.path}, error.message) + "\n")
        # A plain line (no ::) is shown in the job log and ignored as a command.
        self.out.write(
            f"notecheck: {_plural(summary.files, 'file')} checked: "
            f"{_plural(summary.errors, 'error')}, {_plural(summary.warnings, 'warning')}, "
            f"{summary.info} info\n"
        )

    def _line(self, file: ReviewedFile, finding: Finding) -> str:
        region = utf16_region(file.report.text, finding)
        properties: dict[str, object] = {"file": file.path, "line": region.start_line}
        if region.start_line == region.end_line:
            properties["col"] = region.start_column
            properties["endLine"] = region.end_line
            properties["endColumn"] = max(region.end_column, region.start_column)
        else:
            properties["endLine"] = region.end_line
        properties["title"] = finding.code
        message = finding.message
        if finding.suggestions and finding.suggestions != ("",):
            message += " Suggestion: " + " or ".join(repr(s) for s in finding.suggestions[:3])
        return annotation(COMMANDS[finding.severity], properties, message)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
