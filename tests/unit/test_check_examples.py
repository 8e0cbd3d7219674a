"""No check without examples: every check's own examples must do what they claim.

Each check carries passing and failing example notes as data. A failing example must make
the check report every code it lists; a passing example must get no warning or error from
the check (informational notes are allowed). The same examples appear on the check's
reference page, so these tests also keep the docs honest.
"""

from __future__ import annotations

import re

import pytest

import notecheck
from notecheck import Check, Example, Finding
from notecheck._registry import registry
from notecheck._report import SEVERITIES

CHECKS: dict[str, Check] = dict(registry().checks)


def _cases(which: str) -> list[object]:
    return [
        pytest.param(check, example, id=f"{check.id}-{example.title or index}")
        for check in CHECKS.values()
        for index, example in enumerate(getattr(check, which), 1)
    ]


def _findings(check: Check, example: Example) -> list[Finding]:
    report = notecheck.review(
        example.text,
        interview_at=example.interview_at,
        sent_at=example.sent_at,
        kind=example.kind,
        template=example.template,
    )
    return [f for f in report.findings if f.check == check.id]


def _describe(check: Check, example: Example, verdict: str) -> str:
    title = f"{example.title!r} " if example.title else ""
    start = example.text[:50].replace("\n", " ")
    return f"check {check.id!r}, {verdict} example {title}({start!r}...)"


def _listing(findings: list[Finding]) -> str:
    if not findings:
        return "nothing"
    return "; ".join(
        f"{f.code} [{f.severity}] at {f.line}:{f.column}: {f.message}" for f in findings
    )


@pytest.mark.parametrize("check", CHECKS.values(), ids=list(CHECKS))
def test_every_check_has_passing_and_failing_examples(check: Check) -> None:
    assert check.passing, f"check {check.id!r} has no passing example: add one to its Check"
    assert check.failing, f"check {check.id!r} has no failing example: add one to its Check"


@pytest.mark.parametrize(("check", "example"), _cases("failing"))
def test_failing_example_reports_its_codes(check: Check, example: Example) -> None:
    where = _describe(check, example, "failing")
    assert example.codes, f"{where} lists no codes; say which codes it must report"
    undeclared = [c for c in example.codes if c not in check.codes]
    assert not undeclared, f"{where} lists codes the check does not declare: {undeclared}"
    findings = _findings(check, example)
    reported = {f.code for f in findings}
    missing = [c for c in example.codes if c not in reported]
    assert not missing, f"{where} did not report {missing}; it reported {_listing(findings)}"


@pytest.mark.parametrize(("check", "example"), _cases("passing"))
def test_passing_example_gets_no_warning_or_error(check: Check, example: Example) -> None:
    findings = [f for f in _findings(check, example) if f.severity in ("warning", "error")]
    unexpected = sorted({f.code for f in findings})
    assert not findings, (
        f"{_describe(check, example, 'passing')} got unexpected {unexpected}: {_listing(findings)}"
    )


@pytest.mark.parametrize("check", CHECKS.values(), ids=list(CHECKS))
def test_check_documents_itself(check: Check) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9_-]*", check.id), f"check id {check.id!r} is not lowercase"
    for field in ("title", "summary", "why", "how_to_fix"):
        assert str(getattr(check, field)).strip(), f"check {check.id!r} has an empty {field}"
    assert check.default_severity in SEVERITIES, (
        f"check {check.id!r}: default_severity {check.default_severity!r} is not one of "
        f"{SEVERITIES}"
    )
    assert check.codes, f"check {check.id!r} declares no codes"
    for code, meaning in check.codes.items():
        assert code.startswith(f"{check.id}."), (
            f"check {check.id!r}: code {code!r} must start with {check.id + '.'!r}"
        )
        assert meaning.strip(), f"check {check.id!r}: code {code!r} has no meaning"


@pytest.mark.parametrize("check", CHECKS.values(), ids=list(CHECKS))
def test_check_options_are_valid(check: Check) -> None:
    names = [o.name for o in check.options]
    assert len(names) == len(set(names)), f"check {check.id!r} repeats an option: {names}"
    for option in check.options:
        where = f"check {check.id!r}, option {option.name!r}"
        assert re.fullmatch(r"[a-z][a-z0-9-]*", option.name), (
            f"{where}: option names are lowercase-with-dashes, like config keys"
        )
        assert option.name != "severity", f"{where}: 'severity' is reserved for every check"
        assert option.description.strip(), f"{where} has no description"
        problem = option.validate(option.default)
        assert problem is None, f"{where}: the default {option.default!r} is invalid: {problem}"
        if option.choices:
            assert option.default in option.choices, (
                f"{where}: the default {option.default!r} is not among its choices"
            )
