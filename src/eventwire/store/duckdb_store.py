"""The default store: an embedded DuckDB file (``eventwire.duckdb``) or ``:memory:``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwire.store.base import SQLStore, StoreError

_INSERT_VALUES = re.compile(r"^(INSERT INTO [^;]+? VALUES )(\((?:\?, )*\?\))$", re.S)
_CHUNK = 256
_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")


class DuckDBStore(SQLStore):
    """A store in one DuckDB file; DuckDB itself allows one writing process at a time."""

    def __init__(self, path: str | Path = "eventwire.duckdb", *, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        self.url = self.path
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run `eventwire ingest` first)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                holder = _LOCK_HOLDER.search(msg)
                who = f" (PID {holder.group(1)})" if holder else ""
                raise StoreError(
                    f"{self.path}: the store is in use by another process{who}: its file lock "
                    "is held, and DuckDB lets one process write a store (or several read it) "
                    "at a time; wait for it to finish, or write through it (`eventwire serve` "
                    "with a token: POST /api/articles), or use PostgreSQL to ingest while "
                    "serving"
                ) from None
            raise StoreError(f"{self.path}: cannot open the store: {msg}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a DuckDB store ({exc})") from None
        self._depth = 0
        if not read_only:
            self.init_schema()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, list(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        m = _INSERT_VALUES.match(sql)
        if m is None:
            self.con.executemany(sql, [list(r) for r in rows])
            return
        # one multi-row INSERT per chunk (DuckDB's executemany runs row by row): the SQL
        # repeats the statement's own placeholder tuple; values stay parameters
        head, one = m.groups()
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i : i + _CHUNK]
            self.con.execute(head + ", ".join([one] * len(chunk)), [v for r in chunk for v in r])

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.con.execute(sql, list(params)).fetchall()

    def iter_rows(self, sql: str, params: Sequence[Any] = (), size: int = 5000) -> Iterator[tuple]:
        cur = self.con.cursor()  # its own cursor: other queries may run while this one streams
        try:
            cur.execute(sql, list(params))
            while batch := cur.fetchmany(size):
                yield from batch
        finally:
            cur.close()

    def columns_rows(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return cols, cur.fetchall()

    def df(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, list(params)).df()

    def arrow(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rel = self.con.sql(sql, params=list(params))
        fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
        table = fetch()
        return table.read_all() if hasattr(table, "read_all") else table

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.con.execute("ROLLBACK")
            raise
        self._depth = 0
        self.con.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the store (a transaction, rolled back at the end),
        whatever another connection commits meanwhile."""
        if self._depth:
            yield
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        finally:
            self._depth = 0
            self.con.execute("ROLLBACK")

    def close(self) -> None:
        self.con.close()
