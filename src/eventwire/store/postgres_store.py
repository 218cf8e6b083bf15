"""The same store in PostgreSQL (psycopg 3): ``--db postgresql://user@host/dbname``."""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from eventwire.store.base import SQLStore, StoreError

#: Advisory lock class held by the one writer (ingest); the second key is the schema's hash,
#: so that stores in different schemas of one database are written independently.
WRITER_LOCK = zlib.crc32(b"eventwire-writer") & 0x7FFFFFFF
_LOCK_SQL = "SELECT pg_{}advisory_{}(%s, hashtext(coalesce(current_schema(), '')))"


class PostgresStore(SQLStore):
    """A store in a PostgreSQL database; one ingest writes at a time (advisory lock)."""

    paramstyle = "%s"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError(
                "PostgreSQL stores need psycopg: pip install 'eventwire[postgres]'"
            ) from None
        self.url = url
        try:
            self.con = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"{_safe(url)}: cannot connect: {exc}".strip()) from None
        self._depth = 0
        self._locked = False
        if not read_only:
            self.init_schema()

    @staticmethod
    def _sql(sql: str) -> str:
        # our statements are constants with '?' placeholders and no '?' or '%' literals
        return sql.replace("%", "%%").replace("?", "%s")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(self._sql(sql), list(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.con.cursor() as cur:
                cur.executemany(self._sql(sql), [list(r) for r in rows])

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.con.execute(self._sql(sql), list(params)).fetchall()

    def columns_rows(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(self._sql(sql), list(params))
        cols = [d.name for d in cur.description or []]
        return cols, cur.fetchall()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._depth += 1
        try:
            if self._depth == 1:
                with self.con.transaction():
                    yield
            else:
                yield
        finally:
            self._depth -= 1

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the store (a read-only REPEATABLE READ
        transaction), whatever an ingest commits meanwhile."""
        self._depth += 1
        try:
            if self._depth == 1:
                with self.con.transaction():
                    self.con.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    yield
            else:
                yield
        finally:
            self._depth -= 1

    def acquire_writer(self) -> None:
        """Take the one-writer lock of this store (database and schema), or raise StoreError
        when another ingest holds it. A writer killed outright releases it: the server ends
        its session."""
        got = self.con.execute(_LOCK_SQL.format("try_", "lock"), [WRITER_LOCK]).fetchone()
        if not got or not got[0]:
            raise StoreError(
                f"{_safe(self.url)}: another eventwire ingest is writing to this store (it "
                "holds the writer lock); wait for it to finish"
            )
        self._locked = True

    def release_writer(self) -> None:
        """Release the one-writer lock."""
        if self._locked:
            self.con.execute(_LOCK_SQL.format("", "unlock"), [WRITER_LOCK])
            self._locked = False

    def close(self) -> None:
        self.release_writer()
        self.con.close()


def _safe(url: str) -> str:
    """The URL without its password (for messages)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
