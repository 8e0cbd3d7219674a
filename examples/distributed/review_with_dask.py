"""Review many notes inside Dask: one ``review()`` loop per partition.

notecheck builds its engines (spaCy pipeline, speller, readability tables, LanguageTool
client) lazily, once per process, and shares them between threads. So the unit of work is a
partition, not a note: each worker process pays the start-up once and then reviews notes at
full speed. Nothing here is specific to one machine: the same functions run on a laptop
(``scheduler="processes"``) or on a ``dask.distributed`` cluster (pass the client's scheduler).

    python examples/distributed/review_with_dask.py notes/        # a folder of notes
    python examples/distributed/review_with_dask.py --generate 2000

Each result row is plain JSON-able data: ``Report.to_dict(timing=False)``, identical to what
``notecheck.review`` gives in a single process.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import dask
import dask.bag as db

import notecheck

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".eml")


def review_partition(texts: Iterable[str], **kwargs: Any) -> list[dict[str, Any]]:
    """Review every note of one partition; engines are built on the first note of a process."""
    return [notecheck.review(text, **kwargs).to_dict(timing=False) for text in texts]


def warm_up(**kwargs: Any) -> str:
    """Build the engines now (for ``client.run(warm_up)`` on a distributed cluster)."""
    report = notecheck.review("Dear Ana,\n\nThank you for your time today.\n\nBest,\nLi", **kwargs)
    return ", ".join(f"{k}={v}" for k, v in sorted(report.meta.engines.items()))


def review_bag(
    texts: Sequence[str],
    *,
    partitions: int | None = None,
    scheduler: str | Any = "processes",
    **kwargs: Any,
) -> list[dict[str, Any]]:
    """Reports for ``texts``, in order, computed by Dask over ``partitions`` partitions.

    ``scheduler`` is ``"processes"``, ``"threads"``, ``"sync"`` or a distributed client.
    A few partitions per worker keep every worker busy without paying Dask's per-task
    overhead per note (a review takes milliseconds).
    """
    if not texts:
        return []
    parts = partitions or max(1, min(len(texts) // 100, 64))
    bag = db.from_sequence(texts, npartitions=parts)
    reports = bag.map_partitions(review_partition, **kwargs)
    if isinstance(scheduler, str):
        with dask.config.set(scheduler=scheduler):
            result: list[dict[str, Any]] = reports.compute()
    else:
        result = reports.compute(scheduler=scheduler)
    return result


def read_notes(folder: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            yield str(path), path.read_text(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of notes")
    parser.add_argument("--generate", type=int, metavar="N", help="use N generated notes")
    parser.add_argument("--scheduler", default="processes", choices=("processes", "threads"))
    parser.add_argument("--partitions", type=int)
    args = parser.parse_args(argv)
    if args.generate:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
        import notegen

        texts = notegen.texts(args.generate)
        names = [f"generated-{i}" for i in range(len(texts))]
    elif args.folder:
        pairs = list(read_notes(args.folder))
        names, texts = [name for name, _ in pairs], [text for _, text in pairs]
    else:
        parser.error("give a folder or --generate N")
    started = time.perf_counter()
    reports = review_bag(texts, partitions=args.partitions, scheduler=args.scheduler)
    elapsed = time.perf_counter() - started
    for name, report in zip(names, reports, strict=True):
        print(json.dumps({"path": name, "verdict": report["verdict"], "score": report["score"]}))
    print(
        f"{len(texts)} notes in {elapsed:.1f} s ({len(texts) / elapsed:.0f} notes/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
