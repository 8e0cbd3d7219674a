"""Helpers for integration tests that run notecheck in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
# A fixed send time: without it promptness compares with "now", which moves between calls.
SENT_AT = "2026-05-02T09:00:00-04:00"


def generated_notes(count: int, seed: int = 7) -> list[str]:
    """Varied notes from the benchmark generator (formats, names, flaws)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import notegen
    finally:
        sys.path.remove(str(BENCHMARKS))
    return notegen.texts(count, seed=seed)


def run_python(
    code: str, *args: str, timeout: float = 240, env: dict[str, str] | None = None
) -> Any:
    """Run ``code`` in a fresh interpreter; its last stdout line is JSON, returned decoded."""
    full_env = {**os.environ, **(env or {})}
    # The child must import the same notecheck as this process.
    import notecheck

    src = str(Path(notecheck.__file__).resolve().parents[1])
    full_env["PYTHONPATH"] = os.pathsep.join(
        [src, str(BENCHMARKS), *filter(None, [full_env.get("PYTHONPATH")])]
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        check=False,
    )
    assert proc.returncode == 0, f"child failed ({proc.returncode}):\n{proc.stderr[-4000:]}"
    lines = proc.stdout.strip().splitlines()
    assert lines, f"child printed nothing; stderr:\n{proc.stderr[-4000:]}"
    return json.loads(lines[-1])
