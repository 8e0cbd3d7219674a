"""Human-readable output: one block per finding with the source line and the span marked.

::

    notes/acme.txt:3:1: warning tone.pushy This pressures the reader; ...
      3 | I expect an answer by Friday.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = help: replace with 'Could you let me know ...'

Columns in the header are 1-based code points, as in the report. Under ``-q`` only findings
at or above ``--fail-on`` are shown, one line each; ``-v`` adds every check's status and the
evidence it found.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence

from .._report import Finding
from . import Renderer, ReviewedFile, Summary

TAB_WIDTH = 4
#: Widest source excerpt in terminal cells; longer lines are cut around the span.
MAX_EXCERPT = 100
#: Cells kept before the span when a long line is cut.
CONTEXT_BEFORE = 24

_RESET = "\x1b[0m"
_STYLES = {
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;36m",
    "bold": "\x1b[1m",
    "dim": "\x1b[2m",
    "help": "\x1b[1;32m",
    "pass": "\x1b[32m",
    "fail": "\x1b[31m",
    "warn": "\x1b[33m",
    "skip": "\x1b[2m",
}


class TextRenderer(Renderer):
    name = "text"
    description = "for people: findings with the source line and the span marked (default)"

    def _paint(self, style: str, text: str) -> str:
        if not self.options.color or not text:
            return text
        return f"{_STYLES[style]}{text}{_RESET}"

    def handle(self, file: ReviewedFile) -> None:
        verbosity = self.options.verbosity
        findings = file.failing if verbosity < 0 else file.report.findings
        for finding in findings:
            self._finding(file, finding, excerpt=verbosity >= 0)
        if verbosity > 0:
            self._details(file)

    def stop(self, summary: Summary) -> None:
        count = _plural(summary.files, "file")
        totals = (
            f"{self._paint('error', _plural(summary.errors, 'error'))}, "
            f"{self._paint('warning', _plural(summary.warnings, 'warning'))}, "
            f"{summary.info} info"
        )
        if summary.failed_files:
            verdict = self._paint(
                "fail",
                f"{_plural(summary.failed_files, 'file')} with findings at or above "
                f"'{summary.fail_on}'.",
            )
        elif summary.files:
            verdict = self._paint("pass", f"No findings at or above '{summary.fail_on}'.")
        else:
            verdict = ""
        line = f"{count} checked: {totals}. {verdict}".rstrip()
        if summary.input_errors:
            line += " " + self._paint(
                "error",
                f"{_plural(len(summary.input_errors), 'path')} could not be checked "
                "(see the errors above).",
            )
        self.out.write(line + "\n")

    # --- one finding ----------------------------------------------------------------

    def _finding(self, file: ReviewedFile, finding: Finding, *, excerpt: bool) -> None:
        write = self.out.write
        where = self._paint("bold", f"{file.path}:{finding.line}:{finding.column}:")
        severity = self._paint(finding.severity, finding.severity)
        write(f"{where} {severity} {self._paint('bold', finding.code)} {finding.message}\n")
        if not excerpt:
            return
        gutter = len(str(finding.line))
        pad = " " * gutter
        # A zero-length finding at the very start is about the whole note: no line to mark.
        if not (finding.start == finding.end == 0):
            shown, marks = source_excerpt(file.report.text, finding)
            bar = self._paint("dim", "|")
            write(f" {self._paint('dim', str(finding.line))} {bar} {shown}\n")
            indent = len(marks) - len(marks.lstrip(" "))
            write(f" {pad} {bar} {marks[:indent]}{self._paint(finding.severity, marks[indent:])}\n")
        hint = _help(file.report.text, finding)
        if hint:
            write(f" {pad} = {self._paint('help', 'help:')} {hint}\n")
        write("\n")

    # --- -v: statuses and evidence --------------------------------------------------

    def _details(self, file: ReviewedFile) -> None:
        report = file.report
        write = self.out.write
        style = {"ready": "pass", "needs-work": "warn", "not-ready": "fail"}[report.verdict]
        write(
            f"{self._paint('bold', file.path)}: {self._paint(style, report.verdict)}, "
            f"score {report.score}, kind {report.kind}\n"
        )
        starts = _line_starts(report.text)
        width = max((len(name) for name in report.checks), default=0)
        for name, result in report.checks.items():
            status = self._paint(result.status, f"{result.status:<4}")
            parts: list[str] = []
            if result.detected is not None:
                parts.append("detected" if result.detected else "not detected")
            if result.summary:
                parts.append(result.summary)
            if result.findings:
                parts.append(_plural(len(result.findings), "finding"))
            write(f"  {status}  {name:<{width}}  {'; '.join(parts)}".rstrip() + "\n")
            for evidence in result.evidence:
                line, column = _position(starts, evidence.start)
                label = f" ({evidence.label})" if evidence.label else ""
                quote = _one_line(evidence.quote)
                write(f"  {'':<4}  {'':<{width}}    {line}:{column} {quote!r}{label}\n")
        write("\n")


# --- source excerpt -----------------------------------------------------------------


def source_excerpt(text: str, finding: Finding) -> tuple[str, str]:
    """The finding's first source line as shown, and the marker line under it.

    Tabs are expanded, wide (East Asian) characters take two cells and combining marks
    none, a CR before the newline is dropped, and a line wider than :data:`MAX_EXCERPT`
    is cut around the span. A span running past its line is marked to the line's end.
    """
    line_at = finding.start - (finding.column - 1)
    line_end = text.find("\n", line_at)
    if line_end == -1:
        line_end = len(text)
    line = text[line_at:line_end].removesuffix("\r")
    lo = min(finding.column - 1, len(line))
    hi = min(finding.end - line_at, len(line)) if finding.end_line == finding.line else len(line)
    hi = max(hi, lo)

    cells: list[tuple[str, int]] = []  # (shown text, its width) per character
    column = 0
    for ch in line:
        shown, width = _cell(ch, column)
        cells.append((shown, width))
        column += width

    first, last = _window(cells, lo, hi)
    shown_line: list[str] = ["..."] if first > 0 else []
    marks: list[str] = ["   "] if first > 0 else []
    caret = False
    for index in range(first, last):
        shown, width = cells[index]
        shown_line.append(shown)
        if index < lo:
            marks.append(" " * width)
        elif index < hi and width:
            marks.append(("~" if caret else "^") + "~" * (width - 1))
            caret = True
    if last < len(cells):
        shown_line.append("...")
    if not caret:
        # An empty span (an insertion point) or one of zero-width characters: one caret.
        marks.append("^")
    return "".join(shown_line), "".join(marks)


def _cell(ch: str, column: int) -> tuple[str, int]:
    if ch == "\t":
        width = TAB_WIDTH - column % TAB_WIDTH
        return " " * width, width
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return ch, 0
    if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029":
        # Control characters would move the cursor; show a visible stand-in instead.
        return "?", 1
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return ch, 2
    return ch, 1


def _window(cells: Sequence[tuple[str, int]], lo: int, hi: int) -> tuple[int, int]:
    """Indices ``[first, last)`` of the characters to show, at most MAX_EXCERPT cells wide."""
    total = sum(width for _, width in cells)
    if total <= MAX_EXCERPT:
        return 0, len(cells)
    first, before = lo, 0
    while first > 0 and before + cells[first - 1][1] <= CONTEXT_BEFORE:
        first -= 1
        before += cells[first][1]
    budget = MAX_EXCERPT - (3 if first > 0 else 0) - 3
    last, used = first, 0
    while last < len(cells) and used + cells[last][1] <= budget:
        used += cells[last][1]
        last += 1
    return first, max(last, min(hi, lo + 1))


def _help(text: str, finding: Finding) -> str:
    suggestions = finding.suggestions[:3]
    if not suggestions:
        return ""
    if suggestions == ("",):
        return f"remove {_one_line(text[finding.start : finding.end])!r}"
    quoted = [repr(_one_line(s)) for s in suggestions]
    verb = "insert" if finding.start == finding.end else "replace with"
    if len(quoted) == 1:
        return f"{verb} {quoted[0]}"
    return f"{verb} {', '.join(quoted[:-1])} or {quoted[-1]}"


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text) else text


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _position(starts: Sequence[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
