"""Throw-away stores for tests (in-memory DuckDB, or a new schema in the test PostgreSQL
server), shared by the store, web and security tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from eventwire.store import open_store
from eventwire.store.base import SQLStore


def pg_schema_store(url: str, prefix: str = "ewtest_") -> Iterator[SQLStore]:
    """A store on a new schema ``prefix...`` of the server at ``url``, dropped afterwards."""
    import psycopg
    from psycopg import sql

    schema = prefix + uuid.uuid4().hex[:12]
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


def fresh_store(kind: str, prefix: str = "ewtest_") -> Iterator[SQLStore]:
    """One fresh store: in-memory DuckDB, or a new schema ``prefix...`` in the test
    PostgreSQL (``EVENTWIRE_TEST_PG_URL``; skipped when unset), dropped afterwards."""
    if kind == "duckdb":
        s = open_store(":memory:")
        try:
            yield s
        finally:
            s.close()
        return
    url = os.environ.get("EVENTWIRE_TEST_PG_URL")
    if not url:
        pytest.skip("EVENTWIRE_TEST_PG_URL is not set (no PostgreSQL test server)")
    yield from pg_schema_store(url, prefix)
