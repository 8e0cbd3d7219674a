"""review() on anything: never raises, positions hold, JSON round-trips, results repeat.

Each property runs on notes built from real prose, Markdown/HTML fragments, front matter,
e-mail headers, placeholders and hostile characters (zero-width, RTL, combining marks,
emoji, control characters, BOM, CRLF), and on completely arbitrary text.
"""

from __future__ import annotations

import json
import resource
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import notecheck
from notecheck import Report

from .strategies import SENT_AT, any_text, notes, review_kwargs

FAST = settings(
    max_examples=60,
    deadline=None,  # the first call builds the pipeline; timing is not what is tested here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@contextmanager
def memory_cap(extra: int = 3 * 1024**3) -> Iterator[None]:
    """Let this process grow by ``extra`` bytes at most while the block runs (Linux)."""
    status = Path("/proc/self/status")
    if not status.exists():
        yield
        return
    size = next(
        int(line.split()[1]) * 1024
        for line in status.read_text().splitlines()
        if line.startswith("VmSize:")
    )
    saved = resource.getrlimit(resource.RLIMIT_AS)
    cap = size + extra
    if saved[0] != resource.RLIM_INFINITY:
        cap = min(cap, saved[0])
    if saved[1] != resource.RLIM_INFINITY:
        cap = min(cap, saved[1])
    resource.setrlimit(resource.RLIMIT_AS, (cap, saved[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, saved)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset``, lines ending at '\\n'."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def assert_well_formed(report: Report, text: str) -> None:
    """Everything a consumer of the report relies on, checked against ``text``."""
    assert report.text == text
    assert 0 <= report.score <= 100
    assert report.passed == (not any(f.severity == "error" for f in report.findings))
    for name in ("gratitude", "interest", "fit", "timeline", "tone", "typos", "placeholders"):
        assert name in report.checks
    in_checks = [f for result in report.checks.values() for f in result.findings]
    assert sorted(map(id, in_checks)) == sorted(map(id, report.findings))
    starts = [(f.start, f.end) for f in report.findings]
    assert starts == sorted(starts), "findings are ordered by position"
    for f in report.findings:
        where = f"{f.code} at {f.start}:{f.end}"
        assert 0 <= f.start <= f.end <= len(text), where
        assert (f.line, f.column) == position(text, f.start), where
        assert (f.end_line, f.end_column) == position(text, f.end), where
        assert f.severity in ("error", "warning", "info"), where
        assert f.code.startswith(f.check + ".") or f.code.startswith("internal."), where
        assert f.message.strip(), where
        assert all(isinstance(s, str) for s in f.suggestions), where
    for result in report.checks.values():
        assert result.status in ("pass", "warn", "fail", "skip")
        for e in result.evidence:
            assert 0 <= e.start <= e.end <= len(text), (result.check, e)
            assert e.quote == text[e.start : e.end], (result.check, e)
    document = report.to_dict(timing=False)
    assert json.loads(report.to_json(timing=False)) == document
    assert json.loads(report.to_json(indent=None)) == report.to_dict()


def deterministic(text: str, **kwargs: Any) -> dict[str, Any]:
    return notecheck.review(text, sent_at=SENT_AT, **kwargs).to_dict(timing=False)


@FAST
@given(text=notes(), kwargs=review_kwargs)
def test_mixed_notes_give_well_formed_reports(text: str, kwargs: dict[str, Any]) -> None:
    assert_well_formed(notecheck.review(text, sent_at=SENT_AT, **kwargs), text)


@FAST
@given(text=any_text())
def test_arbitrary_text_gives_well_formed_reports(text: str) -> None:
    assert_well_formed(notecheck.review(text), text)


@FAST
@given(text=notes(), kwargs=review_kwargs)
def test_same_input_same_report(text: str, kwargs: dict[str, Any]) -> None:
    assert deterministic(text, **kwargs) == deterministic(text, **kwargs)


@FAST
@given(first=notes(), second=notes())
def test_a_report_does_not_depend_on_what_was_reviewed_before(first: str, second: str) -> None:
    before = deterministic(first)
    deterministic(second)
    assert deterministic(first) == before


@settings(FAST, max_examples=25)
@given(
    text=notes(max_pieces=8),
    repeat=st.integers(min_value=200, max_value=3000),
)
def test_huge_notes_are_handled(text: str, repeat: int) -> None:
    big = (text or "x") * repeat
    with memory_cap():  # a runaway engine must not take the machine down with the test
        report = notecheck.review(big, config=notecheck.Config(max_chars=20_000))
    assert_well_formed(report, big)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n" * 50,
        "\ufeff",
        "\ufeff\r\n",
        "\x00" * 20,
        "\u200b" * 30,
        "---\n---\n",
        "---\n",
        "From: a@b.c\nTo: d@e.f\n\n",
        "<html></html>",
        "{{ name }}",
        "\r" * 30,
        "\u2028\u2029",
        "Dear\u00a0Ana,\u00a0\n\nThank\u00a0you.",
    ],
)
def test_edge_notes(text: str) -> None:
    assert_well_formed(notecheck.review(text), text)


@pytest.mark.parametrize("bad", [b"Dear Ana", bytearray(b"x"), None, 42, ["Dear Ana"], object()])
def test_non_str_input_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=r"str.*not " + type(bad).__name__):
        notecheck.review(bad)  # type: ignore[arg-type]


def test_non_str_input_to_review_many_raises_type_error() -> None:
    with pytest.raises(TypeError, match="item 1 is bytes"):
        notecheck.review_many(["Dear Ana,\n\nThank you.", b"Dear Li"])  # type: ignore[list-item]
