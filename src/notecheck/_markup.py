"""Turn marked-up text into plain text for analysis, keeping a map back to the source.

Every function here returns ``(plain, origin)`` where ``origin[i]`` is the index in
the input of ``plain[i]`` and ``origin[len(plain)]`` is the end of the input region.
Markup is dropped or replaced by whitespace so that words keep their positions in
the file the user will open.
"""

from __future__ import annotations

import html
import re
from array import array

Origin = array  # array('i') of source indices, one per plain char plus an end sentinel

# 0, 1, 2, ...: runs of source indices are sliced from it (a copy in C) instead of built
# from a range one int at a time. Grown by replacing it, so a reader never sees it change.
_indices: array[int] = array("i", range(65536))
_MAX_INDICES = 1 << 21


def _run(start: int, end: int) -> array[int]:
    """``array('i', range(start, end))`` for 0 <= start <= end."""
    global _indices
    table = _indices
    if end > len(table):
        if end > _MAX_INDICES:  # a huge note: not worth keeping a table that size
            return array("i", range(start, end))
        table = _indices = array("i", range(min(max(end, 2 * len(table)), _MAX_INDICES)))
    return table[start:end]


class PlainBuilder:
    """Accumulates plain text piece by piece, remembering where each char came from."""

    __slots__ = ("_origin", "_parts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._origin: array[int] = array("i")

    def keep(self, source: str, start: int, end: int) -> None:
        """Copy ``source[start:end]`` unchanged."""
        if end > start:
            self._parts.append(source[start:end])
            self._origin.extend(_run(start, end) if start >= 0 else range(start, end))

    def put(self, text: str, at: int) -> None:
        """Insert synthetic ``text`` standing for the markup at source index ``at``."""
        if text:
            self._parts.append(text)
            self._origin.extend([at] * len(text))

    def build(self, end: int) -> tuple[str, array[int]]:
        origin = array("i", self._origin)
        origin.append(end)
        return "".join(self._parts), origin


def identity(text: str, offset: int = 0) -> tuple[str, array[int]]:
    if offset >= 0:
        return text, _run(offset, offset + len(text) + 1)
    return text, array("i", range(offset, offset + len(text) + 1))


def compose(outer: array[int], inner: array[int]) -> array[int]:
    """Origins of a text derived from a text that was itself derived (``outer[inner[i]]``)."""
    return array("i", map(outer.__getitem__, inner))


# --- HTML -----------------------------------------------------------------

_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<![^>]{0,200}>|<\?[^>]{0,200}>"
    r"|<(script|style|head|title)\b[^<>]*>.*?(?:</\1\s*>|\Z)"
    # No "<" inside a tag or its quoted values, so "<p <p <p" fails fast (linear time).
    r"|</?([A-Za-z][A-Za-z0-9]*)\b(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.DOTALL | re.IGNORECASE,
)
_BLOCK_BREAK = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "body",
        "html",
        "pre",
        "hr",
    }
)
_LINE_BREAK = frozenset({"br", "td", "th"})
_WS_RUN = re.compile(r"[ \t\r\n]+")


def strip_html(source: str) -> tuple[str, array[int]]:
    """Plain text of an HTML fragment or document; scripts, styles and comments dropped."""
    out = PlainBuilder()
    pos = 0
    for m in _HTML_TOKEN.finditer(source):
        _keep_collapsed(out, source, pos, m.start())
        token = m.group(0)
        if token.startswith("&"):
            out.put(html.unescape(token), m.start())
        elif not token.startswith("<!--") and m.group(1) is None:
            name = (m.group(2) or "").lower()
            if name in _BLOCK_BREAK:
                out.put("\n\n", m.start())
            elif name in _LINE_BREAK:
                out.put("\n", m.start())
        pos = m.end()
    _keep_collapsed(out, source, pos, len(source))
    return out.build(len(source))


def _keep_collapsed(out: PlainBuilder, source: str, start: int, end: int) -> None:
    # HTML whitespace (newlines included) is one space; paragraph breaks come from tags.
    pos = start
    for m in _WS_RUN.finditer(source, start, end):
        out.keep(source, pos, m.start())
        out.put(" ", m.start())
        pos = m.end()
    out.keep(source, pos, end)


# --- Markdown ---------------------------------------------------------------

_MD_LINE_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+))+"
)
_MD_INLINE = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comments (suppressions live here)
    # [text](url); repeats are bounded so unclosed "[a](" runs stay linear.
    r"|!?\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,500}(?:\s{1,10}\"[^\"\n]{0,300}\")?\)"
    r"|<(https?://[^<>\s]+|[^@<>\s]+@[^<>\s]+)>"  # autolinks
    r"|</?(?:p|br|div|span|b|i|em|strong|u|a)\b[^<>\n]*>"  # common inline HTML
    r"|(?<![*_~])(\*\*|__|~~)(?![*_~])"  # strong / strike markers, not "____" blanks
    r"|(?<![\w*])([*_])(?=\S)"  # emphasis opener
    r"|(?<=\S)([*_])(?![\w*])"  # emphasis closer
    r"|(`+)",  # code span markers
    re.DOTALL,
)
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")


def strip_markdown(source: str) -> tuple[str, array[int]]:
    """Plain text of Markdown: emphasis, links, headings, list and quote markers removed."""
    # Pass 1: line-level markup (heading, list and quote markers; horizontal rules).
    lines = PlainBuilder()
    for m in re.finditer(r"[^\n]*\n?", source):
        if m.start() == m.end():
            break
        line_end = m.end() - 1 if m.group(0).endswith("\n") else m.end()
        line = source[m.start() : line_end]
        if _MD_RULE.match(line):
            lines.keep(source, line_end, m.end())
            continue
        prefix = _MD_LINE_PREFIX.match(line)
        lines.keep(source, m.start() + (prefix.end() if prefix else 0), m.end())
    text, outer = lines.build(len(source))
    # Pass 2: inline markup.
    out = PlainBuilder()
    pos = 0
    for m in _MD_INLINE.finditer(text):
        out.keep(text, pos, m.start())
        if m.group(1) is not None:  # link text stays, the URL goes
            text_start = m.start() + m.group(0).index("[") + 1
            out.keep(text, text_start, text_start + len(m.group(1)))
        elif m.group(2) is not None:
            out.keep(text, m.start(2), m.end(2))
        elif m.group(0).lower().startswith(("<br", "</p", "<p")):
            out.put("\n", m.start())
        pos = m.end()
    out.keep(text, pos, len(text))
    plain, inner = out.build(len(text))
    return plain, compose(outer, inner)


def looks_like_html(text: str) -> bool:
    if "<" not in text:
        return False
    return bool(
        re.search(r"<(?:html|body|p|div|br|table|span|strong|em|ul|li|h[1-6])\b[^>]*>", text, re.I)
    )


# Each pattern of looks_like_markdown needs one of these; most notes have none.
_MD_MARKS = ("**", "__", "](", "#", "- ", "* ", "+ ", ">", "`")


def looks_like_markdown(text: str) -> bool:
    if not any(mark in text for mark in _MD_MARKS):
        return False
    return bool(
        re.search(
            # Bounded repeats keep this linear on runs such as "[a]([a](" with no ")".
            r"\*\*\w|(?<!_)__[A-Za-z]|\]\([^)\s]{1,500}\)|^#{1,6} \S|^[ \t]{0,3}[-*+] \S|^>\s"
            r"|`[^`\n]{1,200}`",
            text,
            re.MULTILINE,
        )
    )
