"""Load and validate the labelled evaluation corpus of interview notes.

Every ``*.yaml`` file in this folder holds a list of notes with gold labels (see README.md for
the format and what each label means). :func:`load_corpus` reads them all, checks every entry
and returns frozen :class:`CorpusNote` records; any problem raises :class:`ValueError` naming
the file and the note id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final, Literal, TypeVar, get_args

import yaml

__all__ = [
    "CORPUS_DIR",
    "CorpusLabels",
    "CorpusNote",
    "Etiquette",
    "FitStrength",
    "InterestStrength",
    "NoteFormat",
    "NoteKind",
    "Tone",
    "load_corpus",
]

NoteKind = Literal["thank_you", "follow_up", "rejection_reply"]
NoteFormat = Literal["plain", "markdown", "html", "eml"]
Tone = Literal[
    "ok",
    "negative",
    "pushy",
    "desperate",
    "casual",
    "effusive",
    "passive_aggressive",
    "shouting",
    "salary",
]
Etiquette = Literal["ok", "bypass"]
FitStrength = Literal["strong", "bare", "none"]
InterestStrength = Literal["grew", "role", "field", "none"]

CORPUS_DIR: Final = Path(__file__).resolve().parent

_NOTE_KEYS: Final = frozenset(
    {"id", "kind", "format", "interview_at", "sent_at", "template", "text", "labels"}
)
_BOOL_LABELS: Final = (
    "gratitude",
    "interest",
    "fit",
    "timeline",
    "late_cue",
    "placeholders",
    "feedback_request",
    "stay_in_touch",
    "personalized",
)
_REQUIRED_LABELS: Final = frozenset({*_BOOL_LABELS, "tone", "etiquette"})
_OPTIONAL_LABELS: Final = frozenset({"fit_strength", "interest_strength"})

_T = TypeVar("_T", bound=str)

_KINDS: Final[tuple[NoteKind, ...]] = get_args(NoteKind)
_FORMATS: Final[tuple[NoteFormat, ...]] = get_args(NoteFormat)
_TONES: Final[tuple[Tone, ...]] = get_args(Tone)
_ETIQUETTES: Final[tuple[Etiquette, ...]] = get_args(Etiquette)
_FIT_STRENGTHS: Final[tuple[FitStrength, ...]] = get_args(FitStrength)
_INTEREST_STRENGTHS: Final[tuple[InterestStrength, ...]] = get_args(InterestStrength)


@dataclass(frozen=True)
class CorpusLabels:
    """Gold labels for one note; README.md defines each one."""

    gratitude: bool
    interest: bool
    fit: bool
    timeline: bool
    tone: Tone
    late_cue: bool
    placeholders: bool
    feedback_request: bool
    stay_in_touch: bool
    etiquette: Etiquette
    personalized: bool
    fit_strength: FitStrength | None = None
    interest_strength: InterestStrength | None = None


@dataclass(frozen=True)
class CorpusNote:
    """One labelled note, as written in a corpus file."""

    id: str
    kind: NoteKind
    text: str
    labels: CorpusLabels
    source: str
    template: bool = False
    format: NoteFormat = "plain"
    interview_at: datetime | None = None
    sent_at: datetime | None = None


class _EntryError(ValueError):
    """A problem inside one entry; the file name is added by the caller."""


def load_corpus(path: Path | str | None = None) -> list[CorpusNote]:
    """Load every note under ``path`` (a folder of ``*.yaml`` files, or one file).

    ``None`` means this folder. Files are read in name order and notes keep their order within
    a file. Raises ``ValueError`` naming the file (and note id) for malformed entries, invalid
    labels and ids used twice.
    """
    root = CORPUS_DIR if path is None else Path(path)
    files = sorted(root.glob("*.yaml")) if root.is_dir() else [root]
    if not files:
        raise ValueError(f"{root}: no *.yaml corpus files found")
    notes: list[CorpusNote] = []
    seen: dict[str, str] = {}
    for file in files:
        for note in _load_file(file):
            if note.id in seen:
                raise ValueError(
                    f"{file.name}: note {note.id!r}: duplicate id (first used in {seen[note.id]})"
                )
            seen[note.id] = file.name
            notes.append(note)
    return notes


def _load_file(file: Path) -> list[CorpusNote]:
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{file.name}: not valid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise ValueError(f"{file.name}: expected a list of notes at the top level")
    notes: list[CorpusNote] = []
    for index, entry in enumerate(data):
        note_id = entry.get("id") if isinstance(entry, Mapping) else None
        where = f"note {note_id!r}" if isinstance(note_id, str) else f"entry #{index + 1}"
        try:
            notes.append(_parse_entry(entry, file.name))
        except _EntryError as exc:
            raise ValueError(f"{file.name}: {where}: {exc}") from None
    return notes


def _parse_entry(entry: object, source: str) -> CorpusNote:
    if not isinstance(entry, Mapping):
        raise _EntryError("expected a mapping")
    unknown = set(entry) - _NOTE_KEYS
    if unknown:
        raise _EntryError(f"unknown keys {sorted(map(str, unknown))}")
    note_id = entry.get("id")
    if not isinstance(note_id, str) or not note_id.strip():
        raise _EntryError("'id' must be a non-empty string")
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _EntryError("'text' must be a non-empty string")
    template = entry.get("template", False)
    if not isinstance(template, bool):
        raise _EntryError("'template' must be true or false")
    labels = _parse_labels(entry.get("labels"))
    if template and not labels.placeholders:
        raise _EntryError("a template must have labels.placeholders: true")
    return CorpusNote(
        id=note_id,
        kind=_choice(entry.get("kind"), _KINDS, "kind"),
        text=text,
        labels=labels,
        source=source,
        template=template,
        format=_choice(entry.get("format", "plain"), _FORMATS, "format"),
        interview_at=_timestamp(entry.get("interview_at"), "interview_at"),
        sent_at=_timestamp(entry.get("sent_at"), "sent_at"),
    )


def _parse_labels(raw: object) -> CorpusLabels:
    if not isinstance(raw, Mapping):
        raise _EntryError("'labels' must be a mapping")
    keys = {str(key) for key in raw}
    unknown = keys - _REQUIRED_LABELS - _OPTIONAL_LABELS
    if unknown:
        raise _EntryError(f"unknown label keys {sorted(unknown)}")
    missing = _REQUIRED_LABELS - keys
    if missing:
        raise _EntryError(f"missing label keys {sorted(missing)}")
    flags: dict[str, bool] = {}
    for key in _BOOL_LABELS:
        value = raw[key]
        if not isinstance(value, bool):
            raise _EntryError(f"label {key!r} must be true or false, got {value!r}")
        flags[key] = value
    fit_strength = _optional_choice(raw.get("fit_strength"), _FIT_STRENGTHS, "fit_strength")
    interest_strength = _optional_choice(
        raw.get("interest_strength"), _INTEREST_STRENGTHS, "interest_strength"
    )
    # The strengths refine the booleans, so they must agree with them.
    if fit_strength is not None and (fit_strength != "none") != flags["fit"]:
        raise _EntryError(f"fit_strength {fit_strength!r} contradicts fit: {flags['fit']}")
    if (
        interest_strength is not None
        and (interest_strength in ("grew", "role")) != flags["interest"]
    ):
        raise _EntryError(
            f"interest_strength {interest_strength!r} contradicts interest: {flags['interest']}"
        )
    return CorpusLabels(
        gratitude=flags["gratitude"],
        interest=flags["interest"],
        fit=flags["fit"],
        timeline=flags["timeline"],
        tone=_choice(raw["tone"], _TONES, "tone"),
        late_cue=flags["late_cue"],
        placeholders=flags["placeholders"],
        feedback_request=flags["feedback_request"],
        stay_in_touch=flags["stay_in_touch"],
        etiquette=_choice(raw["etiquette"], _ETIQUETTES, "etiquette"),
        personalized=flags["personalized"],
        fit_strength=fit_strength,
        interest_strength=interest_strength,
    )


def _choice(value: object, options: tuple[_T, ...], name: str) -> _T:
    for option in options:
        if value == option:
            return option
    raise _EntryError(f"{name!r} must be one of {list(options)}, got {value!r}")


def _optional_choice(value: object, options: tuple[_T, ...], name: str) -> _T | None:
    return None if value is None else _choice(value, options, name)


def _timestamp(value: object, name: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise _EntryError(f"{name!r} is not an ISO 8601 timestamp: {value!r}") from None
    if not isinstance(value, datetime):
        raise _EntryError(f"{name!r} must be a timestamp, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise _EntryError(f"{name!r} must include a UTC offset")
    return value
