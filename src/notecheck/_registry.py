"""The check registry: built-in checks plus plugins from the ``notecheck.checks`` group."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from importlib.metadata import entry_points
from types import MappingProxyType

from ._check import Check

ENTRY_POINT_GROUP = "notecheck.checks"

_BUILTIN_MODULES = (
    "input",
    "placeholders",
    "promptness",
    "gratitude",
    "interest",
    "fit",
    "timeline",
    "tone",
    "typos",
    "structure",
    "length",
    "etiquette",
    "personalization",
    "rejection",
)


@dataclass(frozen=True)
class PluginFailure:
    """A plugin that could not be loaded: reported as a finding, never raised."""

    name: str
    target: str
    error: str


@dataclass(frozen=True)
class Registry:
    checks: Mapping[str, Check]
    failures: tuple[PluginFailure, ...]

    def get(self, check_id: str) -> Check | None:
        return self.checks.get(check_id)


_lock = threading.Lock()
_cached: Registry | None = None


def registry() -> Registry:
    """All available checks, loaded once per process."""
    global _cached
    if _cached is None:
        with _lock:
            if _cached is None:
                _cached = _load(_builtin_checks(), _plugin_checks())
    return _cached


def reset_registry() -> None:
    """Forget loaded checks (for tests that install plugins at run time)."""
    global _cached
    with _lock:
        _cached = None


def _builtin_checks() -> list[Check]:
    out = []
    for name in _BUILTIN_MODULES:
        module = importlib.import_module(f"notecheck.checks.{name}")
        out.append(module.CHECK)
    return out


def _plugin_checks() -> tuple[list[Check], list[PluginFailure]]:
    checks: list[Check] = []
    failures: list[PluginFailure] = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            loaded = ep.load()
            if callable(loaded) and not isinstance(loaded, Check):
                loaded = loaded()
            items = [loaded] if isinstance(loaded, Check) else list(loaded)
            for item in items:
                if not isinstance(item, Check):
                    raise TypeError(f"{ep.value} gave {type(item).__name__}, not notecheck.Check")
                checks.append(replace(item, source=f"plugin:{ep.name}"))
        except Exception as exc:
            failures.append(PluginFailure(ep.name, ep.value, f"{type(exc).__name__}: {exc}"))
    return checks, failures


def _load(builtin: Iterable[Check], plugins: tuple[list[Check], list[PluginFailure]]) -> Registry:
    checks: dict[str, Check] = {}
    for check in builtin:
        checks[check.id] = check
    extra, failures = plugins
    for check in extra:
        if check.id in checks:
            failures.append(
                PluginFailure(
                    check.source.removeprefix("plugin:"),
                    check.id,
                    f"check id {check.id!r} is already taken by {checks[check.id].source}",
                )
            )
            continue
        checks[check.id] = check
    return Registry(MappingProxyType(checks), tuple(failures))
