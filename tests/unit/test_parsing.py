"""Note parsing: formats, parts, offsets back into the source, placeholders, suppressions."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from notecheck._note import parse_note, split_parts


def _spans_map_back(source: str, fmt: str = "auto") -> None:
    note = parse_note(source, format=fmt)
    for i, char in enumerate(note.plain):
        if not char.isspace():
            assert source[note.origin[i]] == char or char in "&<>\"'\xa0", (i, char)


def test_plain_text_parts(good_note: str) -> None:
    note = parse_note(good_note)
    assert note.format == "plain"
    kinds = [p.kind for p in note.parts]
    assert kinds == ["subject", "greeting", "paragraph", "paragraph", "closing", "signature"]
    assert note.parts[1].text == "Dear Ms. Alvarez,"
    assert note.parts[-1].text == "Jordan Lee"
    assert {"Alvarez", "Jordan", "Lee"} <= note.names


def test_markdown_markup_is_stripped_but_offsets_point_into_the_file() -> None:
    source = (
        "# Thank you\n\nDear **Ms. Lee**,\n\n- I *loved* [our chat](https://example.com/x) "
        "about `Go`.\n\nBest,\nAnn\n"
    )
    note = parse_note(source)
    assert note.format == "markdown"
    assert "**" not in note.plain and "https://" not in note.plain and "`" not in note.plain
    assert "I loved our chat about Go." in note.plain
    start = note.plain.index("our chat")
    s, e = note.to_source(start, start + len("our chat"))
    assert source[s:e] == "our chat"
    _spans_map_back(source)


def test_html_body_scripts_dropped_entities_decoded() -> None:
    source = (
        "<html><head><title>x</title><style>p{}</style></head><body>"
        "<p>Dear Ann,</p><p>Thank&nbsp;you for the chat&hellip; "
        "<script>alert('thank you')</script>I&rsquo;m keen.</p>"
        "<p>Best,<br>Sam</p></body></html>"
    )
    note = parse_note(source)
    assert note.format == "html"
    assert "alert" not in note.plain and "<p>" not in note.plain
    assert "I’m keen." in note.plain
    assert [p.kind for p in note.parts] == ["greeting", "paragraph", "closing", "signature"]
    start = note.plain.index("keen")
    s, e = note.to_source(start, start + 4)
    assert source[s:e] == "keen"


EML = (
    "From: Ann Lee <ann@example.com>\n"
    "To: Bob Diaz <bob@example.com>\n"
    "Subject: Thanks for today\n"
    "Date: Mon, 02 Mar 2026 18:00:00 -0500\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "\n"
    "Hi Bob,\n\nThanks for the conversation today.\n\nBest,\nAnn\n\n"
    "On Mon, Mar 2, 2026 at 9:00 AM Bob Diaz wrote:\n> See you at 2pm.\n"
)


def test_eml_headers_give_subject_and_sent_time_and_quotes_are_ignored() -> None:
    note = parse_note(EML)
    assert note.format == "eml"
    assert note.meta["sent_at"] == datetime(2026, 3, 2, 23, 0, tzinfo=timezone.utc)
    assert note.parts[0].kind == "subject" and note.parts[0].text == "Thanks for today"
    s, e = note.to_source(note.parts[0].start, note.parts[0].end)
    assert EML[s:e] == "Thanks for today"
    assert "See you" not in note.plain
    body = note.plain.index("conversation")
    s, e = note.to_source(body, body + len("conversation"))
    assert EML[s:e] == "conversation"


def test_eml_quoted_printable_body_is_decoded() -> None:
    source = (
        "From: a@example.com\nTo: b@example.com\nSubject: Hi\n"
        "Date: Mon, 02 Mar 2026 18:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Dear Bob,\n\nThank you for the caf=C3=A9 chat.\n\nBest,\nAnn\n"
    )
    note = parse_note(source)
    assert "café" in note.plain
    for i in range(len(note.plain)):
        assert 0 <= note.origin[i] <= len(source)


def test_front_matter_sets_metadata_and_is_not_analysed() -> None:
    source = (
        "---\ninterview_at: 2026-05-01T10:00:00-04:00\nkind: follow_up\ninterviewer: Dana Wu\n"
        "company: Acme\ntemplate: true\n---\nDear {{ interviewer }},\n\nThank you.\n"
    )
    note = parse_note(source)
    assert note.meta["kind"] == "follow_up"
    assert note.meta["interview_at"].utcoffset().total_seconds() == -4 * 3600
    assert note.template
    assert "interview_at" not in note.plain
    assert {"Dana", "Wu", "Acme"} <= note.names
    ph = note.placeholders[0]
    s, e = note.to_source(ph.start, ph.end)
    assert source[s:e] == "{{ interviewer }}"


def test_bad_front_matter_is_a_problem_not_an_exception() -> None:
    note = parse_note("---\ninterview_at: [unclosed\n---\nDear Ann,\n")
    assert any(p.code == "input.front-matter" for p in note.problems)
    note = parse_note("---\nkind: apology\nflavour: mint\n---\nDear Ann,\n")
    codes = [p.code for p in note.problems]
    assert codes.count("input.front-matter") == 2


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Dear {{ name }},", "{{ name }}"),
        ("Dear {{name}},", "{{name}}"),
        ("Dear {first_name},", "{first_name}"),
        ("Dear [Interviewer Name],", "[Interviewer Name]"),
        ("Dear [your name],", "[your name]"),
        ("at <Company> today", "<Company>"),
        ("the ${ROLE} role", "${ROLE}"),
        ("Dear XXX,", "XXX"),
        ("Dear ____,", "____"),
    ],
)
def test_placeholder_forms(text: str, raw: str) -> None:
    note = parse_note(text)
    assert [p.raw for p in note.placeholders] == [raw]


@pytest.mark.parametrize(
    "text",
    ["I enjoyed it [sic].", "See [1].", "Email me at <ann@example.com>.", "We used XXL shirts."],
)
def test_not_placeholders(text: str) -> None:
    assert parse_note(text).placeholders == ()


def test_unbalanced_braces_reported() -> None:
    note = parse_note("Dear {{ name,\n\nThank you.")
    assert any(p.code == "input.unbalanced-braces" for p in note.problems)


def test_suppression_comments() -> None:
    source = (
        "<!-- notecheck: disable=tone -->\nDear Ann,\n"
        "<!-- notecheck: disable-next-line=timeline, fit -->\n\nThanks ASAP.\n"
    )
    note = parse_note(source)
    assert note.suppressions.hides("tone", "tone.pushy", 1)
    assert note.suppressions.hides("fit", "fit.missing", 5)
    assert not note.suppressions.hides("fit", "fit.missing", 4)
    assert "notecheck" not in note.plain


def test_truncation_beyond_max_chars() -> None:
    note = parse_note("word " * 50_000, max_chars=1_000)
    assert note.truncated
    assert len(note.plain) <= 1_000
    assert any(p.code == "input.too-long" for p in note.problems)


def test_control_characters_are_reported() -> None:
    note = parse_note("Dear Ann,\x00\x01\x02 thank you")
    assert any(p.code == "input.binary" for p in note.problems)
    assert "\x00" not in note.plain


def test_crlf_and_bom() -> None:
    source = "\ufeffDear Ann,\r\n\r\nThank you for today.\r\n\r\nBest,\r\nSam\r\n"
    note = parse_note(source)
    assert [p.kind for p in note.parts] == ["greeting", "paragraph", "closing", "signature"]
    start = note.plain.index("today")
    assert source[slice(*note.to_source(start, start + 5))] == "today"


def test_greeting_without_blank_line_and_signature_without_closing() -> None:
    parts = split_parts("Hi Maria,\nThanks so much for today.\nIt was great.\n\nLeo Park\n")
    assert [p.kind for p in parts] == ["greeting", "paragraph", "signature"]


def test_thanks_sign_off_is_a_closing_not_body() -> None:
    parts = split_parts("Dear Jo,\n\nI am writing about the role.\n\nThanks,\nAmy")
    assert [(p.kind, p.text) for p in parts][-2:] == [("closing", "Thanks,"), ("signature", "Amy")]
