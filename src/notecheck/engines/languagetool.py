"""LanguageTool spelling/grammar engine, spoken to over its HTTP API (``POST /v2/check``).

Three modes, chosen by configuration (``[tool.notecheck.languagetool]`` or ``NOTECHECK_LT_*``):

``remote``
    A LanguageTool server someone already runs (self-hosted, a team server, a CI service).
``local``
    notecheck starts ``org.languagetool.server.HTTPServer`` itself from an installed
    LanguageTool directory, on 127.0.0.1 with a free port, lazily on the first check, and
    stops it at process exit (``atexit``) or on :meth:`LanguageToolEngine.close`.
``public``
    The public API at https://api.languagetool.org. This sends the note to a third party,
    so it is used only when ``mode = "public"`` is set explicitly.

HTTP is done with the standard library (``http.client``), not language-tool-python: that gives a
hard deadline per request, no second JVM behind our back, no GPL import in the core, and faults
that all become :class:`~notecheck.engines._base.EngineError` with a short message that never
contains the note text. Nothing here opens a socket or starts a process at import time.
"""

from __future__ import annotations

import atexit
import base64
import collections
import http.client
import json
import logging
import math
import os
import re
import shlex
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final, Literal, cast

from ._base import EngineError, TextIssue

__all__ = [
    "DEFAULT_DISABLED_RULES",
    "LT_VERSION",
    "PUBLIC_API_URL",
    "LanguageToolConfig",
    "LanguageToolEngine",
    "close_all",
    "find_languagetool_home",
    "get_engine",
    "issues_from_response",
]

log = logging.getLogger(__name__)

Mode = Literal["local", "remote", "public"]
MODES: Final = ("local", "remote", "public")

#: The LanguageTool release the CI scripts fetch and the one language-tool-python defaults to.
LT_VERSION: Final = "6.8"
PUBLIC_API_URL: Final = "https://api.languagetool.org"
_PUBLIC_HOST_SUFFIXES: Final = ("languagetool.org", "languagetoolplus.com")

#: Rules switched off unless ``picky`` is on. Measured on 187 clean thank-you notes, 479 corpus
#: notes and text pasted from e-mail: these fire on correct notes, or only about typewriter
#: typography, or about usage that varies.
#: An entry ending in ``*`` stands for every rule whose ID starts with the rest, one starting
#: with ``*`` for every rule whose ID ends with the rest; such entries are applied here, on the
#: answer (the server's ``disabledRules`` takes exact IDs only).
DEFAULT_DISABLED_RULES: Final[tuple[str, ...]] = (
    # "Three successive sentences begin with the same word": nearly every note says "I ...".
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE",
    # Comma before "and" joining clauses: optional for short clauses; fired on clean notes.
    "COMMA_COMPOUND_SENTENCE",
    "COMMA_COMPOUND_SENTENCE_2",
    "COMMA_COMPOUND_SENTENCE_3",
    "COMMA_COMPOUND_SENTENCE_4",
    # Comma after a short introductory phrase ("At Spotify I led ..."): optional; fired on
    # 5 of 32 clean notes. The same for a comma after a linking adverb ("Otherwise it ...")
    # and before a closing "if" clause ("..., if it isn't too much trouble").
    "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE",
    "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA",
    "WOULD_BE_NICE_IF_NO_COMMA",
    # Typewriter typography and spacing: straight quotes, hyphens as dashes, double spaces.
    "WHITESPACE_RULE",
    "CONSECUTIVE_SPACES",
    "EN_QUOTES",
    "DASH_RULE",
    "TWO_HYPHENS",
    # "(R)" -> "®": also fires on credentials in a signature ("RT(R)(CT)").
    "R_SYMBOL",
    # Sign-off lines ("Best,\nJane Doe") have no closing period on purpose.
    "PUNCTUATION_PARAGRAPH_END",
    "SERIAL_COMMA_ON",
    "SERIAL_COMMA_OFF",
    # The rules of LanguageTool's en-US variant that flag British usage: notes come in both
    # varieties, and "per cent", "afterwards" or "Ms Rossi" are correct in British English
    # (PER_CENT fired on 5 of 130 clean notes). The checks for errors in that file stay on.
    "PER_CENT",
    "AFTERWARDS_US",
    "ANY_MORE",
    "FOR_EVER_US",
    "AT_THE_WEEKEND",
    "IN_FUTURE",
    "HAVE_A_SHOWER",
    "HAVE_A_LOOK",
    "HOME_COMPOUNDS_EN_US",
    "MISSING_PERIOD_AFTER_ABBREVIATION",
    "QUOTATION_MARKS_COMMA",
    "GROUND_FIRST_FLOOR",
    "MASTERS_DISSERTATION_THESIS",
    "SI_UNITS_OF_MEASUREMENT_ADJECTIVES_BRE",
    "AUBERGINE",
    # Prescriptive: "If it would help, I'd be happy to ..." is correct, polite English.
    "CONDITIONAL_CLAUSE",
    # Open, hyphenated or closed compounds ("hand-written", "year on year"): usage varies and
    # dictionaries disagree; hundreds of rules, EN_COMPOUNDS_<WORDS> and <WORD>_COMPOUNDS
    # ("key holder", a retail job title). Fired on 3 of 130 notes and 1 of 479 corpus notes.
    "EN_COMPOUNDS_*",
    "*_COMPOUNDS",
    # Degree abbreviations without full stops ("MSc", "BEng") are the British and
    # Commonwealth norm, not an error.
    "BACHELOR_ABBR",
    # Guesses about a single word's part of speech ("the + verb", "a + infinitive", "pronoun +
    # noun"). English turns nouns into verbs and back freely, and job jargon does it most (a
    # rebrand, the playtest, I precept); LanguageTool's dictionary often knows only one use.
    # They fired on 3 of 187 clean notes and found none of the 40 grammar errors.
    "A_INFINITIVE",
    "PREPOSITION_VERB",
    "PRP_VB",
    "A_INSTALL",  # "two years of commercial installs"
    # "Missing possessive apostrophe" on a plural noun before a noun: job titles and teams are
    # built that way (notes editor, features writer, products liability, sales team), and it
    # read "sous chef" as one; fired on 3 of 187 clean notes, all correct.
    "POSSESSIVE_APOSTROPHE",
    # "in Facebook" -> "on Facebook": a product name after "in" is usually the tool one works
    # in ("comfortable in WordPress"), where "in" is right.
    "IN_FACEBOOK",
)


def _after_coordinator(text: str, start: int, end: int) -> bool:
    """The match follows "and", "but", "or" or "yet": the subject is shared with the clause
    before ("I hold Security+ and am studying for ..."), not missing."""
    words = text[:start].split()
    return bool(words) and words[-1].lower() in ("and", "but", "or", "yet")


def _wrapped_at_hyphen(text: str, start: int, end: int) -> bool:
    """A hyphenated compound broken across lines by a hard-wrapped e-mail ("weight-\nbased")."""
    return re.search(r"[^\W\d_]-[ \t]*\r?\n\s*[^\W\d_]", text[start:end]) is not None


#: Rules that misfire in a context the rule cannot see, and how to recognise that context.
#: Applied in picky mode too: these are misreadings, not matters of taste.
_MISFIRES: Final[Mapping[str, Callable[[str, int, int], bool]]] = {
    # "am" without "I" before it, meant for inverted questions ("Whom am talking with?").
    "AM_I": _after_coordinator,
    # "weight- based": the space is the line break of a wrapped compound, not a typo.
    "EN_SPLIT_WORDS_HYPHEN": _wrapped_at_hyphen,
}

# --- mapping LanguageTool categories to notecheck codes --------------------------------------

SPELLING: Final = "typos.spelling"
GRAMMAR: Final = "typos.grammar"
PUNCTUATION: Final = "typos.punctuation"
STYLE: Final = "typos.style"
CASING: Final = "typos.casing"
REPEATED: Final = "typos.repeated-word"

_SEVERITY: Final[Mapping[str, str]] = {
    SPELLING: "warning",
    GRAMMAR: "warning",
    REPEATED: "warning",
    CASING: "warning",
    PUNCTUATION: "info",
    STYLE: "info",
}

_CATEGORY_CODE: Final[Mapping[str, str]] = {
    "TYPOS": GRAMMAR,  # the speller's own matches are recognised first, see _code_for
    "MULTITOKEN_SPELLING": SPELLING,
    "GRAMMAR": GRAMMAR,
    "CONFUSED_WORDS": GRAMMAR,
    "COLLOCATIONS": GRAMMAR,
    "COMPOUNDING": GRAMMAR,
    "NONSTANDARD_PHRASES": GRAMMAR,
    "SEMANTICS": GRAMMAR,
    "FALSE_FRIENDS": GRAMMAR,
    "PROPER_NOUNS": GRAMMAR,
    "MISC": GRAMMAR,
    "PUNCTUATION": PUNCTUATION,
    "TYPOGRAPHY": PUNCTUATION,
    "CASING": CASING,
    "STYLE": STYLE,
    "REDUNDANCY": STYLE,
    "REPETITIONS": STYLE,
    "REPETITIONS_STYLE": STYLE,
    "PLAIN_ENGLISH": STYLE,
    "WIKIPEDIA": STYLE,
    "TON_ACADEMIC": STYLE,
    "CREATIVE_WRITING": STYLE,
    "GENDER_NEUTRALITY": STYLE,
    "AI_RULES": STYLE,
    "AMERICAN_ENGLISH": STYLE,
    "AMERICAN_ENGLISH_STYLE": STYLE,
    "BRITISH_ENGLISH": STYLE,
    "BRE_STYLE_OXFORD_SPELLING": STYLE,
}

_ISSUE_TYPE_CODE: Final[Mapping[str, str]] = {
    "misspelling": GRAMMAR,
    "grammar": GRAMMAR,
    "inconsistency": GRAMMAR,
    "duplication": REPEATED,
    "typographical": PUNCTUATION,
    "whitespace": PUNCTUATION,
    "style": STYLE,
    "register": STYLE,
    "locale-violation": STYLE,
}

_RULE_CODE: Final[Mapping[str, str]] = {
    "ENGLISH_WORD_REPEAT_RULE": REPEATED,
    "WORD_REPEAT_RULE": REPEATED,
    "I_LOWERCASE": CASING,
    "UPPERCASE_SENTENCE_START": CASING,
}

_MAX_SUGGESTIONS: Final = 5
_MAX_RESPONSE_BYTES: Final = 8 * 1024 * 1024
_USER_AGENT: Final = "notecheck-languagetool/1"


def _is_speller_rule(rule_id: str, match: Mapping[str, Any]) -> bool:
    type_name = _get(match, "type", "typeName")
    if type_name == "UnknownWord":
        return True
    return (
        rule_id.startswith(("MORFOLOGIK_RULE", "HUNSPELL_RULE"))
        or "SPELLER_RULE" in rule_id
        or rule_id.endswith("_SPELLING_RULE")
    )


def _code_for(match: Mapping[str, Any]) -> tuple[str, str]:
    """(notecheck code, rule id) for one LanguageTool match."""
    rule_id = str(_get(match, "rule", "id") or "")
    if rule_id in _RULE_CODE:
        return _RULE_CODE[rule_id], rule_id
    if _is_speller_rule(rule_id, match):
        return SPELLING, rule_id
    category = str(_get(match, "rule", "category", "id") or "")
    if category in _CATEGORY_CODE:
        return _CATEGORY_CODE[category], rule_id
    issue_type = str(_get(match, "rule", "issueType") or "")
    return _ISSUE_TYPE_CODE.get(issue_type, GRAMMAR), rule_id


def _get(obj: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(obj, Mapping):
            return None
        obj = obj.get(key)
    return obj


# --- offsets: LanguageTool counts UTF-16 code units, Python counts code points ----------------


def _utf16_to_index(text: str) -> list[int] | None:
    """Map each UTF-16 unit index of ``text`` to a ``str`` index; ``None`` when they coincide."""
    if text.isascii() or max(text) <= "\uffff":
        return None
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:  # a surrogate pair in Java: two units, one Python character
            table.append(i)
    table.append(len(text))
    return table


def _span(offset: int, length: int, text: str, table: list[int] | None) -> tuple[int, int]:
    if table is None:
        start, end = offset, offset + length
    else:
        last = len(table) - 1
        s16 = min(max(offset, 0), last)
        e16 = min(max(offset + length, s16), last)
        start = table[s16]
        end = table[e16]
        if 0 < e16 < last and table[e16] == table[e16 - 1]:
            end += 1  # the end fell between the two halves of a surrogate pair
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    return start, end


def issues_from_response(
    data: Mapping[str, Any],
    text: str,
    *,
    disabled_rules: Iterable[str] = (),
    enabled_rules: Iterable[str] = (),
    style: bool = True,
) -> list[TextIssue]:
    """Turn a ``/v2/check`` JSON answer for ``text`` into :class:`TextIssue` objects.

    Offsets become Python ``str`` indices into ``text``; matches from ``disabled_rules`` (also
    filtered here, in case a remote server ignored ``disabledRules``) are dropped, and so are
    rules matching a ``PREFIX*`` or ``*SUFFIX`` entry unless they are in ``enabled_rules``; with
    ``style=False``, ``typos.style`` matches are dropped unless their rule is in
    ``enabled_rules``; matches of a rule known to misfire in their context are dropped. The
    result is ordered by position. Raises :class:`EngineError` for an answer of the wrong shape.
    """
    matches = data.get("matches")
    if not isinstance(matches, list):
        raise EngineError("LanguageTool answer has no 'matches' list")
    rules = tuple(disabled_rules)
    disabled = frozenset(r for r in rules if "*" not in r)
    prefixes = tuple(r[:-1] for r in rules if r.endswith("*") and len(r) > 1)
    suffixes = tuple(r[1:] for r in rules if r.startswith("*") and len(r) > 1)
    enabled = frozenset(enabled_rules)
    table = _utf16_to_index(text)
    issues: list[TextIssue] = []
    for match in matches:
        if not isinstance(match, Mapping):
            continue
        offset, length = match.get("offset"), match.get("length")
        if not isinstance(offset, int) or not isinstance(length, int):
            continue
        code, rule_id = _code_for(match)
        if rule_id in disabled or (
            (
                (prefixes and rule_id.startswith(prefixes))
                or (suffixes and rule_id.endswith(suffixes))
            )
            and rule_id not in enabled
        ):
            continue
        if code == STYLE and not style and rule_id not in enabled:
            continue
        start, end = _span(offset, length, text, table)
        if end <= start:
            continue
        misfire = _MISFIRES.get(rule_id)
        if misfire is not None and misfire(text, start, end):
            continue
        replacements = match.get("replacements")
        suggestions: list[str] = []
        if isinstance(replacements, list):
            for rep in replacements:
                value = rep.get("value") if isinstance(rep, Mapping) else None
                if isinstance(value, str) and value not in suggestions:
                    suggestions.append(value)
                if len(suggestions) >= _MAX_SUGGESTIONS:
                    break
        message = match.get("message")
        if not isinstance(message, str) or not message:
            message = str(_get(match, "rule", "description") or "Possible error")
        issues.append(
            TextIssue(
                start=start,
                end=end,
                code=code,
                message=message,
                suggestions=tuple(suggestions),
                rule=rule_id,
                severity=_SEVERITY.get(code, "warning"),
            )
        )
    issues.sort(key=lambda issue: (issue.start, issue.end, issue.code, issue.rule))
    return issues


# --- configuration ----------------------------------------------------------------------------

_TRUE: Final = frozenset({"1", "true", "yes", "on"})
_FALSE: Final = frozenset({"0", "false", "no", "off", ""})


def _as_bool(value: object, key: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(f"languagetool.{key} must be true or false")


def _as_seconds(value: object, key: str) -> float:
    try:
        seconds = float(cast(Any, value))
    except (TypeError, ValueError):
        raise ValueError(f"languagetool.{key} must be a number of seconds") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"languagetool.{key} must be a non-negative number of seconds")
    return seconds


def _as_rules(value: object, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        items = [part.strip() for part in value.split(",")]
    elif isinstance(value, (list, tuple)):
        items = [str(part).strip() for part in value]
    else:
        raise ValueError(f"languagetool.{key} must be a list of rule ids")
    return tuple(item for item in items if item)


def _is_public_host(url: str) -> bool:
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    return any(host == sfx or host.endswith("." + sfx) for sfx in _PUBLIC_HOST_SUFFIXES)


@dataclass(frozen=True, slots=True)
class LanguageToolConfig:
    """How to reach LanguageTool. Hashable: one engine per distinct configuration.

    ``timeout`` bounds each request as a whole (connect, send, wait, read) in seconds;
    ``connect_timeout`` bounds the connect alone. ``start_timeout`` bounds starting a local
    server (JVM start and loading English). ``cooldown``: after a fault, further checks fail
    fast for this many seconds instead of waiting for the same fault again (0 disables).
    """

    mode: Mode = "local"
    url: str | None = None
    home: str | None = None
    language: str = "en-US"
    picky: bool = False
    timeout: float = 10.0
    connect_timeout: float = 3.0
    start_timeout: float = 90.0
    cooldown: float = 10.0
    disabled_rules: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    java: str | None = None
    java_heap: str = "512m"
    # C1 only: on 2 cores it halves start-up and needs less CPU per note for the first
    # hundreds of notes than tiered C2 (measured: 124 vs 144 ms CPU/note over 500 notes, RSS
    # 490 vs 560 MB). Set java_options = [] for a long-running server that checks many
    # thousands of notes.
    java_options: tuple[str, ...] = ("-XX:TieredStopAtLevel=1",)
    username: str | None = field(default=None, repr=False)
    api_key: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"languagetool.mode must be one of {', '.join(MODES)}")
        if self.mode == "remote":
            if not self.url:
                raise ValueError('languagetool.mode = "remote" needs languagetool.url')
            if _is_public_host(self.url):
                raise ValueError(
                    "languagetool.url points at the public LanguageTool API, which sends notes "
                    'to a third party: set languagetool.mode = "public" to opt in'
                )
        if self.url is not None:
            parts = urllib.parse.urlsplit(self.url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError("languagetool.url must be an http:// or https:// URL")
        if self.timeout <= 0 or self.connect_timeout <= 0 or self.start_timeout <= 0:
            raise ValueError("languagetool timeouts must be positive")

    @property
    def base_url(self) -> str | None:
        """The server URL for remote/public mode (``None`` for local)."""
        if self.mode == "public":
            return (self.url or PUBLIC_API_URL).rstrip("/")
        if self.mode == "remote" and self.url:
            return self.url.rstrip("/")
        return None

    @property
    def effective_disabled_rules(self) -> tuple[str, ...]:
        """Rule IDs (and ``PREFIX*``, ``*SUFFIX`` patterns) to drop: the default filter unless
        picky."""
        base = () if self.picky else DEFAULT_DISABLED_RULES
        enabled = set(self.enabled_rules)
        rules = [r for r in base if r not in enabled]
        rules += [r for r in self.disabled_rules if r not in rules]
        return tuple(rules)

    @classmethod
    def from_mapping(
        cls, table: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
    ) -> LanguageToolConfig | None:
        """Build a config from a ``[tool.notecheck.languagetool]`` table and the environment.

        Environment variables override the table: ``NOTECHECK_LT_MODE``, ``NOTECHECK_LT_URL``,
        ``NOTECHECK_LT_HOME``, ``NOTECHECK_LT_TIMEOUT``, ``NOTECHECK_LT_PICKY``,
        ``NOTECHECK_LT_LANGUAGE``, ``NOTECHECK_LT_API_KEY``, ``NOTECHECK_LT_USERNAME``.
        Returns ``None`` when LanguageTool is not configured at all (the default: no note
        leaves the process). Without an explicit mode, a URL means ``remote`` and a home
        directory means ``local``; ``public`` is never inferred. Raises ``ValueError`` for
        bad values.
        """
        raw: dict[str, Any] = dict(table or {})
        env = os.environ if env is None else env
        for key, var in (
            ("mode", "NOTECHECK_LT_MODE"),
            ("url", "NOTECHECK_LT_URL"),
            ("home", "NOTECHECK_LT_HOME"),
            ("timeout", "NOTECHECK_LT_TIMEOUT"),
            ("picky", "NOTECHECK_LT_PICKY"),
            ("language", "NOTECHECK_LT_LANGUAGE"),
            ("username", "NOTECHECK_LT_USERNAME"),
            ("api_key", "NOTECHECK_LT_API_KEY"),
        ):
            if env.get(var):
                raw[key] = env[var]
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(raw) - known - {"enabled"})
        if unknown:
            raise ValueError(f"unknown languagetool setting(s): {', '.join(unknown)}")
        if "enabled" in raw and not _as_bool(raw.pop("enabled"), "enabled"):
            return None
        mode = raw.get("mode")
        if mode is None or mode == "":
            if raw.get("url"):
                raw["mode"] = "remote"
            elif raw.get("home"):
                raw["mode"] = "local"
            else:
                return None
        elif str(mode).lower() in ("off", "none", "disabled"):
            return None
        raw["mode"] = str(raw["mode"]).lower()
        for key in ("timeout", "connect_timeout", "start_timeout", "cooldown"):
            if key in raw:
                raw[key] = _as_seconds(raw[key], key)
        if "picky" in raw:
            raw["picky"] = _as_bool(raw["picky"], "picky")
        for key in ("disabled_rules", "enabled_rules"):
            if key in raw:
                raw[key] = _as_rules(raw[key], key)
        if "java_options" in raw:
            opts = raw["java_options"]
            if isinstance(opts, str):
                raw["java_options"] = tuple(shlex.split(opts))
            elif isinstance(opts, (list, tuple)) and all(isinstance(o, str) for o in opts):
                raw["java_options"] = tuple(opts)
            else:
                raise ValueError("languagetool.java_options must be a list of strings")
        for key in ("url", "home", "language", "java", "java_heap", "username", "api_key"):
            if key in raw and raw[key] is not None:
                raw[key] = str(raw[key])
        if raw.get("home"):
            raw["home"] = str(Path(raw["home"]).expanduser())
        return cls(**raw)


# --- finding an installed LanguageTool --------------------------------------------------------


def _server_classpath(home: Path) -> str | None:
    """Classpath for HTTPServer in ``home``: standalone-zip layout or flat Maven jars."""
    if (home / "languagetool-server.jar").is_file():
        return str(home / "languagetool-server.jar")  # its manifest lists libs/*
    if any(home.glob("languagetool-server-*.jar")):
        return str(home / "*")
    return None


def _version_key(path: Path) -> tuple[int, ...]:
    digits = path.name.rpartition("-")[2].split(".")
    return tuple(int(d) if d.isdigit() else -1 for d in digits)


def find_languagetool_home(configured: str | None = None) -> Path | None:
    """Where a LanguageTool server install lives, or ``None``.

    Order: ``configured`` (``languagetool.home``), ``NOTECHECK_LT_HOME``, notecheck's cache
    ``~/.cache/notecheck/LanguageTool-6.8`` (filled by ``.ci/fetch-languagetool.sh``), then
    language-tool-python's layout ``$LTP_PATH/LanguageTool-*`` (default
    ``~/.cache/language_tool_python``), newest version first. Only looks at files.
    """
    candidates: list[Path] = []
    if configured:
        candidates.append(Path(configured).expanduser())
    elif os.environ.get("NOTECHECK_LT_HOME"):
        candidates.append(Path(os.environ["NOTECHECK_LT_HOME"]).expanduser())
    else:
        candidates.append(Path.home() / ".cache" / "notecheck" / f"LanguageTool-{LT_VERSION}")
        ltp = Path(
            os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python"
        ).expanduser()
        if ltp.is_dir():
            candidates += sorted(ltp.glob("LanguageTool-*"), key=_version_key, reverse=True)
    for path in candidates:
        if path.is_dir() and _server_classpath(path):
            return path
    return None


# --- HTTP -------------------------------------------------------------------------------------


class _ConnectionFault(Exception):
    """Connection refused/reset before an answer: worth one retry."""


def _proxy_for(parts: urllib.parse.SplitResult) -> urllib.parse.SplitResult | None:
    host = parts.hostname or ""
    if host in ("127.0.0.1", "localhost", "::1"):
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    pparts = urllib.parse.urlsplit(proxy if "://" in proxy else "http://" + proxy)
    return pparts if pparts.hostname else None


def _http(
    url: str,
    *,
    body: bytes | None,
    headers: Mapping[str, str],
    timeout: float,
    connect_timeout: float,
    use_proxy: bool,
    timeout_label: float | None = None,
) -> tuple[int, bytes]:
    """One HTTP request with a hard deadline of ``timeout`` seconds. Returns (status, body).

    ``timeout_label`` is the configured timeout to name in the error message (the deadline
    passed in may be what is left of it).
    """
    deadline = time.monotonic() + timeout

    def remaining() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left

    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    hdrs = {"User-Agent": _USER_AGENT, "Accept": "application/json", **headers}
    if parts.username:  # a team server behind basic auth: http://user:password@host/
        cred = (
            f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        )
        hdrs["Authorization"] = "Basic " + base64.b64encode(cred.encode()).decode("ascii")
    proxy = _proxy_for(parts) if use_proxy else None
    ctimeout = min(connect_timeout, timeout)
    conn: http.client.HTTPConnection
    if proxy is not None:
        proxy_headers: dict[str, str] = {}
        if proxy.username:
            cred = f"{urllib.parse.unquote(proxy.username)}:{urllib.parse.unquote(proxy.password or '')}"
            proxy_headers["Proxy-Authorization"] = "Basic " + base64.b64encode(
                cred.encode()
            ).decode("ascii")
        phost, pport = proxy.hostname or "", proxy.port or 8080
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(
                phost, pport, timeout=ctimeout, context=ssl.create_default_context()
            )
            conn.set_tunnel(host, port, headers=proxy_headers)
        else:
            conn = http.client.HTTPConnection(phost, pport, timeout=ctimeout)
            hdrs.update(proxy_headers)
            path = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    elif parts.scheme == "https":
        conn = http.client.HTTPSConnection(
            host, port, timeout=ctimeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=ctimeout)
    try:
        conn.connect()
        sock = conn.sock
        if sock is None:  # pragma: no cover - connect() always sets it
            raise _ConnectionFault("no socket")
        sock.settimeout(remaining())
        conn.request("POST" if body is not None else "GET", path, body=body, headers=hdrs)
        sock.settimeout(remaining())
        resp = conn.getresponse()
        chunks: list[bytes] = []
        size = 0
        while True:
            sock.settimeout(remaining())
            chunk = resp.read1(65536)
            if not chunk:
                break
            size += len(chunk)
            if size > _MAX_RESPONSE_BYTES:
                raise EngineError("LanguageTool answer is too large")
            chunks.append(chunk)
        return resp.status, b"".join(chunks)
    except TimeoutError:
        label = timeout if timeout_label is None else timeout_label
        raise EngineError(f"LanguageTool did not answer within {label:g} s") from None
    except ConnectionRefusedError:
        raise _ConnectionFault("connection refused") from None
    except (
        http.client.RemoteDisconnected,
        http.client.IncompleteRead,
        ConnectionResetError,
        ConnectionAbortedError,
        BrokenPipeError,
    ):
        raise _ConnectionFault("connection closed by the server") from None
    except ssl.SSLError as exc:
        raise EngineError(f"TLS error talking to LanguageTool ({exc.reason})") from None
    except http.client.HTTPException as exc:
        raise EngineError(f"bad HTTP answer from LanguageTool ({type(exc).__name__})") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise EngineError(f"cannot reach LanguageTool at {host}:{port} ({reason})") from None
    finally:
        conn.close()


def _status_error(status: int) -> EngineError:
    if status == 413:
        return EngineError("the note is too long for this LanguageTool server (HTTP 413)")
    if status == 429:
        return EngineError("LanguageTool rate limit reached (HTTP 429)")
    if status in (401, 403):
        return EngineError(f"LanguageTool refused the credentials (HTTP {status})")
    if status >= 500:
        return EngineError(f"LanguageTool server error (HTTP {status})")
    return EngineError(f"LanguageTool rejected the request (HTTP {status})")


# --- the local server -------------------------------------------------------------------------

_LIVE_SERVERS: set[_LocalServer] = set()
_LIVE_LOCK = threading.Lock()
_ATEXIT_REGISTERED = False


def _stop_live_servers() -> None:
    with _LIVE_LOCK:
        servers = list(_LIVE_SERVERS)
    for server in servers:
        server.stop()


def _register_server(server: _LocalServer) -> None:
    global _ATEXIT_REGISTERED
    with _LIVE_LOCK:
        _LIVE_SERVERS.add(server)
        if not _ATEXIT_REGISTERED:
            atexit.register(_stop_live_servers)
            _ATEXIT_REGISTERED = True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _find_java(configured: str | None) -> str:
    if configured:
        return configured
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise EngineError(f"Java not found: LanguageTool {LT_VERSION} needs Java 17 or newer")
    return found


class _LocalServer:
    """One ``HTTPServer`` JVM that this process started and owns."""

    def __init__(self, home: Path, config: LanguageToolConfig) -> None:
        self.home = home
        self.config = config
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._owner_pid = os.getpid()
        self._workdir: tempfile.TemporaryDirectory[str] | None = None
        # The server's own output, kept in memory only (last lines), never written to disk:
        # start-up errors come from here. LanguageTool logs sizes and timings, not texts.
        self._output: collections.deque[str] = collections.deque(maxlen=40)
        self._drain: threading.Thread | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def exit_code(self) -> int | None:
        return None if self._proc is None else self._proc.poll()

    def start(self) -> str:
        classpath = _server_classpath(self.home)
        if classpath is None:
            raise EngineError(f"no LanguageTool server jar in {self.home}")
        java = _find_java(self.config.java)
        deadline = time.monotonic() + self.config.start_timeout
        self._workdir = tempfile.TemporaryDirectory(prefix="notecheck-lt-")
        props = Path(self._workdir.name) / "server.properties"
        # Server-side bound on one check, so a pathological text cannot keep the JVM busy
        # forever. Not the client timeout: the warm-up check (loading English) takes 5-20 s.
        limit_ms = int(max(self.config.timeout, self.config.start_timeout) * 1000)
        props.write_text(f"maxCheckTimeMillis={limit_ms}\n")
        last_error = "LanguageTool did not start"
        for _attempt in range(2):  # a second port if the first one was taken meanwhile
            port = _free_port()
            self.url = f"http://127.0.0.1:{port}"
            cmd = [
                java,
                "-Xms32m",
                f"-Xmx{self.config.java_heap}",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                *self.config.java_options,
                "-cp",
                classpath,
                "org.languagetool.server.HTTPServer",
                "--port",
                str(port),
                "--config",
                str(props),
            ]
            self._output.clear()
            try:
                self._proc = subprocess.Popen(  # fixed argv, no shell
                    cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    cwd=self._workdir.name,
                    close_fds=True,
                )
            except OSError as exc:
                self.stop()
                raise EngineError(f"cannot run Java ({exc.strerror or exc})") from None
            self._drain = threading.Thread(
                target=_drain_output,
                args=(self._proc, self._output),
                name="notecheck-languagetool-output",
                daemon=True,
            )
            self._drain.start()
            _register_server(self)
            log.info("starting LanguageTool %s (pid %s)", self.home, self._proc.pid)
            try:
                self._wait_ready(deadline)
                return self.url
            except EngineError as exc:
                last_error = str(exc)
                self.stop(keep_workdir=True)
                tail = self._error_tail()
                if "Address already in use" in tail or "BindException" in tail:
                    continue
                if tail:
                    last_error += f"; server said: {tail}"
                break
        self.stop()
        raise EngineError(last_error)

    def _wait_ready(self, deadline: float) -> None:
        while True:
            code = self.exit_code()
            if code is not None:
                raise EngineError(f"local LanguageTool server exited during start-up (code {code})")
            try:
                status, _ = _http(
                    self.url + "/v2/healthcheck",
                    body=None,
                    headers={},
                    timeout=1.0,
                    connect_timeout=0.5,
                    use_proxy=False,
                )
                if status == 200:
                    break
            except (EngineError, _ConnectionFault):
                pass
            if time.monotonic() >= deadline:
                raise EngineError(
                    "local LanguageTool server did not become healthy within "
                    f"{self.config.start_timeout:g} s"
                )
            time.sleep(0.2)
        # Warm up: the first check loads English (several seconds, ~200 MB); do it here, within
        # the start budget, so the first real note is not judged by the per-request timeout.
        form = urllib.parse.urlencode(
            {"text": "This is a warm-up sentence.", "language": self.config.language}
        ).encode()
        try:
            status, _ = _http(
                self.url + "/v2/check",
                body=form,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                timeout=max(deadline - time.monotonic(), 1.0),
                connect_timeout=1.0,
                use_proxy=False,
            )
        except _ConnectionFault as exc:
            raise EngineError(
                f"local LanguageTool server failed while warming up ({exc})"
            ) from None
        if status != 200:
            raise EngineError(f"local LanguageTool server failed while warming up (HTTP {status})")

    def stop(self, *, keep_workdir: bool = False) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and os.getpid() == self._owner_pid:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
            log.info("stopped LanguageTool (pid %s)", proc.pid)
        drain, self._drain = self._drain, None
        if drain is not None:
            drain.join(timeout=2)
        with _LIVE_LOCK:
            _LIVE_SERVERS.discard(self)
        if not keep_workdir and self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None

    def _error_tail(self, lines: int = 3) -> str:
        """Error lines the server printed while starting (no note has been sent yet)."""
        wanted = [
            ln.strip()
            for ln in list(self._output)
            if "Exception" in ln or "Error" in ln or "error" in ln
        ]
        return " | ".join(wanted[-lines:])[:400]


def _drain_output(proc: subprocess.Popen[bytes], sink: collections.deque[str]) -> None:
    """Read the server's output until it exits, so its pipe never fills up."""
    stream = proc.stdout
    if stream is None:  # pragma: no cover - always a pipe here
        return
    try:
        for raw in iter(stream.readline, b""):
            sink.append(raw.decode("utf-8", "replace").rstrip()[:500])
    except (OSError, ValueError):
        pass
    finally:
        stream.close()


# --- the engine -------------------------------------------------------------------------------


class LanguageToolEngine:
    """A :class:`~notecheck.engines._base.TypoEngine` backed by a LanguageTool HTTP server.

    Thread-safe: starting a local server happens under a lock; checks run concurrently.
    Prefer :func:`get_engine`, which keeps one engine per configuration per process.
    """

    name = "languagetool"

    def __init__(self, config: LanguageToolConfig | None = None) -> None:
        self.config = config or LanguageToolConfig()
        self._start_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._server: _LocalServer | None = None
        self._version = ""
        self._down_until = 0.0
        self._last_fault = ""
        self._closed = False
        self._disabled = self.config.effective_disabled_rules
        self._enabled = self.config.enabled_rules

    # -- protocol --

    @property
    def version(self) -> str:
        """LanguageTool's version as its server reports it (``""`` before the first answer)."""
        return self._version

    def check(self, text: str) -> list[TextIssue]:
        if not text.strip():
            return []
        data = self._request_check(text)
        return issues_from_response(
            data,
            text,
            disabled_rules=self._disabled,
            enabled_rules=self._enabled,
            style=self.config.picky,  # style hints are what picky mode is for
        )

    # -- extras --

    def engine_info(self) -> dict[str, Any]:
        """What the report records about this engine. Does no I/O."""
        base = self.config.base_url
        server = "local" if base is None else _redact_url(base)
        return {
            "name": self.name,
            "version": self._version or "unknown",
            "mode": self.config.mode,
            "server": server,
            "language": self.config.language,
            "picky": self.config.picky,
        }

    def ping(self) -> str:
        """Make sure the server answers (starting a local one if needed); return its version."""
        self._request_check("Hello.")
        return self._version

    @property
    def server_pid(self) -> int | None:
        """PID of the local JVM this engine started, if any (for benchmarks/diagnostics)."""
        server = self._server
        return server.pid if server is not None and server.alive() else None

    def close(self) -> None:
        """Stop the local server this engine started (if any). Later checks raise."""
        with self._start_lock:
            self._closed = True
            server, self._server = self._server, None
        if server is not None:
            server.stop()

    def __enter__(self) -> LanguageToolEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals --

    def _form(self, text: str) -> bytes:
        form: dict[str, str] = {"text": text, "language": self.config.language}
        if self.config.picky:
            form["level"] = "picky"
        exact = [r for r in self._disabled if "*" not in r]
        if exact:
            form["disabledRules"] = ",".join(exact)
        if self.config.enabled_rules:
            form["enabledRules"] = ",".join(self.config.enabled_rules)
        if self.config.username and self.config.api_key:
            form["username"] = self.config.username
            form["apiKey"] = self.config.api_key
        return urllib.parse.urlencode(form).encode("utf-8")

    def _fail_fast(self) -> None:
        with self._state_lock:
            left = self._down_until - time.monotonic()
            fault = self._last_fault
        if left > 0:
            raise EngineError(
                f"LanguageTool unavailable after a recent fault ({fault}); next try in {left:.0f} s"
            )

    def _trip(self, fault: str) -> None:
        with self._state_lock:
            self._last_fault = fault
            self._down_until = time.monotonic() + self.config.cooldown

    def _base_url(self) -> str:
        base = self.config.base_url
        if base is not None:
            return base
        with self._start_lock:
            if self._closed:
                raise EngineError("LanguageTool engine is closed")
            server = self._server
            if server is not None and server.alive():
                return server.url
            if server is not None:
                log.warning(
                    "local LanguageTool server exited (code %s); restarting", server.exit_code()
                )
                server.stop()
                self._server = None
            home = find_languagetool_home(self.config.home)
            if home is None:
                raise EngineError(
                    "no LanguageTool installation found: set languagetool.home or "
                    "NOTECHECK_LT_HOME (see docs/languagetool.md)"
                )
            server = _LocalServer(home, self.config)
            url = server.start()
            self._server = server
            return url

    def _request_check(self, text: str) -> dict[str, Any]:
        if self._closed:
            raise EngineError("LanguageTool engine is closed")
        self._fail_fast()
        try:
            base = self._base_url()
        except EngineError as exc:
            self._trip(str(exc))
            raise
        body = self._form(text)
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
        use_proxy = self.config.mode != "local"
        deadline = time.monotonic() + self.config.timeout
        attempts = 0
        while True:
            attempts += 1
            try:
                status, payload = _http(
                    base + "/v2/check",
                    body=body,
                    headers=headers,
                    timeout=max(deadline - time.monotonic(), 0.001),
                    connect_timeout=self.config.connect_timeout,
                    use_proxy=use_proxy,
                    timeout_label=self.config.timeout,
                )
                break
            except _ConnectionFault as exc:
                fault = f"{exc} at {_redact_url(base)}"
                server = self._server
                if self.config.mode == "local" and server is not None and not server.alive():
                    fault = f"local LanguageTool server exited (code {server.exit_code()})"
                    self._trip(fault)
                    raise EngineError(fault) from None
                if attempts >= 2 or deadline - time.monotonic() < 0.1:
                    self._trip(fault)
                    raise EngineError(fault) from None
                time.sleep(0.05)  # at most one retry: a stale or half-closed connection
            except EngineError as exc:
                self._trip(str(exc))
                raise
        if status != 200:
            err = _status_error(status)
            if status >= 500 or status == 429:
                self._trip(str(err))
            raise err
        try:
            data = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            self._trip("invalid JSON")
            raise EngineError("LanguageTool answered with invalid JSON") from None
        if not isinstance(data, dict):
            raise EngineError("LanguageTool answer is not a JSON object")
        if _get(data, "warnings", "incompleteResults") is True:
            raise EngineError("LanguageTool returned incomplete results (server time limit)")
        version = _get(data, "software", "version")
        if isinstance(version, str) and version:
            self._version = version
        with self._state_lock:
            self._down_until = 0.0
        return data


def _redact_url(url: str) -> str:
    """URL without credentials, query or fragment (safe for reports and messages)."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


# --- one engine per configuration per process -------------------------------------------------

_ENGINES: dict[LanguageToolConfig, LanguageToolEngine] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(config: LanguageToolConfig | None = None, **overrides: Any) -> LanguageToolEngine:
    """The shared engine for ``config`` (created on first use; nothing starts until a check)."""
    cfg = config or LanguageToolConfig()
    if overrides:
        cfg = replace(cfg, **overrides)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(cfg)
        if engine is None or engine._closed:
            engine = LanguageToolEngine(cfg)
            _ENGINES[cfg] = engine
        return engine


def close_all() -> None:
    """Close every shared engine (stops local servers). Also runs at interpreter exit."""
    with _ENGINES_LOCK:
        engines = list(_ENGINES.values())
        _ENGINES.clear()
    for engine in engines:
        engine.close()
