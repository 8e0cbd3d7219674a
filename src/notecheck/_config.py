"""Configuration: ``[tool.notecheck]`` in pyproject.toml, or notecheck.toml / .notecheck.toml.

Found by walking up from the checked file, like ruff. Every mistake is a
:class:`ConfigError` naming the file, the line, the key and the fix.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ._report import SEVERITIES, FrozenMap

CONFIG_FILES = (".notecheck.toml", "notecheck.toml", "pyproject.toml")
ENGLISH_VARIANTS = ("en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA")
TYPO_ENGINES = ("offline", "languagetool", "none")
LT_MODES = ("local", "remote", "public")
# Settings of [languagetool] a config file may hold (secrets such as api_key come from the
# environment only, so they never sit in a repository).
LT_KEYS: dict[str, type | tuple[type, ...]] = {
    "mode": str,
    "url": str,
    "home": str,
    "timeout": (int, float),
    "connect_timeout": (int, float),
    "start_timeout": (int, float),
    "cooldown": (int, float),
    "picky": bool,
    "disabled_rules": list,
    "enabled_rules": list,
    "java": str,
    "java_heap": str,
    "java_options": list,
}


class ConfigError(ValueError):
    """A configuration mistake, with where it is and how to fix it."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        key: str | None = None,
        fix: str = "",
    ) -> None:
        self.path, self.line, self.key, self.fix = path, line, key, fix
        where = path or "configuration"
        if line:
            where += f":{line}"
        text = f"{where}: {f'{key}: ' if key else ''}{message}"
        if fix:
            text += f" ({fix})"
        super().__init__(text)


@dataclass(frozen=True)
class Config:
    """Settings for a review. ``Config()`` is the embedded default."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=lambda: FrozenMap({}))
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: FrozenMap({}))
    accept: frozenset[str] = frozenset()
    english: str = "en-US"
    typos_engine: str = "offline"
    languagetool: Mapping[str, Any] = field(default_factory=lambda: FrozenMap({}))
    templates: tuple[str, ...] = ()
    max_chars: int = 100_000
    fail_on: str = "error"
    path: str | None = None

    def __post_init__(self) -> None:
        # Freeze what callers pass as plain dicts/lists, so a Config is immutable and picklable.
        for name in ("severity", "languagetool"):
            object.__setattr__(self, name, FrozenMap(getattr(self, name)))
        object.__setattr__(
            self, "options", FrozenMap({k: FrozenMap(v) for k, v in self.options.items()})
        )
        for name in ("select", "ignore", "templates"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "accept", frozenset(w.lower() for w in self.accept))

    def enabled(self, check_id: str) -> bool:
        if check_id in self.ignore:
            return False
        return "ALL" in self.select or check_id in self.select

    def is_template(self, file: str | Path) -> bool:
        """Whether ``file`` matches one of the ``templates`` globs (relative to the config)."""
        if not self.templates:
            return False
        path = Path(file).resolve()
        base = Path(self.path).resolve().parent if self.path else Path.cwd()
        try:
            rel = path.relative_to(base).as_posix()
        except ValueError:
            rel = path.as_posix()
        return any(fnmatch.fnmatch(rel, g) or Path(rel).match(g) for g in self.templates)

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **changes)


_TOP_KEYS = {
    "select",
    "ignore",
    "severity",
    "checks",
    "accept",
    "words-file",
    "english",
    "typos-engine",
    "languagetool",
    "templates",
    "max-chars",
    "fail-on",
}


def parse_config(
    data: Mapping[str, Any],
    *,
    path: str | None = None,
    raw: str = "",
    table: str = "tool.notecheck",
    known_checks: Mapping[str, Any] | None = None,
) -> Config:
    """Validate a ``[tool.notecheck]`` table. ``known_checks`` maps id -> Check."""
    if known_checks is None:
        from ._registry import registry

        known_checks = registry().checks

    def err(key: str, message: str, fix: str = "", section: str | None = None) -> ConfigError:
        line = _line_of(raw, key, section)
        return ConfigError(message, path=path, line=line, key=key, fix=fix)

    for key in data:
        if key not in _TOP_KEYS:
            close = difflib.get_close_matches(key, sorted(_TOP_KEYS), n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else f"known keys: {', '.join(sorted(_TOP_KEYS))}"
            )
            raise err(key, f"unknown key in [{table}]", hint)

    def str_list(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise err(key, "must be a list of strings", f'for example {key} = ["tone"]')
        return tuple(value)

    def check_ids(key: str, allow_all: bool) -> tuple[str, ...]:
        ids = str_list(key)
        for check_id in ids:
            if allow_all and check_id == "ALL":
                continue
            if check_id not in known_checks:
                raise err(key, f"unknown check {check_id!r}", _suggest(check_id, known_checks))
        return ids

    out: dict[str, Any] = {"path": path}
    if "select" in data:
        out["select"] = check_ids("select", allow_all=True)
    if "ignore" in data:
        out["ignore"] = check_ids("ignore", allow_all=False)
    if "accept" in data:
        out["accept"] = frozenset(w.lower() for w in str_list("accept"))
    if "templates" in data:
        out["templates"] = str_list("templates")
    if "words-file" in data:
        words_file = data["words-file"]
        if not isinstance(words_file, str):
            raise err("words-file", "must be a path string")
        file = (Path(path).parent if path else Path.cwd()) / words_file
        try:
            words = file.read_text(encoding="utf-8").split("\n")
        except OSError as exc:
            raise err(
                "words-file",
                f"cannot read {file}: {exc.strerror}",
                "create the file (one word per line) or fix the path",
            ) from exc
        accept = set(out.get("accept", frozenset()))
        accept.update(w.strip().lower() for w in words if w.strip() and not w.startswith("#"))
        out["accept"] = frozenset(accept)
    for key, choices in (
        ("english", ENGLISH_VARIANTS),
        ("typos-engine", TYPO_ENGINES),
        ("fail-on", ("error", "warning", "info")),
    ):
        if key in data:
            if data[key] not in choices:
                raise err(key, f"{data[key]!r} is not allowed", f"use one of {', '.join(choices)}")
            out[key.replace("-", "_")] = data[key]
    if "max-chars" in data:
        value = data["max-chars"]
        if not isinstance(value, int) or isinstance(value, bool) or value < 100:
            raise err("max-chars", "must be an integer of at least 100", "for example 100000")
        out["max_chars"] = value
    if "severity" in data:
        table_value = data["severity"]
        if not isinstance(table_value, dict):
            raise err(
                "severity",
                "must be a table of check id or code = severity",
                'for example [tool.notecheck.severity] tone = "error"',
            )
        for target, level in table_value.items():
            if target.split(".")[0] not in known_checks:
                raise err(
                    target,
                    f"unknown check {target.split('.')[0]!r} in [severity]",
                    _suggest(target.split(".")[0], known_checks),
                )
            if level not in SEVERITIES:
                raise err(
                    target,
                    f"severity {level!r} is not allowed",
                    f"use one of {', '.join(SEVERITIES)}",
                )
        out["severity"] = FrozenMap(dict(table_value))
    if "checks" in data:
        checks_table = data["checks"]
        if not isinstance(checks_table, dict):
            raise err("checks", "must be a table of tables, one per check")
        options: dict[str, Mapping[str, Any]] = {}
        severity = dict(out.get("severity", {}))
        for check_id, settings in checks_table.items():
            check = known_checks.get(check_id)
            if check is None:
                raise err(
                    check_id, f"unknown check [checks.{check_id}]", _suggest(check_id, known_checks)
                )
            if not isinstance(settings, dict):
                raise err(check_id, "must be a table of options")
            values: dict[str, Any] = {}
            for name, value in settings.items():
                if name == "severity":
                    if value not in SEVERITIES:
                        raise err(
                            name,
                            f"severity {value!r} is not allowed",
                            f"use one of {', '.join(SEVERITIES)}",
                        )
                    severity.setdefault(check_id, value)
                    continue
                option = check.option(name)
                if option is None:
                    known = ", ".join(o.name for o in check.options) or "none"
                    raise err(
                        name,
                        f"unknown option for check {check_id!r}",
                        f"its options are: {known}; plus severity",
                    )
                problem = option.validate(value)
                if problem:
                    raise err(
                        name, f"option of {check_id!r} {problem}", f"default is {option.default!r}"
                    )
                values[name] = value
            options[check_id] = FrozenMap(values)
        out["options"] = FrozenMap(options)
        out["severity"] = FrozenMap(severity)
    if "languagetool" in data:
        lt = data["languagetool"]
        if not isinstance(lt, dict):
            raise err("languagetool", "must be a table", 'for example mode = "remote"')
        for key, value in lt.items():
            expected = LT_KEYS.get(key)
            if expected is None:
                raise err(
                    key,
                    "unknown key in [languagetool]",
                    f"known: {', '.join(LT_KEYS)}",
                    "languagetool",
                )
            if not isinstance(value, expected) or (key == "mode" and value not in LT_MODES):
                hint = f"use one of {', '.join(LT_MODES)}" if key == "mode" else ""
                raise err(key, f"bad value {value!r} in [languagetool]", hint, "languagetool")
        from .engines.languagetool import LanguageToolConfig

        try:  # the engine's own validation (URLs, timeouts), without the environment
            LanguageToolConfig.from_mapping(lt, env={})
        except ValueError as exc:
            raise err("languagetool", str(exc), "see docs/languagetool.md") from exc
        out["languagetool"] = FrozenMap(dict(lt))
    return Config(**out)


def load_config_file(path: str | Path) -> Config:
    """Read a config file; pyproject.toml without ``[tool.notecheck]`` gives the defaults."""
    file = Path(path)
    try:
        raw = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"cannot read the config file: {exc.strerror}",
            path=str(file),
            fix="check the path given to --config",
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError("is not UTF-8 text", path=str(file)) from exc
    # Imported here: most runs find no config file, and `import notecheck` stays lighter.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(
            f"is not valid TOML: {exc}",
            path=str(file),
            line=int(line.group(1)) if line else None,
            fix="fix the TOML syntax",
        ) from exc
    if file.name == "pyproject.toml":
        table = data.get("tool", {}).get("notecheck")
        if table is None:
            return Config(path=str(file))
        return parse_config(table, path=str(file), raw=raw)
    return parse_config(data, path=str(file), raw=raw, table="notecheck")


def find_config_file(start: str | Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or directory)."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (
                name != "pyproject.toml" or _has_notecheck_table(candidate)
            ):
                return candidate
    return None


def _has_notecheck_table(pyproject: Path) -> bool:
    try:
        return "[tool.notecheck" in pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def _suggest(name: str, known: Mapping[str, Any]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    if close:
        return f"did you mean {close[0]!r}? `notecheck rules` lists the checks"
    return "`notecheck rules` lists the checks"


def _line_of(raw: str, key: str, section: str | None = None) -> int | None:
    """1-based line of ``key = ...`` (or a ``[...key]`` header), searched after ``[...section]``."""
    if not raw:
        return None
    offset = 0
    if section:
        header = re.search(rf"^[ \t]*\[[^\]\n]*\b{re.escape(section)}\][ \t]*$", raw, re.MULTILINE)
        if header:
            offset = header.end()
    m = re.compile(
        rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=|^[ \t]*\[[^\]\n]*\b{re.escape(key)}\]",
        re.MULTILINE,
    ).search(raw, offset)
    return raw.count("\n", 0, m.start()) + 1 if m else None
