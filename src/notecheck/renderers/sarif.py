"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` lists every code of the checks that ran plus any other code
that appears (plugin or ``internal.*`` codes), so ``ruleIndex`` is stable for a given
selection. Every result has a location, because GitHub rejects results without one: a
finding about the whole note points at line 1, column 1.

Columns, ``charOffset`` and ``charLength`` are counted in UTF-16 code units
(``run.columnKind = "utf16CodeUnits"``), which is what GitHub counts in; lines and columns
are 1-based with an exclusive end column. Offsets count from the start of the decoded text,
after a UTF-8 byte-order mark. ``partialFingerprints["notecheck/v1"]`` identifies a finding
by file, code, the words it marks and their occurrence number, so it survives edits elsewhere
in the note.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .._report import Finding
from . import DOCS_URL, INFORMATION_URI, Renderer, ReviewedFile, Summary
from ._position import utf16_region

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
SRCROOT = "%SRCROOT%"
LEVELS: Mapping[str, str] = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "notecheck/v1"


def artifact_location(path: str) -> dict[str, str]:
    """``artifactLocation`` for a path as the user gave it.

    Relative paths (and absolute ones under the working directory) become relative URIs
    against ``%SRCROOT%``, which is what GitHub resolves against the repository root.
    """
    file = Path(path)
    if file.is_absolute():
        try:
            path = file.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return {"uri": file.as_uri()}
    posix = path.replace("\\", "/").removeprefix("./")
    return {"uri": quote(posix, safe="/:@!$&'()*+,;=-._~"), "uriBaseId": SRCROOT}


class SarifRenderer(Renderer):
    name = "sarif"
    description = "SARIF 2.1.0, for GitHub code scanning and SARIF viewers"

    def start(self) -> None:
        self._results: list[dict[str, Any]] = []
        self._codes: dict[str, str] = {}  # code -> check id, in order of appearance
        self._seen: dict[tuple[str, str, str], int] = {}

    def handle(self, file: ReviewedFile) -> None:
        for finding in file.report.findings:
            self._codes.setdefault(finding.code, finding.check)
            self._results.append(self._result(file, finding))

    def stop(self, summary: Summary) -> None:
        rules, index = self._rules()
        for result in self._results:
            result["ruleIndex"] = index[result["ruleId"]]
        notifications = [
            {
                "level": "error",
                "message": {"text": error.message},
                "locations": [
                    {"physicalLocation": {"artifactLocation": artifact_location(error.path)}}
                ],
            }
            for error in summary.input_errors
        ]
        invocation: dict[str, Any] = {"executionSuccessful": not summary.input_errors}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        log = {
            "$schema": SARIF_SCHEMA,
            "version": SARIF_VERSION,
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "notecheck",
                            "version": self.options.version,
                            "semanticVersion": self.options.version,
                            "informationUri": INFORMATION_URI,
                            "rules": rules,
                        }
                    },
                    "invocations": [invocation],
                    "columnKind": "utf16CodeUnits",
                    "results": self._results,
                }
            ],
        }
        self.out.write(json.dumps(log, indent=2, ensure_ascii=False) + "\n")

    # --- results --------------------------------------------------------------------

    def _result(self, file: ReviewedFile, finding: Finding) -> dict[str, Any]:
        text = file.report.text
        region = utf16_region(text, finding)
        sarif_region: dict[str, Any] = {
            "startLine": region.start_line,
            "startColumn": region.start_column,
            "endLine": region.end_line,
            "endColumn": region.end_column,
            "charOffset": region.char_offset,
            "charLength": region.char_length,
        }
        quote = text[finding.start : finding.end]
        if quote:
            sarif_region["snippet"] = {"text": quote}
        location = {
            "physicalLocation": {
                "artifactLocation": artifact_location(file.path),
                "region": sarif_region,
            }
        }
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": -1,  # set in stop(), once every code is known
            "level": LEVELS[finding.severity],
            "message": {"text": _message(finding)},
            "locations": [location],
            "partialFingerprints": {FINGERPRINT: self._fingerprint(file.path, finding, quote)},
        }
        fixes = _fixes(file.path, finding, sarif_region)
        if fixes:
            result["fixes"] = fixes
        return result

    def _fingerprint(self, path: str, finding: Finding, quote: str) -> str:
        # Line numbers are left out on purpose: adding a paragraph above must not make
        # every later finding look new. The occurrence number keeps repeats apart.
        key = (path, finding.code, " ".join(quote.split()).lower())
        occurrence = self._seen.get(key, 0)
        self._seen[key] = occurrence + 1
        digest = hashlib.sha256("\0".join((*key, str(occurrence))).encode("utf-8"))
        return digest.hexdigest()[:32]

    # --- rules ----------------------------------------------------------------------

    def _rules(self) -> tuple[list[dict[str, Any]], dict[str, int]]:
        checks = self.options.checks
        codes: dict[str, str] = {}
        for check_id in self.options.selected:
            check = checks.get(check_id)
            if check is not None:
                for code in check.codes:
                    codes.setdefault(code, check_id)
        for code, check_id in self._codes.items():
            codes.setdefault(code, check_id)
        rules = [self._rule(code, check_id) for code, check_id in codes.items()]
        return rules, {code: i for i, code in enumerate(codes)}

    def _rule(self, code: str, check_id: str) -> dict[str, Any]:
        check = self.options.checks.get(check_id)
        rule: dict[str, Any] = {"id": code, "name": code}
        if check is None:
            # internal.* codes and checks of plugins that failed to load have no metadata.
            rule["shortDescription"] = {"text": f"{code} (reported by notecheck itself)"}
            rule["defaultConfiguration"] = {"level": "warning"}
            rule["properties"] = {"tags": ["notecheck"]}
            return rule
        meaning = check.codes.get(code) or check.title
        rule["shortDescription"] = {"text": _sentence(meaning)}
        rule["fullDescription"] = {"text": f"{check.summary.strip()} {check.why.strip()}".strip()}
        rule["helpUri"] = DOCS_URL.format(check=check.id)
        rule["help"] = {
            "text": check.how_to_fix.strip() or check.summary.strip(),
            "markdown": f"{check.how_to_fix.strip()}\n\n[{check.title}]({rule['helpUri']})",
        }
        rule["defaultConfiguration"] = {"level": LEVELS[check.default_severity]}
        rule["properties"] = {"tags": ["notecheck", check.id], "check": check.id}
        return rule


def _message(finding: Finding) -> str:
    if finding.suggestions and finding.suggestions != ("",):
        options = " or ".join(repr(s) for s in finding.suggestions[:3])
        return f"{finding.message} Suggestion: {options}."
    return finding.message


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def _fixes(path: str, finding: Finding, region: Mapping[str, Any]) -> list[dict[str, Any]]:
    if not finding.suggestions or finding.start == finding.end == 0:
        return []
    deleted = {key: region[key] for key in region if key != "snippet"}
    return [
        {
            "description": {"text": f"Replace with {suggestion!r}"},
            "artifactChanges": [
                {
                    "artifactLocation": artifact_location(path),
                    "replacements": [
                        {"deletedRegion": deleted, "insertedContent": {"text": suggestion}}
                    ],
                }
            ],
        }
        for suggestion in finding.suggestions[:3]
    ]
