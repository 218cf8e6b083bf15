"""Helpers of the robustness tests: generated corpora as JSONL, `eventwire ingest` run as a
real subprocess (whose progress lines can be waited for), and PostgreSQL test schemas."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.generated_articles import generate

PROGRESS = "ingest: "


def write_corpus(path: Path, n: int, *, seed: int = 9) -> list[str]:
    """``n`` generated English articles with distinct texts as JSONL at ``path``; returns
    their ids."""
    seen: set[str] = set()
    arts = [a for a in generate(2 * n, seed=seed, languages=("en",))
            if a.text not in seen and not seen.add(a.text)][:n]  # fmt: skip
    assert len(arts) == n
    with path.open("w", encoding="utf-8") as fh:
        for a in arts:
            row = {"id": a.id, "text": a.text, "title": a.title, "language": "en",
                   "published": a.published}  # fmt: skip
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return [a.id for a in arts]


def ingest_command(inputs: list[str], db: str, *extra: str) -> list[str]:
    """``python -m eventwire ingest ...``: one worker, small batches, progress lines."""
    return [sys.executable, "-m", "eventwire", "ingest", *inputs, "--db", db, "--workers",
            "1", "--batch-size", "4", "--progress", "--json", *extra]  # fmt: skip


#: Runs the real CLI, but pauses inside the write transaction once the store has added
#: ``argv[1]`` articles in this process (and says so on stderr): a kill then lands
#: mid-transaction, with part of a batch written and not committed.
PAUSE_IN_TRANSACTION = """
import sys, time
from eventwire.store.base import SQLStore
real, added, after = SQLStore.add_article, [0], int(sys.argv[1])
def add_article(self, *args, **kwargs):
    got = real(self, *args, **kwargs)
    added[0] += 1
    if added[0] == after:
        print(f"in-transaction: {added[0]} articles added", file=sys.stderr, flush=True)
        time.sleep(60)
    return got
SQLStore.add_article = add_article
sys.argv = ["eventwire", *sys.argv[2:]]
from eventwire.cli import main
main()
"""
IN_TRANSACTION = "in-transaction: "


def paused_command(after: int, inputs: list[str], db: str) -> list[str]:
    """:func:`ingest_command` pausing inside a transaction after ``after`` articles."""
    return [sys.executable, "-c", PAUSE_IN_TRANSACTION, str(after),
            *ingest_command(inputs, db)[3:]]  # fmt: skip


class Ingest:
    """A running ``eventwire ingest`` whose stderr lines are read as they come."""

    def __init__(self, cmd: list[str], cwd: Path | None = None) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, prefix: str, timeout: float = 60.0) -> str:
        """Block until a stderr line starts with ``prefix``; returns it."""
        end = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {prefix!r} after {timeout} s: {self.stderr}") from None
            if line is None:
                raise AssertionError(f"ingest ended first: {''.join(self.stderr)}")
            if line.startswith(prefix):
                return line

    def wait_committed(self, at_least: int, timeout: float = 60.0) -> int:
        """Block until a progress line reports ``at_least`` inputs committed; returns the
        number reported."""
        while True:
            line = self.wait_for(PROGRESS, timeout)
            n = int(line[len(PROGRESS) :].split()[0].replace(",", ""))
            if n >= at_least:
                return n

    def kill(self) -> int:
        """SIGKILL (kill -9): no handler, no cleanup, no flush."""
        os.kill(self.proc.pid, signal.SIGKILL)
        return self.proc.wait(timeout=30)

    def finish(self, timeout: float = 120.0) -> tuple[int, str, str]:
        """Wait for the end: ``(returncode, stdout, stderr)``."""
        out, _ = self.proc.communicate(timeout=timeout)
        self._reader.join(timeout=10)
        return self.proc.returncode, out, "".join(self.stderr)


def pg_url() -> str:
    url = os.environ.get("EVENTWIRE_TEST_PG_URL")
    if not url:
        pytest.skip("EVENTWIRE_TEST_PG_URL is not set (no PostgreSQL test server)")
    return url


@contextmanager
def pg_schema(prefix: str = "ewrob_") -> Iterator[str]:
    """A store URL on a fresh schema of the test PostgreSQL (dropped afterwards)."""
    import psycopg
    from psycopg import sql

    url = pg_url()
    schema = prefix + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app: object) -> Iterator[str]:
    """``app`` served by uvicorn on a local port, in a thread; yields its base URL."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")  # type: ignore[arg-type]
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    end = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > end or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
