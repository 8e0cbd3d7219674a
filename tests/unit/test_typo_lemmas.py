"""Misspelled key words are read as the word meant, and still reported as typos."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import notecheck
from notecheck._analysis import Analysis, _typo_lemmas
from notecheck._note import parse_note
from notecheck.engines.speller import get_speller

ROOT = Path(__file__).resolve().parents[2]


def _builder():  # type: ignore[no-untyped-def]
    path = ROOT / "benchmarks" / "build_typo_lemmas.py"
    spec = importlib.util.spec_from_file_location("build_typo_lemmas", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_what_the_script_makes() -> None:
    assert _builder().main(["--check"]) == 0


def test_no_entry_is_a_real_word() -> None:
    speller = get_speller()
    slips = _typo_lemmas()
    assert len(slips) > 1000
    assert not [s for s in slips if speller.is_known(s)]


def test_a_misspelled_key_word_gets_the_lemma_meant() -> None:
    doc = Analysis(parse_note("I am very intrested in the oppurtunity.", format="plain")).doc
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["intrested"] == "interest"
    assert lemmas["oppurtunity"] == "opportunity"


def test_checks_read_the_word_and_typos_still_report_it() -> None:
    report = notecheck.review(
        "Dear Mr. Dawson,\n\nThank you for the tour today. I am very intrested in this job.\n\n"
        "Thanks,\nCurtis Boyd"
    )
    assert report.checks["interest"].detected is True
    quoted = [report.text[f.start : f.end] for f in report.checks["typos"].findings]
    assert "intrested" in quoted
