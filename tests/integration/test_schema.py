"""The published JSON Schema describes what notecheck really writes, and only that."""

from __future__ import annotations

import copy
import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stdout
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import notecheck
from notecheck._report import SCHEMA_ID, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def load_schema() -> dict[str, Any]:
    text = files("notecheck").joinpath("schema/report.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


NOTES = {
    "plain": {
        "text": "Dear Ana,\n\nThank you for your time today. I am even more excited about the "
        "role now. My five years of Python fit the team's needs. Could you share the "
        "timeline for next steps?\n\nBest regards,\nSam\n",
        "interview_at": "2026-05-04T10:00:00-04:00",
        "sent_at": "2026-05-04T18:00:00-04:00",
    },
    "markdown": {
        "text": "# Thanks\n\nHi **Ana**,\n\n- Thank you for the [chat](https://example.com).\n"
        "- I *really* want this job!!!\n\n> quoted\n\n```\ncode\n```\n\nSam\n",
        "format": "markdown",
    },
    "html": {
        "text": "<html><body><p>Dear Ana,</p><p>Thank you &amp; the team for your time.</p>"
        "<script>var x = 1;</script><p>When will I hear back?</p><p>Sam</p></body></html>",
        "format": "html",
    },
    "eml": {
        "text": "From: Sam <sam@example.com>\r\nTo: Ana <ana@example.com>\r\nSubject: Thank you\r\n"
        "Date: Tue, 05 May 2026 09:00:00 -0400\r\n\r\nDear Ana,\r\n\r\nThank you for the "
        "interview yesterday.\r\n\r\nSam\r\n",
        "format": "eml",
    },
    "template": {
        "text": "---\nkind: thank_you\ncompany: Acme\n---\nDear {{interviewer}},\n\nThank you for "
        "talking with me about the {role} role at [Company Name].\n\n{{ signature }}\n",
        "template": True,
    },
    "unfilled": {"text": "Dear {name},\n\nThank you for the interview at <COMPANY>.\n"},
    "empty": {"text": ""},
    "blank": {"text": " \n\t\n"},
    "binary": {"text": "\x00\x01\x02 PK\x03\x04"},
    "german": {
        "text": "Sehr geehrte Frau Müller,\n\nvielen Dank für das Gespräch. Ich freue mich auf "
        "Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nSam\n"
    },
    "japanese": {"text": "山田様\n\n本日は面接のお時間をいただき、ありがとうございました。\n"},
    "emoji": {"text": "hey!! thx for the chat 😀😀 lmk asap\n", "kind": "follow_up"},
    "rejection": {
        "text": "Hi Ana,\n\nThank you for letting me know. I was disappointed, but I would "
        "appreciate any feedback and hope to stay in touch.\n\nBest,\nSam\n",
        "kind": "rejection_reply",
    },
    "bad-date": {"text": "Thank you for your time.", "interview_at": "last tuesday"},
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_real_reports_validate(validator: jsonschema.Draft202012Validator, name: str) -> None:
    report = notecheck.review(**NOTES[name])  # type: ignore[arg-type]
    for document in (report.to_dict(), report.to_dict(timing=False), json.loads(report.to_json())):
        errors = sorted(validator.iter_errors(document), key=str)
        assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_cli_json_output_validates(
    validator: jsonschema.Draft202012Validator, tmp_path: Path
) -> None:
    for name, note in NOTES.items():
        suffix = {"markdown": ".md", "html": ".html", "eml": ".eml"}.get(name, ".txt")
        (tmp_path / "notes").mkdir(exist_ok=True)
        (tmp_path / "notes" / f"{name}{suffix}").write_text(str(note["text"]), encoding="utf-8")
    env = dict(os.environ, PYTHONUTF8="1")
    result = subprocess.run(
        [sys.executable, "-m", "notecheck", "check", "notes", "missing.txt", "-f", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=600,
    )
    assert result.returncode == 2  # missing.txt
    document = json.loads(result.stdout)
    errors = sorted(validator.iter_errors(document), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
    assert len(document["files"]) == len(NOTES)
    assert document["input_errors"][0]["path"] == "missing.txt"


def _valid_report() -> dict[str, Any]:
    report = notecheck.review(
        "Dear Ana,\n\nThank you for your time. When will I hear back?!\n\nSam\n"
    )
    document = report.to_dict()
    assert document["findings"], "the mutations below need a finding to break"
    return document


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d.pop("score"), id="missing score"),
        pytest.param(lambda d: d["findings"][0].update(severity="fatal"), id="bad severity"),
        pytest.param(lambda d: d["findings"][0].pop("end_column"), id="finding without end"),
        pytest.param(lambda d: d["findings"][0].update(line=0), id="line 0"),
        pytest.param(lambda d: d.update(verdict="great"), id="unknown verdict"),
        pytest.param(lambda d: d.update(score=101), id="score over 100"),
        pytest.param(lambda d: d.update(extra=True), id="unknown field"),
        pytest.param(lambda d: d.update(schema_version="2.0"), id="other version"),
        pytest.param(
            lambda d: next(iter(d["checks"].values())).update(status="ok"), id="bad status"
        ),
        pytest.param(lambda d: d["meta"].update(format="pdf"), id="bad format"),
    ],
)
def test_invalid_reports_fail(validator: jsonschema.Draft202012Validator, mutate: Any) -> None:
    document = _valid_report()
    assert validator.is_valid(document)
    broken = copy.deepcopy(document)
    mutate(broken)
    assert not validator.is_valid(broken)


def test_invalid_cli_documents_fail(validator: jsonschema.Draft202012Validator) -> None:
    report = _valid_report()
    run = {
        "schema": f"{SCHEMA_ID}#/$defs/run",
        "schema_version": SCHEMA_VERSION,
        "notecheck_version": notecheck.__version__,
        "files": [{"path": "a.txt", "report": report}],
        "input_errors": [],
        "summary": {
            "files": 1,
            "findings": {"error": 0, "warning": 1, "info": 0},
            "failed_files": 0,
            "input_errors": 0,
            "fail_on": "error",
            "exit_status": 0,
        },
    }
    assert validator.is_valid(run)
    no_summary = {k: v for k, v in run.items() if k != "summary"}
    assert not validator.is_valid(no_summary)
    bad_fail_on = copy.deepcopy(run)
    bad_fail_on["summary"]["fail_on"] = "critical"
    assert not validator.is_valid(bad_fail_on)
    bad_report = copy.deepcopy(run)
    del bad_report["files"][0]["report"]["findings"][0]["message"]
    assert not validator.is_valid(bad_report)


def test_schema_identity_and_copies() -> None:
    schema = load_schema()
    assert schema["$id"] == SCHEMA_ID
    assert schema["$defs"]["report"]["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert schema["$defs"]["report"]["properties"]["schema"]["const"] == SCHEMA_ID
    package_copy = files("notecheck").joinpath("schema/report.schema.json").read_text("utf-8")
    docs_copy = (ROOT / "docs" / "schema" / "report.schema.json").read_text("utf-8")
    assert docs_copy == package_copy, "run: cp src/notecheck/schema/report.schema.json docs/schema/"
    from notecheck._cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["schema"]) == 0
    assert out.getvalue() == package_copy


def test_every_report_field_is_described() -> None:
    """A field added to Report.to_dict() must be added to the schema (and its version)."""
    schema = load_schema()["$defs"]
    document = _valid_report()
    assert set(document) == set(schema["report"]["properties"])
    assert set(document["findings"][0]) == set(schema["finding"]["properties"])
    assert set(next(iter(document["checks"].values()))) == set(schema["checkResult"]["properties"])
    assert set(document["metrics"]) == set(schema["metrics"]["properties"])
    assert set(document["meta"]) == set(schema["meta"]["properties"])
