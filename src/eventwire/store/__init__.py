"""The event store: articles, mentions and story-level events in DuckDB or PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.store.base import SQLStore, Store, StoredArticle, StoreError

DEFAULT_DB = "eventwire.duckdb"

__all__ = ["DEFAULT_DB", "SQLStore", "Store", "StoreError", "StoredArticle", "open_store"]


def open_store(url: str | Path | None = None, *, read_only: bool = False) -> SQLStore:
    """Open (creating if needed) the store at ``url``.

    ``None`` -> ``$EVENTWIRE_DB`` or ``eventwire.duckdb`` in the working folder; a path or
    ``duckdb:///path`` -> DuckDB; ``:memory:`` -> an in-memory DuckDB;
    ``postgresql://...`` -> PostgreSQL. ``read_only`` opens an existing store for queries.
    """
    target = str(url) if url is not None else os.environ.get("EVENTWIRE_DB") or DEFAULT_DB
    if target.startswith(("postgresql://", "postgres://")):
        from eventwire.store.postgres_store import PostgresStore

        return PostgresStore(target, read_only=read_only)
    if target.startswith("duckdb://"):
        target = target.removeprefix("duckdb://") or ":memory:"
    if "://" in target:
        raise StoreError(f"{target}: unknown store URL (use a file path or postgresql://...)")
    from eventwire.store.duckdb_store import DuckDBStore

    return DuckDBStore(target, read_only=read_only)
