"""The ``notecheck`` command: check notes, list the checks, explain one.

Only argparse and the version are needed for ``--help`` and ``--version``; the registry,
the renderers and the review machinery (spaCy) are imported when a command needs them.

Exit status: 0 when no finding is at or above ``--fail-on``, 1 when one is, 2 for usage
errors, a bad configuration, or a path that could not be checked.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from ._version import __version__

if TYPE_CHECKING:
    from ._check import Check
    from ._config import Config
    from ._registry import Registry
    from ._report import Finding, Report, Severity, Status
    from .renderers import InputError

#: Extensions looked for when a folder is given; other files are checked when named.
NOTE_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".eml", ".text")
FORMAT_BY_EXTENSION = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".eml": "eml",
}
KINDS = ("thank_you", "follow_up", "rejection_reply")
SEVERITIES = ("error", "warning", "info")
BUILTIN_FORMATS = ("text", "json", "sarif", "github", "junit")
STDIN = "-"
STDIN_NAME = "<stdin>"
#: The JSON Schema of the json output, shipped inside the package.
SCHEMA_RESOURCE = "schema/report.schema.json"
#: More files than this on a terminal get a progress bar on stderr (text format only).
PROGRESS_MIN_FILES = 20
# Folders never worth descending into when looking for notes.
_SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})


class UsageError(Exception):
    """A mistake in the command line: reported as ``notecheck: error: ...``, exit 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and argparse's own usage errors
        return exc.code if isinstance(exc.code, int) else 2
    if getattr(args, "command", None) is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.run(args)
    except UsageError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`notecheck check ... | head`): stop quietly.
        _silence_stdout()
        return 1
    return status


def console_main() -> NoReturn:
    """The ``notecheck`` console script and ``python -m notecheck``: run, then leave at once.

    Once the output is flushed and the exit handlers have run (they stop LanguageTool
    servers this process started, flush logging, remove temporary files), nothing is left
    to do but free memory, and an interpreter tearing down spaCy's and the dictionaries'
    objects one by one takes 0.3 s or more. ``os._exit`` skips that. Only here: ``main()``
    returns normally for callers that embed the CLI.
    """
    import atexit

    _pause_gc()
    status = main()
    status = _flush_stdout(status)
    try:
        atexit._run_exitfuncs()  # what a normal exit would run before tearing down
    finally:
        _flush_stdout(status)
        for stream in (sys.stderr, sys.__stderr__):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)


#: Set while console_main() holds the cyclic garbage collector off during start-up.
_gc_paused = False


def _pause_gc() -> None:
    """Hold the cyclic garbage collector off while the engines load.

    Start-up creates about a million objects that live as long as the process (spaCy's
    modules, the tokenizer, lemma table, lexicons, patterns); the collector would walk them
    again and again as they pile up, ~0.1 s of a one-note run. :func:`_resume_gc` turns it
    back on once the first note is done, with those objects frozen out of its walks.
    """
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def _resume_gc() -> None:
    """Collect again after start-up (see :func:`_pause_gc`); objects alive now stay frozen."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def _flush_stdout(status: int) -> int:
    """Flush stdout; the exit status to use if that fails (the reader went away: 1)."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return status or 1
    except (OSError, ValueError) as exc:
        _error(f"cannot write the output: {exc}")
        return 2
    return status


# --- the parser -------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="notecheck",
        description="Lint post-interview thank-you notes: promptness, gratitude, interest, "
        "fit, timeline request, tone, typos and more.",
        epilog="Run `notecheck COMMAND --help` for a command's options. Exit status: 0 clean, "
        "1 findings at or above --fail-on, 2 usage, configuration or input errors.",
    )
    parser.add_argument("--version", action="version", version=f"notecheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check notes (files, folders, globs, - for stdin)",
        description="Review notes and report what is missing or wrong. Folders are searched "
        f"recursively for {' '.join(NOTE_EXTENSIONS)} files; named files and glob matches "
        "are checked whatever their extension.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, glob or -")
    check.add_argument(
        "-f",
        "--format",
        default="text",
        metavar="FORMAT",
        help=f"output format: {', '.join(BUILTIN_FORMATS)}, or an installed plugin's "
        "(default: text)",
    )
    check.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    check.add_argument(
        "--select",
        action="append",
        type=_comma_list,
        metavar="IDS",
        help="run only these checks (comma-separated check ids or codes such as tone.pushy; "
        "replaces the configured selection)",
    )
    check.add_argument(
        "--ignore",
        action="append",
        type=_comma_list,
        metavar="IDS",
        help="skip these checks or codes (comma-separated; added to the configured ones)",
    )
    check.add_argument(
        "--interview-at", metavar="WHEN", help="when the interview was (ISO 8601 date and time)"
    )
    check.add_argument(
        "--sent-at", metavar="WHEN", help="when the note is sent (ISO 8601; default: now)"
    )
    check.add_argument("--kind", choices=KINDS, help="the kind of note (default: detected)")
    check.add_argument(
        "--template",
        action="store_true",
        help="treat every file as a template ({placeholders} are expected)",
    )
    check.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="lowest severity that makes the exit status 1 (default: config, else error)",
    )
    check.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when there are findings (input and usage errors still exit 2)",
    )
    check.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file for every note (default: the nearest notecheck.toml, "
        ".notecheck.toml or pyproject.toml with [tool.notecheck] above each file)",
    )
    check.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="name to show, detect the format by and find the config from for - (stdin)",
    )
    check.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="review in N processes (0: one per CPU; default 1); output stays in input order",
    )
    check.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output (auto: on a terminal unless NO_COLOR is set)",
    )
    check.add_argument(
        "--no-color",
        dest="color",
        action="store_const",
        const="never",
        help="same as --color never",
    )
    loudness = check.add_mutually_exclusive_group()
    loudness.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="show only findings at or above --fail-on, one line each, and the summary",
    )
    loudness.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also show every check's status, the evidence found, and each file's verdict",
    )
    check.set_defaults(run=run_check)

    rules = commands.add_parser(
        "rules",
        help="list the checks",
        description="List every check: id, default severity, source (builtin or plugin) and title.",
    )
    rules.add_argument("-f", "--format", choices=("text", "json"), default="text")
    rules.add_argument("-v", "--verbose", action="store_true", help="also list each code")
    rules.set_defaults(run=run_rules)

    explain = commands.add_parser(
        "explain",
        help="show a check's reference page",
        description="Print the reference page (Markdown) of a check, given its id "
        "(tone) or one of its codes (tone.pushy).",
    )
    explain.add_argument("name", metavar="CHECK", help="a check id or a finding code")
    explain.set_defaults(run=run_explain)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the json output",
        description="Print the JSON Schema (draft 2020-12) that describes Report.to_dict() "
        "and the output of `notecheck check --format json`.",
    )
    schema.set_defaults(run=run_schema)
    return parser


def _comma_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs or (os.cpu_count() or 1)


# --- notecheck check --------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A note to review: ``path`` on disk (``None`` for stdin) and how to show it."""

    display: str
    path: Path | None


@dataclass(frozen=True)
class Selection:
    """What ``--select``/``--ignore`` ask for, on top of the configuration.

    Check ids go to the config (so unselected checks do not run); codes filter findings
    after the review, because a check always runs whole.
    """

    select: tuple[str, ...] | None = None  # check ids replacing Config.select
    ignore: tuple[str, ...] = ()  # check ids added to Config.ignore
    only_codes: dict[str, frozenset[str]] = field(default_factory=dict)  # check -> codes kept
    drop_codes: frozenset[str] = frozenset()

    def keeps(self, finding: Finding) -> bool:
        if finding.code in self.drop_codes:
            return False
        only = self.only_codes.get(finding.check)
        # internal.* findings say a check failed: never hide them behind a code filter.
        return only is None or finding.code in only or finding.code.startswith("internal.")


@dataclass(frozen=True)
class Settings:
    """What the command line says about every note of a run; picklable, sent once per worker."""

    selection: Selection = field(default_factory=Selection)
    template: bool | None = None
    kind: str | None = None
    interview_at: str | None = None
    sent_at: str | None = None


@dataclass(frozen=True)
class Task:
    """Everything a (possibly separate) process needs to review one note; picklable."""

    text: str
    display: str
    format: str
    config_file: str | None
    settings: Settings = field(default_factory=Settings)
    fail_on: Severity = "error"


@dataclass
class Totals:
    files: int = 0
    errors: int = 0
    warnings: int = 0
    info: int = 0
    failed_files: int = 0
    input_errors: list[InputError] = field(default_factory=list)


def run_check(args: argparse.Namespace) -> int:
    from . import _config
    from ._registry import registry
    from .renderers import RenderOptions, ReviewedFile, Summary, UnknownFormat, get_renderer

    quiet, verbose = args.quiet, args.verbose
    _setup_logging(quiet)
    reg = registry()
    _warn_plugin_failures(reg)
    selection = _selection(args.select, args.ignore, reg)
    try:
        renderer_class = get_renderer(args.format)
    except UnknownFormat as exc:
        raise UsageError(f"--format: {exc}") from None
    except Exception as exc:  # a plugin renderer that fails to import
        raise UsageError(f"--format {args.format}: {type(exc).__name__}: {exc}") from None
    for option, value in (("--interview-at", args.interview_at), ("--sent-at", args.sent_at)):
        _check_time(option, value)
    if args.stdin_filename is not None and STDIN not in args.paths:
        raise UsageError("--stdin-filename only applies when - (stdin) is one of the paths")

    totals = Totals()
    # Read as found, so that errors about paths come out in the order the paths were given.
    notes = [
        (target, text)
        for target in _collect(args.paths, args.stdin_filename, totals)
        if (text := _read(target, totals)) is not None
    ]
    targets = [target for target, _ in notes]

    try:
        explicit = _load_config(str(Path(args.config))) if args.config else None
        base = explicit or _discovered_config(Path.cwd())[1]
        configs = {
            target: (str(Path(args.config)), explicit)
            if explicit
            else _discovered_config(_config_start(target, args.stdin_filename))
            for target in targets
        }
    except _config.ConfigError as exc:
        _error(str(exc))
        return 2
    run_fail_on = cast("Severity", args.fail_on or base.fail_on)

    settings = Settings(
        selection=selection,
        template=True if args.template else None,
        kind=args.kind,
        interview_at=args.interview_at,
        sent_at=args.sent_at,
    )
    tasks: list[Task] = []
    for target, text in notes:
        config_file, config = configs[target]
        name = args.stdin_filename if target.path is None else str(target.path)
        tasks.append(
            Task(
                text=text,
                display=target.display,
                format=FORMAT_BY_EXTENSION.get(Path(name or "").suffix.lower(), "auto"),
                config_file=config_file,
                settings=settings,
                fail_on=cast("Severity", args.fail_on or config.fail_on),
            )
        )

    # Config holds mappings and is not hashable: keep one of each by identity (they are cached).
    distinct = {id(cfg): cfg for _, cfg in configs.values()} or {id(base): base}
    used = [_with_overrides(cfg, selection) for cfg in distinct.values()]
    selected = tuple(c for c in reg.checks if any(cfg.enabled(c) for cfg in used))

    out, close = _open_output(args.output)
    try:
        options = RenderOptions(
            color=_use_color(args.color, out),
            verbosity=-1 if quiet else 1 if verbose else 0,
            fail_on=run_fail_on,
            checks=reg.checks,
            selected=selected,
            version=__version__,
        )
        renderer = renderer_class(out, options)
        progress = _Progress(len(tasks), sys.stderr, enabled=args.format == "text" and not quiet)
        renderer.start()
        progress.advance(0)  # show the bar while the language model loads
        for task, outcome in zip(tasks, _review_all(tasks, args.jobs, quiet), strict=True):
            if isinstance(outcome, str):
                progress.clear()
                _input_error(totals, task.display, outcome)
                continue
            file = ReviewedFile(task.display, outcome, task.fail_on)
            _count(totals, file.report, bool(file.failing))
            progress.clear()
            renderer.handle(file)
            out.flush()
            progress.advance()
        progress.clear()
        summary = Summary(
            files=totals.files,
            errors=totals.errors,
            warnings=totals.warnings,
            info=totals.info,
            failed_files=totals.failed_files,
            input_errors=tuple(totals.input_errors),
            fail_on=run_fail_on,
        )
        renderer.stop(summary)
        out.flush()
    finally:
        if close:
            out.close()
    if args.exit_zero and summary.exit_status == 1:
        return 0
    return summary.exit_status


def _selection(
    select: list[list[str]] | None, ignore: list[list[str]] | None, reg: Registry
) -> Selection:
    owners = {code: c.id for c in reg.checks.values() for code in c.codes}
    selected = _names(select, "--select", reg, owners) if select is not None else None
    ignored = _names(ignore, "--ignore", reg, owners) if ignore is not None else ()
    only: dict[str, set[str]] = {}
    select_ids: tuple[str, ...] | None = None
    if selected is not None:
        ids = [n for n in selected if n in reg.checks or n == "ALL"]
        for code in (n for n in selected if n in owners):
            if owners[code] not in ids and "ALL" not in ids:
                only.setdefault(owners[code], set()).add(code)
        select_ids = tuple(dict.fromkeys([*ids, *only]))
    return Selection(
        select=select_ids,
        ignore=tuple(n for n in ignored if n in reg.checks),
        only_codes={check: frozenset(codes) for check, codes in only.items()},
        drop_codes=frozenset(n for n in ignored if n in owners),
    )


def _names(
    groups: list[list[str]], option: str, reg: Registry, owners: dict[str, str]
) -> tuple[str, ...]:
    """Check ids and codes from repeated comma lists, each one known (else a UsageError)."""
    import difflib

    names = tuple(dict.fromkeys(item for group in groups for item in group))
    if not names:
        raise UsageError(f"{option} needs at least one check id or code")
    for name in names:
        if name in reg.checks or name in owners or (option == "--select" and name == "ALL"):
            continue
        close = difflib.get_close_matches(name, [*reg.checks, *owners], n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise UsageError(
            f"{option}: unknown check or code {name!r} ({hint}`notecheck rules -v` lists "
            "the checks and their codes)"
        )
    return names


def _check_time(option: str, value: str | None) -> None:
    if value is None:
        return
    from ._note import to_datetime

    if to_datetime(value) is None:
        raise UsageError(
            f"{option}: {value!r} is not an ISO 8601 date and time "
            "(for example 2026-05-01T10:00:00-04:00 or 2026-05-01)"
        )


def _collect(paths: Sequence[str], stdin_name: str | None, totals: Totals) -> Iterator[Target]:
    """Targets in the order given; folders walked in sorted order; duplicates dropped."""
    import glob

    seen: set[Path] = set()
    stdin_seen = False

    def fresh(path: Path) -> bool:
        key = path.resolve()
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in paths:
        if raw == STDIN:
            if not stdin_seen:
                stdin_seen = True
                yield Target(stdin_name or STDIN_NAME, None)
            continue
        path = Path(raw)
        if path.is_file():
            if fresh(path):
                yield Target(raw, path)
        elif path.is_dir():
            found = [p for p in _walk(path) if fresh(p)]
            if not found and not any(True for _ in _walk(path)):
                _input_error(
                    totals,
                    raw,
                    "no notes in this folder (notecheck looks for "
                    f"{', '.join(NOTE_EXTENSIONS)}; name other files explicitly)",
                )
            yield from (Target(str(p), p) for p in found)
        elif glob.has_magic(raw):
            # Path.glob cannot take absolute patterns or ones that start above the cwd.
            matches = sorted(glob.glob(raw, recursive=True))  # noqa: PTH207
            if not matches:
                _input_error(
                    totals,
                    raw,
                    "no file matches this pattern (check it, and quote it so that the "
                    "shell passes it on unchanged)",
                )
            for match in matches:
                found_path = Path(match)
                if found_path.is_dir():
                    yield from (Target(str(p), p) for p in _walk(found_path) if fresh(p))
                elif found_path.is_file() and fresh(found_path):
                    yield Target(match, found_path)
        elif path.exists():
            _input_error(totals, raw, "not a regular file (give a note file or a folder)")
        else:
            _input_error(totals, raw, "no such file or folder (check the path)")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        # Hidden folders (.git, .venv) and tool folders hold no notes worth checking.
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in NOTE_EXTENSIONS:
                yield Path(root) / name


def _read(target: Target, totals: Totals) -> str | None:
    """The note's text (UTF-8, a BOM dropped, line endings kept), or ``None`` after an error."""
    try:
        data = sys.stdin.buffer.read() if target.path is None else target.path.read_bytes()
    except OSError as exc:
        _input_error(totals, target.display, f"cannot read it: {exc.strerror or exc}")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _input_error(
            totals,
            target.display,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            "save the note as UTF-8)",
        )
        return None


def _input_error(totals: Totals, path: str, message: str) -> None:
    from .renderers import InputError

    _error(f"{path}: {message}")
    totals.input_errors.append(InputError(path, message))


# --- configuration ---------------------------------------------------------------------


@cache
def _load_config(path: str) -> Config:
    from ._config import load_config_file

    return load_config_file(path)


@cache
def _discovered_config(folder: Path) -> tuple[str | None, Config]:
    """The config that applies in ``folder`` (cached per folder: one walk up per folder)."""
    from ._config import Config, find_config_file

    found = find_config_file(folder)
    if found is None:
        return None, Config()
    return str(found), _load_config(str(found))


def _config_start(target: Target, stdin_name: str | None) -> Path:
    if target.path is not None:
        return target.path.resolve().parent
    if stdin_name:
        return Path(stdin_name).resolve().parent
    return Path.cwd()


def _with_overrides(config: Config, selection: Selection) -> Config:
    """``config`` with ``--select``/``--ignore`` applied (one new Config per pair, not per note)."""
    key = (id(config), selection.select, selection.ignore)
    cached = _overridden.get(key)
    if cached is not None and cached[0] is config:
        return cached[1]
    result = _apply_overrides(config, selection)
    _overridden[key] = (config, result)
    return result


_overridden: dict[tuple[int, tuple[str, ...] | None, tuple[str, ...]], tuple[Config, Config]] = {}


def _apply_overrides(config: Config, selection: Selection) -> Config:
    changes: dict[str, Any] = {}
    if selection.select is not None:
        changes["select"] = selection.select
    if selection.ignore:
        changes["ignore"] = tuple(dict.fromkeys((*config.ignore, *selection.ignore)))
    return config.with_overrides(**changes) if changes else config


# --- reviewing ------------------------------------------------------------------------


def _review_all(tasks: list[Task], jobs: int, quiet: bool) -> Iterator[Report | str]:
    """Outcomes in the order of ``tasks``, from this process or a pool of ``jobs``."""
    if jobs <= 1 or len(tasks) < 2:
        for task in tasks:
            yield review_task(task)
            _resume_gc()  # the engines are built: from here on, collect as usual
        return
    yield from _review_in_pool(tasks, min(jobs, len(tasks)), quiet)


#: Notes per message to a worker (fewer for small runs, so that every worker gets some).
POOL_CHUNK = 32
#: Chunks in flight per worker: enough to keep it busy, few enough to bound memory.
POOL_AHEAD = 3
_WARM_NOTES = (
    "Dear Ms. Okonkwo,\n\nThank you for your time today.\n\nBest regards,\nLi Wei\n",
    "From: Li Wei <li@example.com>\nTo: Ana Lima <ana@example.org>\nSubject: Thank you\n"
    "Date: Mon, 02 Mar 2026 18:00:00 -0500\nContent-Type: text/plain; charset=utf-8\n\n"
    "Dear Ana,\n\nThank you for your time today.\n\nBest,\nLi\n",
)


def _review_in_pool(tasks: list[Task], workers: int, quiet: bool) -> Iterator[Report | str]:
    """Review in ``workers`` processes, warmed once, fed in chunks; outcomes in input order.

    With ``fork`` (Linux) this process builds the engines before the pool starts and the
    workers inherit them; with ``spawn``/``forkserver`` each worker builds them once in its
    initializer. Only ``(text, name, format, config file)`` travel per note (the run's
    settings go once per worker) and reports come back packed as plain tuples without the
    note text (``review_many``'s format), which is several times cheaper than pickling
    the dataclasses.
    """
    import multiprocessing
    import pickle
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    from ._review import _unpack_report

    settings = tasks[0].settings
    if any(task.settings != settings for task in tasks):  # not made by run_check: one by one
        settings_blob = None
    else:
        settings_blob = pickle.dumps(settings, pickle.HIGHEST_PROTOCOL)
    context = multiprocessing.get_context()
    forked = context.get_start_method() == "fork"
    if forked:
        _warm(tasks[0])
    _resume_gc()  # before the pool starts, so that forked workers collect as usual
    size = max(1, min(POOL_CHUNK, -(-len(tasks) // (workers * 4))))
    chunks = [tasks[i : i + size] for i in range(0, len(tasks), size)]
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_pool_worker_start,
        initargs=(settings_blob, tasks[0].config_file, quiet, not forked),
    )
    try:
        pending: deque[Future[list[Any]]] = deque()
        submitted = 0
        for chunk in chunks:
            while submitted < len(chunks) and len(pending) < workers * POOL_AHEAD:
                batch = chunks[submitted]
                items: list[Any] = (
                    [(t.text, t.display, t.format, t.config_file) for t in batch]
                    if settings_blob is not None
                    else list(batch)
                )
                pending.append(pool.submit(_pool_review_chunk, items))
                submitted += 1
            outcomes = pending.popleft().result()
            for task, outcome in zip(chunk, outcomes, strict=True):
                yield outcome if isinstance(outcome, str) else _unpack_report(task.text, outcome)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _warm(task: Task) -> None:
    """Build every engine a review with ``task``'s settings uses (spaCy, dictionaries)."""
    for text in _WARM_NOTES:
        review_task(Task(text, "<warm-up>", "auto", task.config_file, task.settings))


_pool_settings: Settings | None = None


def _pool_worker_start(
    settings_blob: bytes | None, config_file: str | None, quiet: bool, warm: bool
) -> None:
    """Runs once in each worker process, before its first chunk."""
    import pickle

    global _pool_settings
    _setup_logging(quiet)
    _pool_settings = pickle.loads(settings_blob) if settings_blob is not None else None
    if warm:
        _warm(Task("", "", "auto", config_file, _pool_settings or Settings()))


def _pool_review_chunk(items: list[Any]) -> list[Any]:
    """Review a chunk in a worker: outcomes as messages (str) or packed reports."""
    from ._review import _pack_report

    out: list[Any] = []
    for item in items:
        if isinstance(item, Task):
            task = item
        else:
            text, display, fmt, config_file = item
            task = Task(text, display, fmt, config_file, _pool_settings or Settings())
        outcome = review_task(task)
        out.append(outcome if isinstance(outcome, str) else _pack_report(outcome))
    return out


def review_task(task: Task) -> Report | str:
    """Review one note as the CLI does, or say why it could not be reviewed.

    Module-level so that a process pool can pickle it. A crash becomes a message instead
    of an exception so that one bad note cannot stop the others.
    """
    try:
        return _review_task(task)
    except Exception as exc:
        return (
            f"notecheck failed on this note ({type(exc).__name__}: {exc}; please report "
            "this bug with the note if you can share it)"
        )


def _review_task(task: Task) -> Report:
    from ._review import review

    settings = task.settings
    # Configs are loaded again in worker processes (a Config holds read-only mappings
    # that do not pickle); the cache makes that once per file per process.
    file = task.config_file
    config = _load_config(file) if file is not None else _default_config()
    report = review(
        task.text,
        format=task.format,
        path=task.display,
        config=_with_overrides(config, settings.selection),
        template=settings.template,
        kind=settings.kind,
        interview_at=settings.interview_at,
        sent_at=settings.sent_at,
    )
    return _filter_codes(report, settings.selection)


@cache
def _default_config() -> Config:
    from ._config import Config

    return Config()


def _filter_codes(report: Report, selection: Selection) -> Report:
    """``report`` without the findings that code-level --select/--ignore leave out."""
    if all(selection.keeps(f) for f in report.findings):
        return report
    from dataclasses import replace

    from ._report import SEVERITY_RANK, FrozenMap

    checks = {}
    for name, result in report.checks.items():
        kept = tuple(f for f in result.findings if selection.keeps(f))
        if len(kept) != len(result.findings) and result.status != "skip":
            worst = max((SEVERITY_RANK[f.severity] for f in kept), default=0)
            status: Status = "fail" if worst == 2 else "warn" if worst == 1 else "pass"
            result = replace(result, findings=kept, status=status)
        elif len(kept) != len(result.findings):
            result = replace(result, findings=kept)
        checks[name] = result
    findings = tuple(f for f in report.findings if selection.keeps(f))
    return replace(report, checks=FrozenMap(checks), findings=findings)


def _count(totals: Totals, report: Report, failing: bool) -> None:
    totals.files += 1
    for finding in report.findings:
        if finding.severity == "error":
            totals.errors += 1
        elif finding.severity == "warning":
            totals.warnings += 1
        else:
            totals.info += 1
    totals.failed_files += failing


# --- output -----------------------------------------------------------------------------


def _open_output(path: str | None) -> tuple[TextIO, bool]:
    if path is None:
        stream = sys.stdout
        if hasattr(stream, "reconfigure"):
            # A terminal that cannot show a character must not crash the run.
            stream.reconfigure(errors="backslashreplace")
        return stream, False
    try:
        # CI jobs write reports into folders that do not exist yet (reports/notecheck.sarif).
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return Path(path).open("w", encoding="utf-8"), True
    except OSError as exc:
        raise UsageError(
            f"--output {path}: cannot write it: {exc.strerror or exc} (check the path)"
        ) from None


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    # https://no-color.org: any non-empty NO_COLOR turns colour off unless asked for.
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(stream) and os.environ.get("TERM") != "dumb"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """``[#####.....] 12/40`` on stderr while many files are reviewed on a terminal."""

    WIDTH = 30

    def __init__(self, total: int, stream: TextIO, *, enabled: bool) -> None:
        self.total, self.stream, self.done = total, stream, 0
        self.enabled = enabled and total > PROGRESS_MIN_FILES and _isatty(stream)
        self._shown = False

    def advance(self, step: int = 1) -> None:
        self.done += step
        if not self.enabled or self.done >= self.total:
            return
        filled = self.WIDTH * self.done // self.total
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self.stream.write(f"\rnotecheck: [{bar}] {self.done}/{self.total} files")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


# --- notecheck rules / explain ---------------------------------------------------------


def run_rules(args: argparse.Namespace) -> int:
    import json

    from ._registry import registry
    from .renderers import DOCS_URL

    reg = registry()
    _warn_plugin_failures(reg)
    checks = list(reg.checks.values())
    if args.format == "json":
        document = [
            {
                "id": c.id,
                "title": c.title,
                "default_severity": c.default_severity,
                "source": c.source,
                "summary": c.summary,
                "codes": dict(c.codes),
                "options": [
                    {
                        "name": o.name,
                        "default": o.default,
                        "description": o.description,
                        "choices": list(o.choices),
                    }
                    for o in c.options
                ],
                "docs": DOCS_URL.format(check=c.id),
            }
            for c in checks
        ]
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n")
        return 0
    rows = [("ID", "SEVERITY", "SOURCE", "TITLE")]
    rows += [(c.id, c.default_severity, c.source, c.title) for c in checks]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        sys.stdout.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
            + f"  {row[3]}\n"
        )
        check = reg.checks.get(row[0])
        if args.verbose and check is not None:
            for code, meaning in check.codes.items():
                sys.stdout.write(f"    {code}: {meaning}\n")
    return 0


_INTERNAL_CODES = {
    "internal.check-failed": "A check raised an error, so its result is missing; the other "
    "checks ran. The message names the check and the error: please report it to the check's "
    "authors (notecheck for built-in checks, the plugin otherwise).",
    "internal.plugin-failed": "A plugin from the notecheck.checks entry-point group could not "
    "be loaded, so its checks did not run; the message says why. Reinstall or fix the plugin, "
    "or uninstall it.",
}


def run_explain(args: argparse.Namespace) -> int:
    import difflib

    from ._registry import registry

    reg = registry()
    name: str = args.name
    check = _find_check(reg, name)
    if check is None:
        if name in _INTERNAL_CODES:
            sys.stdout.write(f"# `{name}`\n\n{_INTERNAL_CODES[name]}\n")
            return 0
        names = [*reg.checks, *(code for c in reg.checks.values() for code in c.codes)]
        close = difflib.get_close_matches(name, names, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise UsageError(
            f"unknown check or code {name!r} ({hint}`notecheck rules` lists the checks)"
        )
    _setup_logging(quiet=False)
    from ._docs import render_check_page

    sys.stdout.write(render_check_page(check))
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from importlib.resources import files

    sys.stdout.write(files("notecheck").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))
    return 0


def _find_check(reg: Registry, name: str) -> Check | None:
    check = reg.checks.get(name)
    if check is not None:
        return check
    return next((c for c in reg.checks.values() if name in c.codes), None)


# --- messages ----------------------------------------------------------------------------


def _error(message: str) -> None:
    sys.stderr.write(f"notecheck: error: {message}\n")
    sys.stderr.flush()


def _warn_plugin_failures(reg: Registry) -> None:
    for failure in reg.failures:
        sys.stderr.write(
            f"notecheck: warning: plugin {failure.name!r} ({failure.target}) could not be "
            f"loaded: {failure.error}\n"
        )


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes ``notecheck: warning: ...`` to the current stderr."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def format(self, record: logging.LogRecord) -> str:
        return f"notecheck: {record.levelname.lower()}: {record.getMessage()}"


class _OncePerMessage(logging.Filter):
    # The same warning for every note of a batch says nothing new after the first.
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message in self.seen:
            return False
        self.seen.add(message)
        return True


def _setup_logging(quiet: bool) -> None:
    """Library warnings (a check that failed, an engine fallback) go to stderr once each."""
    logger = logging.getLogger("notecheck")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.addFilter(_OncePerMessage())
        logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
    logger.propagate = False


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
