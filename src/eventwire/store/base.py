"""The Store protocol and the SQL both backends share (DuckDB default, PostgreSQL).

Every statement is a constant written with ``?`` placeholders; backends translate the
placeholder style, never the values. Nothing builds SQL from data.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlparse

from eventwire import cluster
from eventwire.article import Article
from eventwire.records import EventRecord

SCHEMA_VERSION = "2"


class StoreError(RuntimeError):
    """A store problem with a message fit for the user (bad URL, locked file, old schema)."""


@runtime_checkable
class Store(Protocol):
    """What ingest, query, export, the CLI and the web app need from a store."""

    url: str

    def close(self) -> None: ...

    def transaction(self) -> Any: ...

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]: ...

    def columns_rows(
        self, sql: str, params: Sequence[Any] = ()
    ) -> tuple[list[str], list[tuple]]: ...

    def df(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def arrow(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def find_article(self, content_hash: str) -> str | None: ...

    def lookup_articles(
        self, hashes: Sequence[str], ids: Sequence[str]
    ) -> tuple[dict[str, str], dict[str, str]]: ...

    def add_article(
        self, art: Article, records: list[EventRecord], run_id: str
    ) -> StoredArticle: ...

    def story(self, story_id: str) -> dict[str, Any] | None: ...

    def mentions(self, story_id: str) -> list[dict[str, Any]]: ...

    def runs(self) -> Any: ...

    def run_inputs(self, run_id: str, status: str | None = None) -> Any: ...


@dataclass
class StoredArticle:
    """What storing one article did: its id, its mentions' stories, its near-duplicate."""

    article_id: str
    n_events: int
    stories: list[str]
    near_duplicate_of: str | None = None


def source_name(art: Article) -> str | None:
    """The outlet an article comes from: ``meta['source_name']``/``meta['outlet']``, else the
    URL's host (without ``www.``)."""
    for key in ("source_name", "outlet", "site_name", "sitename"):
        value = (art.meta or {}).get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    if art.url:
        host = urlparse(art.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def published_date(value: str | None) -> dt.date | None:
    """The first day of a partial ISO publication date."""
    return cluster.iso_interval(value)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


class SQLStore:
    """Store logic on top of five primitives each backend provides (see the abstract methods)."""

    url: str = ""
    #: Placeholder style of the driver: ``?`` (DuckDB) or ``%s`` (psycopg).
    paramstyle = "?"

    # -- backend primitives -------------------------------------------------------------
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """All rows of a query."""
        raise NotImplementedError

    def columns_rows(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        """Column names and rows of a query."""
        raise NotImplementedError

    def iter_rows(self, sql: str, params: Sequence[Any] = (), size: int = 5000) -> Iterator[tuple]:
        """The rows of a query, fetched ``size`` at a time where the backend can."""
        yield from self.rows(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction: everything inside is stored together or not at all."""
        raise NotImplementedError
        yield  # pragma: no cover

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the store (backends override this with a
        read transaction; by default, a transaction)."""
        with self.transaction():
            yield

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    # -- results as tables --------------------------------------------------------------
    def df(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """A query's result as a pandas DataFrame."""
        import pandas as pd

        cols, rows = self.columns_rows(sql, params)
        return pd.DataFrame.from_records(rows, columns=cols)

    def arrow(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """A query's result as a pyarrow Table."""
        import pyarrow as pa

        cols, rows = self.columns_rows(sql, params)
        return pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------
    def init_schema(self) -> None:
        """Create the tables (idempotent) after checking the schema version of a stored one."""
        self._execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        found = self.rows("SELECT value FROM meta WHERE key = ?", ["schema_version"])
        if found and found[0][0] != SCHEMA_VERSION:
            raise StoreError(
                f"{self.url}: store schema version {found[0][0]}, this eventwire reads "
                f"version {SCHEMA_VERSION}; ingest into a new store"
            )
        sql = resources.files("eventwire.store").joinpath("schema.sql").read_text("utf-8")
        for stmt in _statements(sql):
            self._execute(stmt)
        if not found:
            self._execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)", ["schema_version", SCHEMA_VERSION]
            )

    # -- articles -----------------------------------------------------------------------
    def find_article(self, content_hash: str) -> str | None:
        """The id of the stored article with this text hash, if any."""
        got = self.rows("SELECT article_id FROM articles WHERE content_hash = ?", [content_hash])
        return got[0][0] if got else None

    def article_hash(self, article_id: str) -> str | None:
        """The text hash of the stored article with this id, if any."""
        got = self.rows("SELECT content_hash FROM articles WHERE article_id = ?", [article_id])
        return got[0][0] if got else None

    def lookup_articles(
        self, hashes: Sequence[str], ids: Sequence[str]
    ) -> tuple[dict[str, str], dict[str, str]]:
        """Stored articles with these text hashes or ids: ``({hash: id}, {id: hash})``."""
        by_hash: dict[str, str] = {}
        by_id: dict[str, str] = {}
        if not hashes and not ids:
            return by_hash, by_id
        hashes, ids = list(hashes) or [""], list(ids) or [""]
        sql = (
            "SELECT article_id, content_hash FROM articles WHERE content_hash IN"
            f" ({', '.join('?' for _ in hashes)}) OR article_id IN ({', '.join('?' for _ in ids)})"
        )
        for aid, h in self.rows(sql, [*hashes, *ids]):
            by_hash[h] = aid
            by_id[aid] = h
        return by_hash, by_id

    def add_article(
        self,
        art: Article,
        records: list[EventRecord],
        run_id: str,
        *,
        sim: cluster.TextSimilarity | None = None,
    ) -> StoredArticle:
        """Store one article, its mentions and their stories (call inside a transaction)."""
        sig = cluster.minhash(art.text)
        near, near_score = self._near_duplicate(sig)
        band_rows = [(b, art.id) for b in cluster.bands(sig)]
        reported = published_date(art.published)
        outlet = source_name(art)
        self._execute(
            "INSERT INTO articles (article_id, content_hash, title, url, language, published,"
            " published_date, source_name, input_source, near_duplicate_of,"
            " near_duplicate_score, minhash, n_events, run_id, ingested_at, meta, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                art.id,
                art.content_hash(),
                art.title,
                art.url,
                art.language,
                art.published,
                reported,
                outlet,
                art.source,
                near,
                near_score,
                cluster.encode_signature(sig),
                len(records),
                run_id,
                dt.datetime.now(dt.UTC).replace(tzinfo=None),
                json.dumps(art.meta or {}, ensure_ascii=False, default=str),
                art.text,
            ],
        )
        self._executemany("INSERT INTO article_bands (band, article_id) VALUES (?, ?)", band_rows)
        stories: list[str] = []
        seen: set[str] = set()
        for rec in records:
            if not rec.event_id or rec.event_id in seen:
                continue  # the same record twice in one article is one mention
            seen.add(rec.event_id)
            m = cluster.Mention(rec, art.id, reported, outlet)
            decision, story = self._place(m, near, sim)
            self._insert_mention(m, decision)
            self._write_story(story, replace=not decision.new)
            stories.append(decision.story_id)
        return StoredArticle(art.id, len(seen), stories, near)

    def _near_duplicate(self, sig: tuple[int, ...]) -> tuple[str | None, float | None]:
        keys = cluster.bands(sig)
        marks = ", ".join("?" for _ in keys)
        cands = self.rows(
            "SELECT a.article_id, a.minhash FROM articles a WHERE a.article_id IN "
            f"(SELECT article_id FROM article_bands WHERE band IN ({marks}))",  # noqa: S608
            keys,
        )
        best: tuple[float, str] | None = None
        for aid, text in sorted(cands):
            score = cluster.signature_similarity(sig, cluster.decode_signature(text))
            if score >= cluster.NEAR_DUP_THRESHOLD and (best is None or score > best[0]):
                best = (score, aid)
        return (best[1], best[0]) if best else (None, None)

    # -- clustering ---------------------------------------------------------------------
    def _assign(
        self, m: cluster.Mention, near: str | None, sim: cluster.TextSimilarity | None
    ) -> tuple[cluster.Decision, list[cluster.Story]]:
        rec = m.record
        key = cluster.fact_key(rec)
        ids: set[str] = set()
        win = m.interval
        if win:
            lo = win[0] - dt.timedelta(days=cluster.DAY_SLACK)
            hi = win[1] + dt.timedelta(days=cluster.DAY_SLACK)
            keys = sorted(cluster.parties(rec.actor) | cluster.parties(rec.recipient))
            if keys:
                # a story with parties is a candidate only if it shares one (see parties_compatible)
                marks = ", ".join("?" for _ in keys)
                sql = (
                    "SELECT s.story_id FROM stories s WHERE s.event_type = ? AND s.fact_key = ?"
                    " AND s.date_start <= ? AND s.date_end >= ? AND (s.actor_text = ''"
                    " AND s.recipient_text = '' OR s.story_key IN (SELECT p.story_key FROM"
                    f" parties p WHERE p.party IN ({marks})))"
                )
                params: list[Any] = [rec.event_type, key, hi, lo, *keys]
            else:
                sql = (
                    "SELECT story_id FROM stories WHERE event_type = ? AND fact_key = ?"
                    " AND date_start <= ? AND date_end >= ?"
                )
                params = [rec.event_type, key, hi, lo]
            ids.update(r[0] for r in self.rows(sql, params))
        if near:
            ids.update(
                r[0]
                for r in self.rows(
                    "SELECT DISTINCT s.story_id FROM mentions m JOIN stories s"
                    " ON s.story_id = m.story_id WHERE m.article_id = ?"
                    " AND s.event_type = ? AND s.fact_key = ?",
                    [near, rec.event_type, key],
                )
            )
        # with no date at all, only reports in a near-duplicate article are candidates
        candidates = [self._load_story(sid) for sid in sorted(ids)]
        return cluster.assign(m, candidates, sim), candidates

    def _place(
        self, m: cluster.Mention, near: str | None, sim: cluster.TextSimilarity | None
    ) -> tuple[cluster.Decision, cluster.Story]:
        """The decision for ``m`` and its story with ``m`` added (not yet written)."""
        decision, candidates = self._assign(m, near, sim)
        story = next((s for s in candidates if s.story_id == decision.story_id), None)
        story = story or cluster.Story(decision.story_id)
        story.mentions.append(m)
        return decision, story

    def recluster(self, sim: cluster.TextSimilarity | None = None) -> int:
        """Rebuild every story from the stored mentions in a canonical order (publication
        date, article id, mention id), so that the result does not depend on the order in
        which articles arrived. Returns the number of stories."""
        with self.transaction():
            rows = self.rows(
                "SELECT m.record, m.article_id, m.reported, a.source_name, a.near_duplicate_of"
                " FROM mentions m JOIN articles a ON a.article_id = m.article_id"
                " ORDER BY m.reported NULLS LAST, m.article_id, m.mention_id"
            )
            for table in ("stories", "parties", "dyads"):
                self._execute(f"DELETE FROM {table}")  # noqa: S608 (constant names)
            self._execute("UPDATE mentions SET story_id = ?", [""])
            for record, article_id, reported, outlet, near in rows:
                rec = EventRecord.from_dict(json.loads(record))
                m = cluster.Mention(rec, article_id, _date(reported), outlet)
                d, story = self._place(m, near, sim)
                self._execute(
                    "UPDATE mentions SET story_id = ?, cluster_why = ? WHERE mention_id = ?",
                    [d.story_id, d.reason, rec.event_id],
                )
                self._write_story(story, replace=not d.new)
            return int(self.rows("SELECT count(*) FROM stories")[0][0])

    def _load_story(self, story_id: str) -> cluster.Story:
        rows = self.rows(
            "SELECT m.record, m.article_id, m.reported, a.source_name FROM mentions m"
            " JOIN articles a ON a.article_id = m.article_id WHERE m.story_id = ?"
            " ORDER BY m.mention_id",
            [story_id],
        )
        story = cluster.Story(story_id)
        for record, article_id, reported, outlet in rows:
            rec = EventRecord.from_dict(json.loads(record))
            story.mentions.append(cluster.Mention(rec, article_id, _date(reported), outlet))
        return story

    def _insert_mention(self, m: cluster.Mention, d: cluster.Decision) -> None:
        rec = m.record
        ev = rec.evidence
        lo_hi = (
            (
                cluster.iso_interval(rec.date.start),
                cluster.iso_interval(rec.date.end or rec.date.start, end=True),
            )
            if cluster.stated(rec)
            else (None, None)
        )
        self._execute(
            "INSERT INTO mentions (mention_id, article_id, story_id, event_type, mode, cameo,"
            " is_symmetric, date_start, date_end, granularity, certainty, polarity, ftime,"
            " location_country, geonameid, confidence, reported, evidence_text, evidence_start,"
            " evidence_end, trigger_text, cluster_why, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                rec.event_id,
                m.article_id,
                d.story_id,
                rec.event_type,
                rec.mode,
                rec.cameo,
                bool(rec.symmetric),
                lo_hi[0],
                lo_hi[1],
                rec.date.granularity,
                rec.factuality.certainty,
                rec.factuality.polarity,
                rec.factuality.time,
                rec.location.country if rec.location else None,
                rec.location.geonameid if rec.location else None,
                float(rec.confidence),
                m.reported,
                ev.text if ev else None,
                ev.start if ev else None,
                ev.end if ev else None,
                ev.trigger.text if ev else None,
                d.reason,
                json.dumps(rec.to_dict(), ensure_ascii=False),
            ],
        )

    def _write_story(self, story: cluster.Story, replace: bool) -> None:
        """Write a story's row and filter indexes (replacing the stored ones)."""
        story_id = story.story_id
        key = cluster.story_key(story_id)
        rec = cluster.story_record(story)
        prov = rec["story"]
        interval = story.interval
        loc = rec.get("location") or {}
        fact = rec["factuality"]
        if replace:
            self._execute("DELETE FROM stories WHERE story_id = ?", [story_id])
            self._execute("DELETE FROM parties WHERE story_key = ?", [key])
            self._execute("DELETE FROM dyads WHERE story_key = ?", [key])
        self._execute(
            "INSERT INTO stories (story_id, story_key, event_type, mode, cameo, is_symmetric, actor_text,"
            " recipient_text, date_start, date_end, event_date, granularity, certainty,"
            " polarity, ftime, fact_key, location_name, location_country, geonameid,"
            " confidence, n_mentions, n_articles, n_sources, sources, first_report,"
            " last_report, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                story_id,
                key,
                rec["event_type"],
                rec["mode"],
                rec["cameo"],
                bool(rec["symmetric"]),
                _names(rec["actor"]),
                _names(rec["recipient"]),
                interval[0] if interval else None,
                interval[1] if interval else None,
                cluster.event_date(story),
                rec["date"]["granularity"],
                fact["certainty"],
                fact["polarity"],
                fact["time"],
                story.fact_key,
                loc.get("name"),
                loc.get("country"),
                loc.get("geonameid"),
                float(rec["confidence"]),
                prov["n_mentions"],
                prov["n_articles"],
                prov["n_sources"],
                "|".join(prov["sources"]),
                _date(prov["first_report"]),
                _date(prov["last_report"]),
                json.dumps(rec, ensure_ascii=False),
            ],
        )
        sides: dict[str, list[tuple[str, dict[str, Any]]]] = {"actor": [], "recipient": []}
        for role in sides:
            for a in rec[role]:
                party = cluster.party(_actor(a))
                if party:
                    sides[role].append((party, a))
        if rec["symmetric"]:  # roles are interchangeable: every party on both sides
            both = sides["actor"] + sides["recipient"]
            sides = {"actor": both, "recipient": both}
        party_rows = [
            (story_id, key, role, party, a.get("country"), a.get("sector"))
            for role, members in sides.items()
            for party, a in members
        ]
        pairs = {(x, y) for x, _ in sides["actor"] for y, _ in sides["recipient"]}
        if rec["symmetric"]:
            pairs = {(x, y) for x, y in pairs if x != y}
        if party_rows:
            self._executemany(
                "INSERT INTO parties (story_id, story_key, role, party, country, sector)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                party_rows,
            )
        if pairs:
            self._executemany(
                "INSERT INTO dyads (story_id, story_key, a, b) VALUES (?, ?, ?, ?)",
                [(story_id, key, x, y) for x, y in sorted(pairs)],
            )

    # -- runs and their manifest ----------------------------------------------------------
    def start_run(self, inputs: Sequence[str], extractor_version: str) -> str:
        """Open a run (marking runs left ``running`` by a crash as ``interrupted``)."""
        run_id = dt.datetime.now(dt.UTC).strftime("run-%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6]
        with self.transaction():
            self._execute("UPDATE runs SET status = ? WHERE status = ?", ["interrupted", "running"])
            self._execute(
                "INSERT INTO runs (run_id, started_at, status, inputs, n_stored, n_duplicate,"
                " n_rejected, n_events, extractor_version) VALUES (?, ?, ?, ?, 0, 0, 0, 0, ?)",
                [
                    run_id,
                    dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    "running",
                    json.dumps(list(inputs), ensure_ascii=False),
                    extractor_version,
                ],
            )
        return run_id

    def record_inputs(self, run_id: str, rows: Sequence[Sequence[Any]]) -> None:
        """Add manifest rows ``(seq, input, article_id, status, reason, message, n_events)``."""
        if rows:
            self._executemany(
                "INSERT INTO run_inputs (run_id, seq, input, article_id, status, reason,"
                " message, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, *r) for r in rows],
            )

    def update_run(self, run_id: str, counts: dict[str, int], status: str | None = None) -> None:
        """Store a run's running totals (and its final status)."""
        params = [
            counts.get("stored", 0),
            counts.get("duplicate", 0),
            counts.get("rejected", 0),
            counts.get("events", 0),
        ]
        if status is None:
            self._execute(
                "UPDATE runs SET n_stored = ?, n_duplicate = ?, n_rejected = ?, n_events = ?"
                " WHERE run_id = ?",
                [*params, run_id],
            )
        else:
            self._execute(
                "UPDATE runs SET n_stored = ?, n_duplicate = ?, n_rejected = ?, n_events = ?,"
                " status = ?, finished_at = ? WHERE run_id = ?",
                [*params, status, dt.datetime.now(dt.UTC).replace(tzinfo=None), run_id],
            )

    def runs(self) -> Any:
        """Every run, newest first (DataFrame)."""
        return self.df(
            "SELECT run_id, started_at, finished_at, status, n_stored, n_duplicate,"
            " n_rejected, n_events, extractor_version, inputs FROM runs"
            " ORDER BY started_at DESC, run_id DESC"
        )

    def run_inputs(self, run_id: str, status: str | None = None) -> Any:
        """The manifest of one run: every input with its status (DataFrame)."""
        if status:
            return self.df(
                "SELECT seq, input, article_id, status, reason, message, n_events"
                " FROM run_inputs WHERE run_id = ? AND status = ? ORDER BY seq",
                [run_id, status],
            )
        return self.df(
            "SELECT seq, input, article_id, status, reason, message, n_events"
            " FROM run_inputs WHERE run_id = ? ORDER BY seq",
            [run_id],
        )

    # -- records --------------------------------------------------------------------------
    def story(self, story_id: str) -> dict[str, Any] | None:
        """A story's record (with provenance), or None."""
        got = self.rows("SELECT record FROM stories WHERE story_id = ?", [story_id])
        return json.loads(got[0][0]) if got else None

    def story_of_mention(self, mention_id: str) -> str | None:
        """The story a mention belongs to, or None."""
        got = self.rows("SELECT story_id FROM mentions WHERE mention_id = ?", [mention_id])
        return got[0][0] if got else None

    def mentions(self, story_id: str) -> list[dict[str, Any]]:
        """The mentions of a story: record, clustering reason, article title/url/published."""
        rows = self.rows(
            "SELECT m.record, m.cluster_why, a.title, a.url, a.published, a.source_name"
            " FROM mentions m JOIN articles a ON a.article_id = m.article_id"
            " WHERE m.story_id = ? ORDER BY m.reported, m.mention_id",
            [story_id],
        )
        out = []
        for record, why, title, url, published, outlet in rows:
            out.append(
                {
                    "record": json.loads(record),
                    "cluster_why": why,
                    "title": title,
                    "url": url,
                    "published": published,
                    "source_name": outlet,
                }
            )
        return out

    def counts(self) -> dict[str, int]:
        """Numbers of articles, mentions, stories and runs."""
        out = {}
        for table in ("articles", "mentions", "stories", "runs"):
            out[table] = self.rows(f"SELECT count(*) FROM {table}")[0][0]  # noqa: S608 (constant)
        return out


def _names(actors: list[dict[str, Any]]) -> str:
    # the same fields as cluster.party: empty exactly when no actor has a party key
    names = (a.get("name") or a.get("raw_text") or a.get("country") for a in actors)
    return "; ".join(n for n in names if n)


def _actor(data: dict[str, Any]) -> Any:
    from eventwire.records import Actor

    return Actor.from_dict(data)


def _statements(sql: str) -> list[str]:
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
