"""Read queries the web API needs beyond :mod:`eventwire.query`: cursor pages, the actor
network, events per place, automatic timeline periods, articles and their mentions.

Every query narrows the story table with the same :class:`~eventwire.query.EventFilter` the
CLI uses (``f.where()``); the SQL text is constant apart from ``?`` placeholders, and values
only ever travel as parameters.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from dataclasses import replace
from typing import Any

from eventwire import query
from eventwire.query import EventFilter, FilterError
from eventwire.store.base import SQLStore

#: Columns of an event list page (the CLI's columns plus ``is_symmetric``).
PAGE_COLUMNS: tuple[str, ...] = (*query.EVENT_COLUMNS, "is_symmetric")

#: Sort keys of each order: (column, descending, nullable); story_id last breaks ties.
_KEYS: dict[str, tuple[tuple[str, bool, bool], ...]] = {
    "date": (("s.event_date", True, True), ("s.story_id", False, False)),
    "date_asc": (("s.event_date", False, True), ("s.story_id", False, False)),
    "articles": (
        ("s.n_articles", True, False),
        ("s.event_date", True, True),
        ("s.story_id", False, False),
    ),
}
_ROW_INDEX = {"s.event_date": "event_date", "s.story_id": "story_id", "s.n_articles": "n_articles"}


class CursorError(FilterError):
    """A pagination cursor that is not one this server issued for this order."""


def encode_cursor(order: str, values: list[Any]) -> str:
    """An opaque cursor: the sort-key values of the last row of a page."""
    plain = [v.isoformat() if isinstance(v, dt.date) else v for v in values]
    raw = json.dumps([order, plain], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(order: str, cursor: str) -> list[Any]:
    """The sort-key values a cursor carries (checked against ``order``)."""
    keys = _KEYS[order]
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got_order, values = json.loads(raw)
    except (ValueError, TypeError, binascii.Error):
        raise CursorError("cursor: not a cursor issued by this server") from None
    if got_order != order or not isinstance(values, list) or len(values) != len(keys):
        raise CursorError(f"cursor: issued for another sort order than {order!r}")
    out: list[Any] = []
    for (col, _, nullable), v in zip(keys, values, strict=True):
        if v is None:
            if not nullable:
                raise CursorError("cursor: malformed")
            out.append(None)
        elif col == "s.event_date" and isinstance(v, str):
            try:
                out.append(dt.date.fromisoformat(v))
            except ValueError:
                raise CursorError("cursor: malformed date") from None
        elif col == "s.n_articles" and isinstance(v, int) and not isinstance(v, bool):
            out.append(v)
        elif col == "s.story_id" and isinstance(v, str):
            out.append(v)
        else:
            raise CursorError("cursor: malformed")
    return out


def _after(order: str, values: list[Any]) -> tuple[str, list[Any]]:
    """``(sql, params)``: rows strictly after ``values`` in ``order`` (keyset pagination)."""
    keys = _KEYS[order]
    ors: list[str] = []
    params: list[Any] = []
    for i, (col, desc, nullable) in enumerate(keys):
        v = values[i]
        if v is None:
            continue  # nothing sorts after NULL on this key (NULLS LAST) but on later keys
        ands: list[str] = []
        for j, (pcol, _, _) in enumerate(keys[:i]):
            pv = values[j]
            if pv is None:
                ands.append(f"{pcol} IS NULL")
            else:
                ands.append(f"{pcol} = ?")
                params.append(pv)
        cmp = f"{col} < ?" if desc else f"{col} > ?"
        params.append(v)
        if nullable:
            cmp = f"({cmp} OR {col} IS NULL)"
        ors.append("(" + " AND ".join([*ands, cmp]) + ")")
    return ("(" + " OR ".join(ors) + ")" if ors else "1=0"), params


def events_page(
    store: SQLStore, f: EventFilter, size: int, cursor: str | None = None
) -> tuple[list[str], list[tuple], str | None]:
    """One page of story-level events: ``(columns, rows, next_cursor)``."""
    where, params = f.where()
    if cursor:
        after, aparams = _after(f.order, decode_cursor(f.order, cursor))
        where = f"({where}) AND {after}"
        params = params + aparams
    page, pparams = replace(f, limit=size + 1, offset=0).page()
    cols = ", ".join(f"s.{c}" for c in PAGE_COLUMNS)
    sql = f"SELECT {cols} FROM stories s WHERE {where}{page}"
    names, rows = store.columns_rows(sql, params + pparams)
    nxt = None
    if len(rows) > size:
        rows = rows[:size]
        last = dict(zip(names, rows[-1], strict=True))
        nxt = encode_cursor(f.order, [last[_ROW_INDEX[c]] for c, _, _ in _KEYS[f.order]])
    return names, rows, nxt


PERIODS = ("day", "week", "month", "year")


def auto_period(store: SQLStore, f: EventFilter) -> str:
    """The timeline period that gives a readable number of bars for the filtered span."""
    where, params = f.where()
    got = store.rows(
        f"SELECT min(s.event_date), max(s.event_date) FROM stories s WHERE {where}", params
    )
    lo, hi = got[0] if got else (None, None)
    if lo is None or hi is None:
        return "month"
    days = (_as_date(hi) - _as_date(lo)).days
    if days <= 92:
        return "day"
    if days <= 2 * 366:
        return "week"
    if days <= 20 * 366:
        return "month"
    return "year"


def _as_date(v: Any) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


def timeline_rows(store: SQLStore, f: EventFilter, by: str) -> list[dict[str, Any]]:
    """Events and articles per period and type, as plain rows."""
    sql, params = query.timeline_sql(f, by)
    names, rows = store.columns_rows(sql, params)
    out = []
    for r in rows:
        d = dict(zip(names, r, strict=True))
        out.append(
            {
                "period": _as_date(d["period"]).isoformat(),
                "event_type": d["event_type"],
                "events": int(d["events"]),
                "articles": int(d["articles"] or 0),
            }
        )
    return out


_NODES_SQL = (
    "SELECT p.party, min(p.country), count(DISTINCT s.story_id) AS n"
    " FROM stories s JOIN parties p ON p.story_id = s.story_id WHERE {where}"
    " GROUP BY p.party ORDER BY n DESC, p.party LIMIT ?"
)
#: The same without a filter: every story's parties, no join.
_PARTY_NODES_SQL = (
    "SELECT p.party, min(p.country), count(DISTINCT p.story_id) AS n FROM parties p"
    " GROUP BY p.party ORDER BY n DESC, p.party LIMIT ?"
)
_EDGES_SQL = (
    "WITH f AS (SELECT s.story_id, s.event_type, s.is_symmetric FROM stories s WHERE {where})"
    " SELECT d.a, d.b, f.event_type, f.is_symmetric, count(*)"
    " FROM f JOIN dyads d ON d.story_id = f.story_id"
    " WHERE d.a IN ({nodes}) AND d.b IN ({nodes}) AND d.a <> d.b"
    " AND (NOT f.is_symmetric OR d.a < d.b)"
    " GROUP BY d.a, d.b, f.event_type, f.is_symmetric"
)


def party_label(party: str, names: dict[str, str]) -> str:
    """A readable label for a party key: a country name, or the actor name."""
    if party.startswith("name:"):
        return party[5:]
    return names.get(party, party)


def network(
    store: SQLStore, f: EventFilter, max_nodes: int, names: dict[str, str] | None = None
) -> dict[str, Any]:
    """Parties as nodes (events they take part in) and, per pair of parties, the events
    between them by type and direction (``a_to_b``, ``b_to_a``, ``mutual`` for symmetric
    events such as meetings), read from the store's dyad index (a symmetric story holds both
    orders of each pair; one is counted)."""
    names = names or {}
    where, params = f.where()
    sql = _PARTY_NODES_SQL if where == "1=1" else _NODES_SQL.format(where=where)
    node_rows = store.rows(sql, [*params, max_nodes])
    keep = [r[0] for r in node_rows]
    nodes = [
        {"id": p, "label": party_label(p, names), "country": c, "events": int(n)}
        for p, c, n in node_rows
    ]
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    edge_rows = (
        store.rows(
            _EDGES_SQL.format(where=where, nodes=", ".join("?" for _ in keep)),
            [*params, *keep, *keep],
        )
        if len(keep) > 1
        else []
    )
    for a, b, etype, sym, n in edge_rows:
        lo, hi = sorted((a, b))
        e = pairs.setdefault(
            (lo, hi),
            {"source": lo, "target": hi, "events": 0, "types": {}, "a_to_b": 0, "b_to_a": 0,
             "mutual": 0},
        )  # fmt: skip
        n = int(n)
        e["events"] += n
        e["types"][etype] = e["types"].get(etype, 0) + n
        if sym:
            e["mutual"] += n
        elif a == lo:
            e["a_to_b"] += n
        else:
            e["b_to_a"] += n
    edges = sorted(pairs.values(), key=lambda e: (-e["events"], e["source"], e["target"]))
    return {"nodes": nodes, "edges": edges, "max_nodes": max_nodes}


_PLACES_SQL = (
    "SELECT s.geonameid, s.location_country, min(s.location_name), count(*) AS n,"
    " min(s.story_id) FROM stories s WHERE {where}"
    " AND (s.geonameid IS NOT NULL OR s.location_country IS NOT NULL)"
    " GROUP BY s.geonameid, s.location_country ORDER BY n DESC, 5 LIMIT ?"
)


_LOCATION = re.compile(r'"location": (\{[^{}]*\}|null)')


def location_of(record: str) -> dict[str, Any]:
    """The ``location`` object of a stored record's JSON text (without parsing all of it)."""
    m = _LOCATION.search(record)
    if m:
        try:
            return json.loads(m.group(1)) or {}
        except ValueError:
            pass
    return json.loads(record).get("location") or {}


def places(
    store: SQLStore,
    f: EventFilter,
    max_places: int,
    coords: dict[int, tuple[float | None, float | None]] | None = None,
) -> dict[str, Any]:
    """Events per place (GeoNames id, else country) with coordinates where the stored
    records give them; ``lat``/``lon`` are null for country-only places. ``coords`` caches
    coordinates by GeoNames id across calls."""
    coords = {} if coords is None else coords
    where, params = f.where()
    rows = store.rows(_PLACES_SQL.format(where=where), [*params, max_places])
    todo = [(r[0], r[4]) for r in rows if r[0] is not None and int(r[0]) not in coords]
    for i in range(0, len(todo), 500):
        chunk = todo[i : i + 500]
        gid_of = {sid: int(gid) for gid, sid in chunk}
        marks = ", ".join("?" for _ in chunk)
        for sid, record in store.rows(
            f"SELECT story_id, record FROM stories WHERE story_id IN ({marks})", list(gid_of)
        ):
            loc = location_of(record)
            coords[gid_of[sid]] = (loc.get("lat"), loc.get("lon"))
    out = []
    for gid, country, name, n, _ in rows:
        lat, lon = coords.get(int(gid), (None, None)) if gid is not None else (None, None)
        out.append(
            {
                "geonameid": int(gid) if gid is not None else None,
                "name": name,
                "country": country,
                "lat": lat,
                "lon": lon,
                "events": int(n),
            }
        )
    total = query.count(store, f)
    placed = sum(p["events"] for p in out)
    return {"places": out, "events": total, "events_without_place": max(total - placed, 0)}


_ARTICLE_COLUMNS = (
    "article_id",
    "title",
    "url",
    "language",
    "published",
    "source_name",
    "near_duplicate_of",
    "n_events",
    "ingested_at",
    "text",
)


def article(store: SQLStore, article_id: str) -> dict[str, Any] | None:
    """A stored article (metadata and text) or None."""
    names, rows = store.columns_rows(
        f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?", [article_id]
    )
    if not rows:
        return None
    d = dict(zip(names, rows[0], strict=True))
    d["id"] = d.pop("article_id")
    if d.get("ingested_at") is not None:
        d["ingested_at"] = str(d["ingested_at"])[:19]
    return d


def article_mentions(store: SQLStore, article_id: str) -> list[dict[str, Any]]:
    """The mentions read from one article: mention id, story id and record."""
    rows = store.rows(
        "SELECT mention_id, story_id, record FROM mentions WHERE article_id = ?"
        " ORDER BY evidence_start, mention_id",
        [article_id],
    )
    return [{"mention_id": m, "story_id": s, "record": json.loads(r)} for m, s, r in rows]


def run_inputs(store: SQLStore, run_id: str) -> list[dict[str, Any]]:
    """The manifest rows of one ingest run."""
    names, rows = store.columns_rows(
        "SELECT seq, input, article_id, status, reason, message, n_events"
        " FROM run_inputs WHERE run_id = ? ORDER BY seq",
        [run_id],
    )
    return [dict(zip(names, r, strict=True)) for r in rows]


def stories_of_article(store: SQLStore, article_id: str) -> list[str]:
    """The story ids an article's mentions joined."""
    rows = store.rows(
        "SELECT DISTINCT story_id FROM mentions WHERE article_id = ? ORDER BY story_id",
        [article_id],
    )
    return [r[0] for r in rows]


def counts(store: SQLStore) -> dict[str, int]:
    """Articles, mentions and stories in the store."""
    out = {}
    for label, sql in (
        ("articles", "SELECT count(*) FROM articles"),
        ("mentions", "SELECT count(*) FROM mentions"),
        ("events", "SELECT count(*) FROM stories"),
    ):
        out[label] = int(store.rows(sql)[0][0])
    return out
