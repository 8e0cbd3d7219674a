"""Renderers on hand-made reports: what each format shows for spans, escaping and totals."""

from __future__ import annotations

import bisect
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

import pytest

from notecheck import CheckResult, Evidence, Finding, Meta, Metrics, Report
from notecheck._registry import registry
from notecheck._report import FrozenMap, finding_sort_key
from notecheck.renderers import (
    BUILTIN,
    InputError,
    Renderer,
    RenderOptions,
    ReviewedFile,
    Summary,
    UnknownFormat,
    get_renderer,
)
from notecheck.renderers.github import escape_data, escape_property
from notecheck.renderers.text import source_excerpt

# --- building reports by hand -----------------------------------------------------------


def _position(text: str, offset: int) -> tuple[int, int]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def finding(
    text: str,
    quote: str | None,
    code: str,
    severity: str = "warning",
    message: str = "Something to fix.",
    suggestions: Sequence[str] = (),
    occurrence: int = 0,
) -> Finding:
    """A finding on the ``occurrence``-th ``quote`` in ``text`` (``None``: the whole note)."""
    if quote is None:
        start = end = 0
    else:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(quote, start + 1)
        end = start + len(quote)
    line, column = _position(text, start)
    end_line, end_column = _position(text, end)
    return Finding(
        code.split(".")[0],
        code,
        severity,  # type: ignore[arg-type]
        message,
        start,
        end,
        line,
        column,
        end_line,
        end_column,
        tuple(suggestions),
    )


def make_report(
    text: str,
    findings: Sequence[Finding] = (),
    evidence: Sequence[Evidence] = (),
    skipped: Sequence[str] = (),
) -> Report:
    checks: dict[str, CheckResult] = {}
    for check in sorted({f.check for f in findings} | {"gratitude", *skipped}):
        own = tuple(f for f in findings if f.check == check)
        worst = {f.severity for f in own}
        status = (
            "skip"
            if check in skipped
            else "fail"
            if "error" in worst
            else "warn"
            if "warning" in worst
            else "pass"
        )
        checks[check] = CheckResult(
            check,
            status,  # type: ignore[arg-type]
            True if check == "gratitude" else None,
            tuple(evidence) if check == "gratitude" else (),
            own,
            "not run here" if check in skipped else "",
        )
    return Report(
        text=text,
        kind="thank_you",
        checks=FrozenMap(checks),
        findings=tuple(sorted(findings, key=finding_sort_key)),
        metrics=Metrics(len(text), len(text.split()), 1, 1, 70.0, 6.0),
        meta=Meta("0.0.test", FrozenMap({"nlp": "test"}), 1.0, "plain", False),
        path="note.txt",
    )


def render(
    name: str,
    files: Sequence[ReviewedFile],
    *,
    errors: Sequence[InputError] = (),
    **options: Any,
) -> str:
    out = io.StringIO()
    reg = registry()
    opts = RenderOptions(
        checks=reg.checks, selected=tuple(reg.checks), version="0.0.test", **options
    )
    renderer = get_renderer(name)(out, opts)
    renderer.start()
    totals = {"error": 0, "warning": 0, "info": 0}
    for file in files:
        renderer.handle(file)
        for f in file.report.findings:
            totals[f.severity] += 1
    renderer.stop(
        Summary(
            files=len(files),
            errors=totals["error"],
            warnings=totals["warning"],
            info=totals["info"],
            failed_files=sum(1 for f in files if f.failing),
            input_errors=tuple(errors),
        )
    )
    return out.getvalue()


NOTE = "Dear Ana,\n\nI expect an answer by Friday.\n\nBest,\nSam\n"


# --- text -------------------------------------------------------------------------------


def test_text_marks_the_span_under_the_source_line() -> None:
    f = finding(NOTE, "an answer by Friday", "tone.pushy", suggestions=["any news"])
    out = render("text", [ReviewedFile("n.txt", make_report(NOTE, [f]))])
    lines = out.splitlines()
    assert lines[0] == "n.txt:3:10: warning tone.pushy Something to fix."
    assert lines[1] == " 3 | I expect an answer by Friday."
    assert lines[2] == "   |          ^" + "~" * 18
    assert lines[3] == "   = help: replace with 'any news'"
    assert "1 file checked: 0 errors, 1 warning, 0 info" in lines[-1]


def test_text_whole_note_finding_has_no_marked_line() -> None:
    f = finding(NOTE, None, "gratitude.missing", "error")
    out = render("text", [ReviewedFile("n.txt", make_report(NOTE, [f]))])
    assert out.startswith("n.txt:1:1: error gratitude.missing Something to fix.\n\n")
    assert "^" not in out


@pytest.mark.parametrize(
    ("line", "quote", "shown", "marks"),
    [
        # A tab before the span widens the line: the caret follows the expanded column.
        ("\tThanks {company}!", "{company}", "    Thanks {company}!", "           ^~~~~~~~~"),
        # Wide characters take two cells each.
        ("面接ありがとう {name}", "{name}", "面接ありがとう {name}", "               ^~~~~~"),
        ("日本語", "本語", "日本語", "  ^~~~"),
        # CRLF: the CR is not shown and the span stops at the line's end.
        ("I expect it now.\r", "now", "I expect it now.", "            ^~~"),
        # A combining accent adds no cell.
        ("Cafe\u0301 {x}", "{x}", "Cafe\u0301 {x}", "     ^~~"),
    ],
)
def test_text_excerpt_columns(line: str, quote: str, shown: str, marks: str) -> None:
    text = f"Hi,\n{line}\nBye\n"
    f = finding(text, quote, "placeholders.unfilled", "error")
    assert source_excerpt(text, f) == (shown, marks)


def test_text_empty_span_inside_the_line_gets_one_caret() -> None:
    text = "Hi,\nThanks you\n"
    at = text.index("you")
    f = Finding("typos", "typos.grammar", "warning", "Missing word.", at, at, 2, 8, 2, 8, ("for",))
    shown, marks = source_excerpt(text, f)
    assert (shown, marks) == ("Thanks you", "       ^")
    out = render("text", [ReviewedFile("n.txt", make_report(text, [f]))])
    assert "help: insert 'for'" in out


def test_text_long_line_is_cut_around_the_span() -> None:
    text = "Hi,\n" + "word " * 60 + "{company} " + "word " * 60 + "\n"
    f = finding(text, "{company}", "placeholders.unfilled", "error")
    shown, marks = source_excerpt(text, f)
    assert shown.startswith("...") and shown.endswith("...")
    assert len(shown) <= 100
    assert shown[marks.index("^") : marks.index("^") + 9] == "{company}"


def test_text_span_over_two_lines_is_marked_to_the_end_of_the_first() -> None:
    text = "Hi,\nI expect an\nanswer now.\n"
    f = finding(text, "expect an\nanswer", "tone.pushy")
    assert source_excerpt(text, f) == ("I expect an", "  ^~~~~~~~~")


def test_text_colour_only_when_asked() -> None:
    f = finding(NOTE, "Friday", "tone.pushy")
    file = ReviewedFile("n.txt", make_report(NOTE, [f]))
    assert "\x1b[" not in render("text", [file], color=False)
    coloured = render("text", [file], color=True)
    assert "\x1b[1;33mwarning\x1b[0m" in coloured
    # The marker's indentation stays plain so that copy-paste keeps the columns.
    assert "\x1b[2m|\x1b[0m " + " " * 22 + "\x1b[1;33m^~~~~~\x1b[0m" in coloured


def test_text_quiet_shows_only_failing_findings_one_line_each() -> None:
    findings = [
        finding(NOTE, None, "gratitude.missing", "error"),
        finding(NOTE, "Friday", "tone.pushy", "warning"),
    ]
    out = render("text", [ReviewedFile("n.txt", make_report(NOTE, findings))], verbosity=-1)
    assert out.splitlines()[0] == "n.txt:1:1: error gratitude.missing Something to fix."
    assert "tone.pushy" not in out
    assert "|" not in out
    assert "1 file with findings at or above 'error'" in out


def test_text_verbose_shows_statuses_evidence_and_verdict() -> None:
    text = "Dear Ana,\n\nThank you for your time.\n"
    at = text.index("Thank you")
    evidence = [Evidence(at, at + 9, "Thank you", "thanks")]
    out = render(
        "text",
        [ReviewedFile("n.txt", make_report(text, evidence=evidence, skipped=["promptness"]))],
        verbosity=1,
    )
    assert "n.txt: ready, score 100, kind thank_you" in out
    assert "pass  gratitude" in out and "detected" in out
    assert "3:1 'Thank you' (thanks)" in out
    assert "skip  promptness" in out and "not run here" in out


def test_text_summary_mentions_unreadable_paths() -> None:
    out = render("text", [], errors=[InputError("gone.txt", "no such file")])
    assert "0 files checked" in out
    assert "1 path could not be checked" in out


# --- github -----------------------------------------------------------------------------


def test_github_escapes_message_and_properties() -> None:
    assert escape_data("100% sure\r\nreally") == "100%25 sure%0D%0Areally"
    assert escape_property("notes/a,b:c.txt") == "notes/a%2Cb%3Ac.txt"
    text = "Hi,\nGive me 100% now\n"
    f = finding(text, "100% now", "tone.pushy", message="50% off,\nnow: ok")
    out = render("github", [ReviewedFile("notes/a,b:c.txt", make_report(text, [f]))])
    line = out.splitlines()[0]
    assert line == (
        "::warning file=notes/a%2Cb%3Ac.txt,line=2,col=9,endLine=2,endColumn=17,"
        "title=tone.pushy::50%25 off,%0Anow: ok"
    )


def test_github_levels_and_utf16_columns() -> None:
    text = "Hi 😀,\nThanks 😀😀 {x} and {y}\n"
    findings = [
        finding(text, "{x}", "placeholders.unfilled", "error"),
        finding(text, "{y}", "tone.casual", "info"),
        finding(text, None, "fit.missing", "warning"),
    ]
    out = render("github", [ReviewedFile("n.txt", make_report(text, findings))])
    lines = out.splitlines()
    assert lines[0].startswith("::warning file=n.txt,line=1,col=1,endLine=1,endColumn=1,")
    # "Thanks " is 7 units, each emoji 2 more: {x} starts at UTF-16 column 13, not 11.
    assert lines[1].startswith("::error file=n.txt,line=2,col=13,endLine=2,endColumn=16,")
    assert lines[2].startswith("::notice file=n.txt,line=2,col=21,")
    assert lines[-1].startswith("notecheck: 1 file checked: 1 error, 1 warning, 1 info")


def test_github_multiline_span_has_no_columns() -> None:
    text = "Hi,\nI expect an\nanswer now.\n"
    f = finding(text, "expect an\nanswer", "tone.pushy")
    line = render("github", [ReviewedFile("n.txt", make_report(text, [f]))]).splitlines()[0]
    assert line.startswith("::warning file=n.txt,line=2,endLine=3,title=tone.pushy::")


def test_github_reports_unreadable_paths_as_errors() -> None:
    out = render("github", [], errors=[InputError("a,b.txt", "not UTF-8 text")])
    assert "::error file=a%2Cb.txt::not UTF-8 text" in out.splitlines()


# --- sarif ------------------------------------------------------------------------------


def _sarif(files: Sequence[ReviewedFile], **kwargs: Any) -> Any:
    return json.loads(render("sarif", files, **kwargs))


def test_sarif_regions_count_utf16_and_whole_note_findings_sit_at_1_1() -> None:
    text = "Hi 😀,\nThanks 😀 {company}\n"
    findings = [
        finding(text, "{company}", "placeholders.unfilled", "error"),
        finding(text, None, "gratitude.missing", "error"),
    ]
    log = _sarif([ReviewedFile("notes/a.txt", make_report(text, findings))])
    run = log["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    by_code = {r["ruleId"]: r for r in run["results"]}
    region = by_code["placeholders.unfilled"]["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 2,
        # "Thanks " is 7 UTF-16 units and the emoji 2: the span starts at unit 11.
        "startColumn": 11,
        "endLine": 2,
        "endColumn": 20,
        "charOffset": len("Hi 😀,\nThanks 😀 ") + 2,
        "charLength": 9,
        "snippet": {"text": "{company}"},
    }
    whole = by_code["gratitude.missing"]["locations"][0]["physicalLocation"]
    assert whole["artifactLocation"] == {"uri": "notes/a.txt", "uriBaseId": "%SRCROOT%"}
    assert whole["region"]["startLine"] == 1 and whole["region"]["startColumn"] == 1


def test_sarif_rule_index_points_at_the_rule_of_the_result() -> None:
    text = "Hi,\nGive {x} now!!!\n"
    findings = [
        finding(text, "{x}", "placeholders.unfilled", "error"),
        finding(text, "!!!", "tone.shouting", "info"),
        Finding("typos", "internal.check-failed", "warning", "typos failed", 0, 0, 1, 1, 1, 1),
    ]
    run = _sarif([ReviewedFile("a.txt", make_report(text, findings))])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {
        "placeholders.unfilled": "error",
        "tone.shouting": "note",
        "internal.check-failed": "warning",
    }
    tone = next(r for r in rules if r["id"] == "tone.pushy")
    assert tone["helpUri"] == "https://github.com/notecheck/notecheck/blob/main/docs/checks/tone.md"
    assert tone["defaultConfiguration"] == {"level": "warning"}
    assert tone["shortDescription"]["text"] and tone["fullDescription"]["text"]


def test_sarif_fingerprints_survive_a_paragraph_added_above() -> None:
    before = "Hi,\nGive me {x} now.\n"
    after = "Hi,\n\nA new paragraph.\n\nGive me {x} now.\n"

    def prints(text: str) -> list[str]:
        f = finding(text, "{x}", "placeholders.unfilled", "error")
        run = _sarif([ReviewedFile("a.txt", make_report(text, [f]))])["runs"][0]
        return [r["partialFingerprints"]["notecheck/v1"] for r in run["results"]]

    assert prints(before) == prints(after)
    text = "Hi,\n{x} and {x}\n"
    twice = [
        finding(text, "{x}", "placeholders.unfilled", "error"),
        finding(text, "{x}", "placeholders.unfilled", "error", occurrence=1),
    ]
    run = _sarif([ReviewedFile("a.txt", make_report(text, twice))])["runs"][0]
    assert len({r["partialFingerprints"]["notecheck/v1"] for r in run["results"]}) == 2


def test_sarif_suggestions_become_fixes() -> None:
    text = "Hi,\nThe interveiw went well.\n"
    f = finding(text, "interveiw", "typos.spelling", suggestions=["interview"])
    result = _sarif([ReviewedFile("a.txt", make_report(text, [f]))])["runs"][0]["results"][0]
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"] == {"text": "interview"}
    assert replacement["deletedRegion"]["startColumn"] == 5
    assert "'interview'" in result["message"]["text"]


def test_sarif_input_errors_are_notifications() -> None:
    log = _sarif([], errors=[InputError("gone.txt", "no such file")])
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["message"]["text"] == "no such file"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "gone.txt"


# --- junit ------------------------------------------------------------------------------


def test_junit_is_valid_xml_with_failures_at_or_above_fail_on() -> None:
    text = 'Hi,\nI <3 "R&D" \x0b{x}\n'
    findings = [
        finding(text, "{x}", "placeholders.unfilled", "error", message='Fill <{x}> & "go"'),
        finding(text, "R&D", "tone.casual", "warning"),
    ]
    files = [ReviewedFile("a&b.txt", make_report(text, findings, skipped=["promptness"]))]
    root = ET.fromstring(render("junit", files))
    suite = root.find("testsuite")
    assert suite is not None
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    failure = cases["placeholders"].find("failure")
    assert failure is not None
    assert failure.get("message") == 'Fill <{x}> & "go"'
    assert failure.get("type") == "placeholders.unfilled"
    assert cases["tone"].find("failure") is None
    assert "tone.casual" in (cases["tone"].findtext("system-out") or "")
    assert cases["promptness"].find("skipped") is not None
    assert cases["gratitude"].get("classname") == "a&b.txt"
    assert suite.get("failures") == "1" and suite.get("skipped") == "1"
    # With --fail-on warning the tone finding fails its test case too.
    root = ET.fromstring(
        render("junit", [ReviewedFile("a&b.txt", files[0].report, fail_on="warning")])
    )
    assert root.get("failures") == "2"


def test_junit_control_characters_do_not_break_the_xml() -> None:
    text = "Hi,\nbad \x01\x0b byte {x}\n"
    f = finding(text, "\x01\x0b byte", "input.binary", message="odd \x01 char")
    root = ET.fromstring(render("junit", [ReviewedFile("a.txt", make_report(text, [f]))]))
    assert root.get("tests") is not None


def test_junit_unreadable_path_is_an_error_case() -> None:
    root = ET.fromstring(render("junit", [], errors=[InputError("gone.txt", "missing")]))
    case = next(root.iter("testcase"))
    assert case.get("name") == "input" and case.find("error") is not None
    assert root.get("errors") == "1"


# --- json -------------------------------------------------------------------------------


def test_json_streams_one_document() -> None:
    f = finding(NOTE, "Friday", "tone.pushy")
    files = [ReviewedFile(f"n{i}.txt", make_report(NOTE, [f])) for i in range(3)]
    document = json.loads(render("json", files, errors=[InputError("x.txt", "missing")]))
    assert [entry["path"] for entry in document["files"]] == ["n0.txt", "n1.txt", "n2.txt"]
    assert document["files"][0]["report"]["findings"][0]["code"] == "tone.pushy"
    assert "elapsed_ms" not in document["files"][0]["report"]["meta"]
    assert document["input_errors"] == [{"path": "x.txt", "message": "missing"}]
    assert document["summary"]["exit_status"] == 2
    assert document["summary"]["findings"] == {"error": 0, "warning": 3, "info": 0}


def test_json_with_no_files_is_still_a_document() -> None:
    document = json.loads(render("json", []))
    assert document["files"] == [] and document["summary"]["files"] == 0


# --- the renderer registry --------------------------------------------------------------


def test_builtin_formats_are_renderers() -> None:
    for name in BUILTIN:
        cls = get_renderer(name)
        assert issubclass(cls, Renderer) and cls.name == name and cls.description


def test_unknown_format_suggests_the_closest(monkeypatch: pytest.MonkeyPatch) -> None:
    import notecheck.renderers as renderers

    monkeypatch.setattr(renderers, "_plugin_entry_points", lambda: {})
    with pytest.raises(UnknownFormat, match="did you mean 'sarif'"):
        get_renderer("sarf")


def test_plugin_renderer_from_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    import notecheck.renderers as renderers

    class Csv(Renderer):
        def handle(self, file: ReviewedFile) -> None:
            for f in file.report.findings:
                self.out.write(f"{file.path},{f.line},{f.code}\n")

    class EntryPoint:
        def __init__(self, target: object) -> None:
            self.target = target

        def load(self) -> object:
            return self.target

    monkeypatch.setattr(
        renderers,
        "_plugin_entry_points",
        lambda: {"csv": EntryPoint(Csv), "broken": EntryPoint(print)},
    )
    assert renderers.available()[-2:] == ["broken", "csv"]
    f = finding(NOTE, "Friday", "tone.pushy")
    assert render("csv", [ReviewedFile("n.txt", make_report(NOTE, [f]))]) == "n.txt,3,tone.pushy\n"
    with pytest.raises(TypeError, match=r"not a notecheck\.renderers\.Renderer subclass"):
        get_renderer("broken")
