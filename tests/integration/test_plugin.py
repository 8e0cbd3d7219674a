"""Third-party checks: the example plugin installed into a fresh virtual environment.

The venv is made with ``--system-site-packages --without-pip`` and a ``.pth`` file that adds
the running environment's site-packages, so notecheck, spaCy, pip and hatchling all come
from here and nothing is downloaded. (``--system-site-packages`` alone would only reach the
base interpreter's packages, not those of the venv the tests run in.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "examples" / "plugin"
NOTE = """Dear Ms. Duarte,

Thank you for meeting with me today. I enjoyed learning about the billing migration, and I
am even more excited about the role. My years of ledger work would bring real synergy to
your team. Could you share the timeline for next steps?

Best regards,
Priya Raman
"""

pytestmark = pytest.mark.timeout(120)


def _python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(
    python: Path, *args: str, cwd: Path, extra_path: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PIP_NO_INDEX"] = "1"  # never reach for the network
    if extra_path is not None:
        env["PYTHONPATH"] = str(extra_path)
    return subprocess.run(
        [str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=110
    )


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv's python with notecheck-example-plugin installed."""
    home = tmp_path_factory.mktemp("plugin")
    env_dir = home / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(env_dir)],
        check=True,
    )
    python = _python(env_dir)
    purelib = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=home
    ).stdout.strip()
    parent = sysconfig.get_paths()["purelib"]
    (Path(purelib) / "_notecheck_parent_env.pth").write_text(
        f"import site; site.addsitedir({parent!r})\n", encoding="utf-8"
    )
    # Build from a copy so the example folder in the repository stays clean.
    source = home / "notecheck-example-plugin"
    shutil.copytree(PLUGIN, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    installed = _run(
        python,
        "-m",
        "pip",
        "install",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "--no-cache-dir",
        "--disable-pip-version-check",
        "--quiet",
        str(source),
        cwd=home,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return python


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def _check_json(
    python: Path, note: Path, extra_path: Path | None = None
) -> tuple[dict[str, Any], str]:
    result = _run(
        python,
        "-m",
        "notecheck",
        "check",
        "--format",
        "json",
        "--sent-at",
        "2026-05-04T18:00:00-04:00",
        "--interview-at",
        "2026-05-04T10:00:00-04:00",
        str(note),
        cwd=note.parent,
        extra_path=extra_path,
    )
    assert result.returncode in (0, 1), result.stderr
    document = json.loads(result.stdout)
    report = document["files"][0]["report"]
    return report, result.stderr


def test_plugin_check_reports_its_finding(plugin_env: Path, note: Path) -> None:
    report, _ = _check_json(plugin_env, note)
    cliches = [f for f in report["findings"] if f["code"] == "buzzwords.cliche"]
    assert len(cliches) == 1, report["findings"]
    finding = cliches[0]
    assert finding["check"] == "buzzwords"
    assert NOTE[finding["start"] : finding["end"]] == "synergy"
    assert (finding["line"], finding["severity"]) == (4, "warning")
    assert finding["suggestions"] == ["working well together"]
    # The built-in checks ran alongside it.
    assert report["checks"]["gratitude"]["detected"] is True


def test_rules_lists_the_plugin(plugin_env: Path, tmp_path: Path) -> None:
    result = _run(plugin_env, "-m", "notecheck", "rules", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith("buzzwords "))
    assert row.split()[:3] == ["buzzwords", "warning", "plugin:buzzwords"]
    assert "Buzzwords and clichés" in row


def test_explain_shows_the_plugin_page(plugin_env: Path, tmp_path: Path) -> None:
    result = _run(plugin_env, "-m", "notecheck", "explain", "buzzwords.cliche", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!--")
    assert "# Buzzwords and clichés (`buzzwords`)" in result.stdout
    assert "3:38 warning buzzwords.cliche: 'rockstar' is a cliché" in result.stdout


def test_plugin_that_fails_to_import_is_a_finding(
    plugin_env: Path, note: Path, tmp_path: Path
) -> None:
    # A distribution whose notecheck.checks entry point names a module that raises on import.
    broken = tmp_path / "broken-site"
    dist_info = broken / "notecheck_broken_plugin-0.1.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: notecheck-broken-plugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        "[notecheck.checks]\nbroken = notecheck_broken_plugin:CHECK\n", encoding="utf-8"
    )
    (broken / "notecheck_broken_plugin.py").write_text(
        textwrap.dedent(
            """\
            raise RuntimeError("this plugin is broken on purpose")
            """
        ),
        encoding="utf-8",
    )
    report, stderr = _check_json(plugin_env, note, extra_path=broken)
    failed = [f for f in report["findings"] if f["code"] == "internal.plugin-failed"]
    assert len(failed) == 1, report["findings"]
    assert failed[0]["check"] == "broken"
    assert "'broken'" in failed[0]["message"]
    assert "this plugin is broken on purpose" in failed[0]["message"]
    assert report["checks"]["broken"]["status"] == "skip"
    # Everything else still ran: the built-ins and the working plugin.
    assert any(f["code"] == "buzzwords.cliche" for f in report["findings"])
    assert report["checks"]["gratitude"]["detected"] is True
    assert "plugin 'broken'" in stderr
