"""The labelled evaluation corpus loads, validates and stays balanced enough to measure checks."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"

ELEMENT_CHECKS = ("gratitude", "interest", "fit", "timeline")
LABEL_KEYS = {
    "gratitude",
    "interest",
    "fit",
    "timeline",
    "tone",
    "late_cue",
    "placeholders",
    "feedback_request",
    "stay_in_touch",
    "etiquette",
    "personalized",
    "fit_strength",
    "interest_strength",
}
TONES = {
    "ok",
    "negative",
    "pushy",
    "desperate",
    "casual",
    "effusive",
    "passive_aggressive",
    "shouting",
    "salary",
}


def _import_loader() -> ModuleType:
    # tests/ is not a package, so load the module from its file under a private name.
    name = "_notecheck_corpus_loader"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, CORPUS_DIR / "loader.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


loader = _import_loader()


@pytest.fixture(scope="module")
def notes() -> list[Any]:
    return list(loader.load_corpus())


def _count(notes: list[Any], label: str, value: object) -> int:
    return sum(1 for note in notes if getattr(note.labels, label) == value)


def test_corpus_has_at_least_240_notes(notes: list[Any]) -> None:
    assert len(notes) >= 240


def test_ids_are_unique(notes: list[Any]) -> None:
    ids = Counter(note.id for note in notes)
    assert [note_id for note_id, n in ids.items() if n > 1] == []


def test_every_raw_label_key_and_value_is_valid() -> None:
    for file in sorted(CORPUS_DIR.glob("*.yaml")):
        for entry in yaml.safe_load(file.read_text(encoding="utf-8")):
            labels = entry["labels"]
            assert set(labels) <= LABEL_KEYS, (file.name, entry["id"])
            assert labels["tone"] in TONES, (file.name, entry["id"])
            assert labels["etiquette"] in {"ok", "bypass"}, (file.name, entry["id"])


@pytest.mark.parametrize("check", ELEMENT_CHECKS)
def test_element_checks_have_40_positives_and_40_negatives(notes: list[Any], check: str) -> None:
    assert _count(notes, check, True) >= 40
    assert _count(notes, check, False) >= 40


def test_tone_problems_and_late_cues_are_well_represented(notes: list[Any]) -> None:
    assert sum(1 for note in notes if note.labels.tone != "ok") >= 60
    assert _count(notes, "late_cue", True) >= 25
    tones = Counter(note.labels.tone for note in notes)
    assert all(tones[tone] >= 5 for tone in TONES), tones


def test_kinds_formats_and_special_cases_are_covered(notes: list[Any]) -> None:
    kinds = Counter(note.kind for note in notes)
    assert kinds["follow_up"] >= 15 and kinds["rejection_reply"] >= 15
    formats = Counter(note.format for note in notes)
    assert formats["markdown"] >= 20 and formats["html"] >= 8 and formats["eml"] >= 8
    assert sum(note.template for note in notes) >= 12
    assert _count(notes, "etiquette", "bypass") >= 5
    assert _count(notes, "feedback_request", True) >= 8
    assert _count(notes, "stay_in_touch", True) >= 8
    assert _count(notes, "interest_strength", "field") >= 5
    assert sum(1 for note in notes if note.source == "unseen_phrasing.yaml") >= 40


def test_eml_notes_have_sent_at_equal_to_their_date_header(notes: list[Any]) -> None:
    for note in (note for note in notes if note.format == "eml"):
        headers = note.text.split("\n\n", 1)[0]
        date = next(line for line in headers.splitlines() if line.startswith("Date:"))
        assert note.sent_at == parsedate_to_datetime(date.removeprefix("Date:").strip()), note.id


def test_readme_documents_every_label() -> None:
    readme = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    for key in LABEL_KEYS | TONES:
        assert f"`{key}`" in readme, key


_VALID_ENTRY = """\
- id: {id}
  kind: thank_you
  text: |
    Thank you for your time today.
  labels:
    gratitude: true
    interest: false
    fit: false
    timeline: false
    tone: {tone}
    late_cue: false
    placeholders: false
    feedback_request: false
    stay_in_touch: false
    etiquette: ok
    personalized: false
{extra}"""


def _write(tmp_path: Path, name: str, *entries: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(entries), encoding="utf-8")
    return path


def test_loader_accepts_a_minimal_valid_file(tmp_path: Path) -> None:
    _write(tmp_path, "ok.yaml", _VALID_ENTRY.format(id="x-1", tone="ok", extra=""))
    [note] = loader.load_corpus(tmp_path)
    assert (note.id, note.source, note.format) == ("x-1", "ok.yaml", "plain")
    assert note.labels.gratitude and note.labels.fit_strength is None


@pytest.mark.parametrize(
    ("tone", "extra", "message"),
    [
        ("ok", "    sarcasm: true\n", "unknown label keys"),
        ("grumpy", "", "'tone' must be one of"),
        ("ok", "    fit_strength: strong\n", "contradicts fit"),
        ("ok", "    interest_strength: sometimes\n", "'interest_strength' must be one of"),
    ],
)
def test_loader_names_file_and_note_for_bad_labels(
    tmp_path: Path, tone: str, extra: str, message: str
) -> None:
    _write(tmp_path, "bad.yaml", _VALID_ENTRY.format(id="x-2", tone=tone, extra=extra))
    with pytest.raises(ValueError, match=message) as info:
        loader.load_corpus(tmp_path)
    assert "bad.yaml" in str(info.value) and "'x-2'" in str(info.value)


def test_loader_rejects_non_boolean_flags(tmp_path: Path) -> None:
    text = _VALID_ENTRY.format(id="x-3", tone="ok", extra="").replace(
        "gratitude: true", "gratitude: yes please"
    )
    _write(tmp_path, "flags.yaml", text)
    with pytest.raises(ValueError, match=r"flags\.yaml: note 'x-3': label 'gratitude'"):
        loader.load_corpus(tmp_path)


def test_loader_rejects_duplicate_ids_across_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", _VALID_ENTRY.format(id="dup", tone="ok", extra=""))
    _write(tmp_path, "b.yaml", _VALID_ENTRY.format(id="dup", tone="ok", extra=""))
    with pytest.raises(
        ValueError, match=r"b\.yaml: note 'dup': duplicate id \(first used in a\.yaml\)"
    ):
        loader.load_corpus(tmp_path)
