"""Web fixtures: a real app over a real store (in-memory DuckDB, and a fresh schema in the
test PostgreSQL when EVENTWIRE_TEST_PG_URL is set), filled with the hand-read fixture."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from eventwire.store.base import SQLStore

from . import _fixture

TOKEN = "test-token-0123456789abcdef"


BACKENDS = ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    """A store holding the fixture articles and their hand-read events."""
    for store in _fixture.stores(request.param, "ewweb_"):
        _fixture.fill(store)
        yield store


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    """A fresh, empty store."""
    yield from _fixture.stores(request.param, "ewweb_")


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
