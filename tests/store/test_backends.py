"""Opening stores: URLs, one writer at a time, schema version, read-only queries."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from eventwire.store import StoreError, open_store


def test_one_writer_per_duckdb_file(tmp_path):
    db = tmp_path / "locked.duckdb"
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from eventwire.store import open_store; s = open_store(sys.argv[1]);"
         " print('open', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(db)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    open_store(db).close()  # free again once the writer has gone


def test_urls(tmp_path, monkeypatch):
    with pytest.raises(StoreError, match="unknown store URL"):
        open_store("sqlite:///x.db")
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "absent.duckdb", read_only=True)
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.duckdb"))
    with open_store() as s:
        assert s.url == str(tmp_path / "env.duckdb")
    assert (tmp_path / "env.duckdb").exists()
    with open_store(f"duckdb://{tmp_path / 'u.duckdb'}") as s:
        assert s.counts()["articles"] == 0


def test_not_a_store(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("these are not the droids", encoding="utf-8")
    with pytest.raises(StoreError, match="notes.duckdb"):
        open_store(bad)


def test_schema_version_is_checked(store):
    store._execute("UPDATE meta SET value = ? WHERE key = ?", ["999", "schema_version"])
    with pytest.raises(StoreError, match="schema version 999"):
        store.init_schema()


@pytest.mark.postgres
def test_postgres_one_writer_and_clear_connection_error():
    url = os.environ.get("EVENTWIRE_TEST_PG_URL")
    if not url:
        pytest.skip("EVENTWIRE_TEST_PG_URL is not set")
    from ._pg import pg_schema_store

    fresh = pg_schema_store(url)
    a = next(fresh)
    b = open_store(a.url)
    try:
        a.acquire_writer()
        with pytest.raises(StoreError, match="another eventwire ingest"):
            b.acquire_writer()
        a.release_writer()
        b.acquire_writer()
        b.release_writer()
    finally:
        b.close()
        fresh.close()  # closes a and drops its schema
    with pytest.raises(StoreError, match="cannot connect") as err:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    assert "secret" not in str(err.value)  # the password is not echoed


def test_both_backends_satisfy_the_store_protocol(store):
    from eventwire.store import Store

    assert isinstance(store, Store)
