"""Notes are personal data: notecheck opens no connection, logs no note text, writes no file.

* ``import notecheck``, ``review()``, ``review_many()`` and the CLI run with every way out to
  the network blocked (socket connect, DNS, and the matching audit events), in a fresh
  process, and nothing tries to get out.
* Logs at DEBUG on the ``notecheck`` logger and the root logger never hold the note text,
  also when a check crashes (an injected plugin-like check that fails with the note in its
  exception).
* The CLI leaves the files it checks exactly as they were.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import notecheck
from notecheck import Check, Context, Outcome, _registry

from ._helpers import SENT_AT, generated_notes, run_python

MARKER = "Zebracorn-4815-Quasar"  # appears in no message template, so any hit is a leak

NOTE = f"""Dear Ms. {MARKER},

Thank you for taking the time to meet with me today about the {MARKER} project. Our talk made
me even more excited about the role, and my years of Kubernetes work fit what you need.

Could you share the timeline for next steps?

Best regards,
Priya {MARKER}
"""

BLOCKED = r"""
import json, os, socket, sys

log_path = sys.argv[1]
note_path = sys.argv[2]

def record(what):
    with open(log_path, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {what}\n")

def refuse(name):
    def blocked(*args, **kwargs):
        record(f"{name} {args[1:2] if name.startswith('socket.socket') else args[:1]}")
        raise OSError(f"network blocked by the privacy test ({name})")
    return blocked

socket.socket.connect = refuse("socket.socket.connect")
socket.socket.connect_ex = refuse("socket.socket.connect_ex")
socket.socket.sendto = refuse("socket.socket.sendto")
socket.create_connection = refuse("socket.create_connection")
socket.getaddrinfo = refuse("socket.getaddrinfo")
socket.gethostbyname = refuse("socket.gethostbyname")
socket.gethostbyname_ex = refuse("socket.gethostbyname_ex")

NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                  "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg",
                  "urllib.Request", "http.client.connect", "ftplib.connect"}

def audit(event, args):
    if event in NETWORK_EVENTS:
        record(f"audit {event} {args[:2]!r}")
        raise OSError(f"network blocked by the privacy test ({event})")

sys.addaudithook(audit)

import notecheck
import notegen
texts = notegen.texts(40, seed=11)
note = open(note_path, encoding="utf-8").read()
for text in [note, *texts[:12]]:
    notecheck.review(text)
notecheck.review(note, interview_at="2026-05-01T10:00:00-04:00", kind="thank_you", template=True)
many = notecheck.review_many(texts, workers=2)
assert len(many) == len(texts)
cli_status = None
try:
    from notecheck._cli import main
except ImportError:
    pass
else:
    import contextlib, io
    with contextlib.redirect_stdout(io.StringIO()):
        cli_status = main(["check", note_path])
        main(["check", "-f", "json", note_path])
print(json.dumps({"cli_status": cli_status}))
"""


def test_no_network_connection_is_attempted(tmp_path: Path) -> None:
    attempts = tmp_path / "attempts.log"
    attempts.write_text("", encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    result = run_python(BLOCKED, str(attempts), str(note))
    assert attempts.read_text(encoding="utf-8") == "", "notecheck tried to reach the network"
    if result["cli_status"] is not None:
        assert result["cli_status"] in (0, 1)


# --- logs ------------------------------------------------------------------------------


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        if record.stack_info:
            text += "\n" + record.stack_info
        self.lines.append(f"{record.name}:{record.levelname}:{text}")


@pytest.fixture
def all_logs() -> Iterator[_Collect]:
    handler = _Collect()
    loggers = [logging.getLogger(), logging.getLogger("notecheck")]
    saved = [(lg, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        for lg, level in saved:
            lg.removeHandler(handler)
            lg.setLevel(level)


def _leaky_check() -> Check:
    def run(ctx: Context) -> Outcome:
        # The worst case: an exception whose message is the note itself.
        raise RuntimeError(ctx.note.plain)

    return Check(
        id="leaky",
        title="Leaky",
        summary="A check that crashes with the note text in its exception.",
        why="test",
        how_to_fix="test",
        run=run,
        source="plugin:leaky",
    )


@pytest.fixture
def crashing_plugin() -> Iterator[None]:
    registry = _registry.registry()
    _registry._cached = replace(registry, checks={**registry.checks, "leaky": _leaky_check()})
    try:
        yield
    finally:
        _registry.reset_registry()


def test_logs_never_hold_the_note_text(all_logs: _Collect, crashing_plugin: None) -> None:
    report = notecheck.review(NOTE, sent_at=SENT_AT)
    notecheck.review(NOTE, interview_at="2026-05-01T10:00:00-04:00", kind="follow_up")
    notecheck.review(f"<p>{MARKER}</p>", format="html")
    notecheck.review(f"From: {MARKER}@example.com\nTo: a@b.c\nSubject: {MARKER}\n\n{MARKER}\n")
    # The crash was reported to the caller, in the report (the caller's own data) ...
    assert report.checks["leaky"].status == "skip"
    assert any(f.code == "internal.check-failed" for f in report.findings)
    # ... and logged, without the text.
    assert any("leaky" in line for line in all_logs.lines), all_logs.lines
    leaks = [line for line in all_logs.lines if MARKER in line]
    assert not leaks, f"note text in the logs: {leaks[:3]}"


def test_cli_logs_never_hold_the_note_text(
    tmp_path: Path, all_logs: _Collect, capsys: pytest.CaptureFixture[str]
) -> None:
    from notecheck import _cli as cli

    note = tmp_path / "note.md"
    note.write_text(NOTE, encoding="utf-8")
    cli.main(["check", "-v", str(note)])
    cli.main(["check", "-f", "json", str(note)])
    captured = capsys.readouterr()
    leaks = [line for line in all_logs.lines if MARKER in line]
    assert not leaks, f"note text in the logs: {leaks[:3]}"
    assert MARKER not in captured.err, "note text on stderr"


# --- files -----------------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    out = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        out[str(path.relative_to(folder))] = (st.st_mtime_ns, st.st_mode, digest)
    return out


def _cli_command() -> list[str]:
    return [sys.executable, "-m", "notecheck"]


def test_cli_never_modifies_the_files_it_checks(tmp_path: Path) -> None:
    command = _cli_command()
    folder = tmp_path / "notes"
    (folder / "nested" / "deeper").mkdir(parents=True)
    texts = generated_notes(12, seed=3)
    suffixes = (".txt", ".md", ".html", ".eml")
    for i, text in enumerate(texts):
        sub = (
            folder
            if i % 3 == 0
            else folder / "nested"
            if i % 3 == 1
            else folder / "nested" / "deeper"
        )
        (sub / f"note{i}{suffixes[i % len(suffixes)]}").write_text(
            text, encoding="utf-8", newline=""
        )
    (folder / "crlf.txt").write_bytes(NOTE.replace("\n", "\r\n").encode("utf-8"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + NOTE.encode("utf-8"))
    (folder / "latin1.txt").write_bytes("Dear Zoë,\n\nThank you.".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "readonly.txt").write_text(NOTE, encoding="utf-8")
    (folder / "readonly.txt").chmod(0o444)
    (folder / "notecheck.toml").write_text('[notecheck]\nignore = ["length"]\n', encoding="utf-8")
    os.utime(folder / "note0.txt", ns=(1_000_000_000, 1_000_000_000))  # an old file
    before = _snapshot(folder)
    env = {**os.environ, "PYTHONPATH": str(Path(notecheck.__file__).resolve().parents[1])}
    for extra in ([], ["-f", "json"], ["-f", "sarif"], ["-j", "2"], ["-v"]):
        proc = subprocess.run(
            [*command, "check", *extra, str(folder)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env,
            timeout=240,
            check=False,
        )
        assert proc.returncode in (0, 1, 2), proc.stderr[-3000:]
        assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert _snapshot(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"], "the CLI wrote files"
