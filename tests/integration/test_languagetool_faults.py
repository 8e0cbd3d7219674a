"""LanguageTool engine against a misbehaving stand-in server (real sockets on 127.0.0.1).

Every fault must become EngineError within the configured bound, never hang, never echo the
note, and the engine must work again once the server recovers.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import struct
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from notecheck.engines._base import EngineError
from notecheck.engines.languagetool import LanguageToolConfig, LanguageToolEngine

SECRET = "Dear Ms. Secretname, I recieve confidential salary 987654 details."

ANSWER = {
    "software": {"name": "LanguageTool", "version": "6.8-standin", "apiVersion": 1},
    "warnings": {"incompleteResults": False},
    "language": {"name": "English (US)", "code": "en-US"},
    "matches": [
        {
            "message": "Possible spelling mistake found.",
            "replacements": [{"value": "receive"}],
            "offset": SECRET.index("recieve"),
            "length": 7,
            "type": {"typeName": "UnknownWord"},
            "rule": {
                "id": "MORFOLOGIK_RULE_EN_US",
                "issueType": "misspelling",
                "category": {"id": "TYPOS"},
            },
        }
    ],
}


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the client gave up on purpose (timeouts): a broken pipe here is expected


class StandIn:
    """A LanguageTool look-alike whose behaviour the test switches at run time."""

    def __init__(self, port: int = 0) -> None:
        self.behaviour = "ok"
        self.delay = 0.0
        self.requests = 0
        self.forms: list[dict[str, list[str]]] = []
        self.auth: list[str | None] = []
        self.lock = threading.Lock()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._send(200, b"OK", "text/plain")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length).decode()
                with standin.lock:
                    standin.requests += 1
                    standin.forms.append(urllib.parse.parse_qs(body))
                    standin.auth.append(self.headers.get("Authorization"))
                    behaviour, delay = standin.behaviour, standin.delay
                if behaviour == "slow":
                    time.sleep(delay)
                    self._send(200, json.dumps(ANSWER).encode())
                elif behaviour == "500":
                    # A real server may echo the text in its error body: it must not leak.
                    self._send(500, f"Error: could not check {body}".encode(), "text/plain")
                elif behaviour == "close":
                    self.close_connection = True
                elif behaviour == "reset":
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.close_connection = True
                elif behaviour == "garbage":
                    self.wfile.write(b"this is not HTTP\r\n\r\n")
                    self.close_connection = True
                elif behaviour == "badjson":
                    self._send(200, b"{not json")
                elif behaviour == "drip":
                    payload = json.dumps(ANSWER).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    for byte in payload:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(delay)
                else:
                    self._send(200, json.dumps(ANSWER).encode())

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _QuietServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def standin() -> Iterator[StandIn]:
    server = StandIn()
    yield server
    server.stop()


def _engine(url: str, **kw: Any) -> LanguageToolEngine:
    kw.setdefault("timeout", 1.0)
    kw.setdefault("cooldown", 0.0)
    return LanguageToolEngine(LanguageToolConfig(mode="remote", url=url, **kw))


def _fails_fast(engine: LanguageToolEngine, bound: float, match: str = "") -> EngineError:
    t0 = time.monotonic()
    with pytest.raises(EngineError, match=match) as info:
        engine.check(SECRET)
    elapsed = time.monotonic() - t0
    assert elapsed < bound, f"took {elapsed:.2f} s"
    message = str(info.value)
    assert "Secretname" not in message and "987654" not in message and "recieve" not in message
    return info.value


@pytest.mark.timeout(20)
def test_ok_answer_and_request_form(standin: StandIn) -> None:
    engine = _engine(standin.url)
    issues = engine.check(SECRET)
    assert [(SECRET[i.start : i.end], i.code) for i in issues] == [("recieve", "typos.spelling")]
    assert engine.version == "6.8-standin"
    form = standin.forms[-1]
    assert form["text"] == [SECRET] and form["language"] == ["en-US"]
    assert "ENGLISH_WORD_REPEAT_BEGINNING_RULE" in form["disabledRules"][0]
    assert "level" not in form
    picky = _engine(standin.url, picky=True)
    picky.check(SECRET)
    assert standin.forms[-1]["level"] == ["picky"]
    assert "disabledRules" not in standin.forms[-1]


@pytest.mark.timeout(20)
def test_basic_auth_from_the_url_and_no_credentials_in_messages(standin: StandIn) -> None:
    url = standin.url.replace("http://", "http://team:s3cret@")
    engine = _engine(url)
    engine.check(SECRET)
    assert standin.auth[-1] == "Basic dGVhbTpzM2NyZXQ="  # team:s3cret
    assert "s3cret" not in repr(engine.engine_info())
    standin.behaviour = "close"
    err = _fails_fast(engine, bound=1.5, match="connection")
    assert "s3cret" not in str(err)


@pytest.mark.timeout(20)
def test_slow_server_times_out_then_recovers(standin: StandIn) -> None:
    engine = _engine(standin.url, timeout=1.0)
    standin.behaviour, standin.delay = "slow", 3.0
    _fails_fast(engine, bound=1.8, match="did not answer within 1 s")
    assert standin.requests == 1  # a timeout is not retried
    standin.behaviour = "ok"
    assert len(engine.check(SECRET)) == 1


@pytest.mark.timeout(20)
def test_dripping_answer_is_bounded_by_the_total_deadline(standin: StandIn) -> None:
    engine = _engine(standin.url, timeout=1.0)
    standin.behaviour, standin.delay = "drip", 0.05  # each byte arrives in time, the whole never
    _fails_fast(engine, bound=1.8, match="did not answer")


@pytest.mark.timeout(20)
def test_http_500_is_an_engine_error_without_the_text(standin: StandIn) -> None:
    engine = _engine(standin.url)
    standin.behaviour = "500"
    _fails_fast(engine, bound=1.0, match="HTTP 500")
    standin.behaviour = "ok"
    assert len(engine.check(SECRET)) == 1


@pytest.mark.timeout(20)
@pytest.mark.parametrize("behaviour", ["close", "reset"])
def test_closed_connection_is_retried_once_only(standin: StandIn, behaviour: str) -> None:
    engine = _engine(standin.url)
    standin.behaviour = behaviour
    _fails_fast(engine, bound=1.5, match="connection")
    assert standin.requests == 2  # the request and exactly one retry
    standin.behaviour = "ok"
    assert len(engine.check(SECRET)) == 1


@pytest.mark.timeout(20)
@pytest.mark.parametrize(("behaviour", "match"), [("garbage", "bad HTTP"), ("badjson", "JSON")])
def test_garbage_answers(standin: StandIn, behaviour: str, match: str) -> None:
    engine = _engine(standin.url)
    standin.behaviour = behaviour
    _fails_fast(engine, bound=1.5, match=match)


@pytest.mark.timeout(30)
def test_server_dies_mid_batch_then_comes_back() -> None:
    server = StandIn()
    port = server.port
    engine = _engine(server.url)
    results: list[str] = []
    for i in range(6):
        if i == 3:
            server.stop()  # dies mid-batch
        try:
            engine.check(SECRET)
            results.append("ok")
        except EngineError as exc:
            assert "Secretname" not in str(exc)
            results.append("error")
    assert results == ["ok", "ok", "ok", "error", "error", "error"]
    server = StandIn(port)  # recovery on the same address
    try:
        assert len(engine.check(SECRET)) == 1
    finally:
        server.stop()


@pytest.mark.timeout(20)
def test_nothing_listening_fails_fast() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connection refused
        engine = _engine(f"http://127.0.0.1:{port}")
        _fails_fast(engine, bound=1.0, match="refused")


@pytest.mark.timeout(20)
def test_cooldown_fails_fast_without_traffic_then_retries(standin: StandIn) -> None:
    engine = _engine(standin.url, cooldown=0.6)
    standin.behaviour = "500"
    _fails_fast(engine, bound=1.0, match="HTTP 500")
    standin.behaviour = "ok"
    seen = standin.requests
    _fails_fast(engine, bound=0.1, match="recent fault")
    assert standin.requests == seen  # no request while cooling down
    time.sleep(0.7)
    assert len(engine.check(SECRET)) == 1


@pytest.mark.timeout(30)
def test_concurrent_checks_against_a_hung_server_are_all_bounded(standin: StandIn) -> None:
    engine = _engine(standin.url, timeout=1.0)
    standin.behaviour, standin.delay = "slow", 5.0
    errors: list[BaseException] = []

    def work() -> None:
        try:
            engine.check(SECRET)
        except EngineError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert time.monotonic() - t0 < 3.0
    assert len(errors) == 8


# --- local mode with a stand-in "java" --------------------------------------------------------

FAKE_JAVA = """\
#!{python}
# Stands in for `java ... org.languagetool.server.HTTPServer --port N`; FAKE_LT sets behaviour.
import json, os, sys, time
from http.server import BaseHTTPRequestHandler, HTTPServer
mode = os.environ.get("FAKE_LT", "ok")
if mode == "exit":
    print("Exception in thread main: java.lang.IllegalArgumentException: boom", flush=True)
    sys.exit(3)
if mode == "hang":
    time.sleep(60)
    sys.exit(0)
port = int(sys.argv[sys.argv.index("--port") + 1])
answer = json.dumps({answer!r}).encode()
posts = 0
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Length", "2"); self.end_headers()
        self.wfile.write(b"OK")
    def do_POST(self):
        global posts
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        posts += 1
        if mode == "die-on-check" and posts == 2:  # after the warm-up, on the first real note
            os._exit(9)
        self.send_response(200); self.send_header("Content-Length", str(len(answer)))
        self.end_headers(); self.wfile.write(answer)
HTTPServer(("127.0.0.1", port), H).serve_forever()
"""


@pytest.fixture
def fake_home(tmp_path: Path) -> tuple[Path, Path]:
    home = tmp_path / "LanguageTool-6.8"
    home.mkdir()
    (home / "languagetool-server-6.8.jar").write_bytes(b"")
    java = tmp_path / "java"
    java.write_text(FAKE_JAVA.format(python=sys.executable, answer=ANSWER))
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    return home, java


def _local(home: Path, java: Path, **kw: Any) -> LanguageToolEngine:
    kw.setdefault("timeout", 2.0)
    kw.setdefault("cooldown", 0.0)
    kw.setdefault("start_timeout", 10.0)
    return LanguageToolEngine(
        LanguageToolConfig(mode="local", home=str(home), java=str(java), **kw)
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())


@pytest.mark.timeout(60)
def test_local_server_lazy_start_dies_mid_batch_restarts_and_stops(
    fake_home: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_LT", "ok")
    engine = _local(*fake_home)
    assert engine.server_pid is None  # nothing started before the first check
    assert len(engine.check(SECRET)) == 1
    first = engine.server_pid
    assert first is not None
    os.kill(first, 9)  # the server dies between two notes: the next note restarts it
    time.sleep(0.2)
    assert len(engine.check(SECRET)) == 1
    second = engine.server_pid
    assert second is not None and second != first

    os.kill(second, 9)
    time.sleep(0.2)
    monkeypatch.setenv("FAKE_LT", "die-on-check")  # the restarted one dies while checking
    _fails_fast(engine, bound=2.5, match="exited")
    monkeypatch.setenv("FAKE_LT", "ok")
    assert len(engine.check(SECRET)) == 1  # and the note after that works again
    third = engine.server_pid
    assert third is not None and third not in (first, second)
    engine.close()
    assert not _alive(third)
    with pytest.raises(EngineError, match="closed"):
        engine.check(SECRET)


@pytest.mark.timeout(60)
def test_local_server_that_cannot_start(
    fake_home: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_LT", "exit")
    engine = _local(*fake_home)
    err = _fails_fast(engine, bound=8.0, match="exited during start-up")
    assert "IllegalArgumentException" in str(err)
    monkeypatch.setenv("FAKE_LT", "hang")
    engine = _local(*fake_home, start_timeout=1.5)
    _fails_fast(engine, bound=8.0, match="did not become healthy within 1.5 s")
    assert engine.server_pid is None


@pytest.mark.timeout(30)
def test_local_mode_without_an_install_or_java(tmp_path: Path) -> None:
    engine = LanguageToolEngine(LanguageToolConfig(mode="local", home=str(tmp_path)))
    _fails_fast(engine, bound=1.0, match="no LanguageTool installation")
    home = tmp_path / "lt"
    home.mkdir()
    (home / "languagetool-server-6.8.jar").write_bytes(b"")
    engine = LanguageToolEngine(
        LanguageToolConfig(mode="local", home=str(home), java=str(tmp_path / "no-java"))
    )
    _fails_fast(engine, bound=1.0, match="cannot run Java")
