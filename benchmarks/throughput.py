"""Batch throughput: ``review_many(texts, workers=N)`` and ``notecheck check -j N`` on many notes.

    python benchmarks/throughput.py                       # 10,000 notes, workers 1 and nproc
    python benchmarks/throughput.py --notes 2000 --workers 1 2 3 --no-cli
    python benchmarks/throughput.py --verify 10000        # compare every report with review()
    python benchmarks/throughput.py --repeat 3            # each figure 3 times: best and median
    PYTHONPATH=/other/src python benchmarks/throughput.py --module   # another checkout

Each measurement starts from a fresh interpreter (engines not built: their start-up is part
of the batch, as for a user). Besides wall-clock notes/s it prints the CPU seconds spent by
this process and its workers, and ``capacity``: notes/s the same CPU work would give on an
otherwise idle machine with nproc cores (the machine is shared; wall time includes other
people's work).

``--verify K`` checks that ``review_many`` returns, in input order, exactly what ``review``
returns for each of K evenly spread notes (``to_dict(timing=False)``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import HERE, median, print_machine

TARGET = 750.0

# Run in a fresh interpreter so that engine start-up is counted.
BATCH = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import logging; logging.getLogger("notecheck").setLevel(logging.ERROR)
import notegen
texts = notegen.texts(int(sys.argv[2]), seed=int(sys.argv[3]))
workers = int(sys.argv[4])
started = time.perf_counter()
import notecheck
if workers == 0:
    reports = [notecheck.review(t) for t in texts]
else:
    reports = notecheck.review_many(texts, workers=workers)
elapsed = time.perf_counter() - started
me = resource.getrusage(resource.RUSAGE_SELF); kids = resource.getrusage(resource.RUSAGE_CHILDREN)
assert len(reports) == len(texts) and all(r.text == t for r, t in zip(reports, texts))
print(json.dumps({"elapsed": elapsed, "cpu_self": me.ru_utime + me.ru_stime,
                  "cpu_children": kids.ru_utime + kids.ru_stime}))
"""

VERIFY = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import logging; logging.getLogger("notecheck").setLevel(logging.ERROR)
import notegen, notecheck
texts = notegen.texts(int(sys.argv[2]), seed=int(sys.argv[3]))
step = max(1, len(texts) // int(sys.argv[4]))
# A fixed send time: notes with an interview time and no send time compare with "now".
sent_at = "2026-05-02T09:00:00-04:00"
many = notecheck.review_many(texts, workers=int(sys.argv[5]), sent_at=sent_at)
bad = [i for i in range(0, len(texts), step)
       if many[i].to_dict(timing=False)
       != notecheck.review(texts[i], sent_at=sent_at).to_dict(timing=False)]
print(json.dumps({"checked": len(range(0, len(texts), step)), "different": bad[:10]}))
"""


def run_json(code: str, *args: object) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", code, str(HERE), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip()[-2000:])
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def line(label: str, notes: int, elapsed: float, cpu: float, cores: int) -> str:
    rate = notes / elapsed
    capacity = notes / cpu * cores if cpu else float("nan")
    mark = "met" if rate >= TARGET else "missed"
    return (
        f"  {label:34} {elapsed:7.1f} s  {rate:6.0f} notes/s ({mark})   cpu {cpu:7.1f} s   "
        f"{1000 * cpu / notes:5.2f} ms cpu/note   capacity {capacity:5.0f} notes/s"
    )


def summary(label: str, notes: int, runs: list[tuple[float, float]]) -> None:
    """Best and median notes/s of repeated runs (only when there are several)."""
    if len(runs) < 2:
        return
    rates = sorted(notes / elapsed for elapsed, _ in runs)
    cpu = sorted(1000 * c / notes for _, c in runs)
    print(
        f"  {label}: best {rates[-1]:.0f} notes/s, median {median(rates):.0f} notes/s, "
        f"median {median(cpu):.2f} ms cpu/note ({len(runs)} runs; load now "
        f"{os.getloadavg()[0]:.2f})"
    )


def write_files(folder: Path, notes: int, seed: int) -> None:
    import notegen

    suffix = {"plain": ".txt", "markdown": ".md", "html": ".html", "eml": ".eml"}
    for i, note in enumerate(notegen.generate(notes, seed=seed)):
        path = folder / f"note-{i:05d}{suffix.get(note.format, '.txt')}"
        path.write_text(note.text, encoding="utf-8", newline="")


def time_cli(folder: Path, jobs: int, module: bool = False) -> tuple[float, float, int]:
    script = Path(sys.executable).with_name("notecheck")
    if script.exists() and not module:
        command = [str(script)]
    else:
        command = [sys.executable, "-m", "notecheck"]
    before = os.times()
    started = time.perf_counter()
    proc = subprocess.run(
        [*command, "check", "-q", "-j", str(jobs), str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    if "Traceback" in proc.stderr:
        raise RuntimeError(proc.stderr.strip()[-1500:])
    return elapsed, cpu, proc.returncode


def main(argv: list[str] | None = None) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, cores], help="0 = a plain review() loop"
    )
    parser.add_argument("--no-cli", action="store_true", help="skip `notecheck check -j N`")
    parser.add_argument("--no-api", action="store_true", help="skip review_many()")
    parser.add_argument(
        "--module", action="store_true", help="run `python -m notecheck`, not the script"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="run each measurement N times (best, median)"
    )
    parser.add_argument("--verify", type=int, default=0, metavar="K")
    args = parser.parse_args(argv)
    print_machine()
    where = run_json("import json, notecheck; print(json.dumps({'file': notecheck.__file__}))")
    print(f"# notecheck imported from: {where['file']}")
    print(f"\n{args.notes} generated notes (seed {args.seed}); target >= {TARGET:.0f} notes/s")

    if not args.no_api:
        print("\nnotecheck.review_many(texts, workers=N), fresh process each:")
        for workers in args.workers:
            label = "review() loop" if workers == 0 else f"review_many(workers={workers})"
            runs = []
            for _ in range(args.repeat):
                result = run_json(BATCH, args.notes, args.seed, workers)
                cpu = float(result["cpu_self"]) + float(result["cpu_children"])  # type: ignore[arg-type]
                runs.append((float(result["elapsed"]), cpu))  # type: ignore[arg-type]
                print(line(label, args.notes, *runs[-1], cores), flush=True)
            summary(label, args.notes, runs)

    if not args.no_cli:
        folder = Path(tempfile.mkdtemp(prefix="notecheck-batch-"))
        try:
            write_files(folder, args.notes, args.seed)
            print(f"\nnotecheck check -q -j N <folder of {args.notes} files>:")
            for jobs in sorted({1, *[w for w in args.workers if w > 0]}):
                runs = []
                for _ in range(args.repeat):
                    try:
                        elapsed, cpu, status = time_cli(folder, jobs, args.module)
                    except RuntimeError as exc:
                        print(f"  -j {jobs}: the CLI failed: {str(exc).splitlines()[-1]}")
                        break
                    runs.append((elapsed, cpu))
                    label = f"check -j {jobs} (exit {status})"
                    print(line(label, args.notes, elapsed, cpu, cores), flush=True)
                summary(f"check -j {jobs}", args.notes, runs)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    if args.verify:
        result = run_json(VERIFY, args.notes, args.seed, args.verify, cores)
        print(
            f"\nverify: {result['checked']} reports from review_many(workers={cores}) compared "
            f"with review(): {'all identical' if not result['different'] else result['different']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
