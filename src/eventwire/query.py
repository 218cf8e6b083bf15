"""Queries over stored story-level events, shared by the CLI, the REST API and the UI.

An :class:`EventFilter` is a small typed object; :meth:`EventFilter.sql` turns it into a
``FROM ... WHERE ...`` clause of constant SQL text with ``?`` placeholders and a parameter list,
which both backends run. Values never enter the SQL text.

Party values (``actor``, ``recipient``, ``dyad``) are ISO 3166 alpha-3 codes (``RUS``) or
``IGO``/``NGO``/``MNC``, or an actor name for parties with no country. ``dyad A:B`` matches
events between A and B in either direction (and symmetric events with both);
``actor``/``recipient`` are directional (symmetric events match either side). Several values
of one field are alternatives (``actor=["RUS", "BLR"]``: either); different fields must all hold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from eventwire.records import CERTAINTY, PLOVER_TYPES
from eventwire.store.base import SQLStore

#: Columns of an event list (one row per story-level event).
EVENT_COLUMNS: tuple[str, ...] = (
    "story_id",
    "event_date",
    "date_start",
    "date_end",
    "granularity",
    "event_type",
    "mode",
    "actor_text",
    "recipient_text",
    "location_name",
    "location_country",
    "certainty",
    "polarity",
    "ftime",
    "n_mentions",
    "n_articles",
    "n_sources",
    "sources",
    "first_report",
    "last_report",
    "confidence",
)

FACT_KEYS = ("asserted", "future", "negated")

#: Timeline buckets -> constant SQL expressions (never built from input).
_PERIODS = {
    "day": "s.event_date",
    "week": "CAST(date_trunc('week', s.event_date) AS DATE)",
    "month": "CAST(date_trunc('month', s.event_date) AS DATE)",
    "year": "CAST(date_trunc('year', s.event_date) AS DATE)",
}

_ORDERS = {
    "date": "s.event_date DESC NULLS LAST, s.story_id",
    "date_asc": "s.event_date ASC NULLS LAST, s.story_id",
    "articles": "s.n_articles DESC, s.event_date DESC NULLS LAST, s.story_id",
}

# party filters join a small set of story keys (DuckDB builds the hash table on that side)
_ACTOR_SQL = (
    " JOIN (SELECT DISTINCT p.story_key FROM parties p WHERE p.role = ? AND p.party IN ({}))"
    " {a} ON {a}.story_key = s.story_key"
)
_DIRECTED_SQL = (
    " JOIN (SELECT DISTINCT d.story_key FROM dyads d WHERE d.a IN ({}) AND d.b IN ({}))"
    " {a} ON {a}.story_key = s.story_key"
)
_DYAD_SQL = (
    " JOIN (SELECT DISTINCT d.story_key FROM dyads d"
    " WHERE (d.a = ? AND d.b = ?) OR (d.a = ? AND d.b = ?)) {a} ON {a}.story_key = s.story_key"
)


_IN_ACTOR = (
    "s.story_key IN (SELECT p.story_key FROM parties p WHERE p.role = ? AND p.party IN ({}))"
)
_IN_DIRECTED = "s.story_key IN (SELECT d.story_key FROM dyads d WHERE d.a IN ({}) AND d.b IN ({}))"
_IN_DYAD = (
    "s.story_key IN (SELECT d.story_key FROM dyads d"
    " WHERE (d.a = ? AND d.b = ?) OR (d.a = ? AND d.b = ?))"
)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


class FilterError(ValueError):
    """A filter value that cannot be used (unknown type, bad date, bad dyad)."""


def party_key(value: str) -> str:
    """The stored party key of a user value: ``rus`` -> ``RUS``; a name -> ``name:<name>``."""
    v = value.strip()
    if re.fullmatch(r"[A-Za-z]{3}", v):
        return v.upper()
    if not v:
        raise FilterError("empty actor value")
    return "name:" + " ".join(v.lower().split())


def parse_dyad(value: str) -> tuple[str, str]:
    """``RUS:PRK`` -> ``("RUS", "PRK")``."""
    parts = value.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise FilterError(f"dyad {value!r}: expected two parties as A:B, e.g. RUS:PRK")
    return party_key(parts[0]), party_key(parts[1])


def parse_date(value: str | dt.date | None, *, end: bool = False) -> dt.date | None:
    """An ISO date ``YYYY[-MM[-DD]]`` (a month or year means its first, or with ``end`` its
    last, day)."""
    if value is None or isinstance(value, dt.date):
        return value
    from eventwire.cluster import iso_interval

    got = iso_interval(value, end=end)
    if got is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        raise FilterError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return got


@dataclass
class EventFilter:
    """Which story-level events to return. Empty fields do not filter."""

    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None
    event_type: list[str] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    country: list[str] = field(default_factory=list)
    certainty: list[str] = field(default_factory=list)
    factuality: list[str] = field(default_factory=list)
    min_articles: int = 0
    limit: int | None = None
    offset: int = 0
    order: str = "date"

    @classmethod
    def build(
        cls,
        *,
        actor: Sequence[str] | str | None = None,
        recipient: Sequence[str] | str | None = None,
        dyad: str | tuple[str, str] | None = None,
        event_type: Sequence[str] | str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        country: Sequence[str] | str | None = None,
        certainty: Sequence[str] | str | None = None,
        factuality: Sequence[str] | str | None = None,
        min_articles: int = 0,
        limit: int | None = None,
        offset: int = 0,
        order: str = "date",
    ) -> EventFilter:
        """A checked filter from user values (strings as typed on a command line or URL)."""

        def many(v: Sequence[str] | str | None) -> list[str]:
            if v is None:
                return []
            items = [v] if isinstance(v, str) else list(v)
            return [x.strip() for item in items for x in item.split(",") if x.strip()]

        types = [t.upper() for t in many(event_type)]
        bad = [t for t in types if t not in PLOVER_TYPES]
        if bad:
            raise FilterError(
                f"unknown event type {', '.join(bad)} (PLOVER types: {', '.join(PLOVER_TYPES)})"
            )
        certs = [c.lower() for c in many(certainty)]
        bad = [c for c in certs if c not in CERTAINTY]
        if bad:
            raise FilterError(f"unknown certainty {', '.join(bad)} (use {', '.join(CERTAINTY)})")
        facts = [f.lower() for f in many(factuality)]
        if "all" in facts:
            facts = []
        bad = [f for f in facts if f not in FACT_KEYS]
        if bad:
            raise FilterError(
                f"unknown factuality {', '.join(bad)} (use {', '.join(FACT_KEYS)}, all)"
            )
        if order not in _ORDERS:
            raise FilterError(f"unknown order {order!r} (use {', '.join(_ORDERS)})")
        if limit is not None and limit < 0 or offset < 0 or min_articles < 0:
            raise FilterError("limit, offset and min_articles must not be negative")
        d = (
            parse_dyad(dyad)
            if isinstance(dyad, str)
            else ((party_key(dyad[0]), party_key(dyad[1])) if dyad else None)
        )
        f = cls(
            actor=[party_key(a) for a in many(actor)],
            recipient=[party_key(a) for a in many(recipient)],
            dyad=d,
            event_type=types,
            since=parse_date(since),
            until=parse_date(until, end=True),
            country=[c.upper() for c in many(country)],
            certainty=certs,
            factuality=facts,
            min_articles=min_articles,
            limit=limit,
            offset=offset,
            order=order,
        )
        if f.since and f.until and f.since > f.until:
            raise FilterError(f"since {f.since} is after until {f.until}")
        return f

    def source(self) -> tuple[str, list[Any]]:
        """``(sql, params)``: the FROM clause: ``stories s`` joined to the party filters."""
        sql = "stories s"
        params: list[Any] = []
        if self.actor and self.recipient:
            sql += _DIRECTED_SQL.format(_marks(self.actor), _marks(self.recipient), a="fd")
            params += [*self.actor, *self.recipient]
        else:
            for alias, role, values in (
                ("fa", "actor", self.actor),
                ("fr", "recipient", self.recipient),
            ):
                if values:
                    sql += _ACTOR_SQL.format(_marks(values), a=alias)
                    params += [role, *values]
        if self.dyad:
            a, b = self.dyad
            sql += _DYAD_SQL.format(a="fy")
            params += [a, b, b, a]
        return sql, params

    def where(self) -> tuple[str, list[Any]]:
        """``(sql, params)``: every condition as a WHERE clause over ``stories s`` alone (party
        filters as ``IN`` subqueries); :meth:`sql` gives the faster join form."""
        parts: list[str] = []
        params: list[Any] = []
        if self.actor and self.recipient:
            parts.append(_IN_DIRECTED.format(_marks(self.actor), _marks(self.recipient)))
            params += [*self.actor, *self.recipient]
        else:
            for role, values in (("actor", self.actor), ("recipient", self.recipient)):
                if values:
                    parts.append(_IN_ACTOR.format(_marks(values)))
                    params += [role, *values]
        if self.dyad:
            a, b = self.dyad
            parts.append(_IN_DYAD)
            params += [a, b, b, a]
        rest, rparams = self.conditions()
        if parts and rest == "1=1":
            return " AND ".join(parts), params
        return " AND ".join([*parts, rest]), params + rparams

    def conditions(self) -> tuple[str, list[Any]]:
        """``(sql, params)``: the conditions on the story's own columns (``1=1`` when none);
        party filters are in :meth:`source`."""
        parts: list[str] = []
        params: list[Any] = []
        for column, values in (
            ("s.event_type", self.event_type),
            ("s.location_country", self.country),
            ("s.certainty", self.certainty),
            ("s.fact_key", self.factuality),
        ):
            if values:
                parts.append(f"{column} IN ({_marks(values)})")
                params += list(values)
        if self.since:
            parts.append("s.event_date >= ?")
            params.append(self.since)
        if self.until:
            parts.append("s.event_date <= ?")
            params.append(self.until)
        if self.min_articles:
            parts.append("s.n_articles >= ?")
            params.append(self.min_articles)
        return (" AND ".join(parts) or "1=1"), params

    def sql(self) -> tuple[str, list[Any]]:
        """``(sql, params)``: ``FROM ... WHERE ...`` of the matching stories."""
        src, sparams = self.source()
        where, wparams = self.conditions()
        return f"FROM {src} WHERE {where}", sparams + wparams

    def page(self) -> tuple[str, list[Any]]:
        """``(sql, params)``: ORDER BY / LIMIT / OFFSET."""
        sql = " ORDER BY " + _ORDERS[self.order]
        params: list[Any] = []
        if self.limit is not None:
            sql += " LIMIT ?"
            params.append(self.limit)
        if self.offset:
            sql += " OFFSET ?"
            params.append(self.offset)
        return sql, params

    def to_dict(self) -> dict[str, Any]:
        """The filter as plain values (for JSON twins of pages)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, dt.date):
                v = v.isoformat()
            if isinstance(v, tuple):
                v = ":".join(v)
            out[f.name] = v
        return out


def events_sql(f: EventFilter, columns: Sequence[str] = EVENT_COLUMNS) -> tuple[str, list[Any]]:
    """The SELECT of an event list."""
    bad = [c for c in columns if c not in EVENT_COLUMNS and c != "record"]
    if bad:
        raise FilterError(f"unknown column {', '.join(bad)}")
    body, params = f.sql()
    page, pparams = f.page()
    cols = ", ".join(f"s.{c}" for c in columns)
    return f"SELECT {cols} {body}{page}", params + pparams


def events(store: SQLStore, f: EventFilter | None = None) -> Any:
    """Story-level events matching ``f`` as a pandas DataFrame (:data:`EVENT_COLUMNS`)."""
    sql, params = events_sql(f or EventFilter())
    return store.df(sql, params)


def events_arrow(store: SQLStore, f: EventFilter | None = None) -> Any:
    """The same as :func:`events`, as a pyarrow Table."""
    sql, params = events_sql(f or EventFilter())
    return store.arrow(sql, params)


def records(store: SQLStore, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Story records (spec fields plus ``story`` provenance) matching ``f``."""
    return list(iter_records(store, f))


def iter_records(store: SQLStore, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """The same as :func:`records`, one at a time (for exports of large stores)."""
    import json

    sql, params = events_sql(f or EventFilter(), ("record",))
    for (record,) in store.iter_rows(sql, params):
        yield json.loads(record)


def count(store: SQLStore, f: EventFilter | None = None) -> int:
    """How many story-level events match ``f`` (ignoring limit/offset)."""
    body, params = (f or EventFilter()).sql()
    return int(store.rows(f"SELECT count(*) {body}", params)[0][0])


def timeline_sql(f: EventFilter, by: str = "month") -> tuple[str, list[Any]]:
    """The SELECT of a timeline: events and articles per period and type."""
    if by not in _PERIODS:
        raise FilterError(f"unknown period {by!r} (use {', '.join(_PERIODS)})")
    body, params = f.sql()
    period = _PERIODS[by]
    sql = (
        f"SELECT {period} AS period, s.event_type, count(*) AS events,"
        f" sum(s.n_articles) AS articles {body} AND s.event_date IS NOT NULL"
        " GROUP BY 1, 2 ORDER BY 1, 2"
    )
    return sql, params


def timeline(store: SQLStore, f: EventFilter | None = None, by: str = "month") -> Any:
    """Counts of story-level events per period and type (DataFrame: period, event_type,
    events, articles)."""
    sql, params = timeline_sql(f or EventFilter(), by)
    df = store.df(sql, params)
    if len(df):
        df["events"] = df["events"].astype("int64")
        df["articles"] = df["articles"].astype("int64")
    return df


def timeline_arrow(store: SQLStore, f: EventFilter | None = None, by: str = "month") -> Any:
    """The same as :func:`timeline`, as a pyarrow Table."""
    sql, params = timeline_sql(f or EventFilter(), by)
    return store.arrow(sql, params)


def resolve_event(store: SQLStore, event_id: str) -> str | None:
    """The story id for a story id or a mention id (``ev-...``)."""
    if store.story(event_id) is not None:
        return event_id
    return store.story_of_mention(event_id)


def show(store: SQLStore, event_id: str) -> dict[str, Any] | None:
    """A story record, its mentions, and the sentences behind them; None if unknown."""
    sid = resolve_event(store, event_id)
    if sid is None:
        return None
    rec = store.story(sid)
    return {"event": rec, "mentions": store.mentions(sid)}
