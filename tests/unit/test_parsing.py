"""Note parsing: formats, parts, offsets back into the source, placeholders, suppressions."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from notecheck import review
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
        ("our talk about [specific topic from interview] was", "[specific topic from interview]"),
        ("our talk about [specific topic from\ninterview] was", "[specific topic from\ninterview]"),
        ("I'm excited to join [insert company name].", "[insert company name]"),
    ],
)
def test_placeholder_forms(text: str, raw: str) -> None:
    note = parse_note(text)
    assert [p.raw for p in note.placeholders] == [raw]


@pytest.mark.parametrize(
    "text",
    [
        "I enjoyed it [sic].",
        "See [1].",
        "Email me at <ann@example.com>.",
        "We used XXL shirts.",
        "The [team lead] said so.",
        "- [x] done",
        "See [my portfolio](https://example.com).",
    ],
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


# --- e-mail: exactly what email.policy.default reads, for less ----------------------------
#
# notecheck used to parse every .eml with email.policy.default (2-4 ms an e-mail); it now
# parses each distinct structural header once and reads Subject, Date, To and From from
# the raw message when they are in a form that policy.default keeps as written. These
# tests hold it to policy.default's results.

BODY = "Dear Bob,\n\nThank you for the café chat.\n\nBest,\nAnn\n"
MULTIPART = (
    "From: a@x.org\nTo: b@y.org\nSubject: Hi\nDate: Mon, 02 Mar 2026 18:00:00 +0000\n"
    'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="XYZ"\n\n'
    "--XYZ\nContent-Type: text/html; charset=utf-8\n\n<p>Dear Bob,</p><p>Thanks!</p>\n"
    "--XYZ\nContent-Type: text/plain; charset=utf-8\n\nDear Bob,\n\nThanks!\n--XYZ--\n"
)
EMAILS = [
    EML,
    EML.replace("\n", "\r\n"),
    MULTIPART,
    MULTIPART.replace(
        "text/plain; charset=utf-8\n\nDear",
        "text/plain; charset=utf-8\nContent-Disposition: attachment; filename=a.txt\n\nDear",
    ),
    MULTIPART.replace("multipart/alternative", "multipart/mixed"),
    MULTIPART.replace("multipart/alternative", "multipart/related"),
    MULTIPART.replace("text/plain", "image/png").replace("text/html", "application/pdf"),
    "From: a@x.org\nTo: b@y.org\nSubject: Hi\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: base64\n\nRGVhciBCb2IsCgpUaGFuayB5b3Uu\n",
    'From: =?utf-8?q?Jos=C3=A9?= <j@x.org>\nTo: "Diaz, Bob" <b@x.org>, c@y.org (Cy)\n'
    "Subject: =?utf-8?b?VGhhbmsgeW91?= again\nDate: 2 Mar 26 18:00 EST\n\n" + BODY,
    "From: Ann  B. Lee <ann@x.org>\nTo: Bob\nSubject: Re: thanks\n  folded\tline \n"
    "Date: Mon, 31 Feb 2026 10:00 +0000\nContent-Type: text/plain; charset=latin-1\n"
    "Content-Transfer-Encoding: quoted-printable\n\nThank you for the caf=E9 chat.\n",
    "From: a@x.org\nTo: b@y.org\nSubject:\nDate:\nContent-Type: text/plain; charset*=utf-8''x\n\n"
    + BODY,
    "From: a@x.org\nTo: b@y.org\nDate: Mon, 02 Mar 2026 18:00:00 -0000\n"
    "Content-Type: text/plain; charset=nope\n\n" + BODY,
]


def _reference(source: str) -> tuple[Any, ...]:
    """The e-mail as policy.default reads it: subject, date, To, From, body part, content."""
    import email
    import email.policy

    message = email.message_from_string(source, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    try:
        content = body.get_content() if body is not None else None
    except (LookupError, ValueError, AssertionError) as exc:
        content = type(exc).__name__
    return (
        *(str(message[h]) if message[h] is not None else None for h in HEADERS),
        None if body is None else body.get_content_type(),
        content,
    )


HEADERS = ("Subject", "Date", "To", "From")


@pytest.mark.parametrize("source", EMAILS)
def test_eml_reads_what_policy_default_reads(source: str) -> None:
    import email
    import email.utils

    from notecheck import _note

    message = email.message_from_string(source, policy=_note._email_policy())
    body = message.get_body(preferencelist=("plain", "html"))
    try:
        content = body.get_content() if body is not None else None
    except (LookupError, ValueError, AssertionError) as exc:
        content = type(exc).__name__
    subject, date, to, sender, content_type, expected_content = _reference(source)
    assert (None if body is None else body.get_content_type(), content) == (
        content_type,
        expected_content,
    )
    assert _note._header_text(message, "Subject") == subject
    assert _note._header_text(message, "To") == to
    assert _note._header_text(message, "From") == sender
    note = parse_note(source)
    assert note.format == "eml"
    assert note.meta.get("recipient") == (to or None)
    assert note.meta.get("sender") == (sender or None)
    if subject and subject.strip():
        assert note.parts[0].kind == "subject" and note.parts[0].text == subject.strip()
    if date:
        try:
            when = email.utils.parsedate_to_datetime(date)
        except ValueError:
            assert any(
                p.code == "input.bad-date" and repr(date) in p.message for p in note.problems
            )
        else:
            assert note.meta["sent_at"] == when
            assert note.meta["sent_at"].utcoffset() == when.utcoffset()
    else:
        assert "sent_at" not in note.meta


def _header_cases() -> st.SearchStrategy[tuple[str, str]]:
    word = st.text(st.characters(categories=("Lu", "Ll", "Lo")), min_size=1, max_size=8)
    atom = st.text("abcxyzABC019_+-", min_size=1, max_size=6)
    addr = st.builds("{}@{}.{}".format, atom, atom, st.sampled_from(["com", "org", "co.uk", "a-b"]))
    name = st.lists(st.one_of(word, st.sampled_from(["O'Brien", "Jean-Luc", "B.", "Ann,"])))
    address = st.one_of(
        addr,
        st.builds("{} <{}>".format, name.map(" ".join), addr),
        st.builds("{}  <{}>".format, word, addr),
        st.builds("{}, {}".format, addr, addr),
        st.builds("{} ({})".format, addr, word),
        st.text(max_size=30),
    )
    day = st.sampled_from(["Mon, ", "Tue,", "", "Sunday, ", "xx, "])
    date = st.one_of(
        st.builds(
            "{}{} {} {} {:02d}:{:02d}{} {}".format,
            day,
            st.integers(0, 40),
            st.sampled_from(["Jan", "Feb", "Mar", "Dec", "jan", "Foo", "March"]),
            st.sampled_from(["26", "2026", "99", "1999", "0", "10000", "123456789012345678901"]),
            st.integers(0, 25),
            st.integers(0, 61),
            st.sampled_from(["", ":00", ":59", ":60", ":7"]),
            st.sampled_from(
                [
                    "+0000",
                    "-0000",
                    "-0500",
                    "+0530",
                    "+2500",
                    "GMT",
                    "UT",
                    "EST",
                    "Z",
                    "XYZ",
                    "",
                    "+05",
                    "-9999",
                ]
            ),
        ),
        st.text(max_size=30),
    )
    subject = st.one_of(
        st.text(max_size=40),
        st.builds("=?utf-8?q?{}?= {}".format, st.text("abcXYZ_=3D", max_size=8), word),
        st.sampled_from(["Re: thanks", "  spaced\tout ", "=?bogus", "a =?x?y?z?= b"]),
    )
    return st.one_of(
        st.tuples(st.just("Subject"), subject),
        st.tuples(st.sampled_from(["To", "From", "to"]), address),
        st.tuples(st.just("Date"), date),
    )


@settings(max_examples=600, deadline=None)
@given(case=_header_cases(), fold=st.booleans())
@example(case=("To", "<"), fold=False)
def test_eml_headers_read_as_policy_default_reads_them(case: tuple[str, str], fold: bool) -> None:
    import email
    import email.policy
    import email.utils

    from notecheck import _note

    name, value = case
    value = value.replace("\r", " ").replace("\n", " ")
    if fold and " " in value.strip():
        value = value.replace(" ", "\n ", 1)
    source = f"{name}: {value}\nX-Other: 1\n\nbody\n"
    got = _note._header_text(email.message_from_string(source, policy=_note._email_policy()), name)

    def parsed(text: str) -> object:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError) as exc:
            return type(exc).__name__
        return (when, when.utcoffset())

    try:
        expected = email.message_from_string(source, policy=email.policy.default).get(name)
    except OverflowError:  # a year or offset out of range: policy.default crashed on it
        assert name == "Date" and got and parsed(got) == "OverflowError"
        return
    except IndexError:  # the stdlib's address parser trips ("To: <"): the raw text is kept
        assert name != "Date" and got is not None and got.strip() == value.strip()
        return
    if name != "Date":
        assert got == (None if expected is None else str(expected))
        return
    # A Date is only ever parsed: the raw form and policy.default's re-formatted one must
    # parse to the same instant and offset (or both fail).
    assert bool(got) == bool(expected)
    if got:
        assert parsed(got) == parsed(str(expected))


def test_an_address_header_the_stdlib_cannot_parse_is_kept_as_written() -> None:
    report = review("To: <\nSubject: Thanks\n\nThank you for the interview today.", format="eml")
    assert report.checks["gratitude"].detected


def test_eml_date_out_of_any_range_is_a_problem_not_a_crash() -> None:
    source = EML.replace(
        "Date: Mon, 02 Mar 2026 18:00:00 -0500", "Date: Tue, 1 Jan 99999999999999999999 10:00 +0000"
    )
    note = parse_note(source)
    assert "sent_at" not in note.meta
    assert [p.code for p in note.problems] == ["input.bad-date"]


def test_parsing_imports_email_and_yaml_only_for_notes_that_need_them() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\nfrom notecheck._note import parse_note\n"
        "def loaded(): print([m in sys.modules for m in ('email.parser', 'yaml')])\n"
        "parse_note('Dear Ann,\\n\\nThank you.\\n'); loaded()\n"
        "parse_note('From: a@b.c\\nTo: d@e.f\\nSubject: Hi\\n\\nDear Ann,\\n'); loaded()\n"
        "parse_note('---\\nkind: follow_up\\n---\\nDear Ann,\\n'); loaded()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.splitlines() == ["[False, False]", "[True, False]", "[True, True]"]


def test_eml_with_an_unencoded_utf8_body_keeps_its_letters_and_offsets() -> None:
    source = (
        "From: Ondřej Novák <ondrej@example.com>\nTo: jobs@example.org\n"
        "Subject: Re: decision\nDate: Mon, 27 Apr 2026 08:47:00 +0200\n\n"
        "Hello Mrs. Horáková,\n\nThank you for informing me.\n\nBest regards,\nOndřej Novák\n"
    )
    note = parse_note(source, format="eml")
    assert "Horáková" in note.plain and "Ondřej" in note.plain
    at = note.plain.index("Thank you")
    start, end = note.to_source(at, at + len("Thank you"))
    assert source[start:end] == "Thank you"
