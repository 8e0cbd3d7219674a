"""Measure the checks against a labelled corpus of notes.

Run ``python -m notecheck.evaluate [--corpus DIR] [--split all|dev|heldout] [--json]``.
It prints precision, recall and F1 per check, kind-detection accuracy and a confusion
table for tone, separately for the development split and the held-out split.

The corpus is a folder of YAML files, each a list of notes ``{id, kind, text, labels, ...}``
(``tests/corpus/README.md`` in the source tree describes the labels). The held-out split is
``unseen_phrasing.yaml`` plus every note whose id hashes into the bottom 30%: it is never
looked at while tuning the checks, so its figures say how the checks do on new phrasing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from ._note import to_datetime
from ._report import Report

# Files kept whole on one side of the split. ``field_heldout.yaml``,
# ``unseen_phrasing.yaml`` and the ``real_style_heldout*.yaml`` files were written without
# looking at the patterns and are never used to change them; the ``variety_dev*.yaml`` files
# were written the same way, as material to learn from.
HELDOUT_FILES = frozenset(
    {"unseen_phrasing.yaml", "field_heldout.yaml", "real_style_heldout.yaml"}
    | {"real_style_heldout2.yaml", "real_style_heldout3.yaml", "real_style_heldout4.yaml"}
)
DEV_FILES = frozenset(
    {"variety_dev.yaml", "variety_dev2.yaml", "variety_dev3.yaml", "variety_dev4.yaml"}
    | {"variety_dev5.yaml", "variety_dev6.yaml", "variety_dev7.yaml", "variety_dev8.yaml"}
    | {"variety_dev9.yaml", "variety_dev10.yaml", "variety_dev11.yaml"}
)
HELDOUT_PERCENT = 30
SPLITS = ("dev", "heldout", "all")
TONE_CODES = (
    "negative",
    "pushy",
    "desperate",
    "casual",
    "effusive",
    "passive_aggressive",
    "shouting",
    "salary",
)
KINDS = ("thank_you", "follow_up", "rejection_reply")
# When a note gets findings of several tone codes, the one named is the most specific.
_TONE_PRIORITY = (
    "salary",
    "shouting",
    "passive_aggressive",
    "desperate",
    "pushy",
    "negative",
    "effusive",
    "casual",
)


@dataclass(frozen=True)
class LabelledNote:
    """One note of the corpus and its gold labels."""

    id: str
    source: str
    kind: str
    text: str
    labels: Mapping[str, Any]
    format: str = "auto"
    template: bool = False
    interview_at: datetime | None = None
    sent_at: datetime | None = None

    @property
    def split(self) -> str:
        return split_of(self.id, self.source)


def split_of(note_id: str, source: str) -> str:
    """``heldout`` or ``dev``: deterministic, from the file name and a hash of the id."""
    if source in HELDOUT_FILES:
        return "heldout"
    if source in DEV_FILES:
        return "dev"
    bucket = int(hashlib.sha256(note_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "dev"


def default_corpus() -> Path:
    """``tests/corpus`` of the source tree (or of the current directory)."""
    here = Path(__file__).resolve().parents[2] / "tests" / "corpus"
    return here if here.is_dir() else Path.cwd() / "tests" / "corpus"


def load_notes(directory: Path | str) -> list[LabelledNote]:
    """Every note of every ``*.yaml`` file in ``directory``, in file then list order."""
    root = Path(directory)
    files = sorted(root.glob("*.yaml")) if root.is_dir() else [root]
    notes: list[LabelledNote] = []
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise ValueError(f"{file}: expected a list of notes")
        for entry in data:
            if not isinstance(entry, dict) or "text" not in entry or "labels" not in entry:
                raise ValueError(f"{file}: every note needs text and labels: {entry!r:.80}")
            notes.append(
                LabelledNote(
                    id=str(entry.get("id", "")),
                    source=file.name,
                    kind=str(entry.get("kind", "thank_you")),
                    text=str(entry["text"]),
                    labels=dict(entry["labels"]),
                    format=str(entry.get("format", "auto")),
                    template=bool(entry.get("template", False)),
                    interview_at=to_datetime(entry.get("interview_at")),
                    sent_at=to_datetime(entry.get("sent_at")),
                )
            )
    return notes


# --- scoring -----------------------------------------------------------------------------


@dataclass
class Binary:
    """Counts for one yes/no decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, gold: bool, predicted: bool, note_id: str = "") -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.wrong.append(f"{note_id} (false positive)")
        elif gold:
            self.fn += 1
            self.wrong.append(f"{note_id} (missed)")
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "support": self.support,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, note_id: str = "", detail: str = "") -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.wrong.append(f"{note_id} ({detail})" if detail else note_id)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.value, 4), "right": self.right, "total": self.total}


@dataclass
class Evaluation:
    """Figures for one split of the corpus."""

    split: str
    notes: int = 0
    binary: dict[str, Binary] = field(default_factory=dict)
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    tone_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    kind_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def b(self, name: str) -> Binary:
        return self.binary.setdefault(name, Binary())

    def a(self, name: str) -> Accuracy:
        return self.accuracy.setdefault(name, Accuracy())

    def figure(self, name: str) -> float:
        """``f1`` of a binary figure, ``recall`` via ``name.recall``, or an accuracy."""
        base, _, part = name.partition(".")
        if base in self.binary:
            return float(getattr(self.binary[base], part or "f1"))
        return self.accuracy[base].value

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "split": self.split,
            "notes": self.notes,
            "binary": {k: v.to_dict() for k, v in self.binary.items()},
            "accuracy": {k: v.to_dict() for k, v in self.accuracy.items()},
            "tone_confusion": _confusion_dict(self.tone_confusion),
            "kind_confusion": _confusion_dict(self.kind_confusion),
        }
        if errors:
            wrong = {k: v.wrong for k, v in self.binary.items() if v.wrong}
            wrong.update({k: v.wrong for k, v in self.accuracy.items() if v.wrong})
            out["errors"] = wrong
        return out


def _confusion_dict(counter: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (gold, predicted), count in sorted(counter.items()):
        out.setdefault(gold, {})[predicted] = count
    return out


def predicted_tone(report: Report) -> str:
    """The tone code a report names for the note (``ok`` when it names none)."""
    result = report.checks.get("tone")
    if result is None:
        return "ok"
    found = Counter(
        f.code.removeprefix("tone.").replace("-", "_")
        for f in result.findings
        if f.severity in ("warning", "error")
    )
    for code in _TONE_PRIORITY:
        if found.get(code):
            return code
    return "ok"


def expected_promptness(interview_at: datetime, sent_at: datetime, kind: str = "thank_you") -> str:
    """The promptness code the default options should give for these times.

    Follow-ups and replies to a rejection come after the interview by nature: only a time
    before the interview is wrong for them.
    """
    hours = (sent_at - interview_at).total_seconds() / 3600
    if hours < 0:
        return "promptness.before-interview"
    if kind != "thank_you":
        return "pass"
    if hours > 72:
        return "promptness.very-late"
    if hours > 24:
        return "promptness.late"
    return "pass"


def _codes(report: Report, check: str) -> set[str]:
    result = report.checks.get(check)
    return {f.code for f in result.findings} if result else set()


def _labels_of(report: Report, check: str) -> set[str]:
    result = report.checks.get(check)
    return {e.label for e in result.evidence} if result else set()


def score_note(note: LabelledNote, ev: Evaluation, review: Callable[..., Report]) -> None:
    """Review ``note`` and add its figures to ``ev``."""
    fmt = note.format if note.format in ("plain", "markdown", "html", "eml") else "auto"
    report = review(
        note.text,
        interview_at=note.interview_at,
        sent_at=note.sent_at,
        format=fmt,
        template=note.template,
    )
    labels = note.labels
    ev.notes += 1
    for element in ("gratitude", "interest", "fit", "timeline"):
        result = report.checks.get(element)
        detected = bool(result and result.detected)
        ev.b(element).add(bool(labels.get(element)), detected, note.id)

    tone_gold = str(labels.get("tone", "ok"))
    tone_predicted = predicted_tone(report)
    ev.b("tone").add(tone_gold != "ok", tone_predicted != "ok", note.id)
    ev.tone_confusion[(tone_gold, tone_predicted)] += 1
    if tone_gold != "ok":
        ev.a("tone_code").add(
            tone_predicted == tone_gold, note.id, f"{tone_gold}->{tone_predicted}"
        )

    late_predicted = "late cue" in _labels_of(report, "promptness")
    ev.b("late_cue").add(bool(labels.get("late_cue")), late_predicted, note.id)
    if note.interview_at is not None and note.sent_at is not None:
        expected = expected_promptness(note.interview_at, note.sent_at, note.kind)
        codes = _codes(report, "promptness") - {"promptness.late-cue"}
        got = next(iter(sorted(codes)), "pass")
        ev.a("promptness_times").add(got == expected, note.id, f"{expected}->{got}")
        # The same, against the kind the report decided: the time arithmetic alone (a
        # follow-up read as a thank-you is a kind error, counted under kind accuracy).
        own = expected_promptness(note.interview_at, note.sent_at, report.kind)
        ev.a("promptness_arithmetic").add(got == own, note.id, f"{own}->{got}")

    placeholders = report.checks.get("placeholders")
    found_slots = bool(
        placeholders
        and (placeholders.findings or (note.template and "slot" in placeholders.summary))
    )
    ev.b("placeholders").add(bool(labels.get("placeholders")), found_slots, note.id)
    ev.b("etiquette").add(
        labels.get("etiquette") == "bypass",
        "etiquette.bypass" in _codes(report, "etiquette"),
        note.id,
    )
    ev.b("generic").add(
        not labels.get("personalized", True),
        "personalization.generic" in _codes(report, "personalization"),
        note.id,
    )
    ev.kind_confusion[(note.kind, report.kind)] += 1
    ev.a("kind").add(report.kind == note.kind, note.id, f"{note.kind}->{report.kind}")

    if note.kind == "rejection_reply":
        # Judge the reply's own elements with the kind given, apart from kind detection.
        as_reply = review(note.text, kind="rejection_reply", format=fmt, template=note.template)
        found = _labels_of(as_reply, "rejection")
        ev.b("feedback_request").add(
            bool(labels.get("feedback_request")), "feedback request" in found, note.id
        )
        ev.b("stay_in_touch").add(
            bool(labels.get("stay_in_touch")), "stay in touch" in found, note.id
        )
    strength = labels.get("fit_strength")
    if strength in ("strong", "bare") and labels.get("fit"):
        bare = "fit.unsupported" in _codes(report, "fit")
        ev.a("fit_strength").add(bare == (strength == "bare"), note.id, f"gold {strength}")
    interest = labels.get("interest_strength")
    if interest is not None:
        result = report.checks.get("interest")
        grew = "grew" in _labels_of(report, "interest")
        field_only = "interest.weak" in _codes(report, "interest")
        got = (
            "grew"
            if grew and result is not None and result.detected
            else "role"
            if result is not None and result.detected
            else "field"
            if field_only
            else "none"
        )
        ev.a("interest_strength").add(got == interest, note.id, f"{interest}->{got}")


# A plain keyword search, the baseline the checks must beat (case-insensitive substrings).
KEYWORDS: Mapping[str, tuple[str, ...]] = {
    "gratitude": ("thank", "grateful", "appreciat"),
    "interest": ("interest", "excit", "eager", "enthusias", "keen"),
    "fit": ("fit", "experience", "skills", "background", "qualified"),
    "timeline": ("timeline", "next steps", "hear from you", "decision"),
    "tone": ("asap", "!!", "lol", "salary", "per my last", "need this job", "genius", "unfair"),
}


def keyword_baseline(notes: Sequence[LabelledNote]) -> dict[str, Binary]:
    """How the keyword search does on ``notes`` (tone: any keyword means a problem)."""
    out = {name: Binary() for name in KEYWORDS}
    for note in notes:
        text = note.text.lower()
        for name, words in KEYWORDS.items():
            gold = note.labels.get(name) != "ok" if name == "tone" else bool(note.labels.get(name))
            out[name].add(gold, any(w in text for w in words), note.id)
    return out


def evaluate(
    notes: Sequence[LabelledNote], splits: Iterable[str] = SPLITS
) -> dict[str, Evaluation]:
    """Review every note and score it into each wanted split (``all`` holds every note)."""
    from ._review import review

    wanted = list(splits)
    out = {s: Evaluation(s) for s in wanted}
    for note in notes:
        for split in wanted:
            if split in ("all", note.split):
                score_note(note, out[split], review)
    return out


# --- output ------------------------------------------------------------------------------

_BINARY_ORDER = (
    "gratitude",
    "interest",
    "fit",
    "timeline",
    "tone",
    "late_cue",
    "placeholders",
    "etiquette",
    "generic",
    "feedback_request",
    "stay_in_touch",
)


def format_text(results: Mapping[str, Evaluation]) -> str:
    lines: list[str] = []
    for split, ev in results.items():
        lines.append(f"== {split}: {ev.notes} notes ==")
        lines.append(f"{'figure':<20} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}  fp  fn")
        for name in _BINARY_ORDER:
            if name in ev.binary:
                b = ev.binary[name]
                lines.append(
                    f"{name:<20} {b.precision:6.3f} {b.recall:6.3f} {b.f1:6.3f} {b.support:8d}"
                    f" {b.fp:3d} {b.fn:3d}"
                )
        for name, acc in ev.accuracy.items():
            lines.append(f"{name + ' accuracy':<34} {acc.value:6.3f} {acc.right:4d}/{acc.total}")
        lines.append("tone confusion (rows: label, columns: predicted code)")
        codes = ("ok", *TONE_CODES)
        short = {c: c[:5] for c in codes} | {"passive_aggressive": "p-agg"}
        lines.append(f"  {'':<19}" + "".join(f"{short[c]:>7}" for c in codes))
        for gold in codes:
            row = [ev.tone_confusion.get((gold, p), 0) for p in codes]
            if any(row):
                lines.append(f"  {gold:<19}" + "".join(f"{n:7d}" for n in row))
        lines.append("kind confusion (rows: label, columns: detected)")
        for gold in KINDS:
            row = [ev.kind_confusion.get((gold, p), 0) for p in KINDS]
            if any(row):
                lines.append(f"  {gold:<19}" + "".join(f"{n:17d}" for n in row))
        lines.append("")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m notecheck.evaluate",
        description="Precision, recall and F1 of notecheck's checks on a labelled corpus.",
    )
    parser.add_argument("--corpus", type=Path, default=None, help="folder of corpus YAML files")
    parser.add_argument("--split", choices=SPLITS, default=None, help="only this split")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument(
        "--errors", action="store_true", help="with --json, list the ids each figure got wrong"
    )
    parser.add_argument(
        "--baseline", action="store_true", help="also print a plain keyword search's figures"
    )
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus()
    try:
        notes = load_notes(corpus)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"notecheck.evaluate: cannot read the corpus {corpus}: {exc}", file=sys.stderr)
        return 2
    if not notes:
        print(f"notecheck.evaluate: no notes in {corpus}", file=sys.stderr)
        return 2
    splits = [args.split] if args.split else list(SPLITS)
    results = evaluate(notes, splits)
    baselines = {
        split: keyword_baseline([n for n in notes if split in ("all", n.split)])
        for split in splits
        if args.baseline
    }
    if args.json:
        doc: dict[str, Any] = {
            "corpus": str(corpus),
            "splits": {k: v.to_dict(errors=args.errors) for k, v in results.items()},
        }
        if baselines:
            doc["keyword_baseline"] = {
                split: {k: v.to_dict() for k, v in figures.items()}
                for split, figures in baselines.items()
            }
        print(json.dumps(doc, indent=2))
    else:
        print(format_text(results), end="")
        for split, figures in baselines.items():
            row = "  ".join(f"{k} {v.f1:.3f}" for k, v in figures.items())
            print(f"keyword baseline F1 ({split}): {row}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # piped into head: stop quietly
        sys.stderr.close()
        raise SystemExit(0) from None
