"""``review()``: parse once, analyse once, run the selected checks, build the report."""

from __future__ import annotations

import bisect
import gc
import logging
import multiprocessing
import os
import pickle
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import fields, replace
from datetime import datetime, timezone
from operator import attrgetter
from typing import Any

from ._analysis import Analysis, pipeline_description
from ._check import Check, Context, Flag, Outcome
from ._config import Config
from ._note import FORMATS, KINDS, Note, parse_note, to_datetime
from ._registry import registry
from ._report import (
    SEVERITY_RANK,
    CheckResult,
    Evidence,
    Finding,
    FrozenMap,
    Meta,
    Metrics,
    Report,
    Severity,
    Status,
    finding_sort_key,
)
from ._version import __version__

log = logging.getLogger("notecheck")
_DEFAULT_CONFIG = Config()

TimeLike = datetime | str | None


def review(
    text: str,
    *,
    interview_at: TimeLike = None,
    sent_at: TimeLike = None,
    kind: str | None = None,
    config: Config | None = None,
    format: str = "auto",
    template: bool | None = None,
    path: str | None = None,
) -> Report:
    """Review one note and return its :class:`Report`.

    ``text`` is the note as written: plain text, Markdown, HTML, a raw ``.eml`` message,
    or a template with front matter. ``interview_at``/``sent_at`` are datetimes or ISO 8601
    strings; ``kind`` is ``thank_you``, ``follow_up`` or ``rejection_reply`` (detected from
    the text when omitted). Never raises for a ``str``; see the report's ``input`` check
    for anything that could not be done.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"notecheck.review() needs the note as a str, not {type(text).__name__}; "
            "decode bytes first (for example data.decode('utf-8'))"
        )
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    started = time.perf_counter()
    cfg = config or _DEFAULT_CONFIG
    if template is None and path is not None and cfg.is_template(path):
        template = True
    note = parse_note(text, format=format, template=template, max_chars=cfg.max_chars)
    analysis = Analysis(note)

    when_interview, interview_problem = _time_argument("interview_at", interview_at)
    when_sent, sent_problem = _time_argument("sent_at", sent_at)
    when_interview = when_interview or note.meta.get("interview_at")
    when_sent = when_sent or note.meta.get("sent_at")
    assumed = False
    if when_sent is None and when_interview is not None:
        when_sent = datetime.now(timezone.utc)
        assumed = True

    from .checks._kind import detect_kind

    note_kind = kind or note.meta.get("kind") or detect_kind(note, analysis)
    reg = registry()
    engines: dict[str, str] = {"nlp": pipeline_description()}
    results: dict[str, CheckResult] = {}
    findings: list[Finding] = []
    lines = _line_starts(text)
    extra_flags = [p for p in (interview_problem, sent_problem) if p is not None]
    # The same for every check (read-only; made once per note, not once per check).
    settings = FrozenMap(
        {
            "english": cfg.english,
            "typos_engine": cfg.typos_engine,
            "languagetool": dict(cfg.languagetool),
        }
    )

    for check in reg.checks.values():
        if not cfg.enabled(check.id):
            continue
        options: dict[str, Any] = check.defaults()
        options.update(cfg.options.get(check.id, {}))
        ctx = Context(
            note=note,
            analysis=analysis,
            options=FrozenMap(options),
            kind=note_kind,
            interview_at=when_interview,
            sent_at=when_sent,
            sent_at_assumed=assumed,
            accept=cfg.accept,
            settings=settings,
        )
        try:
            outcome = check.run(ctx)
        except Exception as exc:
            log.warning("check %s failed: %s", check.id, type(exc).__name__)
            outcome = Outcome(
                flags=(
                    Flag(
                        "internal.check-failed",
                        f"The {check.id} check failed ({type(exc).__name__}: {exc}); "
                        f"its result is missing. Please report this "
                        f"({'plugin ' + check.source if check.source != 'builtin' else 'notecheck bug'}).",
                        severity="warning",
                    ),
                ),
                status="skip",
            )
        if check.id == "input" and extra_flags:
            outcome = Outcome(
                flags=outcome.flags + tuple(extra_flags),
                status=outcome.status,
                summary=outcome.summary,
            )
        engines.update(outcome.engines)
        result = _result(check, outcome, note, cfg, lines)
        results[check.id] = result
        findings.extend(result.findings)

    for failure in reg.failures:
        finding = _finding(
            failure.name,
            "internal.plugin-failed",
            "warning",
            f"The plugin {failure.name!r} ({failure.target}) could not be loaded: "
            f"{failure.error}. Its checks did not run; the other checks did.",
            0,
            0,
            (),
            lines,
        )
        results[failure.name] = CheckResult(
            failure.name, "skip", None, (), (finding,), "plugin failed to load"
        )
        findings.append(finding)

    findings.sort(key=finding_sort_key)
    elapsed = (time.perf_counter() - started) * 1000
    return Report(
        text=text,
        kind=note_kind,
        checks=FrozenMap(results),
        findings=tuple(findings),
        metrics=_metrics(note, analysis, engines),
        meta=Meta(__version__, FrozenMap(engines), elapsed, note.format, note.template),
        path=path,
    )


def review_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 64,
    **kwargs: Any,
) -> list[Report]:
    """Review many notes; results come back in input order, identical to serial ``review``.

    Up to ``workers`` processes share the work (default: one per CPU); ``workers=1`` runs in this
    process. Keyword arguments are passed to :func:`review` for every note. Notes travel to
    the workers in chunks of up to ``chunksize``; each worker builds its engines once. Raises
    ``TypeError`` (before any work starts) when an item is not a ``str``, and whatever
    :func:`review` raises for bad keyword arguments.
    """
    return list(_iter_reviews(texts, workers=workers, chunksize=chunksize, kwargs=kwargs))


# --- review_many helpers ------------------------------------------------------------
#
# Only texts go to the workers (the keyword arguments are sent once per worker, at start);
# reports come back as plain tuples without the note text, and are rebuilt here. That is
# several times cheaper than pickling the dataclasses, and this process is the one that
# decodes every report.

_SMALL_BATCH = 16  # below this many notes per worker, starting processes costs more


def _iter_reviews(
    texts: Iterable[str],
    *,
    workers: int | None,
    chunksize: int,
    kwargs: Mapping[str, Any],
) -> Iterator[Report]:
    """Reports in input order, with at most a few chunks in flight (bounded memory)."""
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            "notecheck.review_many() needs an iterable of notes, not a single "
            f"{type(texts).__name__}; use notecheck.review() for one note"
        )
    items = texts if isinstance(texts, Sequence) else list(texts)
    for index, text in enumerate(items):
        if not isinstance(text, str):
            raise TypeError(
                f"notecheck.review_many() needs every note as a str; item {index} is "
                f"{type(text).__name__} (decode bytes first, for example data.decode('utf-8'))"
            )
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    count = workers if workers is not None else _cpu_count()
    count = min(count, len(items) // _SMALL_BATCH)
    if count <= 1:
        for text in items:
            yield review(text, **kwargs)
        return
    # Small batches still get spread over every worker.
    size = max(1, min(chunksize, -(-len(items) // (count * 4))))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        # Build the engines once here: forked workers inherit them instead of each
        # importing spaCy and loading the dictionaries again (seconds per worker).
        _warm(kwargs, _WARM_REVIEWS)
    pool = ProcessPoolExecutor(
        max_workers=count,
        mp_context=context,
        initializer=_worker_start,
        initargs=(pickle.dumps(dict(kwargs), pickle.HIGHEST_PROTOCOL),),
    )
    try:
        pending: deque[Future[list[Any]]] = deque()
        ahead = count * 3
        next_chunk = 0
        for chunk in chunks:
            while next_chunk < len(chunks) and len(pending) < ahead:
                pending.append(pool.submit(_review_chunk, list(chunks[next_chunk])))
                next_chunk += 1
            packed = pending.popleft().result()
            for text, payload in zip(chunk, packed, strict=True):
                yield _unpack_report(text, payload)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this process may use (containers)
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# Before forking workers, a few reviews of a note with the common phrasings also warm
# what builds up over the first notes (word caches, the pattern matchers generated after
# a pattern's first few notes), so each worker does not pay for it again.
_WARM_NOTE = (
    "Subject: Thank you - Data Analyst interview\n\nDear Ms. Ana Lopez,\n\n"
    "Thank you so much for taking the time to meet with me yesterday about the analyst role. "
    "I really enjoyed learning about the migration project, and I am excited about the "
    "opportunity to join your team. My four years building reporting pipelines in Python and "
    "SQL would let me contribute from day one. I wanted to follow up and ask whether you could "
    "share the timeline for next steps. I'd appreciate any update, and I look forward to "
    "hearing from you. Thank you for letting me know; I'd welcome any feedback.\n\n"
    "Best regards,\nLi Wei\n"
)
_WARM_REVIEWS = 10


def _warm(kwargs: Mapping[str, Any], reviews: int = 1) -> None:
    """Build every engine the review will use, by reviewing a short note."""
    try:
        for _ in range(reviews):
            review(_WARM_NOTE, **kwargs)
    except Exception:  # bad arguments: the first real chunk raises them in the caller
        log.debug("warm-up review failed", exc_info=True)


_worker_kwargs: dict[str, Any] = {}


def _worker_start(blob: bytes) -> None:
    """Runs once in each worker: keep the shared arguments and build every engine."""
    _worker_kwargs.clear()
    _worker_kwargs.update(pickle.loads(blob))
    _warm(_worker_kwargs)
    # The engines (spaCy's vocabulary, dictionaries) live as long as the worker: keep the
    # collector from walking them again and again (about 9% of the time per note).
    gc.freeze()


def _review_chunk(texts: list[str]) -> list[Any]:
    return [_pack_report(review(text, **_worker_kwargs)) for text in texts]


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
_METRICS_FIELDS = tuple(f.name for f in fields(Metrics))
_finding_values = attrgetter(*_FINDING_FIELDS)
_metrics_values = attrgetter(*_METRICS_FIELDS)
# The packed form knows these layouts; if a report class gains a field, reports are
# pickled whole instead (slower, never wrong).
_PACKABLE = (
    tuple(f.name for f in fields(Report))
    == ("text", "kind", "checks", "findings", "metrics", "meta", "path")
    and tuple(f.name for f in fields(CheckResult))
    == ("check", "status", "detected", "evidence", "findings", "summary")
    and _EVIDENCE_FIELDS == ("start", "end", "quote", "label")
    and tuple(f.name for f in fields(Meta))
    == ("version", "engines", "elapsed_ms", "format", "template")
)


def _pack_report(report: Report) -> Any:
    """A report as nested tuples of plain values, without its text (the caller has it)."""
    if not _PACKABLE or type(report) is not Report:
        return report
    text = report.text
    index = {id(f): i for i, f in enumerate(report.findings)}
    checks = []
    for name, result in report.checks.items():
        try:
            finding_ids = tuple(index[id(f)] for f in result.findings)
        except KeyError:  # a check finding missing from report.findings: keep it as is
            return report
        evidence = tuple(
            (e.start, e.end, None if e.quote == text[e.start : e.end] else e.quote, e.label)
            for e in result.evidence
        )
        checks.append(
            (
                name,
                result.check,
                result.status,
                result.detected,
                evidence,
                finding_ids,
                result.summary,
            )
        )
    meta = report.meta
    return (
        report.kind,
        tuple(checks),
        tuple(map(_finding_values, report.findings)),
        _metrics_values(report.metrics),
        (meta.version, tuple(meta.engines.items()), meta.elapsed_ms, meta.format, meta.template),
        report.path,
    )


def _unpack_report(text: str, payload: Any) -> Report:
    if isinstance(payload, Report):
        return replace(payload, text=text) if payload.text != text else payload
    kind, checks, packed_findings, metrics, meta, path = payload
    findings = tuple(Finding(*values) for values in packed_findings)
    results = {}
    for name, check, status, detected, evidence, finding_ids, summary in checks:
        results[name] = CheckResult(
            check,
            status,
            detected,
            tuple(
                Evidence(start, end, text[start:end] if quote is None else quote, label)
                for start, end, quote, label in evidence
            ),
            tuple(findings[i] for i in finding_ids),
            summary,
        )
    version, engines, elapsed, fmt, template = meta
    return Report(
        text=text,
        kind=kind,
        checks=FrozenMap(results),
        findings=findings,
        metrics=Metrics(*metrics),
        meta=Meta(version, FrozenMap(dict(engines)), elapsed, fmt, template),
        path=path,
    )


# --- helpers ------------------------------------------------------------------------


def _time_argument(name: str, value: TimeLike) -> tuple[datetime | None, Flag | None]:
    if value is None:
        return None, None
    when = to_datetime(value)
    if when is None:
        return None, Flag(
            "input.bad-date",
            f"{name}={value!r} is not an ISO 8601 date and time "
            "(for example 2026-05-01T10:00:00-04:00); it was ignored.",
            severity="warning",
            in_source=True,
        )
    return when, None


def _result(
    check: Check, outcome: Outcome, note: Note, cfg: Config, lines: Sequence[int]
) -> CheckResult:
    findings: list[Finding] = []
    for flag in outcome.flags:
        if flag.in_source:
            start, end = flag.start, flag.end
        else:
            start, end = note.to_source(flag.start, flag.end)
        severity = _severity(check, flag, cfg)
        finding = _finding(
            check.id, flag.code, severity, flag.message, start, end, flag.suggestions, lines
        )
        if note.suppressions.hides(check.id, flag.code, finding.line):
            continue
        findings.append(finding)
    evidence = tuple(_evidence(note, e) for e in outcome.evidence)
    status: Status
    if outcome.status is not None and not (outcome.status in ("warn", "fail") and not findings):
        status = outcome.status
    else:
        worst = max((SEVERITY_RANK[f.severity] for f in findings), default=0)
        status = "fail" if worst == 2 else "warn" if worst == 1 else "pass"
    return CheckResult(
        check.id, status, outcome.detected, evidence, tuple(findings), outcome.summary
    )


def _severity(check: Check, flag: Flag, cfg: Config) -> Severity:
    override = cfg.severity.get(flag.code) or cfg.severity.get(check.id)
    # A check-wide override moves the check's problems, not its informational notes.
    if override and (
        flag.code in cfg.severity or (flag.severity or check.default_severity) != "info"
    ):
        return override  # type: ignore[return-value]
    return flag.severity or check.default_severity


def _evidence(note: Note, evidence: Evidence) -> Evidence:
    start, end = note.to_source(evidence.start, evidence.end)
    return Evidence(start, end, note.source[start:end], evidence.label)


def _finding(
    check: str,
    code: str,
    severity: Severity,
    message: str,
    start: int,
    end: int,
    suggestions: tuple[str, ...],
    lines: Sequence[int],
) -> Finding:
    line, column = _position(lines, start)
    end_line, end_column = _position(lines, end)
    return Finding(
        check,
        code,
        severity,
        message,
        start,
        end,
        line,
        column,
        end_line,
        end_column,
        tuple(suggestions),
    )


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def _position(lines: Sequence[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(lines, offset) - 1
    return index + 1, offset - lines[index] + 1


def _metrics(note: Note, analysis: Analysis, engines: dict[str, str]) -> Metrics:
    ease, grade, engine = analysis.readability
    engines["readability"] = engine
    return Metrics(
        characters=len(note.plain),
        words=analysis.words,
        sentences=len(analysis.body_sentences),
        paragraphs=len(note.body),
        flesch_reading_ease=ease,
        flesch_kincaid_grade=grade,
    )
