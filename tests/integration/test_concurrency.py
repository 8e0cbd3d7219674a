"""review() from many threads at once gives the same reports as one call after another.

The threaded run happens in a fresh interpreter and starts before anything is built, so the
very first calls race to import spaCy, build the pipeline, load the checks and engines.
"""

from __future__ import annotations

from ._helpers import SENT_AT, run_python

THREADS = 8
NOTES = 50

THREADED = r"""
import json, sys, threading
import notegen
texts = notegen.texts(int(sys.argv[1]), seed=7)
threads = int(sys.argv[2]); sent_at = sys.argv[3]
import notecheck  # nothing built yet: no review has run in this process
barrier = threading.Barrier(threads)
results = [None] * threads
errors = []

def work(k):
    try:
        barrier.wait()
        order = list(range(len(texts)))
        order = order[k:] + order[:k]  # every thread starts on a different note
        out = {}
        for i in order:
            out[i] = notecheck.review(texts[i], sent_at=sent_at).to_json(timing=False)
        results[k] = [out[i] for i in range(len(texts))]
    except BaseException as exc:
        errors.append(repr(exc))

pool = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
for t in pool: t.start()
for t in pool: t.join()
serial = [notecheck.review(t, sent_at=sent_at).to_json(timing=False) for t in texts]
print(json.dumps({"errors": errors, "threaded": results, "serial_after": serial}))
"""

SERIAL = r"""
import json, sys
import notegen, notecheck
texts = notegen.texts(int(sys.argv[1]), seed=7)
print(json.dumps([notecheck.review(t, sent_at=sys.argv[2]).to_json(timing=False) for t in texts]))
"""


def test_threads_from_a_cold_start_match_serial_reviews() -> None:
    threaded = run_python(THREADED, str(NOTES), str(THREADS), SENT_AT)
    assert threaded["errors"] == []
    serial = run_python(SERIAL, str(NOTES), SENT_AT)  # another fresh process, no threads
    assert threaded["serial_after"] == serial
    for k, reports in enumerate(threaded["threaded"]):
        different = [i for i, (a, b) in enumerate(zip(reports, serial, strict=True)) if a != b]
        assert not different, f"thread {k}: notes {different} differ from serial review()"
