"""The public contract of notecheck.review() and the report."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pytest

import notecheck
from notecheck import Check, Config, Flag, Outcome
from notecheck._registry import Registry, registry

ELEMENTS = ("gratitude", "interest", "fit", "timeline")
CONTRACT_KEYS = {"promptness", *ELEMENTS, "tone", "typos", "placeholders"}


def assert_offsets_valid(report: notecheck.Report) -> None:
    text = report.text
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        before = text[: f.start]
        assert f.line == before.count("\n") + 1
        assert f.column == f.start - (before.rfind("\n") + 1) + 1
    for result in report.checks.values():
        for e in result.evidence:
            assert 0 <= e.start <= e.end <= len(text)
            assert text[e.start : e.end] == e.quote


def test_report_shape(good_note: str) -> None:
    report = notecheck.review(good_note)
    assert set(report.checks) >= CONTRACT_KEYS
    assert isinstance(report.passed, bool) and 0 <= report.score <= 100
    for name in ELEMENTS:
        result = report.checks[name]
        assert result.detected is True, name
        assert result.evidence and result.status == "pass", name
    assert report.checks["tone"].detected is None
    assert report.kind == "thank_you"
    assert report.metrics.words > 50 and report.metrics.paragraphs == 2
    assert report.metrics.flesch_reading_ease is not None
    assert report.meta.version == notecheck.__version__
    assert {"nlp", "readability", "typos"} <= set(report.meta.engines)
    assert_offsets_valid(report)
    assert list(report.findings) == sorted(report.findings, key=lambda f: (f.start, f.end))


def test_results_are_immutable(good_note: str) -> None:
    report = notecheck.review(good_note)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.kind = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        report.checks["tone"] = report.checks["fit"]  # type: ignore[index]
    if report.findings:
        with pytest.raises(dataclasses.FrozenInstanceError):
            report.findings[0].message = "x"  # type: ignore[misc]


def test_json_is_versioned_and_deterministic(good_note: str) -> None:
    first = notecheck.review(good_note).to_json(timing=False)
    second = notecheck.review(good_note).to_json(timing=False)
    assert first == second
    data = json.loads(first)
    assert data["schema_version"] == notecheck.SCHEMA_VERSION
    assert "elapsed_ms" in json.loads(notecheck.review(good_note).to_json())["meta"]


@pytest.mark.parametrize("value", [b"Dear Ann", None, 42, ["Dear Ann"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="needs the note as a str"):
        notecheck.review(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  \n",
        "\x00\x01\x02\xff" * 50,
        "Dear {{ name,\n\nThank you }} for the {chat.",
        "<script>alert('x')</script><p>Thank you</p>",
        "🙏🙏🙏 thx!!! 🎉",
        "Tha\u200bnk you for to\u200cday",
        "\ufeffDear Ann,\r\n\r\nThank you.\r\n",
        "Sehr geehrte Frau Müller, vielen Dank für das freundliche Gespräch heute.",
    ],
)
def test_bad_input_gives_a_report(text: str) -> None:
    report = notecheck.review(text)
    assert_offsets_valid(report)
    json.loads(report.to_json())


def test_empty_note_says_so() -> None:
    report = notecheck.review("   ")
    assert [f.code for f in report.findings if f.check == "input"] == ["input.empty"]
    assert not report.passed


def test_huge_note_is_truncated_with_a_finding() -> None:
    text = "Thank you for the interview today. " * 30_000  # ~1 MB
    report = notecheck.review(text)
    assert any(f.code == "input.too-long" for f in report.findings)
    assert_offsets_valid(report)


def test_times_as_strings_and_datetimes() -> None:
    text = "Dear Li,\n\nThank you for meeting me today.\n\nBest,\nSam"
    at = datetime(2026, 5, 4, 10, tzinfo=timezone(timedelta(hours=-4)))
    late = notecheck.review(text, interview_at=at, sent_at="2026-05-05T15:00:00Z")
    assert [f.code for f in late.checks["promptness"].findings] == ["promptness.late"]
    prompt = notecheck.review(
        text, interview_at="2026-05-04T10:00:00-04:00", sent_at="2026-05-04T20:00:00Z"
    )
    assert prompt.checks["promptness"].status == "pass"
    bad = notecheck.review(text, interview_at="next tuesday")
    assert any(f.code == "input.bad-date" for f in bad.findings)


def test_eml_date_header_drives_promptness() -> None:
    eml = (
        "From: a@example.com\nTo: b@example.com\nSubject: Thank you\n"
        "Date: Fri, 08 May 2026 09:00:00 -0400\n\n"
        "Dear Bea,\n\nThank you for the interview.\n\nBest,\nAl\n"
    )
    report = notecheck.review(eml, interview_at="2026-05-04T10:00:00-04:00")
    assert [f.code for f in report.checks["promptness"].findings] == ["promptness.very-late"]


def test_inline_suppression() -> None:
    text = (
        "<!-- notecheck: disable=personalization -->\nDear Jo,\n\n"
        "<!-- notecheck: disable-next-line=tone.pushy -->\n"
        "Thanks for your time. Please answer ASAP.\nI need an answer by Friday.\n\nBest,\nKim"
    )
    report = notecheck.review(text)
    assert "personalization" not in {f.check for f in report.findings}
    pushy = [f for f in report.findings if f.code == "tone.pushy"]
    # "ASAP" on line 5 is suppressed; the demand on line 6 is not.
    assert pushy and {f.line for f in pushy} == {6}
    unsuppressed = notecheck.review(text.replace("disable-next-line", "nothing"))
    assert 5 in {f.line for f in unsuppressed.findings if f.code == "tone.pushy"}


def test_template_placeholders_are_slots_not_errors() -> None:
    text = "Dear {{ interviewer }},\n\nThank you for the chat about [Role].\n\nBest,\n{{ me }}"
    sent = notecheck.review(text)
    assert {f.code for f in sent.findings if f.check == "placeholders"} == {"placeholders.unfilled"}
    assert len(sent.checks["placeholders"].findings) == 3
    as_template = notecheck.review(text, template=True)
    assert as_template.checks["placeholders"].status == "pass"
    assert not [f for f in as_template.findings if f.check == "typos"]


def test_kind_detection_and_override() -> None:
    text = (
        "Dear Ms. Cole,\n\nThank you for letting me know about your decision. I was sorry to "
        "hear I was not selected, but I'd welcome any feedback and hope we stay in touch."
        "\n\nBest,\nRay"
    )
    assert notecheck.review(text).kind == "rejection_reply"
    assert notecheck.review(text, kind="thank_you").kind == "thank_you"
    with pytest.raises(ValueError, match="kind must be one of"):
        notecheck.review(text, kind="apology")


def _boom(ctx: object) -> Outcome:
    raise RuntimeError("kaboom")


def test_a_failing_check_is_a_finding_and_the_rest_still_run(
    monkeypatch: pytest.MonkeyPatch, good_note: str
) -> None:
    broken = Check(
        id="broken",
        title="Broken",
        summary="s",
        why="w",
        how_to_fix="h",
        run=_boom,
        source="plugin:broken",
    )
    real = registry()
    fake = Registry({**real.checks, "broken": broken}, real.failures)
    monkeypatch.setattr("notecheck._review.registry", lambda: fake)
    report = notecheck.review(good_note)
    assert report.checks["broken"].status == "skip"
    assert [f.code for f in report.checks["broken"].findings] == ["internal.check-failed"]
    assert "kaboom" in report.checks["broken"].findings[0].message
    assert report.checks["gratitude"].detected is True


def test_flags_map_from_plain_text_to_markdown_source() -> None:
    def shout(ctx: notecheck.Context) -> Outcome:
        at = ctx.note.plain.index("ASAP")
        return Outcome((Flag("shout.asap", "asap", at, at + 4),))

    check = Check(id="shout", title="t", summary="s", why="w", how_to_fix="h", run=shout)
    text = "Dear **Jo**,\n\nPlease reply [ASAP](https://example.com).\n"
    real = registry()
    fake = Registry({"shout": check}, ())
    import notecheck._review as review_module

    original = review_module.registry
    review_module.registry = lambda: fake  # type: ignore[assignment]
    try:
        report = notecheck.review(text)
    finally:
        review_module.registry = original  # type: ignore[assignment]
    (finding,) = report.findings
    assert text[finding.start : finding.end] == "ASAP"
    assert (finding.line, finding.column) == (3, 15)
    assert real.checks


def test_config_max_chars() -> None:
    report = notecheck.review("Thank you. " * 100, config=Config(max_chars=200))
    assert any(f.code == "input.too-long" for f in report.findings)
