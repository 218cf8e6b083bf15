"""The API keeps answering, consistently, while an ingest writes to the same store.

- PostgreSQL: a real `eventwire ingest` subprocess writes while the API reads from threads.
- DuckDB (one process holds the file): the supported way is to write through the server
  (`POST /api/articles`) while GET requests run in threads; a second writing process gets a
  clear message naming the lock, and the store stays whole.
- Each API request reads one snapshot of the store (a page and its total agree).

"Consistent" here: a page lists as many events as its total says, every listed event opens
with its mentions and every article it names opens, places never count more events than the
total, and the store only grows between responses.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from eventwire.store import open_store
from eventwire.web import create_app

from ._helpers import Ingest, ingest_command, pg_schema, serve, write_corpus

TOKEN = "concurrency-token-0123456789"


class Reader:
    """Reads the API in a loop from one thread and checks every response."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.seen: list[dict[str, int]] = []
        self.errors: list[str] = []
        self.requests = 0

    def check_once(self, client: httpx.Client) -> None:
        info = client.get("/api/info").json()["store"]
        self.seen.append(info)
        page = client.get("/api/events", params={"limit": 1000}).json()
        self.requests += 2
        if page["total"] is None or page["total"] > 1000:
            return
        if not page["total"] == page["count"] == len(page["events"]):
            self.errors.append(f"page of {page['count']} events, total {page['total']}")
        for ev in page["events"][-2:]:  # the oldest: stable ids, cheap to open
            got = client.get(f"/api/events/{ev['story_id']}")
            self.requests += 1
            if got.status_code != 200:
                self.errors.append(f"{ev['story_id']}: {got.status_code}")
                continue
            body = got.json()
            if not body["mentions"]:
                self.errors.append(f"{ev['story_id']}: no mentions")
            for art in body["articles"]:
                r = client.get(f"/api/articles/{art['id']}")
                self.requests += 1
                if r.status_code != 200 or not r.json()["text"]:
                    self.errors.append(f"article {art['id']}: {r.status_code}")
        places = client.get("/api/places").json()
        self.requests += 1
        if sum(p["events"] for p in places["places"]) > places["events"]:
            self.errors.append(f"places count more than {places['events']} events")

    def run(self, until: Callable[[], bool]) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            while not until():
                try:
                    self.check_once(client)
                except Exception as exc:  # noqa: BLE001  (reported by the test)
                    self.errors.append(f"{type(exc).__name__}: {exc}")


def _read_while(base: str, busy: Callable[[], bool], threads: int = 2) -> list[Reader]:
    readers = [Reader(base) for _ in range(threads)]
    workers = [threading.Thread(target=r.run, args=(lambda: not busy(),)) for r in readers]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=180)
    return readers


def _check(readers: list[Reader], total: int) -> None:
    """No reader saw an error; the store only grew under each; some read saw it half full."""
    for r in readers:
        assert not r.errors, r.errors[:5]
        for key in ("articles", "mentions", "events"):
            got = [s[key] for s in r.seen]
            assert got == sorted(got), (key, got)
    assert sum(r.requests for r in readers) > 10
    during = [s["articles"] for r in readers for s in r.seen]
    assert any(0 < n < total for n in during), during  # the reads overlapped the writes


@pytest.mark.postgres
def test_postgres_api_reads_while_an_ingest_subprocess_writes(tmp_path):
    path = tmp_path / "articles.jsonl"
    ids = write_corpus(path, 32)
    with pg_schema("ewconc_") as db:
        open_store(db).close()  # the schema exists before the server opens it read-only
        ingest = Ingest(ingest_command([str(path)], db))
        with serve(create_app(db=db)) as base:
            readers = _read_while(base, lambda: ingest.proc.poll() is None)
            code, out, err = ingest.finish()
            assert code == 0, err
            assert f'"stored": {len(ids)}' in out, out + err
            with httpx.Client(base_url=base) as client:
                final = client.get("/api/info").json()["store"]
        assert final["articles"] == len(ids)
        _check(readers, len(ids))


def test_duckdb_api_writes_while_reads_run_in_threads(tmp_path):
    from tests.generated_articles import generate

    db = str(tmp_path / "served.duckdb")
    arts = generate(16, seed=5, languages=("en",))
    batches = [arts[i : i + 4] for i in range(0, len(arts), 4)]
    app = create_app(db=db, token=TOKEN)
    results: list[Any] = []
    with serve(app) as base:
        done = threading.Event()

        def write() -> None:
            try:
                with httpx.Client(base_url=base, timeout=120) as c:
                    for batch in batches:
                        body = {"articles": [{"id": a.id, "text": a.text, "language": "en",
                                              "published": a.published} for a in batch]}  # fmt: skip
                        r = c.post("/api/articles", json=body,
                                   headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
                        results.append((r.status_code, r.json()))
            finally:
                done.set()

        writer = threading.Thread(target=write)
        writer.start()
        readers = _read_while(base, lambda: not done.is_set())
        writer.join(timeout=180)
        # a second process cannot write (nor read) the file the server holds: a clear message
        for cmd in (
            [sys.executable, "-m", "eventwire", "ingest", "-", "--db", db, "--no-progress"],
            [sys.executable, "-m", "eventwire", "events", "--db", db],
        ):
            other = subprocess.run(cmd, input="A text.", capture_output=True, text=True,
                                   timeout=60)  # fmt: skip
            assert other.returncode == 1, other.stderr
            assert "in use by another process" in other.stderr and "lock" in other.stderr
            assert "Traceback" not in other.stderr
        with httpx.Client(base_url=base) as client:  # still answering, with everything
            final = client.get("/api/info").json()["store"]
    assert [code for code, _ in results] == [200] * len(batches), results
    stored = sum(body["run"]["stored"] + body["run"]["duplicate"] for _, body in results)
    assert stored == len(arts) == final["articles"]
    _check(readers, len(arts))
    # the store is whole once the server has gone: every article, its events, one run each
    with open_store(db, read_only=True) as store:
        got = store.counts()
        assert got["articles"] == final["articles"]
        assert got["runs"] == len(batches)
        assert not store.rows(
            "SELECT a.article_id FROM articles a WHERE a.n_events <>"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id)"
        )


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_connections(request, tmp_path):  # noqa: ANN001, ANN201
    """A writer store and a second connection reading the same store."""
    if request.param == "duckdb":
        writer = open_store(tmp_path / "snap.duckdb")
        reader = type(writer).__new__(type(writer))
        reader.__dict__.update(writer.__dict__, con=writer.con.cursor(), _depth=0)
        yield writer, reader
        reader.con.close()
        writer.close()
        return
    with pg_schema("ewsnap_") as url:
        writer, reader = open_store(url), open_store(url, read_only=True)
        yield writer, reader
        reader.close()
        writer.close()


def test_a_request_reads_one_snapshot(two_connections):
    from eventwire.ingest import ingest_articles
    from tests.generated_articles import generate

    writer, reader = two_connections
    arts = generate(4, seed=3, languages=("en",))
    none: Callable[[Any], list] = lambda art: []  # noqa: E731
    ingest_articles(writer, arts[:2], extractor=none)
    with reader.snapshot():
        before = reader.counts()["articles"]
        ingest_articles(writer, arts[2:], extractor=none)  # committed meanwhile
        assert reader.counts()["articles"] == before == 2
    assert reader.counts()["articles"] == 4
