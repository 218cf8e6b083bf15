"""Store fixtures: every store test runs on DuckDB and, when EVENTWIRE_TEST_PG_URL is set, on
a real PostgreSQL server (a fresh schema per test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventwire.store.base import SQLStore

from ._pg import fresh_store


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    """An empty store: in-memory DuckDB, or a fresh schema in the test PostgreSQL."""
    yield from fresh_store(request.param)
