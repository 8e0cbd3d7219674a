"""Hypothesis strategies for notes: real-looking pieces mixed with hostile ones."""

from __future__ import annotations

from hypothesis import strategies as st

# Anything but surrogates (a Python str may hold them, but no file or API delivers them).
ANY_CHAR = st.characters(exclude_categories=("Cs",))

WEIRD = (
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # BOM / zero-width no-break space
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u0301",  # combining acute accent
    "e\u0301",  # e + combining accent
    "\U0001f44d\U0001f3fd",  # thumbs up + skin tone
    "\U0001f469\u200d\U0001f4bb",  # woman technologist (ZWJ sequence)
    "\U0001f1fa\U0001f1f8",  # flag
    "مرحبا بك",  # Arabic (RTL)
    "שלום",  # Hebrew (RTL)
    "谢谢你的时间",  # CJK
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\r",
    "\r\n",
    "\t",
    "\u2028",  # line separator
    "\u0085",  # next line
    "\ud7ff",
    "\U0010ffff",
)

PROSE = (
    "Dear Ms. Nguyen,",
    "Hi {{ interviewer }},",
    "Dear [Interviewer Name],",
    "Thank you for taking the time to meet with me today.",
    "Thanks for nothing.",
    "I am even more excited about the role after our conversation.",
    "I am no longer interested in the position.",
    "My five years of Kubernetes and PostgreSQL experience line up with your needs.",
    "Could you share the timeline for next steps?",
    "I need an answer by Friday since I have another offer!!",
    "I'll give Mr. Park a call on Thursday.",
    "Sorry for the delay; we met last week.",
    "thx lol, gonna be awesome sauce",
    "THANK YOU SO MUCH FOR EVERYTHING",
    "I definately enjoyed the oppertunity to meet the the team.",
    "Best regards,",
    "Thanks,",
    "Priya Raghunathan",
    "priya@example.com",
    "<!-- notecheck: disable=tone -->",
    "<!-- notecheck: disable-next-line=typos.spelling -->",
    "<!-- unterminated comment",
    "XXX",
    "____",
    "${ROLE}",
    "{company}",
    "<Company Name>",
    "{{",
    "}}",
    "{{ unclosed",
)

MARKUP = (
    "**bold**",
    "__strong__",
    "*em*",
    "_em_",
    "`code`",
    "```",
    "# Heading",
    "> quoted line",
    "- item",
    "1. item",
    "---",
    "[link](https://example.com)",
    "![img](x.png)",
    "<https://example.com>",
    "<p>",
    "</p>",
    "<br>",
    "<div class='x'>",
    "<script>alert(1)</script>",
    "<style>p{}</style>",
    "&amp;",
    "&#128512;",
    "&#x1F600;",
    "&bogus;",
    '<a href="x">',
    "<html><body>",
    "</body></html>",
)

FRONT_MATTER = (
    "---\ninterview_at: 2026-05-01T10:00:00-04:00\nsent_at: 2026-05-01T15:00:00-04:00\n---\n",
    "---\ntemplate: true\ninterviewer: Ana\n---\n",
    "---\nkind: follow_up\n---\n",
    "---\nkind: nonsense\nunknown: 1\n---\n",
    "---\n: : :\n  - [\n---\n",
    "---\n- a list\n---\n",
    "---\ninterview_at: not a date\n---\n",
    "\ufeff---\ntemplate: false\n---\n",
    "---\n",
)

EMAIL_HEADERS = (
    "From: Li <li@example.com>\nTo: Ana <ana@example.org>\nSubject: Thank you\n"
    "Date: Tue, 05 May 2026 17:30:00 -0400\n\n",
    "From: a@b.c\nTo: d@e.f\nSubject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\nDate: garbage\n\n",
    "From: a@b.c\nTo: d@e.f\nContent-Type: text/html\n\n",
    "From: a@b.c\nTo: d@e.f\nContent-Transfer-Encoding: base64\n\n",
    "From: a@b.c\r\nTo: d@e.f\r\nSubject: crlf\r\n\r\n",
    "From: a@b.c\nTo: d@e.f\nContent-Type: multipart/alternative; boundary=XX\n\n--XX\n",
)

SEPARATORS = ("", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "  \n")


@st.composite
def notes(draw: st.DrawFn, max_pieces: int = 30) -> str:
    """A note built from prose, markup, placeholders and hostile characters."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(PROSE),
                st.sampled_from(MARKUP),
                st.sampled_from(WEIRD),
                st.text(ANY_CHAR, max_size=12),
            ),
            max_size=max_pieces,
        )
    )
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)))
    body = "".join(p + s for p, s in zip(pieces, seps, strict=True))
    head = draw(st.sampled_from(("", "", "", "\ufeff", *FRONT_MATTER, *EMAIL_HEADERS)))
    text = head + body
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


def any_text() -> st.SearchStrategy[str]:
    """Completely arbitrary (surrogate-free) text, including empty."""
    return st.text(ANY_CHAR, max_size=400)


review_kwargs = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from((None, "thank_you", "follow_up", "rejection_reply")),
        "format": st.sampled_from(("auto", "plain", "markdown", "html", "eml")),
        "template": st.sampled_from((None, True, False)),
        "interview_at": st.sampled_from(
            (None, "2026-05-01T10:00:00-04:00", "2026-05-01", "yesterday", "2026-13-45T99:00")
        ),
    },
)

# A fixed send time keeps promptness out of "now" (which would change between calls).
SENT_AT = "2026-05-02T09:00:00-04:00"
