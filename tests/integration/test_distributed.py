"""The Dask example (examples/distributed) gives, in order, exactly what review() gives."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import notecheck

from ._helpers import ROOT, SENT_AT, generated_notes

EXAMPLE = ROOT / "examples" / "distributed" / "review_with_dask.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("review_with_dask", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load_example()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return generated_notes(200, seed=21)


@pytest.fixture(scope="module")
def serial(texts: list[str]) -> list[dict[str, Any]]:
    return [notecheck.review(t, sent_at=SENT_AT).to_dict(timing=False) for t in texts]


@pytest.mark.timeout(600)
@pytest.mark.parametrize("scheduler", ["processes", "threads"])
def test_dask_bag_matches_serial_review(
    example: ModuleType, texts: list[str], serial: list[dict[str, Any]], scheduler: str
) -> None:
    reports = example.review_bag(texts, partitions=6, scheduler=scheduler, sent_at=SENT_AT)
    assert len(reports) == len(texts)
    assert reports == serial


def test_empty_input(example: ModuleType) -> None:
    assert example.review_bag([], scheduler="threads") == []


def test_warm_up_names_the_engines(example: ModuleType) -> None:
    assert "nlp=" in example.warm_up()


def test_example_runs_on_a_folder(example: ModuleType, tmp_path: Path, capsys: Any) -> None:
    for i, text in enumerate(generated_notes(6, seed=2)):
        (tmp_path / f"n{i}.txt").write_text(text, encoding="utf-8")
    assert example.main([str(tmp_path), "--scheduler", "threads"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 6 and all('"verdict"' in line for line in lines)
