"""kill -9 during `eventwire ingest`, then the same command again: every article is stored
exactly once with all its events, and the second run's manifest accounts for every input
(DuckDB and PostgreSQL, real subprocesses).

Two kills per store: between batches (the plain command, killed once a progress line says two
batches are committed) and inside a write transaction (the same command with a pause after
the second article of the third batch is written, not yet committed)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.ingest import ingest
from eventwire.store import open_store

from ._helpers import (
    IN_TRANSACTION,
    Ingest,
    ingest_command,
    paused_command,
    pg_schema,
    write_corpus,
)

N = 40  # articles; batches of 4
KILL_AFTER = 8  # between batches: once at least 2 batches are committed
IN_BATCH = 10  # inside a transaction: the 2nd article of the 3rd batch written


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("crash") / "articles.jsonl"
    return path, write_corpus(path, N)


@pytest.fixture(scope="module")
def clean(corpus: tuple[Path, list[str]]) -> dict[str, set[str]]:
    """A clean single run (library ingest, no kill): article id -> its event ids."""
    path, _ = corpus
    with open_store(":memory:") as store:
        s = ingest([path], store, batch_size=8)
        assert s.stored == N
        return _events_by_article(store)


def _events_by_article(store) -> dict[str, set[str]]:  # noqa: ANN001
    out: dict[str, set[str]] = {r[0]: set() for r in store.rows("SELECT article_id FROM articles")}
    for mention_id, article_id in store.rows("SELECT mention_id, article_id FROM mentions"):
        out.setdefault(article_id, set()).add(mention_id)
    return out


def _kill_and_rerun(db: str, path: Path, mid_transaction: bool) -> dict:
    cmd = ingest_command([str(path)], db)
    if mid_transaction:
        first = Ingest(paused_command(IN_BATCH, [str(path)], db))
        first.wait_for(IN_TRANSACTION)
    else:
        first = Ingest(cmd)
        first.wait_committed(KILL_AFTER)
    assert first.kill() == -9  # killed, not finished
    code, out, err = Ingest(cmd).finish()
    assert code == 0, err
    assert "Traceback" not in err
    return json.loads(out.strip().splitlines()[-1])


def _check_store(
    db: str, ids: list[str], clean: dict[str, set[str]], second: dict, mid_transaction: bool
) -> None:
    with open_store(db, read_only=True) as store:
        # every article exactly once, with exactly the events a clean run gives it
        stored = [r[0] for r in store.rows("SELECT article_id FROM articles")]
        assert sorted(stored) == sorted(ids)
        assert _events_by_article(store) == clean
        for aid, n in store.rows("SELECT article_id, n_events FROM articles"):
            assert n == len(clean[aid]), aid
        # no story without a mention, no mention without its story
        assert not store.rows(
            "SELECT story_id FROM stories WHERE story_id NOT IN (SELECT story_id FROM mentions)"
        )
        assert not store.rows(
            "SELECT mention_id FROM mentions WHERE story_id NOT IN (SELECT story_id FROM stories)"
        )
        runs = store.runs().sort_values("started_at")
        assert list(runs.status) == ["interrupted", "complete"]
        killed, rerun = runs.run_id.tolist()
        assert rerun == second["run_id"]
        # the killed run's manifest holds its committed batches, nothing else
        first_rows = store.run_inputs(killed)
        assert len(first_rows) == int(runs.n_stored.iloc[0]) >= KILL_AFTER
        assert set(first_rows.status) == {"stored"}
        if mid_transaction:  # the third batch, half written, left nothing
            assert len(first_rows) == IN_BATCH - IN_BATCH % 4
        # the second run accounts for every input: stored now, or stored by the killed run
        rows = store.run_inputs(rerun)
        assert list(rows.seq) == list(range(1, N + 1))
        assert sorted(rows.article_id) == sorted(ids)
        status = Counter(rows.status)
        assert status == {"duplicate": len(first_rows), "stored": N - len(first_rows)}
        assert set(rows[rows.status == "duplicate"].article_id) == set(first_rows.article_id)
        assert (second["stored"], second["duplicate"], second["rejected"]) == (
            N - len(first_rows), len(first_rows), 0
        )  # fmt: skip


KILLS = pytest.mark.parametrize(
    "mid_transaction", [False, True], ids=["between-batches", "mid-transaction"]
)


@KILLS
def test_kill_9_then_rerun_duckdb(tmp_path, corpus, clean, mid_transaction):
    path, ids = corpus
    db = str(tmp_path / "crash.duckdb")
    second = _kill_and_rerun(db, path, mid_transaction)
    _check_store(db, ids, clean, second, mid_transaction)


@pytest.mark.postgres
@KILLS
def test_kill_9_then_rerun_postgres(corpus, clean, mid_transaction):
    path, ids = corpus
    with pg_schema() as db:
        second = _kill_and_rerun(db, path, mid_transaction)
        _check_store(db, ids, clean, second, mid_transaction)
