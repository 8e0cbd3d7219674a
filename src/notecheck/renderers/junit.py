"""JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines).

One ``<testsuite name="notecheck">``; one ``<testcase>`` per file and check, named after the
check with the file as ``classname``. Findings at or above ``--fail-on`` are ``<failure>``
elements; lower ones go to the test case's ``<system-out>``; a skipped check is ``<skipped>``.
A path that could not be read is a test case named ``input`` with an ``<error>``.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree as ET

from .._report import Finding
from . import Renderer, ReviewedFile, Summary, at_or_above

# Characters XML 1.0 cannot hold even escaped (a note may contain them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 forbids (ElementTree escapes the rest)."""
    return _NOT_XML.sub("\ufffd", value)


def _line(path: str, finding: Finding) -> str:
    return (
        f"{path}:{finding.line}:{finding.column}: {finding.severity} {finding.code} "
        f"{finding.message}"
    )


class JunitRenderer(Renderer):
    name = "junit"
    description = "JUnit XML: one test case per file and check"

    def start(self) -> None:
        self._suite = ET.Element("testsuite", {"name": "notecheck"})
        self._counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

    def _case(self, classname: str, name: str, file: str) -> ET.Element:
        self._counts["tests"] += 1
        attributes = {"classname": xml_text(classname), "name": xml_text(name)}
        attributes["file"] = xml_text(file)
        return ET.SubElement(self._suite, "testcase", attributes)

    def handle(self, file: ReviewedFile) -> None:
        for check_id, result in file.report.checks.items():
            case = self._case(file.path, check_id, file.path)
            failing = [f for f in result.findings if at_or_above(f.severity, file.fail_on)]
            other = [f for f in result.findings if not at_or_above(f.severity, file.fail_on)]
            for finding in failing:
                failure = ET.SubElement(
                    case,
                    "failure",
                    {
                        "type": xml_text(finding.code),
                        "message": xml_text(finding.message),
                    },
                )
                failure.text = xml_text(_line(file.path, finding))
            if failing:
                self._counts["failures"] += 1
            elif result.status == "skip":
                message = result.summary or (result.findings[0].message if result.findings else "")
                ET.SubElement(case, "skipped", {"message": xml_text(message)})
                self._counts["skipped"] += 1
            if other:
                out = ET.SubElement(case, "system-out")
                out.text = xml_text("\n".join(_line(file.path, f) for f in other))

    def stop(self, summary: Summary) -> None:
        for error in summary.input_errors:
            case = self._case(error.path, "input", error.path)
            ET.SubElement(case, "error", {"message": xml_text(error.message)})
            self._counts["errors"] += 1
        attributes: dict[str, Any] = {key: str(value) for key, value in self._counts.items()}
        self._suite.attrib.update(attributes)
        root = ET.Element("testsuites", {"name": "notecheck", **attributes})
        root.append(self._suite)
        ET.indent(root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(root, encoding="unicode") + "\n")
