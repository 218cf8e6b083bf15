"""A few hundred bad or odd inputs of every kind (tests/robustness/fuzz.py) through the readers
and ingest with a per-article timeout: nothing escapes, no extraction outlives the timeout,
every input is in the run's manifest with an outcome its kind allows. The full run of more
than 10,000 inputs is bench/robustness_fuzz.py."""

from __future__ import annotations

import json

from eventwire.ingest import ingest
from eventwire.store import open_store

from .fuzz import Sizes, generate, run

N = 300
TIMEOUT = 10.0


def test_bad_and_odd_inputs_are_all_accounted_for(tmp_path):
    units = generate(tmp_path / "inputs", N, seed=11, big=False)
    assert len(units) >= N
    kinds = {u.kind.split(":")[0] for u in units}
    assert {"binary", "invalid_utf8", "empty", "whitespace", "file_too_large", "truncated",
            "wrong_shape", "unsupported_language", "no_punctuation", "repeated_names",
            "html", "feed", "special", "huge_id", "deep"} <= kinds  # fmt: skip
    report = run(tmp_path / "inputs", units, timeout=TIMEOUT, sizes=Sizes(big=False))
    assert report.ok, report.problems()
    assert report.summary["inputs"] == report.manifest_rows >= len(units)
    assert report.summary["status"] == "complete"
    # the run stored what is text and refused the rest, each with its reason
    assert report.outcomes["stored"] > 50
    for reason in ("binary", "undecodable", "empty", "too_large", "malformed_json",
                   "bad_field", "unsupported_language", "not_a_file"):  # fmt: skip
        assert report.outcomes[reason] > 0, reason


def test_a_line_nested_too_deeply_is_malformed_and_the_next_is_read(tmp_path):
    path = tmp_path / "deep.jsonl"
    ok = {"id": "after", "text": "The minister met the ambassador in Rome on Monday."}
    path.write_bytes(b"[" * 100_000 + b"\n" + json.dumps(ok).encode() + b"\n")
    with open_store(":memory:") as store:
        s = ingest([path], store, extractor=lambda art: [])
        rows = store.run_inputs(s.run_id)
    assert list(rows.status) == ["rejected", "stored"]
    assert rows.reason[0] == "malformed_json" and "nested too deeply" in rows.message[0]
    assert rows.input[0] == f"{path}:1"
