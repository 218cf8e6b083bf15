"""Dates of the dated events of the Italian Wikinews dev gold, with hand-picked trigger words.

The expected dates are the gold's; the table it_wikinews_date_triggers.tsv only says which
words express each event, so that dating is checked without the trigger stage. Skips when
``../shared`` is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.pipeline.timex import date_event

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "dev" / "it_wikinews_dev.jsonl"
TABLE = Path(__file__).with_name("it_wikinews_date_triggers.tsv")
UNDATED = Path(__file__).with_name("it_wikinews_undated_triggers.tsv")

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared is absent")


def _rows(table: Path = TABLE) -> list[tuple[str, str, str]]:
    out = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            gid, etype, words = line.split("\t")
            out.append((gid, etype, words))
    return out


def _same(pred: str | None, gold: str) -> bool:
    """Equal at the gold's granularity (the scorer's prefix comparison)."""
    return pred is not None and pred[: len(gold)] == gold and len(pred) >= len(gold)


def test_dates_of_gold_events() -> None:
    from eventwire.pipeline.nlp import get_nlp

    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        gold[item["id"]] = item
    nlp = get_nlp("it")
    right, rows = 0, _rows()
    wrong = []
    for gid, etype, words in rows:
        item = gold[gid]
        doc = nlp.make_doc(item["text"])
        doc._.published = item["published"]
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        i = item["text"].index(words)
        span = doc.char_span(i, i + len(words), alignment_mode="expand")
        span._.trigger = SimpleNamespace(event_type=etype)
        t, _ = date_event(doc, span)
        dates = [e["date"] for e in item["events"] if e["event_type"] == etype and "date" in e]
        if any(_same(t.start, d["start"]) and _same(t.end, d["end"]) for d in dates):
            right += 1
        else:
            wrong.append((gid, words, t.start, t.end, dates))
    assert len(rows) == 20
    assert right / len(rows) >= 0.85, wrong


def test_undated_gold_events_get_no_year_from_another_clause() -> None:
    from eventwire.pipeline.nlp import get_nlp

    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        gold[item["id"]] = item
    nlp = get_nlp("it")
    for gid, etype, words in _rows(UNDATED):
        item = gold[gid]
        doc = nlp.make_doc(item["text"])
        doc._.published = item["published"]
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        i = item["text"].index(words)
        span = doc.char_span(i, i + len(words), alignment_mode="expand")
        span._.trigger = SimpleNamespace(event_type=etype)
        t, why = date_event(doc, span)
        assert (t.start, t.granularity) == (None, "unknown"), (gid, words, t, why.rule)
