"""The committed rule pages in docs/checks are exactly what the checks generate today."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

from notecheck import Check
from notecheck._config import parse_config
from notecheck._docs import (
    GENERATED,
    INDEX_NAME,
    builtin_checks,
    expected_pages,
    main,
    render_check_page,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DOCS = Path(__file__).resolve().parents[2] / "docs" / "checks"
FIX = "run `python -m notecheck._docs` from the repository root and commit the result"
CHECKS = builtin_checks()
NAMES = sorted([f"{check.id}.md" for check in CHECKS] + [INDEX_NAME])


@cache
def pages() -> dict[str, str]:
    # Rendering reviews every example: done once, on first use, not at collection.
    return expected_pages(CHECKS)


@pytest.mark.parametrize("name", NAMES)
def test_committed_page_is_up_to_date(name: str) -> None:
    page = DOCS / name
    assert page.is_file(), f"docs/checks/{name} is missing: {FIX}"
    committed = page.read_text(encoding="utf-8")
    assert committed == pages()[name], f"docs/checks/{name} is out of date: {FIX}"


def test_no_page_for_a_check_that_is_gone() -> None:
    stale = sorted(
        p.name
        for p in DOCS.glob("*.md")
        if p.name not in NAMES and p.read_text(encoding="utf-8").startswith(GENERATED)
    )
    assert not stale, f"generated pages without a check: {stale}: {FIX}"


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_page_options_snippet_is_a_valid_configuration(check: Check) -> None:
    page = render_check_page(check)
    snippet = page.split("```toml\n", 1)[1].split("\n```", 1)[0]
    data = tomllib.loads(snippet)
    config = parse_config(data["tool"]["notecheck"], path="pyproject.toml")
    assert config.severity[check.id] == check.default_severity
    assert dict(config.options.get(check.id, {})) == {
        o.name: o.default for o in check.options if o.default is not None
    }


def test_page_shows_real_findings_of_failing_examples() -> None:
    page = render_check_page(next(c for c in CHECKS if c.id == "placeholders"))
    assert "`placeholders` reports:" in page
    assert "error placeholders.unfilled: Unfilled placeholder '[Interviewer Name]'" in page


def test_check_mode_reports_stale_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "--out", str(tmp_path)]) == 1
    assert "Run `python -m notecheck._docs`" in capsys.readouterr().out
    assert main(["--out", str(tmp_path)]) == 0
    assert main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "tone.md").write_text("edited by hand\n", encoding="utf-8")
    assert main(["--check", "--out", str(tmp_path)]) == 1
    assert "out of date:" in capsys.readouterr().out
