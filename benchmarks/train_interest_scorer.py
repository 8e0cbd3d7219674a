"""Train the interest check's sentence scorer: ``src/notecheck/checks/data/interest_scorer.json``.

    python benchmarks/train_interest_scorer.py [--out FILE] [--check] [--report]

The scorer is a logistic regression over the features of
``notecheck.checks.interest.sentence_features`` (lemma unigrams and bigrams, lemmas in a
negation's reach, a few shape flags). It is trained on sentences of two kinds:

* the development split of ``tests/corpus`` only (``notecheck.evaluate.split_of``): body
  sentences where the rules find interest in notes labelled ``interest: true`` are positives;
  every other body sentence of those notes, and every body sentence of notes labelled
  ``interest: false``, is a negative;
* ``benchmarks/data/interest_sentences.tsv``: sentences written for this project, ways of
  saying one wants the job and near misses (the field only, withdrawn, someone else's...).

The threshold is chosen by 5-fold cross-validation on that data alone (folds by a hash of the
note id, or the line number of a written sentence). The check uses the scorer only on notes
where the rules find no interest, so each threshold is judged by the F1 of the rules plus the
scorer on a population like the development split in which the rules miss ``MISSED`` of the
positive notes: the scorer recovers a missed note at its cross-validated recall on written
positives, and adds a false positive at its cross-validated rate on dev notes without
interest (counting only sentences no rule judged, as the check does).

Training is full-batch gradient descent from zero with fixed steps: the output is the same
on every run. ``--check`` retrains in memory and exits 1 if the shipped file differs.
``--report`` prints the cross-validation table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from notecheck._analysis import Analysis  # noqa: E402
from notecheck._check import Context  # noqa: E402
from notecheck._note import parse_note  # noqa: E402
from notecheck.checks.interest import PATTERNS, find_interest, sentence_features  # noqa: E402
from notecheck.evaluate import default_corpus, load_notes  # noqa: E402

OUT = ROOT / "src" / "notecheck" / "checks" / "data" / "interest_scorer.json"
WRITTEN = ROOT / "benchmarks" / "data" / "interest_sentences.tsv"
FORMAT = "notecheck-interest-scorer 1"
FOLDS = 5
MIN_COUNT = 2  # a feature must occur in this many training sentences
L2 = 0.0003
STEPS = 600
BALANCE = 0.0  # exponent of the positives' weight (1: classes weigh the same; 0: as found)
RATE = 2.0
MISSED = 0.15  # share of positive notes the rules are assumed to miss on new phrasing
THRESHOLDS = tuple(round(0.30 + 0.05 * k, 2) for k in range(14))  # 0.30 .. 0.95


@dataclass(frozen=True)
class Sample:
    features: frozenset[str]
    label: int
    fold: int
    source: str  # "dev" | "written"
    note: str = ""  # dev note id
    judged: bool = False  # a rule matched in this sentence (the scorer is not asked there)


def _fold(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def _words(analysis: Analysis, first: int, last: int) -> list[tuple[str, str]]:
    return [(t.lower_, t.lemma_) for t in analysis.doc[first:last]]


def dev_samples() -> tuple[list[Sample], dict[str, bool]]:
    """Body sentences of the development notes, and each note's gold interest label."""
    samples: list[Sample] = []
    gold: dict[str, bool] = {}
    for note in load_notes(default_corpus()):
        if note.split != "dev":
            continue
        fmt = note.format if note.format in ("plain", "markdown", "html", "eml") else "auto"
        parsed = parse_note(note.text, format=fmt, template=note.template)
        analysis = Analysis(parsed)
        ctx = Context(parsed, analysis, {}, note.kind, None, None, False, frozenset())
        found = find_interest(ctx)
        positive = {h.sentence.index for h in found["interest"]}
        judged = {h.sentence.index for h in PATTERNS.find(analysis)}
        interest = bool(note.labels.get("interest"))
        gold[note.id] = interest
        for s in analysis.body_sentences:
            samples.append(
                Sample(
                    frozenset(sentence_features(_words(analysis, s.first, s.last))),
                    int(interest and s.index in positive),
                    _fold(note.id),
                    "dev",
                    note.id,
                    s.index in judged,
                )
            )
    return samples, gold


def written_samples() -> list[Sample]:
    samples = []
    lines = WRITTEN.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        analysis = Analysis(parse_note(text, format="plain"))
        features = sentence_features(_words(analysis, 0, len(analysis.doc)))
        samples.append(Sample(frozenset(features), int(label), number % FOLDS, "written"))
    return samples


def vocabulary(samples: Iterable[Sample]) -> list[str]:
    counts: dict[str, int] = {}
    for s in samples:
        for f in s.features:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def fit(samples: Sequence[Sample]) -> tuple[float, dict[str, float]]:
    """``(bias, weights)`` of an L2-regularised logistic regression, positives reweighted
    to balance the classes."""
    vocab = vocabulary(samples)
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(samples), len(vocab)))
    for row, s in enumerate(samples):
        for f in s.features:
            if f in index:
                x[row, index[f]] = 1.0
    y = np.array([s.label for s in samples], dtype=float)
    positives = max(float(y.sum()), 1.0)
    weight = np.where(y == 1.0, ((len(y) - positives) / positives) ** BALANCE, 1.0)
    weight /= weight.mean()
    w = np.zeros(len(vocab))
    b = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = weight * (p - y)
        w -= RATE * (x.T @ g / len(y) + L2 * w)
        b -= RATE * float(g.mean())
    return round(b, 4), {
        f: round(float(v), 4) for f, v in zip(vocab, w, strict=True) if round(float(v), 4)
    }


def score(model: tuple[float, dict[str, float]], features: Iterable[str]) -> float:
    bias, weights = model
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return float(1.0 / (1.0 + np.exp(-z)))


def cross_validate(
    samples: Sequence[Sample], gold: dict[str, bool]
) -> tuple[float, list[dict[str, float]]]:
    """The chosen threshold and, per threshold, the cross-validated figures."""
    scores: list[float] = [0.0] * len(samples)
    for fold in range(FOLDS):
        model = fit([s for s in samples if s.fold != fold])
        for k, s in enumerate(samples):
            if s.fold == fold:
                scores[k] = score(model, s.features)
    negative_notes = sorted(n for n, g in gold.items() if not g)
    positive_notes = len(gold) - len(negative_notes)
    best: dict[str, float] = {}
    table = []
    for t in THRESHOLDS:
        wp = [
            sc >= t
            for s, sc in zip(samples, scores, strict=True)
            if s.source == "written" and s.label
        ]
        wn = [
            sc >= t
            for s, sc in zip(samples, scores, strict=True)
            if s.source == "written" and not s.label
        ]
        flagged = {
            s.note
            for s, sc in zip(samples, scores, strict=True)
            if s.source == "dev" and not gold[s.note] and not s.judged and sc >= t
        }
        dp = [
            sc >= t for s, sc in zip(samples, scores, strict=True) if s.source == "dev" and s.label
        ]
        recall = sum(wp) / len(wp)
        note_fp = len(flagged) / max(len(negative_notes), 1)
        tp = positive_notes * (1 - MISSED) + positive_notes * MISSED * recall
        fn = positive_notes * MISSED * (1 - recall)
        fp = len(negative_notes) * note_fp
        row = {
            "threshold": t,
            "written_recall": round(recall, 4),
            "written_fp_rate": round(sum(wn) / len(wn), 4),
            "dev_rule_sentence_recall": round(sum(dp) / max(len(dp), 1), 4),
            "dev_negative_note_fp_rate": round(note_fp, 4),
            "simulated_f1": round(2 * tp / (2 * tp + fp + fn), 4),
        }
        table.append(row)
        if not best or row["simulated_f1"] >= best["simulated_f1"]:
            best = row
    return best["threshold"], table


def build() -> tuple[str, list[dict[str, float]]]:
    dev, gold = dev_samples()
    written = written_samples()
    samples = dev + written
    threshold, table = cross_validate(samples, gold)
    bias, weights = fit(samples)
    chosen = next(r for r in table if r["threshold"] == threshold)
    data = {
        "format": FORMAT,
        "made_by": "benchmarks/train_interest_scorer.py: logistic regression over "
        "notecheck.checks.interest.sentence_features, trained on the dev split of "
        "tests/corpus and benchmarks/data/interest_sentences.tsv; threshold by 5-fold "
        "cross-validation on that data",
        "training": {
            "dev_sentences": len(dev),
            "dev_positive_sentences": sum(s.label for s in dev),
            "dev_notes": len(gold),
            "written_sentences": len(written),
            "written_positive_sentences": sum(s.label for s in written),
            "features": len(weights),
            "l2": L2,
            "steps": STEPS,
        },
        "cross_validation": chosen,
        "threshold": threshold,
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n", table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs")
    parser.add_argument("--report", action="store_true", help="print the CV table")
    args = parser.parse_args(argv)
    text, table = build()
    if args.report:
        for row in table:
            print("  ".join(f"{k}={v}" for k, v in row.items()))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
