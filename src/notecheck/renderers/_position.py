"""Positions in the units other tools count in.

notecheck's own offsets and columns are Python ``str`` indices (code points). GitHub and
SARIF viewers count columns in UTF-16 code units, so a character outside the Basic
Multilingual Plane (most emoji) is one code point but two UTF-16 units.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._report import Finding


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


@dataclass(frozen=True, slots=True)
class Utf16Region:
    """A finding's region in UTF-16 code units; lines and columns 1-based, end exclusive."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    char_offset: int
    char_length: int


def utf16_region(text: str, finding: Finding) -> Utf16Region:
    """Where ``finding`` is in ``text``, counted in UTF-16 code units.

    Lines are split at ``\\n`` only, as in the report (a ``\\r`` before it belongs to the line).
    """
    start = min(max(finding.start, 0), len(text))
    end = min(max(finding.end, start), len(text))
    start_line_at = start - (finding.column - 1)
    end_line_at = end - (finding.end_column - 1)
    char_offset = utf16_len(text[:start])
    return Utf16Region(
        start_line=finding.line,
        start_column=utf16_len(text[start_line_at:start]) + 1,
        end_line=finding.end_line,
        end_column=utf16_len(text[end_line_at:end]) + 1,
        char_offset=char_offset,
        char_length=utf16_len(text[start:end]),
    )
