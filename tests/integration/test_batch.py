"""review_many() and ``notecheck check -j N``: input order, and exactly what review() gives."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import notecheck
from notecheck import Config
from notecheck._review import _pack_report, _unpack_report

from ..property.strategies import notes
from ._helpers import SENT_AT, generated_notes, run_python


def documents(reports: list[notecheck.Report]) -> list[dict[str, Any]]:
    return [r.to_dict(timing=False) for r in reports]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return generated_notes(160, seed=5)


@pytest.fixture(scope="module")
def serial(texts: list[str]) -> list[dict[str, Any]]:
    return documents([notecheck.review(t, sent_at=SENT_AT) for t in texts])


def test_processes_return_serial_reports_in_input_order(
    texts: list[str], serial: list[dict[str, Any]]
) -> None:
    reports = notecheck.review_many(texts, workers=2, chunksize=7, sent_at=SENT_AT)
    assert [r.text for r in reports] == texts
    assert documents(reports) == serial


def test_one_worker_is_a_plain_loop(texts: list[str], serial: list[dict[str, Any]]) -> None:
    assert documents(notecheck.review_many(texts[:40], workers=1, sent_at=SENT_AT)) == serial[:40]


def test_any_iterable_and_any_size(texts: list[str], serial: list[dict[str, Any]]) -> None:
    assert notecheck.review_many([], workers=2) == []
    assert notecheck.review_many(iter([]), workers=2) == []
    few = notecheck.review_many((t for t in texts[:3]), workers=2, sent_at=SENT_AT)
    assert documents(few) == serial[:3]
    many = notecheck.review_many(tuple(texts[:70]), workers=3, chunksize=1, sent_at=SENT_AT)
    assert documents(many) == serial[:70]


def test_arguments_reach_every_worker(texts: list[str]) -> None:
    # A Config holds read-only mappings, which pickle cannot send on its own.
    config = Config(
        ignore=("length",),
        severity={"tone": "error"},
        options={"promptness": {"late-after-hours": 12.0}},
        accept=frozenset({"okonkwo"}),
    )
    kwargs: dict[str, Any] = {
        "config": config,
        "interview_at": "2026-05-01T10:00:00-04:00",
        "sent_at": SENT_AT,
        "kind": "follow_up",
        "path": "notes/a.md",
    }
    expected = documents([notecheck.review(t, **kwargs) for t in texts[:64]])
    got = notecheck.review_many(texts[:64], workers=2, chunksize=5, **kwargs)
    assert documents(got) == expected
    assert all("length" not in r.checks for r in got)
    assert {r.path for r in got} == {"notes/a.md"}


def test_bad_input_fails_before_any_work(texts: list[str]) -> None:
    with pytest.raises(TypeError, match="iterable of notes, not a single str"):
        notecheck.review_many(texts[0], workers=2)
    with pytest.raises(TypeError, match="item 50 is NoneType"):
        notecheck.review_many([*texts[:50], None], workers=2)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="chunksize"):
        notecheck.review_many(texts, workers=2, chunksize=0)


def test_bad_arguments_raise_as_in_review(texts: list[str]) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        notecheck.review_many(texts[:64], workers=2, kind="love_letter")
    with pytest.raises(ValueError, match="kind must be one of"):
        notecheck.review_many(texts[:3], workers=1, kind="love_letter")


SPAWNED = r"""
import json, multiprocessing, sys
import notegen, notecheck
multiprocessing.set_start_method(sys.argv[1])
texts = notegen.texts(48, seed=9)
many = notecheck.review_many(texts, workers=2, sent_at=sys.argv[2])
one = [notecheck.review(t, sent_at=sys.argv[2]) for t in texts]
print(json.dumps([a.to_dict(timing=False) == b.to_dict(timing=False) for a, b in zip(many, one)]))
"""


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_that_start_from_scratch(method: str) -> None:
    # Without fork, workers import notecheck and build their engines themselves.
    same = run_python(SPAWNED, method, SENT_AT)
    assert same == [True] * 48


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=notes())
def test_reports_survive_the_trip_between_processes(text: str) -> None:
    report = notecheck.review(text, sent_at=SENT_AT)
    payload = pickle.loads(pickle.dumps(_pack_report(report), pickle.HIGHEST_PROTOCOL))
    back = _unpack_report(text, payload)
    assert back == report
    assert back.to_json() == report.to_json()


def test_the_trip_keeps_shared_findings_shared() -> None:
    report = notecheck.review("hey\n\nthx lol!! I need an answer ASAP.", sent_at=SENT_AT)
    back = _unpack_report(report.text, _pack_report(report))
    by_id = {id(f) for f in back.findings}
    assert all(id(f) in by_id for result in back.checks.values() for f in result.findings)


# --- the CLI --------------------------------------------------------------------------


def _cli(folder: Path, *extra: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(Path(notecheck.__file__).resolve().parents[1])}
    proc = subprocess.run(
        [sys.executable, "-m", "notecheck", "check", "-f", "json", *extra, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    document: dict[str, Any] = json.loads(proc.stdout)
    for entry in document.get("files", []):
        entry.get("report", {}).get("meta", {}).pop("elapsed_ms", None)
    document.pop("elapsed_ms", None)
    return document


def test_cli_jobs_match_one_process(tmp_path: Path, texts: list[str]) -> None:
    suffixes = (".txt", ".md", ".html", ".eml")
    for i, text in enumerate(texts[:60]):
        (tmp_path / f"n{i:03d}{suffixes[i % 4]}").write_text(text, encoding="utf-8", newline="")
    args = ("--sent-at", SENT_AT)
    one = _cli(tmp_path, "-j", "1", *args)
    two = _cli(tmp_path, "-j", "2", *args)
    assert [f["path"] for f in two["files"]] == [f["path"] for f in one["files"]]
    assert two == one
