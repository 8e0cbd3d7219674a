"""The typos check through each engine, and its fallback when LanguageTool fails."""

from __future__ import annotations

import os
import socket

import pytest

import notecheck
from notecheck import Config

NOTE = (
    "Dear Ms. Okonkwo,\n\nThank you for you time. I look forward to here from you, and I "
    "could of said more about the Kubernetes work and teh PostgreSQL migration.\n\n"
    "Best,\nKim Alvarez"
)


def _lt_url() -> str:
    url = os.environ.get("NOTECHECK_LT_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("LanguageTool is missing in CI: .ci/run must start it (NOTECHECK_LT_URL)")
        pytest.skip("set NOTECHECK_LT_URL to a LanguageTool server to run this test")
    return url


def _typos(report: notecheck.Report) -> dict[str, str]:
    return {report.text[f.start : f.end]: f.code for f in report.checks["typos"].findings}


def test_offline_engine_is_the_default() -> None:
    report = notecheck.review(NOTE)
    found = _typos(report)
    assert found["teh"] == "typos.spelling"
    assert found["here"] == "typos.grammar"
    assert "Kubernetes" not in found and "Okonkwo" not in found and "PostgreSQL" not in found
    assert report.meta.engines["typos"].startswith("offline-speller")


def test_languagetool_engine_through_review() -> None:
    url = _lt_url()
    config = Config(typos_engine="languagetool", languagetool={"mode": "remote", "url": url})
    report = notecheck.review(NOTE, config=config)
    found = _typos(report)
    assert found.get("teh") == "typos.spelling"
    assert any(code == "typos.grammar" for code in found.values())
    # Tech terms and names LanguageTool does not know are filtered by notecheck.
    assert not {"Kubernetes", "Okonkwo", "PostgreSQL", "Alvarez"} & set(found)
    assert report.meta.engines["typos"].startswith("languagetool 6.8")
    assert not [f for f in report.findings if f.code == "typos.engine-failed"]


def test_languagetool_mode_finds_every_misspelling_the_offline_mode_finds() -> None:
    url = _lt_url()
    text = (
        "Dear Ana,\n\nThank you for teh intervew; I recieved your email adn I enjoyed meeting "
        "the team. Our error rate fell by ten per cent afterwards, and I hope the Kubernetes "
        "roll-out goes well. Their are many reasons I could of given.\n\nBest regardes,\n"
        "Kim Alvarez"
    )
    offline = notecheck.review(text).checks["typos"].findings
    config = Config(typos_engine="languagetool", languagetool={"mode": "remote", "url": url})
    lt = notecheck.review(text, config=config).checks["typos"].findings
    spelled = {(f.start, f.end): f for f in offline if f.code == "typos.spelling"}
    assert {text[a:b] for a, b in spelled} == {"teh", "intervew", "recieved", "adn", "regardes"}
    lt_spelled = {(f.start, f.end): f for f in lt if f.code == "typos.spelling"}
    assert spelled.keys() <= lt_spelled.keys()
    for span, finding in spelled.items():  # the speller's first suggestion comes first
        assert lt_spelled[span].suggestions[0] == finding.suggestions[0]
    # LanguageTool adds grammar; British usage is not an error.
    found = {text[f.start : f.end] for f in lt}
    assert "Their" in found and "per cent" not in found and "afterwards" not in found


CLEAN = (
    "Dear Dr. Haddad,\n\nThank you for showing me the moot court and the new MSc. During law "
    "school I was a notes editor, and last year I led a rebrand of our clinic's site. I'm "
    "comfortable in WordPress, I precept new paralegals, and I hold a CIPP/E and am studying "
    "for the bar. I hope the playtest of your intake tool goes well; I liked the office hours "
    "where students bring questions.\n\nBest regards,\nSam Ortiz"
)


def test_languagetool_mode_leaves_jargon_and_british_usage_alone_unless_picky() -> None:
    url = _lt_url()
    table = {"mode": "remote", "url": url}
    default = notecheck.review(
        CLEAN, config=Config(typos_engine="languagetool", languagetool=table)
    )
    assert _typos(default) == {}
    picky = notecheck.review(
        CLEAN, config=Config(typos_engine="languagetool", languagetool={**table, "picky": True})
    )
    # Picky mode brings back the rules switched off by default and the style hints.
    found = _typos(picky)
    assert {"notes", "rebrand", "in WordPress", "I precept", "the playtest"} <= set(found)
    assert found["hours where"] == "typos.style"


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.timeout(60)
def test_falls_back_to_the_offline_speller_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTECHECK_LT_URL", raising=False)
    url = f"http://127.0.0.1:{_dead_port()}"
    config = Config(typos_engine="languagetool", languagetool={"url": url, "timeout": 2})
    report = notecheck.review(NOTE, config=config)
    codes = [f.code for f in report.checks["typos"].findings]
    assert codes[0] == "typos.engine-failed"
    assert "offline speller" in report.checks["typos"].findings[0].message
    assert NOTE not in report.checks["typos"].findings[0].message
    assert _typos(report)["teh"] == "typos.spelling"
    assert report.meta.engines["typos"].endswith("(fallback)")
    assert report.checks["gratitude"].detected is True


def test_languagetool_selected_but_not_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTECHECK_LT_URL", raising=False)
    monkeypatch.delenv("NOTECHECK_LT_HOME", raising=False)
    monkeypatch.delenv("NOTECHECK_LT_MODE", raising=False)
    report = notecheck.review(NOTE, config=Config(typos_engine="languagetool"))
    (failed,) = [f for f in report.findings if f.code == "typos.engine-failed"]
    assert "no server is configured" in failed.message


def test_typos_engine_none_skips() -> None:
    report = notecheck.review(NOTE, config=Config(typos_engine="none"))
    assert report.checks["typos"].status == "skip"
