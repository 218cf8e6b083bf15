"""kill -9 during `eventwire ingest`, then the same command again: every article is stored
exactly once with all its events, and the last run's manifest accounts for every input
(DuckDB and PostgreSQL, real subprocesses).

Per store, three runs of the same command: the first killed between batches (once a progress
line says two batches are committed), the second killed inside a write transaction (the
command with a pause after the second article of its third batch is written, not yet
committed), the third left to finish."""

from __future__ import annotations

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
BATCH = 4
KILL_AFTER = 8  # between batches: once at least 2 batches are committed
IN_BATCH = 10  # inside a transaction: the 2nd new article of the 3rd batch written


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


def _kill_kill_finish(db: str, path: Path) -> None:
    cmd = ingest_command([str(path)], db)
    between = Ingest(cmd)
    assert between.wait_committed(KILL_AFTER) <= N - 3 * BATCH
    assert between.kill() == -9  # killed, not finished
    inside = Ingest(paused_command(IN_BATCH, [str(path)], db))
    inside.wait_for(IN_TRANSACTION)
    assert inside.kill() == -9
    code, _, err = Ingest(cmd).finish()
    assert code == 0, err
    assert "Traceback" not in err


def _check_store(db: str, ids: list[str], clean: dict[str, set[str]]) -> None:
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
        assert list(runs.status) == ["interrupted", "interrupted", "complete"]
        first, second, last = (store.run_inputs(r) for r in runs.run_id)
        # a killed run keeps whole batches: every input of a committed batch, nothing more
        assert len(first) % BATCH == 0 and len(first) >= KILL_AFTER
        assert Counter(first.status) == {"stored": len(first)}
        assert Counter(second.status) == {
            "duplicate": len(first),
            "stored": IN_BATCH - IN_BATCH % BATCH,
        }
        assert (
            int(runs.n_stored.iloc[1]) == IN_BATCH - IN_BATCH % BATCH
        )  # the third batch left nothing
        # the last run accounts for every input: stored now, or by a killed run
        assert list(last.seq) == list(range(1, N + 1))
        assert sorted(last.article_id) == sorted(ids)
        before = set(first.article_id) | set(second.article_id)
        assert set(last[last.status == "duplicate"].article_id) == before
        assert Counter(last.status) == {"duplicate": len(before), "stored": N - len(before)}


def test_kill_9_twice_then_finish_duckdb(tmp_path, corpus, clean):
    path, ids = corpus
    db = str(tmp_path / "crash.duckdb")
    _kill_kill_finish(db, path)
    _check_store(db, ids, clean)


@pytest.mark.postgres
def test_kill_9_twice_then_finish_postgres(corpus, clean):
    path, ids = corpus
    with pg_schema() as db:
        _kill_kill_finish(db, path)
        _check_store(db, ids, clean)
