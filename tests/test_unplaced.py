"""Acts none of whose parties has a country are withheld by default and kept on request
(``keep_unplaced=True``, ``EVENTWIRE_KEEP_UNPLACED=1``, ``--keep-unplaced``), in their
places among the other records and marked ``record.unplaced`` in their ``why``."""

from __future__ import annotations

import json

import spacy
from typer.testing import CliRunner

import eventwire.pipeline.events  # noqa: F401  (the Doc extensions)
from eventwire.api import KEEP_UNPLACED_ENV, extract, records_from_doc
from eventwire.article import Article
from eventwire.cli import app
from eventwire.parallel import extract_parallel
from eventwire.records import EventRecord

#: No country anywhere: the police and the man are nobody's.
UNPLACED = "Ieri sera la polizia ha arrestato un uomo dopo una rapina in banca."


def _unplaced(records) -> list:
    return [r for r in records if any(w.rule == "record.unplaced" for w in r.why)]


def test_withheld_by_default_kept_on_request(monkeypatch):
    monkeypatch.delenv(KEEP_UNPLACED_ENV, raising=False)
    assert extract(UNPLACED, "it", "2024-05-02") == []
    kept = extract(UNPLACED, "it", "2024-05-02", keep_unplaced=True)
    assert [r.event_type for r in kept] == ["COERCE"]
    assert _unplaced(kept) == kept
    assert not any(a.country for r in kept for a in r.actor + r.recipient)
    monkeypatch.setenv(KEEP_UNPLACED_ENV, "1")
    assert [r.event_type for r in extract(UNPLACED, "it", "2024-05-02")] == ["COERCE"]
    # an explicit argument wins over the environment
    assert extract(UNPLACED, "it", "2024-05-02", keep_unplaced=False) == []


def test_kept_records_take_their_places_among_the_others():
    nlp = spacy.blank("it")
    doc = nlp.make_doc("uno due tre quattro")
    recs = [EventRecord(t) for t in ("CONSULT", "COERCE", "ACCUSE", "ASSAULT")]
    doc._.events = [recs[0], recs[2]]
    doc._.withheld = [(1, recs[1]), (3, recs[3])]
    art = Article(text=doc.text, id="x", language="it")
    assert [r.event_type for r in records_from_doc(doc, art, keep_unplaced=False)] == [
        "CONSULT",
        "ACCUSE",
    ]
    assert [r.event_type for r in records_from_doc(doc, art, keep_unplaced=True)] == [
        "CONSULT",
        "COERCE",
        "ACCUSE",
        "ASSAULT",
    ]


def test_worker_processes_and_cli_follow_the_option(monkeypatch, tmp_path):
    monkeypatch.setenv(KEEP_UNPLACED_ENV, "1")  # what --keep-unplaced sets before workers start
    arts = [
        Article(text=UNPLACED, id=f"a{k}", language="it", published="2024-05-02") for k in range(8)
    ]
    got = list(extract_parallel(arts, workers=2, chunk_size=2))
    assert [a.id for a, _ in got] == [a.id for a in arts]
    assert all([r.event_type for r in recs] == ["COERCE"] for _, recs in got)

    monkeypatch.delenv(KEEP_UNPLACED_ENV)
    src = tmp_path / "a.txt"
    src.write_text("date 2024-05-02\n" + UNPLACED + "\n", encoding="utf-8")
    plain = CliRunner().invoke(app, ["extract", str(src), "--format", "jsonl", "-w", "1"])
    assert plain.exit_code == 0 and plain.stdout.strip() == ""
    keep = CliRunner().invoke(
        app, ["extract", str(src), "--format", "jsonl", "-w", "1", "--keep-unplaced"]
    )
    assert keep.exit_code == 0, keep.output
    rows = [json.loads(line) for line in keep.stdout.splitlines() if line.strip()]
    assert [r["event_type"] for r in rows] == ["COERCE"]
    assert any(w["rule"] == "record.unplaced" for w in rows[0]["why"])
