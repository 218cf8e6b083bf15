"""Dask engine: Parquet parts round-trip the records exactly; a LocalCluster run on 500
generated articles gives the local run's records (same ids, same fields, same order);
``extract --engine dask`` and ``ingest --engine dask`` through the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from eventwire.api import extract_articles  # noqa: E402
from eventwire.article import Article  # noqa: E402
from eventwire.batch import (  # noqa: E402
    BatchError,
    dask_client,
    extract_dask,
    prepare_out,
    read_records,
    records_schema,
    write_parquet,
    write_part,
)
from eventwire.cli.app import app  # noqa: E402
from eventwire.records import (  # noqa: E402
    Actor,
    ArticleRef,
    EventRecord,
    Evidence,
    Factuality,
    Place,
    Span,
    Time,
    Why,
)
from eventwire.store import open_store  # noqa: E402
from tests.generated_articles import generate  # noqa: E402
from tests.test_parallel import first_difference  # noqa: E402

runner = CliRunner()


def _full_record() -> EventRecord:
    rec = EventRecord(
        event_type="CONSULT",
        actor=[Actor("Putin", "Vladimir Putin", "RUS", "GOV", "President", "Q7747")],
        recipient=[Actor(raw_text="Kim", name="Kim Jong-un", country="PRK")],
        mode="visit",
        contexts=["military", "diplomatic"],
        cameo="042",
        symmetric=True,
        location=Place("Vladivostok", "Vladivostok", 2013348, "RUS", "Primorye", 43.1, 131.9),
        date=Time("ieri", "2023-09-13", "2023-09-13", "day"),
        factuality=Factuality("probable", "negative", "future"),
        attribution=[Actor(raw_text="la Tass", name="TASS", country="RUS", sector="JRN")],
        evidence=Evidence("Putin ha incontrato Kim.", 0, 24, Span("incontrato", 10, 20)),
        confidence=0.825,
        why=[Why("event_type", "trigger", "incontrare"), Why("date", "timex.yesterday")],
        article=ArticleRef("a1", "Titolo «è»", "https://x.test/1", "it", "2023-09-14"),
    )
    rec.event_id = rec.make_id("test")
    return rec


def test_schema_has_every_field_of_the_record():
    assert records_schema().names[0] == "event_id"
    assert set(records_schema().names) == set(_full_record().to_dict())


def test_parquet_round_trip_is_exact(tmp_path):
    recs = [_full_record(), EventRecord(event_type="PROTEST", event_id="ev-2")]
    assert write_part(recs, tmp_path / "part-00000.parquet") == 2
    back = [r.to_dict() for r in read_records(tmp_path)]
    assert back == [r.to_dict() for r in recs]


def test_an_output_directory_with_parts_is_refused(tmp_path):
    write_part([], tmp_path / "part-00000.parquet")
    with pytest.raises(BatchError, match="already holds"):
        prepare_out(tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(BatchError, match="not a directory"):
        prepare_out(tmp_path / "file")


def test_parts_follow_input_order(tmp_path):
    arts = [Article(text=f"t{i}", id=f"a{i}") for i in range(5)]
    pairs = [(a, [EventRecord(event_type="AID", event_id=a.id)]) for a in arts]
    got = write_parquet(pairs, tmp_path / "out", articles_per_part=2)
    assert (got.parts, got.articles, got.events) == (3, 5, 5)
    assert [r.event_id for r in read_records(tmp_path / "out")] == [a.id for a in arts]
    empty = write_parquet([], tmp_path / "empty")
    assert empty.parts == 1 and list(read_records(tmp_path / "empty")) == []


# ---------------------------------------------------------------- on a LocalCluster


@pytest.fixture(scope="module")
def client() -> Iterator:
    with dask_client(workers=2, languages=("it",)) as c:
        yield c


def test_local_cluster_records_equal_the_local_run(client, tmp_path):
    sample = generate(500, seed=500, languages=("it",))
    fresh = generate(500, seed=500, languages=("it",))
    local = [r.to_dict() for _, recs in extract_articles(fresh) for r in recs]
    assert len(local) > 300  # enough events for the comparison to mean something
    got = write_parquet(
        extract_dask(sample, client, partition_size=60), tmp_path / "pq", articles_per_part=60
    )
    assert got.articles == 500 and got.parts == 9
    dask = [r.to_dict() for r in read_records(tmp_path / "pq")]
    assert [r["event_id"] for r in dask] == [r["event_id"] for r in local]
    assert dask == local, first_difference([("all", dask)], [("all", local)])


def test_a_failing_article_is_reported_by_dask(client):
    arts = generate(6, seed=8, languages=("it",))
    arts[2].language = "fr"
    failed = []
    got = list(extract_dask(arts, client, partition_size=4, on_error=lambda a, e: failed.append(a)))
    assert [a.id for a, _ in got] == [a.id for i, a in enumerate(arts) if i != 2]
    assert [a.id for a in failed] == [arts[2].id]


def _jsonl(path: Path, arts: list[Article]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for a in arts:
            row = {"id": a.id, "title": a.title, "text": a.text, "language": a.language}
            row["published"] = a.published
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def test_cli_extract_dask_writes_parquet(client, tmp_path):
    arts = generate(40, seed=40, languages=("it",))
    src = _jsonl(tmp_path / "in.jsonl", arts)
    address = client.scheduler.address
    res = runner.invoke(
        app,
        [
            "extract",
            str(src),
            "--engine",
            "dask",
            "--scheduler",
            address,
            "--out",
            str(tmp_path / "o"),
        ],
    )
    assert res.exit_code == 0, res.output
    fresh = generate(40, seed=40, languages=("it",))
    want = [r.to_dict() for _, recs in extract_articles(fresh) for r in recs]
    assert [r.to_dict() for r in read_records(tmp_path / "o")] == want
    again = runner.invoke(
        app,
        [
            "extract",
            str(src),
            "--engine",
            "dask",
            "--scheduler",
            address,
            "--out",
            str(tmp_path / "o"),
        ],
    )
    assert again.exit_code == 2 and "already holds" in again.output


def test_cli_ingest_dask_stores_what_local_ingest_stores(client, tmp_path):
    arts = generate(36, seed=45, languages=("it",))
    src = _jsonl(tmp_path / "in.jsonl", arts)
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    res = runner.invoke(
        app, ["ingest", str(src), "--db", str(local_db), "--workers", "1", "--json"]
    )
    assert res.exit_code == 0, res.output
    res = runner.invoke(
        app,
        ["ingest", str(src), "--db", str(dask_db), "--engine", "dask", "--json",
         "--scheduler", client.scheduler.address, "--parts", str(tmp_path / "parts")],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert json.loads(res.output.strip().splitlines()[-1])["stored"] == 36
    assert list((tmp_path / "parts").glob("part-*.parquet"))
    tables = {
        "mentions": "SELECT * FROM mentions ORDER BY mention_id",
        "stories": "SELECT * FROM stories ORDER BY story_id",
        "articles": "SELECT article_id, content_hash, language FROM articles ORDER BY 1",
    }
    a, b = open_store(str(local_db), read_only=True), open_store(str(dask_db), read_only=True)
    try:
        for name, sql in tables.items():
            ra, rb = a.rows(sql), b.rows(sql)
            diff = [
                [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
                for ta, tb in zip(ra, rb, strict=False)
                if ta != tb
            ]
            assert ra == rb, f"{name}: {diff[:1]}"
    finally:
        a.close()
        b.close()


def test_an_unreachable_scheduler_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.batch.CONNECT_TIMEOUT", "2s")
    src = _jsonl(tmp_path / "in.jsonl", generate(2, seed=1))
    res = runner.invoke(
        app,
        ["extract", str(src), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"],
    )
    assert res.exit_code == 2
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:9" in res.output
