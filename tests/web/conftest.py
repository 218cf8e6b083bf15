"""Web fixtures: a real app over a real store (in-memory DuckDB, and a fresh schema in the
test PostgreSQL when EVENTWIRE_TEST_PG_URL is set), filled with the hand-read fixture."""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Iterator

import pytest

from eventwire.store import open_store
from eventwire.store.base import SQLStore

from . import _fixture

TOKEN = "test-token-0123456789abcdef"


def _pg_store(url: str) -> Iterator[SQLStore]:
    import psycopg
    from psycopg import sql

    schema = "ewweb_" + uuid.uuid4().hex[:12]
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


def _stores(kind: str) -> Iterator[SQLStore]:
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
    yield from _pg_store(url)


BACKENDS = ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    """A store holding the fixture articles and their hand-read events."""
    for store in _stores(request.param):
        _fixture.fill(store)
        yield store


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    """A fresh, empty store."""
    yield from _stores(request.param)


def make_client(app):  # noqa: ANN001, ANN201
    """A TestClient (its httpx deprecation notice silenced)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    return TestClient(app)


@pytest.fixture(scope="module")
def client(filled: SQLStore):  # noqa: ANN201
    """The app over the filled store, read-only (no token)."""
    from eventwire.web import create_app

    with make_client(create_app(filled)) as c:
        yield c
