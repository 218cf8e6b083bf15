"""Security fixtures: the web app over a real store (in-memory DuckDB and, when
EVENTWIRE_TEST_PG_URL is set, a fresh PostgreSQL schema) holding the web tests' hand-read
articles, one of them an XSS probe."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from eventwire.store.base import SQLStore
from eventwire.web import create_app
from tests.web import _fixture

TOKEN = "security-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


BACKENDS = ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    """A store holding the fixture articles (seed, sanctions, XSS probe) and their events."""
    for store in _fixture.stores(request.param, "ewsec_"):
        _fixture.fill(store)
        yield store


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest) -> Iterator[SQLStore]:
    yield from _fixture.stores(request.param, "ewsec_")


def make_client(app):  # noqa: ANN001, ANN201
    """A TestClient that answers 500 instead of raising (a 500 is what a client would see)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(filled: SQLStore):  # noqa: ANN201
    """The app over the filled store, with writes enabled (token) and the scripted
    extractor (the hand-read records of the fixture articles)."""
    app = create_app(filled, token=TOKEN, extractor=_fixture.Scripted())
    with make_client(app) as c:
        yield c


def snapshot(store: SQLStore) -> dict[str, int]:
    """Row counts of every table: a probe must leave them as they were."""
    tables = ("articles", "mentions", "stories", "parties", "dyads", "runs", "run_inputs",
              "article_bands", "meta")  # fmt: skip
    return {t: int(store.rows(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}  # noqa: S608
