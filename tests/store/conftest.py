"""Store fixtures: every store test runs on DuckDB and, when EVENTWIRE_TEST_PG_URL is set, on
a real PostgreSQL server (a fresh schema per test)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from eventwire.store import open_store
from eventwire.store.base import SQLStore


def _pg_store(url: str) -> Iterator[SQLStore]:
    import psycopg
    from psycopg import sql

    schema = "ewtest_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    sep = "&" if "?" in url else "?"
    store = open_store(f"{url}{sep}options=-csearch_path%3D{schema}")
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    """An empty store: in-memory DuckDB, or a fresh schema in the test PostgreSQL."""
    if request.param == "duckdb":
        s = open_store(":memory:")
        try:
            yield s
        finally:
            s.close()
        return
    url = os.environ.get("EVENTWIRE_TEST_PG_URL")
    if not url:
        pytest.skip("EVENTWIRE_TEST_PG_URL is not set (no PostgreSQL test server)")
    yield from _pg_store(url)
