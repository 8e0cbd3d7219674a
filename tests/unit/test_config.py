"""Configuration files: discovery, validation errors that say where and how to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

import notecheck
from notecheck import Config, ConfigError, find_config_file, load_config_file


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovery_walks_up_and_prefers_dot_file(tmp_path: Path) -> None:
    note = write(tmp_path / "a" / "b" / "note.md", "Dear Ann,")
    write(tmp_path / "pyproject.toml", "[project]\nname='x'\n")  # no [tool.notecheck]: skipped
    assert find_config_file(note) is None
    write(tmp_path / "pyproject.toml", "[tool.notecheck]\nignore = ['tone']\n")
    assert find_config_file(note) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "notecheck.toml", "ignore = ['fit']\n")
    assert find_config_file(note) == tmp_path / "a" / "notecheck.toml"
    write(tmp_path / "a" / ".notecheck.toml", "ignore = ['length']\n")
    assert find_config_file(note) == tmp_path / "a" / ".notecheck.toml"
    assert load_config_file(find_config_file(note)).ignore == ("length",)


def test_full_config_is_read(tmp_path: Path) -> None:
    write(tmp_path / "words.txt", "# team words\nOkonkwo\nFlexport\n")
    cfg = load_config_file(
        write(
            tmp_path / "notecheck.toml",
            """
select = ["ALL"]
ignore = ["personalization"]
accept = ["Kubernetes"]
words-file = "words.txt"
english = "en-GB"
templates = ["templates/**/*.md"]
max-chars = 5000
fail-on = "warning"

[severity]
"tone.casual" = "error"

[checks.length]
max-words = 200
severity = "info"

[languagetool]
mode = "remote"
url = "http://127.0.0.1:8081"
timeout = 5
""",
        )
    )
    assert cfg.ignore == ("personalization",)
    assert cfg.accept == frozenset({"kubernetes", "okonkwo", "flexport"})
    assert cfg.english == "en-GB" and cfg.max_chars == 5000 and cfg.fail_on == "warning"
    assert cfg.options["length"]["max-words"] == 200
    assert cfg.severity == {"tone.casual": "error", "length": "info"}
    assert cfg.languagetool["mode"] == "remote"
    assert cfg.is_template(tmp_path / "templates" / "x" / "a.md")
    assert not cfg.is_template(tmp_path / "drafts" / "a.md")


@pytest.mark.parametrize(
    ("text", "line", "key", "hint"),
    [
        ("selcet = ['tone']\n", 1, "selcet", "did you mean 'select'"),
        ("\nignore = ['tonee']\n", 2, "ignore", "did you mean 'tone'"),
        ("fail-on = 'sometimes'\n", 1, "fail-on", "use one of error, warning, info"),
        ("[checks.length]\nmax-words = 'many'\n", 2, "max-words", "default is 300"),
        ("[checks.length]\nmax_wrds = 3\n", 2, "max_wrds", "its options are"),
        ("[checks.nosuch]\n", 1, "nosuch", "notecheck rules"),
        ("[severity]\ntone = 'fatal'\n", 2, "tone", "use one of error, warning, info"),
        ("[languagetool]\nmode = 'cloud'\n", 2, "mode", "use one of local, remote, public"),
        ("max-chars = 10\n", 1, "max-chars", "at least 100"),
    ],
)
def test_errors_name_file_line_key_and_fix(
    tmp_path: Path, text: str, line: int, key: str, hint: str
) -> None:
    path = write(tmp_path / "notecheck.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: {key}: ")
    assert hint in message


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "notecheck.toml", "ignore = ['tone'\nselect = 1\n")
    with pytest.raises(ConfigError, match=r"notecheck\.toml:\d+: is not valid TOML"):
        load_config_file(path)


def test_missing_words_file(tmp_path: Path) -> None:
    path = write(tmp_path / "notecheck.toml", "words-file = 'nope.txt'\n")
    with pytest.raises(ConfigError, match=r"cannot read .*nope\.txt"):
        load_config_file(path)


def test_select_ignore_and_options_apply_to_review(good_note: str) -> None:
    report = notecheck.review(good_note, config=Config(select=("gratitude", "tone")))
    assert set(report.checks) == {"gratitude", "tone"}
    report = notecheck.review(good_note, config=Config(ignore=("typos", "length")))
    assert "typos" not in report.checks and "length" not in report.checks


def test_severity_override_by_check_and_code() -> None:
    text = "Dear Jo,\n\nThanks. Please reply ASAP.\n\nBest,\nKim"
    base = notecheck.review(text, config=Config(select=("tone",)))
    assert [f.severity for f in base.findings if f.code == "tone.pushy"] == ["warning"]
    raised = notecheck.review(
        text, config=Config(select=("tone",), severity={"tone.pushy": "error"})
    )
    assert [f.severity for f in raised.findings if f.code == "tone.pushy"] == ["error"]
    assert not raised.passed
