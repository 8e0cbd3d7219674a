"""Behaviour of the offline speller (notecheck.engines.speller) a user would notice."""

from __future__ import annotations

import re
import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from notecheck.engines import speller as speller_module
from notecheck.engines._base import EngineError, TextIssue, TypoEngine
from notecheck.engines.speller import OfflineSpeller, get_speller

DATA = Path(speller_module.__file__).parent / "data"


@pytest.fixture(scope="module")
def sp() -> OfflineSpeller:
    return get_speller()


def flagged(sp: OfflineSpeller, text: str, **kw: Any) -> list[tuple[str, str, tuple[str, ...]]]:
    """(code, flagged text, suggestions) for each issue."""
    return [(i.code, text[i.start : i.end], i.suggestions) for i in sp.check(text, **kw)]


# --- the engine contract -------------------------------------------------------


def test_implements_typo_engine(sp: OfflineSpeller) -> None:
    engine: TypoEngine = sp
    assert engine.name == "offline-speller"
    assert re.fullmatch(r"\d+\.\d+\+lexicon\.[0-9a-f]{16}", engine.version)
    assert engine.check("Thank you for the interview.") == []


def test_get_speller_is_cached_per_extra_words() -> None:
    assert get_speller() is get_speller()
    assert get_speller(frozenset({"zorblax"})) is get_speller(frozenset({"zorblax"}))
    assert get_speller(frozenset({"zorblax"})) is not get_speller()


# --- misspellings: spans, codes, suggestions -------------------------------------


def test_misspelling_span_code_and_suggestion(sp: OfflineSpeller) -> None:
    text = "Thank you for teh interview yesterday."
    [issue] = sp.check(text)
    assert isinstance(issue, TextIssue)
    assert (issue.start, issue.end) == (14, 17)
    assert text[issue.start : issue.end] == "teh"
    assert issue.code == "typos.spelling"
    assert issue.severity == "warning"
    assert issue.suggestions[0] == "the"
    assert "teh" in issue.message


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("recieve", "receive"),
        ("definately", "definitely"),
        ("teh", "the"),
        ("oppertunity", "opportunity"),
        ("intrested", "interested"),
        ("seperate", "separate"),
        ("accomodate", "accommodate"),
        ("tommorow", "tomorrow"),
        ("untill", "until"),
        ("beleive", "believe"),
        ("enviroment", "environment"),
        ("apreciate", "appreciate"),
        ("dont", "don't"),
        ("alot", "a lot"),
        ("thankyou", "thank you"),
        ("kubernets", "Kubernetes"),
    ],
)
def test_first_suggestion_is_right_for_common_errors(
    sp: OfflineSpeller, wrong: str, right: str
) -> None:
    issues = sp.check(f"I wanted to say that {wrong} matters.")
    assert [i.code for i in issues] == ["typos.spelling"]
    assert issues[0].suggestions[0] == right


def test_suggestions_keep_the_case_pattern(sp: OfflineSpeller) -> None:
    assert sp.suggest("Teh")[0] == "The"
    assert sp.suggest("RECIEVE")[0] == "RECEIVE"
    assert flagged(sp, "Teh interview went well.") == [
        ("typos.spelling", "Teh", tuple(sp.suggest("Teh")))
    ]
    assert sp.suggest("Oppertunity")[0] == "Opportunity"


def test_several_errors_come_in_text_order_with_exact_offsets(sp: OfflineSpeller) -> None:
    text = "I am definately intrested in the oppertunity and woudl love to join."
    issues = sp.check(text)
    assert [text[i.start : i.end] for i in issues] == [
        "definately",
        "intrested",
        "oppertunity",
        "woudl",
    ]
    assert [i.start for i in issues] == sorted(i.start for i in issues)


def test_misspelled_part_of_hyphenated_word(sp: OfflineSpeller) -> None:
    text = "It is a well-knwon problem for co-founders of data-driven teams."
    assert [(c, w) for c, w, _ in flagged(sp, text)] == [("typos.spelling", "knwon")]


def test_typo_in_a_capitalized_job_title_is_caught(sp: OfflineSpeller) -> None:
    text = "Thanks for discussing the Senior Backend Engeneer role with me."
    assert [(c, w) for c, w, _ in flagged(sp, text)] == [("typos.spelling", "Engeneer")]
    assert sp.check(text)[0].suggestions[0] == "Engineer"


# --- repeated words, lowercase i, casing of well-known names --------------------


def test_repeated_word(sp: OfflineSpeller) -> None:
    text = "I enjoyed the the conversation."
    [issue] = sp.check(text)
    assert issue.code == "typos.repeated-word"
    assert text[issue.start : issue.end] == "the the"
    assert issue.suggestions == ("the",)
    fixed = text[: issue.start] + issue.suggestions[0] + text[issue.end :]
    assert fixed == "I enjoyed the conversation."


def test_repeated_word_across_case_and_allowed_doubles(sp: OfflineSpeller) -> None:
    assert [c for c, _, _ in flagged(sp, "The the team was great.")] == ["typos.repeated-word"]
    assert sp.check("What I had had in mind was simple.") == []
    assert sp.check("The team, the company and the role.") == []


def test_lowercase_i(sp: OfflineSpeller) -> None:
    text = "Yesterday i met the team and i'm excited."
    assert flagged(sp, text) == [
        ("typos.casing", "i", ("I",)),
        ("typos.casing", "i'm", ("I'm",)),
    ]
    assert sp.check("I met the team. I'm excited.") == []


@pytest.mark.parametrize(
    ("written", "right"),
    [
        ("github", "GitHub"),
        ("Github", "GitHub"),
        ("javascript", "JavaScript"),
        ("Javascript", "JavaScript"),
        ("linkedin", "LinkedIn"),
        ("postgresql", "PostgreSQL"),
        ("kubernetes", "Kubernetes"),
        ("devops", "DevOps"),
    ],
)
def test_casing_of_well_known_names(sp: OfflineSpeller, written: str, right: str) -> None:
    text = f"My projects use {written} every day."
    assert flagged(sp, text) == [("typos.casing", written, (right,))]


def test_correct_or_shouted_names_are_not_casing_errors(sp: OfflineSpeller) -> None:
    text = "I use GitHub, JavaScript, PostgreSQL and GITHUB daily; I love React and Go."
    assert sp.check(text) == []


# --- things that are not typos ------------------------------------------------------

CLEAN_NOTE = """Dear Ms. Okonkwo-Ramírez,

Thank you for taking the time to meet with me on Thursday about the Staff Platform
Engineer role. I really enjoyed hearing how your team runs Kubernetes on AWS and EKS,
uses Terraform and Argo CD for GitOps, and keeps observability in Grafana and Datadog.

Our conversation made me even more excited about the role. At Shopify I led the
migration of our PostgreSQL fleet to Aurora, built CI/CD pipelines in GitHub Actions,
and mentored engineers on microservices, onboarding and on-call. Xiaoming's question
about our backend and frontend split was a great one, and I'd love to keep the
conversation going with Siddharth and the DevOps team.

Could you let me know the next steps and the timeline? I've attached my résumé.

Best regards,
Thandeka Nkosi-Müller
"""


def test_no_flags_on_a_tech_heavy_clean_note_with_names(sp: OfflineSpeller) -> None:
    assert sp.check(CLEAN_NOTE, names={"Thandeka Nkosi-Müller", "Okonkwo-Ramírez"}) == []


def test_placeholders_are_not_checked(sp: OfflineSpeller) -> None:
    text = (
        "Dear {{ frist_name }}, thank you for the [Compnay Name] interview for the "
        "<Rolle> position; ${NAAME} and {recruter} and %(manger)s said so."
    )
    assert sp.check(text) == []


def test_urls_emails_handles_tags_paths_digits_acronyms(sp: OfflineSpeller) -> None:
    text = (
        "See https://exmaple.dev/portfolo or www.myportfollio.io, email me at "
        "jane.doee@exmaple.com, ping @jdoee or #devopz, the repo is in ~/src/notechek "
        "and src/notechek/engins, C:\\Users\\jdoe, config.yaml and Node.js; "
        "we used EC2, S3, k8s, Web3 and the GCPX and SRE teams at 9am."
    )
    assert sp.check(text) == []


def test_contractions_and_possessives(sp: OfflineSpeller) -> None:
    text = (
        "I don't doubt it; I'm sure the team's roadmap and Sarah's plan won't slip. "
        "We’ll see, and the engineers’ work isn’t done. The teams' goals are clear."
    )
    assert sp.check(text) == []


def test_curly_apostrophes_are_kept_in_suggestions(sp: OfflineSpeller) -> None:
    text = "Yesterday i’m sure it does’nt matter."
    assert flagged(sp, text) == [
        ("typos.casing", "i’m", ("I’m",)),
        ("typos.spelling", "does’nt", tuple(sp.check(text)[1].suggestions)),
    ]
    assert sp.check(text)[1].suggestions[0] == "doesn’t"


def test_misspelled_possessive_flags_the_word_only(sp: OfflineSpeller) -> None:
    text = "The compnay's mission is clear."
    [issue] = sp.check(text)
    assert text[issue.start : issue.end] == "compnay"
    assert issue.suggestions[0] == "company"


def test_capitalized_words_mid_sentence_are_names(sp: OfflineSpeller) -> None:
    assert sp.check("I met Oluwaseun, Xiaoming and Tauriqa from Zalando.") == []


def test_names_passed_in_are_accepted_at_sentence_start(sp: OfflineSpeller) -> None:
    text = "Thank you. Oluwasegun said the onboarding is great."
    assert sp.check(text, names={"Oluwasegun Bakare"}) == []


def test_signature_lines_are_names(sp: OfflineSpeller) -> None:
    assert sp.check("Thanks again,\nMei-Ling Chou\nSenior Data Engineer") == []
    assert sp.check("Best,\nRangi") == []
    assert sp.check("Warm regards,\nTavita Faleolo") == []


def test_names_opening_a_sentence_are_not_typos(sp: OfflineSpeller) -> None:
    # Known given names, and names no common word is one slip away from.
    for name in ("Kagiso", "Oluwadamilare", "Bongani", "Xiaoming", "Thandiwe", "Dae-jung"):
        assert sp.check(f"Thanks again. {name} showed me the roadmap.") == [], name


def test_typos_opening_a_sentence_are_caught(sp: OfflineSpeller) -> None:
    for typo, right in (("Teh", "The"), ("Intrested", "Interested"), ("Becuase", "Because")):
        issues = sp.check(f"Thanks again. {typo} team was great.")
        assert [(i.code, i.suggestions[0]) for i in issues] == [("typos.spelling", right)]


def test_greetings_and_sign_offs(sp: OfflineSpeller) -> None:
    assert flagged(sp, "Hellow Laura,\n\nThanks!")[0][:2] == ("typos.spelling", "Hellow")
    assert flagged(sp, "Sincerly,\nWei Zhang")[0][2][0] == "Sincerely"
    assert flagged(sp, "Best regrads,\nWei")[0][2][0] == "regards"
    # A slip on an English sign-off word is caught though other languages get leniency.
    assert flagged(sp, "Best regardes,\nWei")[0][2][0] == "regards"
    # Greetings and sign-offs in other languages are left alone.
    for text in ("Kia ora Hamish,", "Ngā mihi nui,\nRangi", "Med vennlig hilsen,\nIngrid"):
        assert sp.check(text) == [], text


# --- words no list holds, judged by their make-up -------------------------------------


def test_closed_compounds_of_common_words_are_accepted(sp: OfflineSpeller) -> None:
    text = (
        "I split the dataflows, added subcommands and microbenchmarks, kept the "
        "filepaths short, moved the homescreen to a multiregion set-up and upskilled the team."
    )
    assert sp.check(text) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("untill", "until"),  # un + till, but one doubled letter from "until"
        ("thankyou", "thank you"),  # "you" is a function word
        ("eachother", "each other"),
        ("accessable", "accessible"),  # access + able: "able" is a bare suffix
        ("summerize", "summarize"),  # summer + -ize, but one vowel from "summarize"
    ],
)
def test_misspellings_that_split_into_words_are_still_caught(
    sp: OfflineSpeller, wrong: str, right: str
) -> None:
    issues = sp.check(f"I wanted to say that {wrong} matters.")
    assert [(i.code, i.suggestions[0]) for i in issues] == [("typos.spelling", right)]


def test_ize_verbs_inflections_and_british_forms_of_tech_words(sp: OfflineSpeller) -> None:
    text = (
        "We dockerized the services, productionised the models, offboarded two "
        "vendors, upserted the rows, anonymised the logs and merged three lakehouses."
    )
    assert sp.check(text) == []


def test_rarer_words_of_the_bigger_list_are_accepted(sp: OfflineSpeller) -> None:
    # SCOWL "huge" words: jargon of construction, medicine, science, media.
    text = (
        "I tracked submittals, titrated vasopressors, grew perovskite films, "
        "wrote explainers and backfilled the uplinks."
    )
    assert sp.check(text) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("agin", "again"),  # a "huge" word, but a cheap slip of a common one
        ("alway", "always"),
        ("informations", "information"),  # inflection of a word too common to lack it
        ("softwares", "software"),
    ],
)
def test_rare_words_that_are_slips_of_common_words_are_caught(
    sp: OfflineSpeller, wrong: str, right: str
) -> None:
    issues = sp.check(f"I know {wrong} matters.")
    assert [(i.code, i.suggestions[0]) for i in issues] == [("typos.spelling", right)]


def test_inflections_of_rare_words_are_accepted(sp: OfflineSpeller) -> None:
    assert sp.check("We whiteboarded the flow and storyboarded the launch.") == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("registerered", "registered"),  # an inflection of an inflection
        ("mappeds", "mapped"),
        ("catched", "cached"),  # "catch" is common: its past is listed, and it is "caught"
        ("abrogationed", "abrogation"),  # a noun by its ending: no verb forms
    ],
)
def test_irregular_or_double_inflections_are_caught(
    sp: OfflineSpeller, wrong: str, right: str
) -> None:
    issues = sp.check(f"It was {wrong} today.")
    assert [(i.code, i.suggestions[0]) for i in issues] == [("typos.spelling", right)]


def test_a_proper_name_nearby_does_not_block_a_compound(sp: OfflineSpeller) -> None:
    assert sp.check("I write longform features.") == []  # not a slip of "Longford"


def test_loan_phrases_are_accepted_only_in_full(sp: OfflineSpeller) -> None:
    text = (
        "I did pro bono work, argued a motion in limine, then worked as chef de partie "
        "on mise-en-place and the à la carte menu."
    )
    assert sp.check(text) == []
    assert [w for _, w, _ in flagged(sp, "The partie was fun.")] == ["partie"]
    assert [code for code, _, _ in flagged(sp, "Some pro, bono work.")] == ["typos.casing"]


def test_coined_drug_names_are_accepted(sp: OfflineSpeller) -> None:
    assert sp.check("I verify carboplatin, pembrolizumab and atorvastatin orders.") == []
    # A stem ending does not excuse a slip of a listed drug.
    assert [w for _, w, _ in flagged(sp, "He is allergic to pennicillin.")] == ["pennicillin"]


def test_phrases_in_other_languages(sp: OfflineSpeller) -> None:
    for text in (
        "Ngā mihi nui for your time.",  # "nui" is one swap from "uni"
        "Le gach dea-ghuí,\nDeclan",  # "gach" is close to "each"; "dea" to "DEA"
        "Nāku noa, nā\nAnahera",
        "Un saludo,\nMatías",  # one letter from the greeting "saludos"
        "I was naïve about the façade of the old rôle.",  # accents are not typos
    ):
        assert sp.check(text) == [], text


def test_slips_next_to_foreign_words_are_still_caught(sp: OfflineSpeller) -> None:
    # A swapped or doubled letter in a very common word is a typo anywhere.
    assert [w for _, w, _ in flagged(sp, "Merci agian for the chat.")] == ["agian"]
    assert [w for _, w, _ in flagged(sp, "Mahalo adn best wishes,\nKai")] == ["adn"]
    # A name with accents in mid-sentence does not excuse the word after it.
    assert [w for _, w, _ in flagged(sp, "I met Håkon and he mentoined it.")] == ["mentoined"]


def test_tools_that_write_their_name_in_lowercase(sp: OfflineSpeller) -> None:
    assert sp.check("We bundle with webpack, ship protobuf schemas behind nginx.") == []
    assert sp.check("I use etcd, kubectl and tmux daily.") == []


def test_accept_list_is_case_insensitive(sp: OfflineSpeller) -> None:
    text = "Our team uses zorblax and frobnicate daily."
    assert {w for _, w, _ in flagged(sp, text)} == {"zorblax", "frobnicate"}
    assert sp.check(text, accept={"ZorBlax", "FROBNICATE"}) == []


def test_extra_words_are_accepted_and_suggested() -> None:
    custom = get_speller(frozenset({"Zorblax"}))
    assert custom.check("Our team uses zorblax daily.") == []
    assert custom.suggest("zorblaxx")[0] == "zorblax"


# --- robustness, threads, network -----------------------------------------------------


def test_odd_input_never_crashes(sp: OfflineSpeller) -> None:
    for text in [
        "",
        " ",
        "\n\n",
        "’",
        "'s",
        "--",
        "i",
        "I",
        "a" * 300,
        "é" * 50,
        "日本語のテキスト",
    ]:
        for issue in sp.check(text):
            assert 0 <= issue.start < issue.end <= len(text)


def test_missing_data_is_an_engine_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> bytes:
        raise EngineError(f"offline speller data file {name!r} is missing")

    monkeypatch.setattr(speller_module, "_LEXICON", None)
    monkeypatch.setattr(speller_module, "_read_data", missing)
    with pytest.raises(EngineError):
        OfflineSpeller().check("Thank you.")


def test_eight_threads_get_the_same_results(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        CLEAN_NOTE,
        "I am definately intrested in the oppertunity; i recieve the the github invite.",
        "Teh Senior Backend Engeneer role sounds great, thankyou!",
    ]
    expected = [OfflineSpeller().check(t) for t in texts]
    # Start cold so the threads also race on the lazy loads and the cache.
    monkeypatch.setattr(speller_module, "_LEXICON", None)
    monkeypatch.setattr(speller_module, "_INDEX", None)
    shared = OfflineSpeller()
    results: list[list[list[TextIssue]]] = [[] for _ in range(8)]
    barrier = threading.Barrier(8)

    def work(k: int) -> None:
        barrier.wait()
        order = texts[k % 3 :] + texts[: k % 3]  # threads start on different notes
        for _ in range(5):
            got = {t: shared.check(t) for t in order}
            results[k].append([got[t] for t in texts])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == [expected] * 5 for r in results)


def test_no_network_use(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the offline speller tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(speller_module, "_LEXICON", None)
    monkeypatch.setattr(speller_module, "_INDEX", None)
    issues = OfflineSpeller().check("I recieved the github invite for teh onsite.")
    assert [i.code for i in issues] == ["typos.spelling", "typos.casing", "typos.spelling"]
    source = Path(speller_module.__file__).read_text(encoding="utf-8")
    for module in ("socket", "urllib", "http", "requests", "httpx"):
        assert not re.search(rf"^\s*(import|from)\s+{module}\b", source, re.M)


# --- data files ---------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["tech_words.txt", "foreign_words.txt"])
def test_compiled_lexicon_matches_the_vocabulary(sp: OfflineSpeller, source: str) -> None:
    """Fails when a vocabulary file was edited without rebuilding the data."""
    missing = []
    for line in (DATA / source).read_text(encoding="utf-8").splitlines():
        term = line.strip()
        if not term or term.startswith("#"):
            continue
        for part in re.split(r"[-./+ ]+", term):
            if len(part) >= 2 and part.isalpha() and not sp.is_known(part):
                missing.append(part)
    assert missing == [], "run: python benchmarks/build_speller_data.py"


def test_tech_vocabulary_is_a_few_hundred_terms() -> None:
    terms = [
        line
        for line in (DATA / "tech_words.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(terms) >= 500
    for term in ("onboarding", "backend", "frontend", "microservices", "DevOps", "Kubernetes"):
        assert term in terms


def test_warm_check_is_fast(sp: OfflineSpeller) -> None:
    sp.check(CLEAN_NOTE)
    best = min(_timed(lambda: sp.check(CLEAN_NOTE)) for _ in range(20))
    assert best < 5.0  # ms; about 0.3 ms on a quiet machine, generous for CI noise


def _timed(fn: Any) -> float:
    import time

    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1e3
