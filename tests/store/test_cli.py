"""The store commands, driven as a user would (CliRunner, a DuckDB file)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest import ingest_articles
from eventwire.store import open_store

from ._records import OTHERS, SUMMIT, rec, scenario

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ew.duckdb"
    rows = SUMMIT + OTHERS
    rows = rows + [
        ("en-markup", "2023-06-01", None, "en",
         "Protesters [bold red]rallied[/] outside the embassy in Rome.",
         rec("PROTEST", ["ITA"], ["RUS"], trigger="rallied", start="2023-06-01",
             sector="CVL")),
    ]  # fmt: skip
    arts, script = scenario(rows)
    with open_store(path) as store:
        ingest_articles(store, arts, extractor=script)
    return str(path)


def run(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result


def test_events_jsonl_with_dyad(db):
    res = run("events", "--db", db, "--dyad", "RUS:PRK", "--format", "jsonl")
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(rows) == 4
    summit = next(r for r in rows if r["n_articles"] == 6)
    assert summit["event_date"] == "2023-09-13" and summit["event_type"] == "CONSULT"


def test_events_table_and_filters(db):
    res = run("events", "--db", db, "--type", "PROTEST")
    assert res.exit_code == 0
    assert "1 of 1 events" in res.stdout and "PROTEST" in res.stdout
    bad = run("events", "--db", db, "--type", "MEETING")
    assert bad.exit_code != 0 and "unknown event type" in bad.output


def test_timeline_by_week(db):
    res = run("timeline", "--db", db, "--dyad", "RUS:PRK", "--by", "week", "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["period"], r["events"], r["articles"]) for r in rows] == [
        ("2023-09-11", "1", "6"),
        ("2023-09-18", "1", "2"),
    ]
    table = run("timeline", "--db", db, "--dyad", "RUS:PRK", "--by", "week")
    assert "2023-09-11" in table.stdout and "CONSULT" in table.stdout


def test_show_prints_record_mentions_and_sentences(db):
    ev = json.loads(run("events", "--db", db, "--min-articles", "6", "--format", "jsonl").stdout)
    res = run("show", ev["story_id"], "--db", db)
    assert res.exit_code == 0
    out = res.stdout
    assert "6 article(s)" in out and "mentions (6)" in out
    assert "Il vertice di ieri" in out and "Putin hosted Kim" in out
    as_json = json.loads(run("show", ev["story_id"], "--db", db, "--json").stdout)
    assert len(as_json["mentions"]) == 6
    missing = run("show", "st-nope", "--db", db)
    assert missing.exit_code == 1 and "no event" in missing.output


def test_untrusted_text_is_printed_literally(db):
    ev = json.loads(run("events", "--db", db, "--type", "PROTEST", "--format", "jsonl").stdout)
    res = run("show", ev["story_id"], "--db", db)
    assert "[bold red]rallied[/]" in res.stdout


def test_export_formats(db, tmp_path):
    res = run("export", "--db", db, "--format", "plover-jsonl", "--strict-plover")
    assert res.exit_code == 0
    types = sorted(json.loads(x)["event_type"] for x in res.stdout.splitlines())
    assert types == ["AGREE", "CONSULT", "CONSULT", "CONSULT", "PROTEST"]
    gdelt = run("export", "--db", db, "--format", "gdelt-tsv", "--dyad", "RUS:PRK")
    assert gdelt.stdout.splitlines()[0].startswith("GLOBALEVENTID\tSQLDATE\tMonthYear")
    assert len(gdelt.stdout.splitlines()) == 1 + 4
    no_out = run("export", "--db", db, "--format", "parquet")
    assert no_out.exit_code != 0 and "--output" in no_out.output
    out = tmp_path / "e.parquet"
    ok = run("export", "--db", db, "--format", "parquet", "--output", str(out))
    assert ok.exit_code == 0 and out.stat().st_size > 0


def test_ingest_twice_and_runs(tmp_path):
    db = str(tmp_path / "fresh.duckdb")
    src = tmp_path / "news.jsonl"
    src.write_text(
        '{"id": "a1", "text": "Italy and France signed an agreement in Rome.", "language": "en"}\n'
        "{broken\n"
        '{"id": "a2", "text": "Germany sent aid to Ukraine on Monday.", "language": "en"}\n',
        encoding="utf-8",
    )
    first = run("ingest", str(src), "--db", db, "--no-progress")
    assert first.exit_code == 0, first.output
    assert "stored     2 articles" in first.stdout
    assert "rejected   1" in first.stdout and "malformed_json: 1" in first.stdout
    second = run("ingest", str(src), "--db", db, "--json")
    summary = json.loads(second.stdout)
    assert (summary["stored"], summary["duplicate"], summary["rejected"]) == (0, 2, 1)
    runs = run("runs", "--db", db, "--json")
    listed = [json.loads(x) for x in runs.stdout.splitlines()]
    assert [r["status"] for r in listed] == ["complete", "complete"]
    manifest = run("runs", summary["run_id"], "--db", db, "--json", "--status", "rejected")
    (row,) = [json.loads(x) for x in manifest.stdout.splitlines()]
    assert row["reason"] == "malformed_json" and row["input"].endswith("news.jsonl:2")


def test_missing_store_is_a_clear_error(tmp_path):
    res = run("events", "--db", str(tmp_path / "nope.duckdb"))
    assert res.exit_code == 1 and "no such store" in res.output
    res = run("events", "--db", "mysql://x")
    assert res.exit_code == 1 and "unknown store URL" in res.output


def test_recluster_command(db):
    before = run("events", "--db", db, "--format", "csv").stdout
    res = run("recluster", "--db", db)
    assert res.exit_code == 0 and res.stdout.strip() == "6 story-level events"
    assert sorted(run("events", "--db", db, "--format", "csv").stdout.splitlines()) == sorted(
        before.splitlines()
    )
