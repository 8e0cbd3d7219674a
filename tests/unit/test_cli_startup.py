"""The command holds the garbage collector off while it starts and resumes it after one note.

A batch of thousands of notes must not run without collection: memory would grow.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from notecheck import _cli

NOTE = "Dear Ana,\n\nThank you for your time today.\n\nBest regards,\nSam\n"


@pytest.fixture
def collector() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    _cli._gc_paused = False
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:  # pragma: no cover - pytest runs with the collector on
        gc.disable()


@pytest.mark.parametrize("count", [1, 2])
def test_collection_resumes_once_a_note_is_reviewed(
    tmp_path: Path, collector: None, count: int
) -> None:
    paths = []
    for i in range(count):
        path = tmp_path / f"note{i}.txt"
        path.write_text(NOTE, encoding="utf-8")
        paths.append(str(path))
    _cli._pause_gc()
    assert not gc.isenabled()
    status = _cli.main(["check", "-q", "--jobs", "1", *paths])
    assert status in (0, 1)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(collector: None) -> None:
    gc.disable()
    _cli._pause_gc()
    _cli._resume_gc()
    assert not gc.isenabled()
