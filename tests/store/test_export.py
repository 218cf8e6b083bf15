"""Exports: PLOVER JSONL (strict collapse rules), POLECAT / GDELT / CAMEO TSV, CSV, Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire import export as ex
from eventwire.ingest import ingest_articles

from ._records import OTHERS, SUMMIT, rec, scenario


@pytest.fixture
def filled(store):
    arts, script = scenario(SUMMIT + OTHERS)
    ingest_articles(store, arts, extractor=script)
    return store


def _record(**kw) -> dict:
    r = rec(**kw)
    r.event_id = "st-x"
    return r.to_dict()


@pytest.mark.parametrize(
    "etype, time, polarity, certainty, expected_type, context",
    [
        ("CONSULT", "future", "positive", "certain", "AGREE", None),  # "Putin will meet Kim"
        ("AID", "future", "positive", "certain", "AGREE", None),
        ("COOPERATE", "future", "positive", "certain", "AGREE", None),
        ("SUPPORT", "future", "positive", "certain", "AGREE", None),
        ("RETREAT", "future", "positive", "certain", "CONCEDE", None),  # "will withdraw"
        ("CONCEDE", "future", "positive", "certain", "CONCEDE", "future"),  # left as it is
        ("ASSAULT", "future", "positive", "certain", "ASSAULT", "future"),
        ("CONSULT", "non_future", "positive", "certain", "CONSULT", None),
        ("ASSAULT", "non_future", "positive", "possible", "ASSAULT", "hypothetical"),
        ("CONSULT", "non_future", "negative", "certain", None, None),  # negated: dropped
    ],
)
def test_strict_plover_collapse_rules(etype, time, polarity, certainty, expected_type, context):
    r = _record(event_type=etype, actors=["RUS"], recipients=["PRK"], time=time,
                polarity=polarity, certainty=certainty, mode="visit")  # fmt: skip
    got = ex.strict_plover(r)
    if expected_type is None:
        assert got is None
        return
    assert got["event_type"] == expected_type
    if expected_type != etype:
        assert got["mode"] is None
        assert any(w["field"] == "event_type" and etype in w["entry"] for w in got["why"])
    assert (
        (context in got["contexts"])
        if context
        else not set(got["contexts"])
        & {
            "future",
            "hypothetical",
        }
    )
    assert r["event_type"] == etype  # the input is not changed


def test_plover_jsonl_strict_drops_negated_and_recodes_the_plan(filled):
    plain = [json.loads(x) for x in _text(filled, "plover-jsonl").splitlines()]
    strict = [json.loads(x) for x in _text(filled, "plover-jsonl", strict=True).splitlines()]
    assert len(plain) == 5 and len(strict) == 4
    assert sorted(r["event_type"] for r in strict) == ["AGREE", "CONSULT", "CONSULT", "CONSULT"]
    summit = next(r for r in plain if r["story"]["n_articles"] == 6)
    assert len(summit["story"]["mentions"]) == 6


def _text(store, fmt: str, strict: bool = False) -> str:
    buf = io.StringIO()
    ex.export(store, fmt, buf, strict=strict)
    return buf.getvalue()


def _tsv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_gdelt_columns_and_counts(filled):
    rows = _tsv(_text(filled, "gdelt-tsv"))
    assert len(ex.GDELT_COLUMNS) == 61
    assert list(rows[0].keys()) == list(ex.GDELT_COLUMNS)
    summit = next(r for r in rows if r["NumArticles"] == "6")
    assert summit["SQLDATE"] == "20230913" and summit["MonthYear"] == "202309"
    assert {summit["Actor1CountryCode"], summit["Actor2CountryCode"]} == {"RUS", "PRK"}
    assert summit["QuadClass"] == "1"  # CONSULT: verbal cooperation
    assert float(summit["GoldsteinScale"]) == 4.0  # PLOVER score of CONSULT: visit
    assert summit["NumSources"] == "6" and summit["SOURCEURL"].startswith("https://")


def test_polecat_and_cameo_columns(filled):
    rows = _tsv(_text(filled, "polecat-tsv"))
    assert list(rows[0].keys()) == list(ex.POLECAT_COLUMNS)
    for name in ("Event ID", "Event Date", "Event Type", "Event Mode", "Actor Country",
                 "Recipient Country", "GeoNames ID", "Publication Date"):  # fmt: skip
        assert name in rows[0]
    week2 = next(r for r in rows if r["Event Date"] == "2023-09-20")
    assert week2["Event Type"] == "CONSULT" and week2["Country"] == "PRK"
    cameo = _tsv(_text(filled, "cameo-tsv"))
    assert list(cameo[0].keys()) == list(ex.CAMEO_COLUMNS)
    assert {r["Date"] for r in cameo} >= {"20230913", "20230920"}


def test_csv_and_parquet_hold_the_same_rows(filled, tmp_path: Path):
    rows = list(csv.DictReader(io.StringIO(_text(filled, "csv"))))
    out = tmp_path / "events.parquet"
    n = ex.export(filled, "parquet", out)
    table = pq.read_table(out)
    assert n == len(rows) == table.num_rows == 5
    assert sorted(table.column("event_id").to_pylist()) == sorted(r["event_id"] for r in rows)


def test_tsv_cells_cannot_break_rows():
    r = _record(event_type="PROTEST", actors=["ITA"], text="Line one\tcell\nline two")
    text = ex.to_text([r], "polecat-tsv")
    assert len(text.splitlines()) == 2


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format"):
        ex.to_text([], "xml")


def test_scores_table_matches_the_manual():
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    shared = root.parent / "shared"
    if not (shared / "data" / "plover" / "PLOVER_MANUAL.tex").exists():
        pytest.skip("../shared is not here")
    spec = importlib.util.spec_from_file_location(
        "build_plover_scores", root / "scripts" / "build_plover_scores.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    committed = (root / "src/eventwire/data/plover_scores/plover_scores.tsv").read_text("utf-8")
    assert mod.build(shared) == committed, "rebuild: python scripts/build_plover_scores.py"


def test_scores_cover_every_type():
    from eventwire.records import PLOVER_TYPES

    assert all(ex.score(t, None) is not None for t in PLOVER_TYPES)
    assert ex.score("ASSAULT", "aerial") == -9.5
    assert ex.score("ASSAULT", "no-such-mode") == -9.0
