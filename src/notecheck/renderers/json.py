"""One JSON document for the whole run, described by ``notecheck/schema/report.schema.json``.

::

    {"schema": ".../report-1.0.json#/$defs/run", "schema_version": "1.0",
     "notecheck_version": "...", "files": [{"path": ..., "report": Report.to_dict()}, ...],
     "input_errors": [{"path": ..., "message": ...}], "summary": {...}}

Reports are written as they arrive, so memory stays flat on large batches. ``meta.elapsed_ms``
is left out so the same notes give the same bytes on every run.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from .._report import SCHEMA_ID, SCHEMA_VERSION
from . import Renderer, ReviewedFile, Summary

#: The ``schema`` value of the CLI's document: the ``run`` definition in the report schema.
RUN_SCHEMA_ID = f"{SCHEMA_ID}#/$defs/run"


def _dump(value: Any, depth: int) -> str:
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return textwrap.indent(text, "  " * depth).lstrip(" ")


class JsonRenderer(Renderer):
    name = "json"
    description = "one JSON document: every report (Report.to_dict) plus a summary"

    def start(self) -> None:
        self._first = True
        head = {
            "schema": RUN_SCHEMA_ID,
            "schema_version": SCHEMA_VERSION,
            "notecheck_version": self.options.version,
        }
        self.out.write("{\n")
        for key, value in head.items():
            self.out.write(f"  {json.dumps(key)}: {_dump(value, 1)},\n")
        self.out.write('  "files": [')

    def handle(self, file: ReviewedFile) -> None:
        entry = {"path": file.path, "report": file.report.to_dict(timing=False)}
        self.out.write(("\n" if self._first else ",\n") + "    " + _dump(entry, 2))
        self._first = False

    def stop(self, summary: Summary) -> None:
        errors = [{"path": e.path, "message": e.message} for e in summary.input_errors]
        self.out.write("\n  ]," if not self._first else "],")
        self.out.write(f'\n  "input_errors": {_dump(errors, 1)},')
        self.out.write(f'\n  "summary": {_dump(summary.to_dict(), 1)}\n}}\n')
