"""Parse a note once: format, front matter, e-mail headers, parts, placeholders.

Checks see ``Note.plain`` (markup stripped) and report offsets into it; the review
maps them back to the source with ``Note.to_source``.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from . import _markup
from ._placeholders import Placeholder, find_placeholders, find_unbalanced

if TYPE_CHECKING:
    from email.message import EmailMessage

Format = Literal["plain", "markdown", "html", "eml"]
FORMATS: tuple[str, ...] = ("auto", "plain", "markdown", "html", "eml")
PartKind = Literal["subject", "greeting", "paragraph", "closing", "signature"]
KINDS: tuple[str, ...] = ("thank_you", "follow_up", "rejection_reply")
FRONT_MATTER_KEYS = frozenset(
    {"interview_at", "sent_at", "kind", "interviewer", "company", "role", "template", "candidate"}
)


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of the note: ``plain[start:end]``."""

    kind: PartKind
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the parser could not do; becomes an ``input.*`` finding."""

    code: str
    message: str
    start: int = 0
    end: int = 0
    severity: str = "warning"
    in_source: bool = True  # offsets are already source offsets


@dataclass(frozen=True, slots=True)
class Suppressions:
    """Inline ``<!-- notecheck: ... -->`` directives (line numbers are source lines)."""

    disabled: frozenset[str] = frozenset()
    next_line: Mapping[int, frozenset[str]] = field(default_factory=dict)

    def hides(self, check: str, code: str, line: int) -> bool:
        if not self.disabled and not self.next_line:
            return False  # no directives: the common case
        ids = self.disabled | self.next_line.get(line, frozenset())
        return "all" in ids or check in ids or code in ids


@dataclass(frozen=True, slots=True)
class Note:
    """A parsed note. ``plain`` is what checks read; ``source`` is what the user wrote."""

    source: str
    plain: str
    origin: array[int]
    format: Format
    parts: tuple[Part, ...]
    placeholders: tuple[Placeholder, ...]
    names: frozenset[str]
    meta: Mapping[str, Any]
    template: bool
    suppressions: Suppressions
    problems: tuple[Problem, ...]
    truncated: bool = False

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``plain[start:end]`` span to the matching span of ``source``."""
        start = min(max(start, 0), len(self.plain))
        end = min(max(end, start), len(self.plain))
        src_start = self.origin[start]
        src_end = self.origin[end - 1] + 1 if end > start else src_start
        src_end = max(src_end, src_start)
        return src_start, min(src_end, len(self.source))

    def parts_of(self, *kinds: PartKind) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.kind in kinds)

    @property
    def body(self) -> tuple[Part, ...]:
        return self.parts_of("paragraph")

    def in_placeholder(self, start: int, end: int) -> bool:
        return any(p.start < end and start < p.end for p in self.placeholders)


# --- entry point ---------------------------------------------------------------

_SUPPRESS = re.compile(
    # Bounded repeats: an unclosed "<!-- notecheck:" followed by a long run must stay linear.
    r"<!--\s{0,20}notecheck\s{0,5}:\s{0,5}(disable|disable-next-line)\s{0,5}=\s{0,5}"
    r"([A-Za-z0-9_., \t-]{1,200}?)\s{0,20}-->",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(
    r"\A(\ufeff?)---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL | re.MULTILINE,
)
_EML_HEADERS = re.compile(r"\A(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}\r?\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_note(
    source: str,
    *,
    format: str = "auto",
    template: bool | None = None,
    max_chars: int = 100_000,
) -> Note:
    """Parse ``source`` into a :class:`Note`; never raises for a ``str``."""
    problems: list[Problem] = []
    meta: dict[str, Any] = {}
    region_start = 0
    truncated = False

    front = _FRONT_MATTER.match(source)
    if front:
        region_start = front.end()
        meta.update(_read_front_matter(front.group(2), front.start(2), problems))

    analysed_end = len(source)
    if len(source) - region_start > max_chars:
        analysed_end = region_start + max_chars
        truncated = True
        problems.append(
            Problem(
                "input.too-long",
                f"The note is {len(source):,} characters; only the first {max_chars:,} were "
                "checked. Raise max-chars in the configuration to check more.",
                analysed_end,
                len(source),
            )
        )
    region = source[region_start:analysed_end]

    fmt = _detect_format(region) if format == "auto" else format
    plain, origin = _to_plain(region, fmt, meta, problems)
    plain, origin = _normalise(plain, origin)
    if region_start:
        origin = array("i", [i + region_start for i in origin])

    has_subject = "subject" in meta and fmt == "eml"
    if has_subject:
        # The subject becomes the first block of the analysed text, mapped to its header.
        subject, subject_at = meta.pop("subject")
        prefix = subject + "\n\n"
        sub_origin = array("i", range(subject_at, subject_at + len(subject)))
        sub_origin.extend([subject_at + len(subject)] * 2)
        plain = prefix + plain
        origin = sub_origin + origin

    binary = len(_CONTROL.findall(plain))
    if binary:
        problems.append(
            Problem(
                "input.binary",
                f"The note contains {binary} control character(s); is this a binary file? "
                "They were ignored.",
                0,
                0,
            )
        )
        plain = _CONTROL.sub(" ", plain)

    placeholders = find_placeholders(plain)
    for start, end in find_unbalanced(plain):
        problems.append(
            Problem(
                "input.unbalanced-braces",
                "Unbalanced template braces: '{{' and '}}' should come in pairs.",
                start,
                end,
                in_source=False,
            )
        )
    is_template = bool(meta.get("template")) if template is None else template
    parts = split_parts(plain, subject_first=has_subject)
    names = _names(plain, parts, meta)
    return Note(
        source=source,
        plain=plain,
        origin=origin,
        format=fmt,  # type: ignore[arg-type]
        parts=parts,
        placeholders=placeholders,
        names=names,
        meta=MappingProxyType(meta),
        template=is_template,
        suppressions=_suppressions(source),
        problems=tuple(problems),
        truncated=truncated,
    )


_INVISIBLE = re.compile("\r(?=\n)|[\ufeff\u200b\u200c\u200d\u2060\u00ad]")


def _normalise(plain: str, origin: array[int]) -> tuple[str, array[int]]:
    """Drop CR before LF, BOMs, zero-width and soft-hyphen characters; lone CR is a newline."""
    if "\r" in plain:
        plain = re.sub("\r(?!\n)", "\n", plain)
    if (plain.isascii() and "\r" not in plain) or not _INVISIBLE.search(plain):
        return plain, origin  # (every character _INVISIBLE finds is "\r" or non-ASCII)
    out = _markup.PlainBuilder()
    pos = 0
    for m in _INVISIBLE.finditer(plain):
        out.keep(plain, pos, m.start())
        pos = m.end()
    out.keep(plain, pos, len(plain))
    text, inner = out.build(len(plain))
    return text, _markup.compose(origin, inner)


def _detect_format(text: str) -> Format:
    head = text.lstrip("\ufeff")[:4000]
    if _EML_HEADERS.match(head.replace("\r\n", "\n")) and re.search(
        r"^(?:From|To|Subject|Date):", head, re.MULTILINE | re.IGNORECASE
    ):
        return "eml"
    if _markup.looks_like_html(head):
        return "html"
    if _markup.looks_like_markdown(text):
        return "markdown"
    return "plain"


def _to_plain(
    region: str, fmt: str, meta: dict[str, Any], problems: list[Problem]
) -> tuple[str, array[int]]:
    if fmt == "eml":
        return _eml_to_plain(region, meta, problems)
    if fmt == "html":
        return _markup.strip_html(region)
    if fmt == "markdown":
        return _markup.strip_markdown(region)
    return _strip_comments(region)


def _strip_comments(region: str) -> tuple[str, array[int]]:
    # Suppression comments may appear in plain text notes too; they are not prose.
    if "<!--" not in region:
        return _markup.identity(region)
    out = _markup.PlainBuilder()
    pos = 0
    for m in re.finditer(r"<!--.*?(?:-->|\Z)", region, re.DOTALL):
        out.keep(region, pos, m.start())
        pos = m.end()
    out.keep(region, pos, len(region))
    return out.build(len(region))


# --- e-mail ------------------------------------------------------------------------

_QUOTE_START = re.compile(
    r"^(?:On .{0,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|From: .+\nSent: )",
    re.MULTILINE,
)


def _eml_to_plain(
    region: str, meta: dict[str, Any], problems: list[Problem]
) -> tuple[str, array[int]]:
    import email
    import email.utils

    message: EmailMessage = email.message_from_string(region, policy=_email_policy())
    header_end = _header_end(region)
    subject = _header_text(message, "Subject")
    if subject:
        subject_text = subject.strip()
        at = _header_value_at(region, "Subject")
        meta["subject"] = (subject_text, at if at >= 0 else 0)
    date = _header_text(message, "Date")
    if date:
        try:
            meta.setdefault("sent_at", email.utils.parsedate_to_datetime(date))
            meta["sent_at_from"] = "Date header"
        except (TypeError, ValueError, IndexError, OverflowError):
            at = _header_value_at(region, "Date")
            problems.append(
                Problem(
                    "input.bad-date",
                    f"The Date header {date!r} is not an RFC 5322 date; promptness cannot use it.",
                    max(at, 0),
                    max(at, 0) + len(date),
                )
            )
    for header, key in (("To", "recipient"), ("From", "sender")):
        value = _header_text(message, header)
        if value:
            meta[key] = value

    body_part = message.get_body(preferencelist=("plain", "html"))
    if body_part is None:
        problems.append(Problem("input.no-body", "The e-mail has no text body to check."))
        return "", array("i", [header_end])
    try:
        content = body_part.get_content()
    except (LookupError, ValueError, AssertionError):
        content = ""
    raw = body_part.get_payload()
    if (
        isinstance(raw, str)
        and not raw.isascii()
        and str(body_part.get("Content-Transfer-Encoding", "")).lower() in ("", "7bit", "8bit")
    ):
        # A message pasted as text with UTF-8 in an unencoded body ("Horáková", "Ondřej"):
        # the text is already decoded; reading it as the declared (or default ASCII)
        # charset would turn it into escapes and replacement characters.
        content = raw
    if not isinstance(content, str):
        content = ""
    content = content.replace("\r\n", "\n")
    raw_body = region[header_end:]
    found = raw_body.replace("\r\n", "\n").find(content[:200]) if content else -1
    if found >= 0 and "\r\n" not in raw_body and raw_body[found : found + len(content)] == content:
        text, origin = (
            content,
            array("i", range(header_end + found, header_end + found + len(content) + 1)),
        )
    else:
        # Encoded bodies (base64, quoted-printable) cannot be mapped char by char:
        # findings point at the start of the body.
        text, origin = content, array("i", [header_end] * (len(content) + 1))
    quote = _QUOTE_START.search(text)
    if quote:
        text, origin = text[: quote.start()], origin[: quote.start() + 1]
    text, origin = _drop_quoted_lines(text, origin)
    if body_part.get_content_type() == "text/html":
        inner_text, inner = _markup.strip_html(text)
        return inner_text, _markup.compose(origin, inner)
    return text, origin


# How e-mail is read: exactly as ``email.policy.default`` reads it, but cheaper. That
# policy builds a parsed header object every time a header is looked at (Content-Type
# alone is parsed several times per message), which made a short e-mail cost 2-4 ms. The
# policy below hands out the same objects, parsed once per distinct header and kept in a
# small cache (Content-Type: text/plain; charset=utf-8 is the same in every note). The
# headers that differ in every note (Subject, Date, To, From) are read from the raw
# message instead: their common forms are already what policy.default would make of
# them (tests/unit/test_parsing.py checks that against policy.default on generated
# headers), and anything else (encoded words, unusual addresses) goes through
# policy.default itself.

_policy_lock = threading.Lock()
_policy: Any = None  # the ParseOncePolicy below, built on first use
_LINESEP = re.compile(r"\n|\r")  # email.policy's linesep_splitter
# Every repeat is separated by a character the repeated class lacks: linear on any input.
_ADDR_SPEC = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*"
_NAME_WORD = r"[^\W\d_]+(?:['-][^\W\d_]+)*"
#: ``Ann Lee <ann@example.com>`` or ``ann@example.com``: policy.default keeps these as written.
_SIMPLE_ADDRESS = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD})* <{_ADDR_SPEC}>|{_ADDR_SPEC}")


def _email_policy() -> Any:
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                from email.policy import EmailPolicy

                class ParseOncePolicy(EmailPolicy):
                    """``email.policy.default``, with each distinct header parsed once."""

                    def header_fetch_parse(self, name: str, value: Any) -> Any:
                        if hasattr(value, "name"):
                            return value
                        return _parsed_header(name, "".join(_LINESEP.split(value)))

                _policy = ParseOncePolicy()
    return _policy


@lru_cache(maxsize=256)
def _parsed_header(name: str, value: str) -> Any:
    # Header objects are immutable (str subclasses with read-only properties): sharing
    # one between messages is safe.
    from email.policy import default

    return default.header_factory(name, value)


def _header_text(message: EmailMessage, name: str) -> str | None:
    """``str(message.get(name))`` as policy.default gives it; ``None`` without the header."""
    wanted = name.lower()
    found = next(((k, v) for k, v in message.raw_items() if k.lower() == wanted), None)
    if found is None:
        return None
    key, raw = found
    value = "".join(_LINESEP.split(raw)) if isinstance(raw, str) else None
    if value is not None and "=?" not in value and value.isprintable():
        if wanted in ("subject", "date"):
            # Unstructured text without encoded words is kept as written; a Date that
            # parses comes back re-formatted, which parses to the same datetime.
            return value
        if len(value) <= 320 and _SIMPLE_ADDRESS.fullmatch(value):
            return value
    from email.policy import default

    try:
        return str(default.header_fetch_parse(key, raw))
    except Exception:  # the stdlib's address parser trips on some malformed headers ("<")
        return value if value is not None else str(raw)


def _drop_quoted_lines(text: str, origin: array[int]) -> tuple[str, array[int]]:
    if ">" not in text:
        return text, origin
    out = _markup.PlainBuilder()
    for m in re.finditer(r"[^\n]*\n?", text):
        if m.start() == m.end():
            break
        if not m.group(0).lstrip().startswith(">"):
            out.keep(text, m.start(), m.end())
    plain, inner = out.build(len(text))
    return plain, _markup.compose(origin, inner)


def _header_end(region: str) -> int:
    m = re.search(r"\r?\n\r?\n", region)
    return m.end() if m else len(region)


def _header_value_at(region: str, name: str) -> int:
    m = re.search(rf"^{name}:[ \t]*", region, re.MULTILINE | re.IGNORECASE)
    return m.end() if m else -1


# --- front matter ----------------------------------------------------------------


def _read_front_matter(block: str, at: int, problems: list[Problem]) -> dict[str, Any]:
    import yaml  # only notes with front matter need it (10-20 ms to import)

    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 1) if mark is not None else 1
        problems.append(
            Problem(
                "input.front-matter",
                f"Front matter is not valid YAML (line {line + 1} of the file): "
                f"{getattr(exc, 'problem', exc)}. Fix the YAML between the '---' lines.",
                at,
                at + len(block),
            )
        )
        return {}
    if not isinstance(data, dict):
        problems.append(
            Problem(
                "input.front-matter",
                "Front matter must be a YAML mapping such as 'interview_at: 2026-05-01T10:00'.",
                at,
                at + len(block),
            )
        )
        return {}
    meta: dict[str, Any] = {}
    for key, value in data.items():
        key_at = block.find(f"{key}:")
        span = (at + max(key_at, 0), at + max(key_at, 0) + len(str(key)))
        if key not in FRONT_MATTER_KEYS:
            problems.append(
                Problem(
                    "input.front-matter",
                    f"Unknown front matter key {key!r}; known keys: "
                    f"{', '.join(sorted(FRONT_MATTER_KEYS))}.",
                    *span,
                    severity="info",
                )
            )
            continue
        if key in ("interview_at", "sent_at"):
            when = to_datetime(value)
            if when is None:
                problems.append(
                    Problem(
                        "input.bad-date",
                        f"Front matter {key} {value!r} is not a date and time; use ISO 8601 "
                        "such as 2026-05-01T10:00:00-04:00.",
                        *span,
                    )
                )
                continue
            meta[key] = when
            meta[f"{key}_from"] = "front matter"
        elif key == "kind":
            if value not in KINDS:
                problems.append(
                    Problem(
                        "input.front-matter",
                        f"Front matter kind {value!r} is not one of {', '.join(KINDS)}.",
                        *span,
                    )
                )
                continue
            meta[key] = value
        elif key == "template":
            meta[key] = bool(value)
        else:
            meta[key] = str(value)
    return meta


def to_datetime(value: object) -> datetime | None:
    """A datetime from a datetime, a date, or an ISO 8601 string (``Z`` accepted)."""
    if isinstance(value, datetime):
        return value
    if hasattr(value, "isoformat") and hasattr(value, "year"):  # a date
        return datetime(value.year, value.month, value.day)  # type: ignore[attr-defined]
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    return None


# --- parts ---------------------------------------------------------------------

_SUBJECT = re.compile(r"^\s*(?:Subject|Re|RE|Fwd)\s*:\s*\S.*$")
_GREETING = re.compile(
    r"^\s*(?:(?:Dear|Hi|Hello|Hey|Hiya|Greetings|Good\s+(?:morning|afternoon|evening)|Howdy|Yo)"
    r"\b[^\n]{0,80}?[,:!\u2014-]?\s*$|To\s+whom\s+it\s+may\s+concern[,:]?\s*$|"
    r"(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+[A-Z][^\n]{0,60}[,:]\s*$|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*$)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:(?:Best|Kind|Warm|Warmest|With\s+(?:best|kind|warm))?\s*regards|Sincerely(?:\s+yours)?|"
    r"Yours(?:\s+(?:truly|sincerely|faithfully))?|Best(?:\s+wishes)?|All\s+the\s+best|"
    r"Many\s+thanks|Thanks(?:\s+(?:again|so\s+much|a\s+lot))?(?:\s+and\s+\w+\s+regards)?|"
    r"Thank\s+you(?:\s+(?:again|so\s+much))?|Cheers|Warmly|Warm\s+wishes|Respectfully(?:\s+yours)?|"
    r"Cordially|Gratefully|With\s+(?:gratitude|appreciation|thanks)|Take\s+care|"
    r"Looking\s+forward|Talk\s+soon|Thx|Ta)\s*[,.!\u2014-]?\s*$",
    re.IGNORECASE,
)
# A paragraph: lines up to a blank line ("[^\n]+" rather than "." per character: faster).
_BLOCK = re.compile(r"\S(?:[^\n]+|\n(?![ \t]*\n))*", re.MULTILINE)


def split_parts(plain: str, *, subject_first: bool = False) -> tuple[Part, ...]:
    """Subject, greeting, body paragraphs, closing and signature, in order."""
    lines = [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", plain)
        if plain[m.start() : m.end()].strip()
    ]
    if not lines:
        return ()
    parts: list[Part] = []
    first = 0
    s, e = lines[0]
    if subject_first or _SUBJECT.match(_short(plain, s, e)):
        parts.append(_part("subject", plain, s, e))
        first = 1
    if first < len(lines) and _GREETING.match(_short(plain, *lines[first])):
        s, e = lines[first]
        # "Hey Jess, just wanted to follow up..." on one line: the greeting is only up to
        # the comma, and the rest of the line starts the body.
        cut = _greeting_end(plain, s, e)
        if cut is None:
            parts.append(_part("greeting", plain, s, e))
            first += 1
        else:
            parts.append(_part("greeting", plain, s, cut))
            lines[first] = (cut, e)
    closing_at = None
    for i in range(len(lines) - 1, max(first - 1, len(lines) - 8), -1):
        s, e = lines[i]
        if _CLOSING.match(_short(plain, s, e)):
            closing_at = i
            break
    last = len(lines) if closing_at is None else closing_at
    if closing_at is None and last - first >= 2:
        # No closing: trailing short name-like lines are a signature.
        trailing = last
        while trailing - 1 > first and _is_signature_line(
            plain[lines[trailing - 1][0] : lines[trailing - 1][1]]
        ):
            trailing -= 1
        if trailing < last and trailing - first >= 1 and last - trailing <= 4:
            sig_start = lines[trailing][0]
            prev_end = lines[trailing - 1][1]
            if "\n\n" in plain[prev_end:sig_start] or last - trailing <= 2:
                last = trailing
    if first < last:
        body_start = lines[first][0]
        body_end = lines[last - 1][1]
        for m in _BLOCK.finditer(plain, body_start, body_end):
            end = min(m.end(), body_end)
            text = plain[m.start() : end].rstrip()
            parts.append(Part("paragraph", m.start(), m.start() + len(text), text))
    if closing_at is not None:
        s, e = lines[closing_at]
        parts.append(_part("closing", plain, s, e))
        last = closing_at + 1
    if last < len(lines):
        s = lines[last][0]
        e = lines[-1][1]
        parts.append(_part("signature", plain, s, e))
    return tuple(parts)


_GREETING_MARK = re.compile(r"[,!:\u2014]")


def _greeting_end(plain: str, start: int, end: int) -> int | None:
    """Where the body starts on a greeting line that goes on ("Hi Sam, hope you're well"),
    or None when the line is all greeting ("Dear Ms. Ruiz, Mr. Ibe and Dr. Lee,")."""
    m = _GREETING_MARK.search(plain, start, end)
    if m is None:
        return None
    after = plain[m.end() : end]
    rest = after.strip()
    if len(rest.split()) < 3 or rest.endswith((",", ":")):
        return None
    return end - len(after.lstrip())  # where the rest of the line starts


def _short(plain: str, start: int, end: int) -> str:
    """A line stripped for the part patterns; long lines are never a greeting or closing
    (and matching their leading whitespace would cost quadratic time)."""
    line = plain[start:end].strip()
    return line if len(line) <= 200 else ""


def _part(kind: PartKind, plain: str, start: int, end: int) -> Part:
    text = plain[start:end]
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return Part(kind, start + lead, start + lead + len(stripped), stripped)


def _is_signature_line(line: str) -> bool:
    line = line.strip()
    if len(line) > 60 or (
        line.endswith((".", "?", "!")) and not re.search(r"\.(com|org|io)$", line)
    ):
        return False
    return bool(
        re.fullmatch(r"(?:[A-Z][\w.'-]*\s*){1,4}", line)
        or re.search(r"@|https?://|linkedin|\+?\d[\d ().-]{6,}", line, re.IGNORECASE)
    )


_TITLES = frozenset(
    {
        "dear",
        "hi",
        "hello",
        "hey",
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "good",
        "morning",
        "afternoon",
        "evening",
        "to",
        "whom",
        "it",
        "may",
        "concern",
        "team",
        "and",
        "all",
        "everyone",
        "greetings",
        "hiring",
        "manager",
        "committee",
    }
)


def _names(plain: str, parts: tuple[Part, ...], meta: Mapping[str, Any]) -> frozenset[str]:
    names: set[str] = set()
    for part in parts:
        if part.kind in ("greeting", "signature"):
            lines = part.text.splitlines()
            for word in re.findall(
                r"[A-Z][\w'’-]+", lines[0] if part.kind == "signature" else part.text
            ):
                if word.lower().strip("'’") not in _TITLES:
                    names.add(word)
    for key in ("interviewer", "company", "role", "candidate"):
        value = meta.get(key)
        if isinstance(value, str):
            names.update(re.findall(r"[\w'’-]+", value))
    return frozenset(names)


def _suppressions(source: str) -> Suppressions:
    if "notecheck" not in source:
        return Suppressions()
    disabled: set[str] = set()
    next_line: dict[int, frozenset[str]] = {}
    for m in _SUPPRESS.finditer(source):
        ids = frozenset(i.strip().lower() for i in re.split(r"[,\s]+", m.group(2)) if i.strip())
        if m.group(1).lower() == "disable":
            disabled |= ids
        else:
            line = source.count("\n", 0, m.end()) + 2
            # The directive covers the next line that has text on it.
            rest = source[m.end() :]
            for extra, text in enumerate(rest.split("\n")[1:]):
                if text.strip():
                    line = source.count("\n", 0, m.end()) + 2 + extra
                    break
            next_line[line] = next_line.get(line, frozenset()) | ids
    return Suppressions(frozenset(disabled), MappingProxyType(next_line))
