"""LanguageTool engine without a server: mapping canned /v2/check answers, offsets, config."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from notecheck.checks.typos import combine
from notecheck.engines._base import EngineError, TextIssue, TypoEngine
from notecheck.engines.languagetool import (
    DEFAULT_DISABLED_RULES,
    PUBLIC_API_URL,
    LanguageToolConfig,
    LanguageToolEngine,
    find_languagetool_home,
    get_engine,
    issues_from_response,
)


def _match(
    offset: int,
    length: int,
    rule_id: str,
    category: str,
    issue_type: str = "misspelling",
    *,
    type_name: str = "Other",
    replacements: tuple[str, ...] = (),
    message: str = "msg",
) -> dict[str, Any]:
    """One match shaped like LanguageTool 6.8's answer (fields it sends; context trimmed)."""
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": r} for r in replacements],
        "offset": offset,
        "length": length,
        "context": {"text": "...", "offset": 0, "length": length},
        "sentence": "...",
        "type": {"typeName": type_name},
        "rule": {
            "id": rule_id,
            "description": "desc",
            "issueType": issue_type,
            "category": {"id": category, "name": category.title()},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _answer(*matches: dict[str, Any]) -> dict[str, Any]:
    return {
        "software": {"name": "LanguageTool", "version": "6.8", "apiVersion": 1},
        "warnings": {"incompleteResults": False},
        "language": {"name": "English (US)", "code": "en-US"},
        "matches": list(matches),
    }


def _one(text: str, match: dict[str, Any]) -> TextIssue:
    issues = issues_from_response(_answer(match), text)
    assert len(issues) == 1
    return issues[0]


# --- codes and severities ---------------------------------------------------------------------


def test_speller_match_is_spelling_warning() -> None:
    text = "I will recieve it."
    issue = _one(
        text,
        _match(
            7,
            7,
            "MORFOLOGIK_RULE_EN_US",
            "TYPOS",
            type_name="UnknownWord",
            replacements=("receive", "relieve"),
            message="Possible spelling mistake found.",
        ),
    )
    assert (issue.start, issue.end) == (7, 14)
    assert text[issue.start : issue.end] == "recieve"
    assert issue.code == "typos.spelling"
    assert issue.severity == "warning"
    assert issue.suggestions == ("receive", "relieve")
    assert issue.rule == "MORFOLOGIK_RULE_EN_US"
    assert issue.message == "Possible spelling mistake found."


def test_speller_recognised_by_type_name_alone() -> None:
    issue = _one("Xyzzy.", _match(0, 5, "SOME_NEW_SPELLER", "TYPOS", type_name="UnknownWord"))
    assert issue.code == "typos.spelling"


@pytest.mark.parametrize(
    ("rule_id", "category", "issue_type", "code", "severity"),
    [
        ("MODAL_OF", "TYPOS", "misspelling", "typos.grammar", "warning"),  # "could of"
        ("THERE_THEIR", "CONFUSED_WORDS", "misspelling", "typos.grammar", "warning"),
        ("HERE_HEAR", "CONFUSED_WORDS", "misspelling", "typos.grammar", "warning"),
        ("HE_VERB_AGR", "GRAMMAR", "grammar", "typos.grammar", "warning"),
        ("EN_A_VS_AN", "MISC", "misspelling", "typos.grammar", "warning"),
        ("COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "whitespace", "typos.punctuation", "info"),
        ("EN_UNPAIRED_BRACKETS", "PUNCTUATION", "typographical", "typos.punctuation", "info"),
        ("UPPERCASE_SENTENCE_START", "CASING", "typographical", "typos.casing", "warning"),
        ("I_LOWERCASE", "TYPOS", "misspelling", "typos.casing", "warning"),
        ("ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", "typos.repeated-word", "warning"),
        ("ENGLISH_WORD_REPEAT_BEGINNING_RULE", "REPETITIONS_STYLE", "style", "typos.style", "info"),
        ("EN_REDUNDANCY_REPLACE", "REDUNDANCY", "style", "typos.style", "info"),
        ("TOO_LONG_SENTENCE", "STYLE", "style", "typos.style", "info"),
        # unknown category: the issue type decides
        ("NEW_RULE_1", "BRAND_NEW", "grammar", "typos.grammar", "warning"),
        ("NEW_RULE_2", "BRAND_NEW", "typographical", "typos.punctuation", "info"),
        ("NEW_RULE_3", "BRAND_NEW", "style", "typos.style", "info"),
        ("NEW_RULE_4", "BRAND_NEW", "uncategorized", "typos.grammar", "warning"),
    ],
)
def test_category_mapping(
    rule_id: str, category: str, issue_type: str, code: str, severity: str
) -> None:
    issue = _one("Some words here.", _match(5, 5, rule_id, category, issue_type))
    assert (issue.code, issue.severity, issue.rule) == (code, severity, rule_id)


def test_suggestions_are_deduplicated_and_capped() -> None:
    reps = ("a", "b", "a", "c", "d", "e", "f", "g")
    issue = _one("Some words.", _match(0, 4, "X", "GRAMMAR", replacements=reps))
    assert issue.suggestions == ("a", "b", "c", "d", "e")


def test_message_falls_back_to_rule_description() -> None:
    match = _match(0, 4, "X", "GRAMMAR")
    match["message"] = ""
    assert _one("Some words.", match).message == "desc"


def test_issues_are_ordered_by_position() -> None:
    text = "aaa bbb ccc"
    issues = issues_from_response(
        _answer(
            _match(8, 3, "Z", "GRAMMAR"), _match(0, 3, "A", "GRAMMAR"), _match(4, 3, "B", "STYLE")
        ),
        text,
    )
    assert [i.start for i in issues] == [0, 4, 8]


def test_bad_answer_raises_engine_error() -> None:
    with pytest.raises(EngineError):
        issues_from_response({"software": {}}, "text")


def test_malformed_matches_are_skipped() -> None:
    good = _match(0, 4, "X", "GRAMMAR")
    answer = _answer(good)
    answer["matches"] += [None, {"offset": "3"}, {"offset": 1}, _match(2, 0, "EMPTY", "GRAMMAR")]
    assert [i.rule for i in issues_from_response(answer, "Some words.")] == ["X"]


# --- offsets: LanguageTool counts UTF-16 units ------------------------------------------------


def test_offsets_after_emoji_are_python_indices() -> None:
    # Real LanguageTool 6.8 answer for this text: offset 83, length 7 for the second
    # "recieve" (the emoji counts as two UTF-16 units); Python index is 82.
    text = "I look forward to here from you. I will recieve their there. I could of done it 😀 recieve."
    issue = _one(text, _match(83, 7, "MORFOLOGIK_RULE_EN_US", "TYPOS", type_name="UnknownWord"))
    assert text[issue.start : issue.end] == "recieve"
    assert issue.start == 82


def test_offsets_with_several_astral_characters() -> None:
    text = "𝒜 🎉🎉 recieve 👨\u200d👩\u200d👧 recieve"
    first = text.index("recieve")
    second = text.rindex("recieve")
    utf16 = [len(text[:i].encode("utf-16-le")) // 2 for i in (first, second)]
    issues = issues_from_response(
        _answer(*(_match(o, 7, "MORFOLOGIK_RULE_EN_US", "TYPOS") for o in utf16)), text
    )
    assert [(i.start, i.end) for i in issues] == [(first, first + 7), (second, second + 7)]
    assert all(text[i.start : i.end] == "recieve" for i in issues)


def test_span_covering_an_emoji_keeps_the_whole_character() -> None:
    text = "Hi 😀!"
    # LanguageTool marks the emoji: offset 3, length 2 (a surrogate pair).
    issue = _one(text, _match(3, 2, "X", "TYPOGRAPHY", "typographical"))
    assert text[issue.start : issue.end] == "😀"
    # An end that falls between the two halves is rounded up to the whole character.
    issue = _one(text, _match(3, 1, "X", "TYPOGRAPHY", "typographical"))
    assert text[issue.start : issue.end] == "😀"


def test_offsets_past_the_end_are_clamped() -> None:
    issue = _one("Short 😀", _match(6, 50, "X", "GRAMMAR"))
    assert (issue.start, issue.end) == (6, 7)


# --- disabled rules and picky mode ------------------------------------------------------------


def test_disabled_rules_are_dropped_client_side() -> None:
    answer = _answer(
        _match(0, 1, "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "REPETITIONS_STYLE", "style"),
        _match(2, 4, "MODAL_OF", "TYPOS"),
    )
    issues = issues_from_response(answer, "I could of.", disabled_rules=DEFAULT_DISABLED_RULES)
    assert [i.rule for i in issues] == ["MODAL_OF"]


def test_default_filter_versus_picky() -> None:
    default = LanguageToolConfig(mode="remote", url="http://127.0.0.1:1")
    assert "ENGLISH_WORD_REPEAT_BEGINNING_RULE" in default.effective_disabled_rules
    assert "EN_QUOTES" in default.effective_disabled_rules
    picky = LanguageToolConfig(mode="remote", url="http://127.0.0.1:1", picky=True)
    assert picky.effective_disabled_rules == ()
    custom = LanguageToolConfig(
        mode="remote",
        url="http://127.0.0.1:1",
        disabled_rules=("MY_RULE",),
        enabled_rules=("EN_QUOTES",),
    )
    assert "MY_RULE" in custom.effective_disabled_rules
    assert "EN_QUOTES" not in custom.effective_disabled_rules


def test_prefix_patterns_drop_rule_families_unless_enabled() -> None:
    answer = _answer(
        _match(0, 12, "EN_COMPOUNDS_HAND_WRITTEN", "MISC"),
        _match(13, 15, "MODAL_OF", "TYPOS"),
    )
    text = "hand-written of"
    dropped = issues_from_response(answer, text, disabled_rules=("EN_COMPOUNDS_*",))
    assert [i.rule for i in dropped] == ["MODAL_OF"]
    kept = issues_from_response(
        answer,
        text,
        disabled_rules=("EN_COMPOUNDS_*",),
        enabled_rules=("EN_COMPOUNDS_HAND_WRITTEN",),
    )
    assert [i.rule for i in kept] == ["EN_COMPOUNDS_HAND_WRITTEN", "MODAL_OF"]


def test_british_usage_and_prescriptive_rules_are_off_unless_picky() -> None:
    default = LanguageToolConfig(mode="remote", url="http://127.0.0.1:1")
    for rule in ("PER_CENT", "AFTERWARDS_US", "CONDITIONAL_CLAUSE", "EN_COMPOUNDS_*"):
        assert rule in default.effective_disabled_rules, rule
    # Rules of the en-US file that find errors stay on.
    assert "US_ONE_ENTITY" not in default.effective_disabled_rules


def test_patterns_are_not_sent_to_the_server() -> None:
    engine = LanguageToolEngine(LanguageToolConfig(mode="remote", url="http://127.0.0.1:1"))
    form = urllib.parse.parse_qs(engine._form("Hi.").decode())
    sent = form["disabledRules"][0].split(",")
    assert "PER_CENT" in sent
    assert not [r for r in sent if r.endswith("*")]


# --- matches that misfire on thank-you notes (ids and categories as LanguageTool 6.8 sent them) -


def _default(answer: dict[str, Any], text: str) -> list[TextIssue]:
    """What the engine keeps with the default configuration (not picky)."""
    cfg = LanguageToolConfig(mode="remote", url="http://127.0.0.1:1")
    return issues_from_response(
        answer,
        text,
        disabled_rules=cfg.effective_disabled_rules,
        enabled_rules=cfg.enabled_rules,
        style=cfg.picky,
    )


def _picky(answer: dict[str, Any], text: str) -> list[TextIssue]:
    cfg = LanguageToolConfig(mode="remote", url="http://127.0.0.1:1", picky=True)
    return issues_from_response(
        answer, text, disabled_rules=cfg.effective_disabled_rules, style=cfg.picky
    )


@pytest.mark.parametrize(
    ("text", "span", "rule", "category", "issue_type"),
    [
        # British and Commonwealth degree abbreviations.
        (
            "I enjoyed hearing about the new MSc in speech processing.",
            "MSc",
            "BACHELOR_ABBR",
            "SEMANTICS",
            "inconsistency",
        ),
        # A noun made from a verb, and a verb made from a noun.
        (
            "I hope the playtest next week goes smoothly.",
            "the playtest",
            "A_INFINITIVE",
            "GRAMMAR",
            "grammar",
        ),
        (
            "Last year I led a rebrand that lifted our traffic.",
            "rebrand",
            "PREPOSITION_VERB",
            "GRAMMAR",
            "grammar",
        ),
        (
            "I'm comfortable with ACLS, I precept new graduates, and I was on the committee.",
            "I precept",
            "PRP_VB",
            "GRAMMAR",
            "grammar",
        ),
        # A plural noun in a job title, and a loan phrase.
        (
            "During law school I was a notes editor on the law review.",
            "notes",
            "POSSESSIVE_APOSTROPHE",
            "TYPOS",
            "typographical",
        ),
        (
            "Working beside your sous chef was a real education.",
            "sous",
            "POSSESSIVE_APOSTROPHE",
            "TYPOS",
            "typographical",
        ),
        # A product one works in.
        (
            "I'm comfortable in WordPress and Google Search Console.",
            "in WordPress",
            "IN_FACEBOOK",
            "COLLOCATIONS",
            "grammar",
        ),
    ],
)
def test_rules_that_misfire_on_clean_notes_are_off_unless_picky(
    text: str, span: str, rule: str, category: str, issue_type: str
) -> None:
    answer = _answer(_match(text.index(span), len(span), rule, category, issue_type))
    assert _default(answer, text) == []
    assert [i.rule for i in _picky(answer, text)] == [rule]


@pytest.mark.parametrize(
    ("text", "span", "rule", "category", "issue_type"),
    [
        # Open or closed compound: a retail job title.
        (
            "My three years as a key holder would help.",
            "key holder",
            "HOLDER_COMPOUNDS",
            "GRAMMAR",
            "grammar",
        ),
        (
            "Two years of commercial installs mean I'd need little help.",
            "installs",
            "A_INSTALL",
            "GRAMMAR",
            "grammar",
        ),
        # A credential in a signature.
        ("Best regards, Arnav Sharma, RT(R)(CT)", "(R)", "R_SYMBOL", "TYPOGRAPHY", "typographical"),
        # Optional commas.
        (
            "A quick answer would be appreciated, if it isn't too much trouble.",
            ", if",
            "WOULD_BE_NICE_IF_NO_COMMA",
            "PUNCTUATION",
            "uncategorized",
        ),
        (
            "The salary would be at least 120k. Otherwise it would not work.",
            "Otherwise",
            "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA",
            "PUNCTUATION",
            "uncategorized",
        ),
    ],
)
def test_compounds_jargon_nouns_symbols_and_optional_commas_are_off_unless_picky(
    text: str, span: str, rule: str, category: str, issue_type: str
) -> None:
    answer = _answer(_match(text.index(span), len(span), rule, category, issue_type))
    assert _default(answer, text) == []
    assert [i.rule for i in _picky(answer, text)] == [rule]


def test_suffix_patterns_drop_rule_families_unless_enabled() -> None:
    text = "a key holder of"
    answer = _answer(
        _match(2, 10, "HOLDER_COMPOUNDS", "GRAMMAR", "grammar"),
        _match(13, 2, "MODAL_OF", "TYPOS"),
    )
    assert [
        i.rule for i in issues_from_response(answer, text, disabled_rules=("*_COMPOUNDS",))
    ] == ["MODAL_OF"]
    kept = issues_from_response(
        answer, text, disabled_rules=("*_COMPOUNDS",), enabled_rules=("HOLDER_COMPOUNDS",)
    )
    assert [i.rule for i in kept] == ["HOLDER_COMPOUNDS", "MODAL_OF"]
    engine = LanguageToolEngine(LanguageToolConfig(mode="remote", url="http://127.0.0.1:1"))
    sent = urllib.parse.parse_qs(engine._form("Hi.").decode())["disabledRules"][0].split(",")
    assert "*_COMPOUNDS" not in sent


def test_a_compound_wrapped_at_its_hyphen_is_not_split() -> None:
    wrapped = "I am comfortable with the weight-\nbased dosing checks."
    spaced = "I am comfortable with the weight- based dosing checks."
    for text, kept in ((wrapped, []), (spaced, ["EN_SPLIT_WORDS_HYPHEN"])):
        answer = _answer(_match(26, 13, "EN_SPLIT_WORDS_HYPHEN", "TYPOS", "misspelling"))
        assert [i.rule for i in _default(answer, text)] == kept
        assert [i.rule for i in _picky(answer, text)] == kept


def test_grammar_rules_that_find_real_errors_stay_on() -> None:
    text = "Its a great fit, and I would of said more. I seen the demo and we was impressed."
    rules = [
        ("Its", "IT_IS", "GRAMMAR"),
        ("would of", "MODAL_OF", "TYPOS"),
        ("I seen", "PRP_PAST_PART", "GRAMMAR"),
        ("we was", "PERS_PRONOUN_AGREEMENT", "GRAMMAR"),
    ]
    answer = _answer(*(_match(text.index(w), len(w), r, c, "grammar") for w, r, c in rules))
    assert [i.rule for i in _default(answer, text)] == [r for _, r, _ in rules]


def test_style_hints_only_in_picky_mode() -> None:
    text = (
        "I liked the office hours where engineers bring problems, and I'm comfortable with "
        "fact-checking."
    )
    answer = _answer(
        _match(text.index("hours where"), 11, "WHEN_WHERE", "STYLE", "style"),
        _match(text.index("comfortable with"), 30, "COMFORTABLE_WITH_VBG", "REDUNDANCY", "style"),
        _match(text.index("I liked"), 1, "SOME_GRAMMAR_RULE", "GRAMMAR", "grammar"),
    )
    assert [i.rule for i in _default(answer, text)] == ["SOME_GRAMMAR_RULE"]
    assert [i.code for i in _picky(answer, text)] == ["typos.grammar", "typos.style", "typos.style"]
    # A style rule enabled by name is kept without picky.
    kept = issues_from_response(answer, text, enabled_rules=("WHEN_WHERE",), style=False)
    assert [i.rule for i in kept] == ["SOME_GRAMMAR_RULE", "WHEN_WHERE"]


def test_am_after_and_shares_the_subject() -> None:
    text = "I hold Security+ and am studying for the GCIH. Whom am talking with?"
    first = text.index("am studying")
    second = text.index("am talking")
    answer = _answer(
        _match(first, 2, "AM_I", "GRAMMAR", "grammar"),
        _match(second, 2, "AM_I", "GRAMMAR", "grammar"),
    )
    # The elided subject after "and" is correct; the inverted question still is an error.
    for got in (_default(answer, text), _picky(answer, text)):
        assert [(i.start, i.rule) for i in got] == [(second, "AM_I")]


# --- LanguageTool joined with the offline speller (the typos check) ---------------------------


def _issue(start: int, end: int, code: str, *suggestions: str, rule: str = "") -> TextIssue:
    return TextIssue(start, end, code, "m", tuple(suggestions), rule)


def test_combine_keeps_the_spellers_spelling_and_adds_languagetools_grammar() -> None:
    # "I hope the playtest goes well, adn I could of said Kubernetes."
    lt = [
        _issue(11, 19, "typos.spelling", "play test", rule="MORFOLOGIK_RULE_EN_US"),
        _issue(7, 19, "typos.grammar", "to playtest", rule="A_INFINITIVE"),
        _issue(31, 34, "typos.spelling", "ADN", "and", rule="MORFOLOGIK_RULE_EN_US"),
        _issue(37, 45, "typos.grammar", "could have", rule="COULD_OF"),
        _issue(51, 61, "typos.spelling", "Kubernetes's", rule="MORFOLOGIK_RULE_EN_US"),
    ]
    speller = [
        _issue(31, 34, "typos.spelling", "and", "an"),
        _issue(0, 1, "typos.casing", "I"),
    ]
    got = combine(lt, speller)
    assert [(i.start, i.end, i.code) for i in got] == [
        (0, 1, "typos.casing"),  # the speller's casing: LanguageTool had none there
        (31, 34, "typos.spelling"),  # the speller's span, its suggestions first
        (37, 45, "typos.grammar"),  # LanguageTool's grammar
    ]
    assert got[1].suggestions == ("and", "an", "ADN")
    # Dropped: LanguageTool's spelling flags the speller does not share (a word it does not
    # know), and its grammar finding built on such a word ("the playtest").


def test_combine_finds_every_misspelling_the_speller_finds() -> None:
    speller = [_issue(4, 9, "typos.spelling", "there"), _issue(20, 25, "typos.spelling")]
    lt = [_issue(2, 12, "typos.grammar", "x")]  # a grammar finding over the first one
    got = combine(lt, speller)
    assert [(i.start, i.code) for i in got] == [(4, "typos.spelling"), (20, "typos.spelling")]
    assert combine([], speller) == speller


# --- configuration ----------------------------------------------------------------------------


def test_nothing_configured_means_no_languagetool() -> None:
    assert LanguageToolConfig.from_mapping({}, env={}) is None
    assert LanguageToolConfig.from_mapping({"mode": "off"}, env={}) is None


def test_url_implies_remote_and_env_overrides_file() -> None:
    cfg = LanguageToolConfig.from_mapping(
        {"url": "http://lt.internal:8010", "timeout": 3},
        env={"NOTECHECK_LT_URL": "http://127.0.0.1:8081", "NOTECHECK_LT_PICKY": "yes"},
    )
    assert cfg is not None
    assert (cfg.mode, cfg.url, cfg.timeout, cfg.picky) == (
        "remote",
        "http://127.0.0.1:8081",
        3.0,
        True,
    )


def test_java_options_and_disabling() -> None:
    cfg = LanguageToolConfig.from_mapping(
        {"home": "/opt/lt", "java_options": "-Xss2m -Dx=1"}, env={}
    )
    assert cfg is not None and cfg.java_options == ("-Xss2m", "-Dx=1")
    default = LanguageToolConfig.from_mapping({"home": "/opt/lt"}, env={})
    assert default is not None and default.java_options == ("-XX:TieredStopAtLevel=1",)
    assert LanguageToolConfig.from_mapping({"home": "/opt/lt", "enabled": False}, env={}) is None
    env_only = LanguageToolConfig.from_mapping(None, env={"NOTECHECK_LT_MODE": "public"})
    assert env_only is not None and env_only.mode == "public"


def test_home_implies_local() -> None:
    cfg = LanguageToolConfig.from_mapping({"home": "/opt/lt"}, env={})
    assert cfg is not None and cfg.mode == "local" and cfg.home == "/opt/lt"


def test_public_needs_explicit_opt_in() -> None:
    with pytest.raises(ValueError, match="public"):
        LanguageToolConfig.from_mapping({"url": "https://api.languagetool.org"}, env={})
    with pytest.raises(ValueError, match="public"):
        LanguageToolConfig(mode="remote", url="https://api.languagetoolplus.com/v2")
    cfg = LanguageToolConfig.from_mapping({"mode": "public"}, env={})
    assert cfg is not None and cfg.base_url == PUBLIC_API_URL


@pytest.mark.parametrize(
    "table",
    [
        {"mode": "cloud"},
        {"mode": "remote"},
        {"url": "ftp://example.com"},
        {"url": "http://127.0.0.1:8081", "timeout": "soon"},
        {"url": "http://127.0.0.1:8081", "timeout": -1},
        {"url": "http://127.0.0.1:8081", "picky": "maybe"},
        {"url": "http://127.0.0.1:8081", "colour": "blue"},
    ],
)
def test_bad_config_is_a_value_error(table: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        LanguageToolConfig.from_mapping(table, env={})


def test_engine_info_has_no_credentials_and_does_no_io() -> None:
    engine = LanguageToolEngine(
        LanguageToolConfig(mode="remote", url="http://user:secret@127.0.0.1:9/lt/?key=x")
    )
    info = engine.engine_info()
    assert info["server"] == "http://127.0.0.1:9/lt"
    assert info["mode"] == "remote" and info["version"] == "unknown"
    assert "secret" not in repr(info)


def test_engine_satisfies_protocol_and_is_shared_per_config() -> None:
    cfg = LanguageToolConfig(mode="remote", url="http://127.0.0.1:9")
    engine: TypoEngine = get_engine(cfg)
    assert engine is get_engine(LanguageToolConfig(mode="remote", url="http://127.0.0.1:9"))
    assert engine is not get_engine(cfg, picky=True)
    assert engine.name == "languagetool" and engine.version == ""


def test_empty_text_needs_no_server() -> None:
    engine = LanguageToolEngine(LanguageToolConfig(mode="remote", url="http://127.0.0.1:9"))
    assert engine.check("   \n") == []


# --- finding an install -----------------------------------------------------------------------


def test_find_home_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "languagetool-server-6.8.jar").write_bytes(b"")
    zipped = tmp_path / "ltp" / "LanguageTool-6.8"
    zipped.mkdir(parents=True)
    (zipped / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "ltp" / "LanguageTool-6.10").mkdir()  # newer but empty: skipped
    empty = tmp_path / "empty"
    empty.mkdir()

    monkeypatch.setenv("HOME", str(tmp_path / "nohome"))
    monkeypatch.delenv("NOTECHECK_LT_HOME", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    assert find_languagetool_home(str(flat)) == flat
    assert find_languagetool_home(str(empty)) is None
    assert find_languagetool_home() == zipped
    monkeypatch.setenv("NOTECHECK_LT_HOME", str(flat))
    assert find_languagetool_home() == flat


# --- no I/O at import -------------------------------------------------------------------------


def test_import_and_construction_open_no_socket_and_start_nothing() -> None:
    code = textwrap.dedent(
        """
        import socket, subprocess
        def refuse(*a, **k):
            raise AssertionError("I/O at import/construction time")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        subprocess.Popen.__init__ = refuse
        import notecheck.engines.languagetool as lt
        cfg = lt.LanguageToolConfig(mode="local", home="/nonexistent")
        engine = lt.get_engine(cfg)
        engine.engine_info()
        engine.close()
        print("ok")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
