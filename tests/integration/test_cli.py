"""The ``notecheck`` command run as a user runs it: a real subprocess, real files.

Exact findings come from rule-based checks (gratitude, placeholders, timeline) selected with
``--select``, so that these tests do not depend on the spelling engine or the NLP model's
judgement calls.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import notecheck

GOOD = (
    "Dear Ana,\n\nThank you for your time today. I enjoyed learning about the data platform "
    "team, and our conversation made me even more excited about the role.\n\nMy five years "
    "building ETL pipelines in Python fit well with what you described. Could you let me know "
    "about the timeline for next steps?\n\nBest regards,\nSam\n"
)
# Thanks the reader but asks for no update: timeline.missing is its only (warning) finding.
NO_TIMELINE = "Dear Ana,\n\nThank you for your time today.\n\nBest regards,\nSam\n"
# An unfilled placeholder (an error) on a line with a tab, an emoji and CRLF endings.
PLACEHOLDER_LINE = "\tThank you 😀 for talking with me about the role at {company} today."
PLACEHOLDER = f"Dear Ana,\r\n\r\n{PLACEHOLDER_LINE}\r\n\r\nBest regards,\r\nSam\r\n"
EXACT = ("--select", "gratitude,placeholders")
WITH_TIMELINE = ("--select", "gratitude,placeholders,timeline")


def run(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment["PYTHONUTF8"] = "1"
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "notecheck", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=600,
    )


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        # newline="" keeps CRLF notes byte for byte.
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return path


def codes(document: dict[str, Any]) -> dict[str, list[str]]:
    return {
        entry["path"]: [f["code"] for f in entry["report"]["findings"]]
        for entry in document["files"]
    }


# --- exit status ------------------------------------------------------------------------


def test_exit_0_for_a_good_note_and_1_for_an_unfilled_placeholder(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "draft.txt", PLACEHOLDER)
    good = run("check", "good.txt", *EXACT, cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    assert "1 file checked: 0 errors, 0 warnings" in good.stdout
    bad = run("check", "good.txt", "draft.txt", *EXACT, cwd=tmp_path)
    assert bad.returncode == 1
    assert "draft.txt:3:" in bad.stdout and "placeholders.unfilled" in bad.stdout
    assert "good.txt:" not in bad.stdout  # no findings there, nothing printed for it


def test_fail_on_warning_turns_warnings_into_exit_1(tmp_path: Path) -> None:
    write(tmp_path / "note.txt", NO_TIMELINE)
    default = run("check", "note.txt", *WITH_TIMELINE, cwd=tmp_path)
    assert default.returncode == 0, default.stdout + default.stderr
    assert "timeline.missing" in default.stdout
    strict = run("check", "note.txt", *WITH_TIMELINE, "--fail-on", "warning", "-q", cwd=tmp_path)
    assert strict.returncode == 1
    assert strict.stdout.splitlines()[0].startswith("note.txt:1:1: warning timeline.missing ")


# --- input errors -------------------------------------------------------------------------


def test_bad_inputs_are_named_and_the_other_files_still_run(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "latin1.txt", "Merci beaucoup, c'était très bien.".encode("latin-1"))
    (tmp_path / "empty").mkdir()
    write(tmp_path / "draft.txt", PLACEHOLDER)
    result = run(
        "check",
        "good.txt",
        "missing.txt",
        "latin1.txt",
        "empty",
        "nothing-*.md",
        "draft.txt",
        *EXACT,
        "-f",
        "json",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert "notecheck: error: missing.txt: no such file or folder (check the path)" in errors
    assert any(
        line.startswith("notecheck: error: latin1.txt: not UTF-8 text (byte 0xe9 at offset")
        and "save the note as UTF-8" in line
        for line in errors
    )
    assert any(
        line.startswith("notecheck: error: empty: no notes in this folder") for line in errors
    )
    assert any(
        line.startswith("notecheck: error: nothing-*.md: no file matches") for line in errors
    )
    document = json.loads(result.stdout)
    assert codes(document) == {"good.txt": [], "draft.txt": ["placeholders.unfilled"]}
    assert [e["path"] for e in document["input_errors"]] == [
        "missing.txt",
        "latin1.txt",
        "empty",
        "nothing-*.md",
    ]
    assert document["summary"]["exit_status"] == 2


def test_bom_is_dropped_and_offsets_match_the_text(tmp_path: Path) -> None:
    write(tmp_path / "plain.txt", PLACEHOLDER)
    write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + PLACEHOLDER.encode("utf-8"))
    result = run("check", "plain.txt", "bom.txt", *EXACT, "-f", "json", cwd=tmp_path)
    files = json.loads(result.stdout)["files"]
    plain, bom = (entry["report"]["findings"] for entry in files)
    assert plain == bom
    (finding,) = plain
    assert PLACEHOLDER[finding["start"] : finding["end"]] == "{company}"
    assert (finding["line"], finding["column"]) == (3, PLACEHOLDER_LINE.index("{") + 1)


# --- finding the notes ----------------------------------------------------------------------


def test_folders_are_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "notes" / "b.txt", GOOD)
    write(tmp_path / "notes" / "a.md", GOOD)
    write(tmp_path / "notes" / "sub" / "deeper" / "c.html", f"<p>{GOOD}</p>")
    write(tmp_path / "notes" / "sub" / "d.eml", f"Subject: Thanks\n\n{GOOD}")
    write(tmp_path / "notes" / "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "notes" / ".drafts" / "e.txt", PLACEHOLDER)
    write(tmp_path / "notes" / ".hidden.txt", PLACEHOLDER)
    result = run("check", "notes", "--select", "gratitude", "-f", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    paths = [entry["path"] for entry in document["files"]]
    assert paths == ["notes/a.md", "notes/b.txt", "notes/sub/d.eml", "notes/sub/deeper/c.html"]
    formats = [entry["report"]["meta"]["format"] for entry in document["files"]]
    assert formats == ["markdown", "plain", "eml", "html"]


def test_globs_pick_the_matching_files(tmp_path: Path) -> None:
    write(tmp_path / "notes" / "a.md", GOOD)
    write(tmp_path / "notes" / "b.txt", PLACEHOLDER)
    write(tmp_path / "notes" / "deep" / "c.md", PLACEHOLDER)
    result = run("check", "notes/**/*.md", *EXACT, "-f", "json", cwd=tmp_path)
    assert result.returncode == 1
    assert codes(json.loads(result.stdout)) == {
        "notes/a.md": [],
        "notes/deep/c.md": ["placeholders.unfilled"],
    }


def test_stdin_with_and_without_a_name(tmp_path: Path) -> None:
    result = run("check", "-", *EXACT, "-f", "json", cwd=tmp_path, stdin=PLACEHOLDER)
    assert result.returncode == 1
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["path"] == "<stdin>"
    assert [f["code"] for f in entry["report"]["findings"]] == ["placeholders.unfilled"]

    markdown = "Dear Ana,\n\n**Thank you** for your time today.\n\nBest,\nSam\n"
    named = run(
        "check", "-", "--stdin-filename", "drafts/ana.md", "-f", "json", *EXACT, cwd=tmp_path,
        stdin=markdown,
    )  # fmt: skip
    assert named.returncode == 0, named.stderr
    (entry,) = json.loads(named.stdout)["files"]
    assert entry["path"] == "drafts/ana.md"
    assert entry["report"]["meta"]["format"] == "markdown"


# --- text output ---------------------------------------------------------------------------


def test_text_output_marks_the_span_with_tabs_wide_chars_and_crlf(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", PLACEHOLDER)
    result = run("check", "draft.txt", *EXACT, cwd=tmp_path)
    column = PLACEHOLDER_LINE.index("{") + 1
    lines = result.stdout.splitlines()
    header = lines.index(next(line for line in lines if "placeholders.unfilled" in line))
    assert lines[header].startswith(f"draft.txt:3:{column}: error placeholders.unfilled ")
    shown = lines[header + 1]
    marks = lines[header + 2]
    # The tab becomes 4 spaces, the CR is gone, and the emoji takes two cells.
    assert shown == " 3 | " + PLACEHOLDER_LINE.replace("\t", "    ")
    before = PLACEHOLDER_LINE.index("{") - 1 + 4 + 1  # tab as 4 cells, emoji 1 cell wider
    assert marks == "   | " + " " * before + "^" + "~" * 8
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_quiet_and_verbose(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", PLACEHOLDER)
    quiet = run("check", "draft.txt", *EXACT, "-q", cwd=tmp_path)
    assert quiet.stdout.splitlines()[0].startswith("draft.txt:3:")
    assert "|" not in quiet.stdout  # no source excerpt
    assert len(quiet.stdout.splitlines()) == 2  # the error and the summary
    verbose = run("check", "draft.txt", *EXACT, "-v", cwd=tmp_path)
    assert "draft.txt: not-ready, score 80, kind thank_you" in verbose.stdout
    assert "pass  gratitude" in verbose.stdout
    # Evidence: where the thanks are, and the words (the exact words are the check's call).
    assert re.search(r"^ +3:\d+ 'Thank[^']*' \(thanks\)$", verbose.stdout, re.MULTILINE)


def test_colour_can_be_forced(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", PLACEHOLDER)
    forced = run("check", "draft.txt", *EXACT, "--color", "always", cwd=tmp_path)
    assert "\x1b[1;31merror\x1b[0m" in forced.stdout


def test_progress_bar_on_a_terminal_for_many_files(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    for i in range(22):
        write(tmp_path / "notes" / f"n{i:02}.txt", NO_TIMELINE)
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "notecheck", "check", "notes", "--select", "gratitude"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=follower,
            text=True,
            timeout=600,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    progress = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0
    assert "notecheck: [" in progress and "/22 files" in progress
    assert "\r\x1b[K" in progress  # cleared before the summary
    assert "22 files checked" in process.stdout


# --- formats and output ------------------------------------------------------------------


def test_github_annotations_escape_the_file_name(tmp_path: Path) -> None:
    write(tmp_path / "a,b.txt", PLACEHOLDER)
    result = run("check", "a,b.txt", *EXACT, "-f", "github", cwd=tmp_path)
    column = len(PLACEHOLDER_LINE[: PLACEHOLDER_LINE.index("{")].encode("utf-16-le")) // 2 + 1
    assert result.stdout.splitlines()[0] == (
        f"::error file=a%2Cb.txt,line=3,col={column},endLine=3,endColumn={column + 9},"
        "title=placeholders.unfilled::Unfilled placeholder '{company}': replace it with the "
        "real company before sending."
    )


def test_output_file_and_junit(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    write(tmp_path / "draft.txt", PLACEHOLDER)
    result = run("check", "draft.txt", *EXACT, "-f", "junit", "-o", "out/report.xml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    root = ET.parse(tmp_path / "out" / "report.xml").getroot()
    failures = [
        case.get("name") for case in root.iter("testcase") if case.find("failure") is not None
    ]
    assert failures == ["placeholders"]
    assert root.get("tests") == "2"
    not_a_folder = run("check", "draft.txt", "-o", "draft.txt/y.xml", cwd=tmp_path)
    assert not_a_folder.returncode == 2
    assert "--output draft.txt/y.xml: cannot write it" in not_a_folder.stderr


def test_parallel_jobs_keep_the_input_order(tmp_path: Path) -> None:
    for name, text in (("c.txt", PLACEHOLDER), ("a.txt", GOOD), ("b.txt", NO_TIMELINE)):
        write(tmp_path / name, text)
    args = ("check", "c.txt", "a.txt", "b.txt", *EXACT, "-f", "json")
    serial = run(*args, cwd=tmp_path)
    parallel = run(*args, "-j", "2", cwd=tmp_path)
    assert parallel.returncode == serial.returncode == 1
    assert parallel.stdout == serial.stdout
    assert [e["path"] for e in json.loads(parallel.stdout)["files"]] == ["c.txt", "a.txt", "b.txt"]


def test_parallel_jobs_use_each_files_config(tmp_path: Path) -> None:
    write(tmp_path / "team" / "notecheck.toml", 'ignore = ["placeholders"]\nfail-on = "warning"\n')
    for i in range(6):
        write(tmp_path / "team" / f"t{i}.txt", (PLACEHOLDER, GOOD, NO_TIMELINE)[i % 3])
        write(tmp_path / "solo" / f"s{i}.txt", (NO_TIMELINE, PLACEHOLDER, GOOD)[i % 3])
    args = ("check", "solo", "team", *WITH_TIMELINE, "--ignore", "timeline.missing", "-f", "json")
    serial = run(*args, cwd=tmp_path)
    parallel = run(*args, "-j", "3", cwd=tmp_path)
    assert parallel.returncode == serial.returncode == 1
    assert json.loads(parallel.stdout) == json.loads(serial.stdout)
    found = codes(json.loads(parallel.stdout))
    assert found["solo/s1.txt"] == ["placeholders.unfilled"]
    assert found["team/t0.txt"] == []


POOL_PROBE = """
import contextlib, io, json, multiprocessing, sys
multiprocessing.set_start_method(sys.argv[1])
from notecheck._cli import main
outputs = []
for jobs in ("1", "2"):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["check", "-f", "json", "--sent-at", "2026-05-02T09:00:00-04:00",
                       "-j", jobs, *sys.argv[2:]])
    document = json.loads(out.getvalue())
    for entry in document["files"]:
        entry["report"]["meta"].pop("elapsed_ms", None)
    outputs.append((status, document))
print(json.dumps([outputs[0] == outputs[1], outputs[1][0], len(outputs[1][1]["files"])]))
"""


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_parallel_jobs_with_workers_that_start_from_scratch(tmp_path: Path, method: str) -> None:
    # Without fork, each worker builds its engines in its initializer.
    names = []
    for i in range(9):
        names.append(str(write(tmp_path / f"n{i}.txt", (PLACEHOLDER, GOOD, NO_TIMELINE)[i % 3])))
    result = subprocess.run(
        [sys.executable, "-c", POOL_PROBE, method, *names],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [True, 1, 9]


EXIT_PROBE = """
import atexit, pathlib, sys
marker = pathlib.Path(sys.argv[1])
atexit.register(lambda: marker.write_text("exit handlers ran"))
sys.argv = ["notecheck", *sys.argv[2:]]
from notecheck._cli import console_main
console_main()
print("not reached")
"""


def test_the_console_script_flushes_runs_exit_handlers_and_keeps_the_status(
    tmp_path: Path,
) -> None:
    # console_main leaves with os._exit: output and exit handlers must not be lost.
    for i in range(30):
        write(tmp_path / "notes" / f"n{i:02}.txt", (PLACEHOLDER, GOOD)[i % 2])
    marker = tmp_path / "marker"
    result = subprocess.run(
        [sys.executable, "-c", EXIT_PROBE, str(marker), "check", "notes", *EXACT, "-f", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1, result.stderr[-3000:]
    assert len(json.loads(result.stdout)["files"]) == 30  # complete, and nothing after it
    assert marker.read_text() == "exit handlers ran"
    clean = subprocess.run(
        [sys.executable, "-c", EXIT_PROBE, str(marker), "check", "notes/n01.txt", *EXACT],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert clean.returncode == 0, clean.stderr[-3000:]
    assert "1 file checked" in clean.stdout


def test_a_reader_that_goes_away_stops_the_run_quietly(tmp_path: Path) -> None:
    for i in range(40):
        write(tmp_path / "notes" / f"n{i:02}.txt", PLACEHOLDER)
    process = subprocess.Popen(
        [sys.executable, "-m", "notecheck", "check", "notes", *EXACT],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `notecheck check ... | head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=600) == 1
    assert "Traceback" not in stderr and "Exception ignored" not in stderr


# --- choosing checks -----------------------------------------------------------------------


def test_select_and_ignore_take_check_ids_and_codes(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", PLACEHOLDER)
    only_code = run(
        "check", "draft.txt", "--select", "placeholders.unfilled,gratitude", "-f", "json",
        cwd=tmp_path,
    )  # fmt: skip
    report = json.loads(only_code.stdout)["files"][0]["report"]
    assert sorted(report["checks"]) == ["gratitude", "placeholders"]
    assert [f["code"] for f in report["findings"]] == ["placeholders.unfilled"]
    ignored = run(
        "check", "draft.txt", *WITH_TIMELINE, "--ignore", "timeline", "--ignore",
        "placeholders.unfilled", "-f", "json", cwd=tmp_path,
    )  # fmt: skip
    assert ignored.returncode == 0
    report = json.loads(ignored.stdout)["files"][0]["report"]
    assert report["findings"] == []
    assert report["checks"]["placeholders"]["status"] == "pass"
    assert "timeline" not in report["checks"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--select", "gratitud"),
            "--select: unknown check or code 'gratitud' (did you mean 'gratitude'?",
        ),
        (
            ("--ignore", "tone.pushhy"),
            "--ignore: unknown check or code 'tone.pushhy' (did you mean 'tone.pushy'?",
        ),
        (("--format", "sarf"), "--format: unknown format 'sarf' (did you mean 'sarif'?)"),
        (("--interview-at", "yesterday"), "--interview-at: 'yesterday' is not an ISO 8601 date"),
        (("--kind", "cover_letter"), "invalid choice: 'cover_letter'"),
    ],
)
def test_usage_errors_exit_2_before_reviewing(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    write(tmp_path / "note.txt", GOOD)
    result = run("check", "note.txt", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


# --- configuration -------------------------------------------------------------------------


def test_each_file_uses_the_nearest_config(tmp_path: Path) -> None:
    write(
        tmp_path / "team" / "notecheck.toml",
        'ignore = ["placeholders"]\nfail-on = "warning"\n',
    )
    write(tmp_path / "team" / "drafts" / "p.txt", PLACEHOLDER)
    write(tmp_path / "solo" / "p.txt", PLACEHOLDER)
    result = run("check", "team", "solo", *WITH_TIMELINE, "-f", "json", cwd=tmp_path)
    document = json.loads(result.stdout)
    assert codes(document) == {
        "team/drafts/p.txt": ["timeline.missing"],
        "solo/p.txt": ["timeline.missing", "placeholders.unfilled"],
    }
    # The team's fail-on = "warning" makes its warning count; solo fails on its error.
    assert document["summary"]["failed_files"] == 2
    assert result.returncode == 1


def test_explicit_config_applies_to_every_file(tmp_path: Path) -> None:
    write(tmp_path / "conf" / "strict.toml", 'fail-on = "warning"\n')
    write(tmp_path / "note.txt", NO_TIMELINE)
    result = run("check", "note.txt", *WITH_TIMELINE, "--config", "conf/strict.toml", cwd=tmp_path)
    assert result.returncode == 1
    assert "findings at or above 'warning'" in result.stdout


def test_broken_config_given_with_config_exits_2_naming_file_and_line(tmp_path: Path) -> None:
    write(tmp_path / "bad.toml", '# team settings\nfail-on = "error"\nselect = ["gratitud"]\n')
    write(tmp_path / "note.txt", GOOD)
    result = run("check", "note.txt", "--config", "bad.toml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        "notecheck: error: bad.toml:3: select: unknown check 'gratitud'"
    )
    assert "did you mean 'gratitude'?" in result.stderr
    assert result.stdout == ""
    missing = run("check", "note.txt", "--config", "nope.toml", cwd=tmp_path)
    assert missing.returncode == 2
    assert "nope.toml: cannot read the config file" in missing.stderr


def test_broken_discovered_config_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "notes" / "notecheck.toml", "select = [\n")
    write(tmp_path / "notes" / "a.txt", GOOD)
    result = run("check", "notes", cwd=tmp_path)
    assert result.returncode == 2
    assert "notecheck.toml" in result.stderr and "is not valid TOML" in result.stderr


# --- rules, explain, version, help ------------------------------------------------------------


def test_rules_lists_every_check(tmp_path: Path) -> None:
    text = run("rules", cwd=tmp_path)
    assert text.returncode == 0
    rows = [line.split() for line in text.stdout.splitlines()]
    assert rows[0] == ["ID", "SEVERITY", "SOURCE", "TITLE"]
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["gratitude"][1:4] == ["error", "builtin", "Gratitude"]
    assert {"promptness", "interest", "fit", "timeline", "tone", "typos"} <= set(by_id)
    document = json.loads(run("rules", "--format", "json", cwd=tmp_path).stdout)
    tone = next(c for c in document if c["id"] == "tone")
    assert "tone.pushy" in tone["codes"] and tone["source"] == "builtin"
    assert tone["docs"].endswith("/docs/checks/tone.md")
    verbose = run("rules", "-v", cwd=tmp_path).stdout
    assert "    tone.pushy: " in verbose


def test_explain_a_check_or_a_code(tmp_path: Path) -> None:
    from notecheck._docs import render_check_page
    from notecheck._registry import registry

    by_code = run("explain", "tone.pushy", cwd=tmp_path)
    assert by_code.returncode == 0, by_code.stderr
    assert by_code.stdout == render_check_page(registry().checks["tone"])
    unknown = run("explain", "tonne", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "unknown check or code 'tonne' (did you mean 'tone'?" in unknown.stderr


def test_version_and_help_are_cheap(tmp_path: Path) -> None:
    version = run("--version", cwd=tmp_path)
    assert version.stdout.strip() == f"notecheck {notecheck.__version__}"
    probe = (
        "import sys\nfrom notecheck._cli import main\n"
        "codes = [main(['--help']), main(['check', '--help'])]\n"
        "heavy = sorted(m for m in ('spacy', 'notecheck._review', 'notecheck._analysis') "
        "if m in sys.modules)\n"
        "print(codes, heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.stderr.strip().splitlines()[-1] == "[0, 0] []"
    assert "notecheck check" in result.stdout and "--fail-on" in result.stdout


def test_no_command_prints_help_and_exits_2(tmp_path: Path) -> None:
    result = run(cwd=tmp_path)
    assert result.returncode == 2
    assert "usage: notecheck" in result.stderr


def test_use_color_follows_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from notecheck._cli import _use_color

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert _use_color("auto", Terminal()) is True
    assert _use_color("auto", io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color("auto", Terminal()) is False
    assert _use_color("always", io.StringIO()) is True
    assert _use_color("never", Terminal()) is False
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert _use_color("auto", io.StringIO()) is False  # NO_COLOR wins over FORCE_COLOR
    monkeypatch.delenv("NO_COLOR")
    assert _use_color("auto", io.StringIO()) is True
