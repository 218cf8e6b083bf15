"""FastAPI dependencies: the app's state (store, locks, token), event filters, the token check."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import Depends, Header, HTTPException, Query, Request

from eventwire.article import Article
from eventwire.query import EventFilter, FilterError
from eventwire.records import EventRecord
from eventwire.store.base import SQLStore
from eventwire.web.security import token_matches

#: Largest page of events one request returns.
MAX_PAGE = 1000
#: Largest request body (bytes).
MAX_BODY = 2 * 1024 * 1024
#: Largest article text accepted by the write and extract endpoints (characters).
MAX_TEXT = 1_000_000
#: Most values one list filter (``actor=``, ``type=`` ...) takes, and the longest value.
MAX_VALUES = 20
MAX_VALUE_LEN = 200

Extractor = Callable[[Article], list[EventRecord]]


@dataclass
class WebState:
    """What every request needs: the store (one connection, used under ``lock``), the write
    token, bounds, and the extractor (used under ``extract_lock``)."""

    store: SQLStore
    token: str | None = None
    writable: bool = False
    max_page: int = MAX_PAGE
    extractor: Extractor | None = None
    owns_store: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)
    #: GeoNames id -> (lat, lon) of places seen in records (places do not move).
    coords: dict[int, tuple[float | None, float | None]] = field(default_factory=dict)
    extract_lock: threading.Lock = field(default_factory=threading.Lock)

    _local: threading.local = field(default_factory=threading.local)
    _readers: list[Any] = field(default_factory=list)

    @contextmanager
    def using_store(self) -> Iterator[SQLStore]:
        """The store for reading, inside one snapshot: the queries of a request see one state
        of the store, whatever a concurrent ingest commits meanwhile (a page and its total
        agree). A DuckDB store gives each worker thread its own cursor on the same database,
        so requests run side by side; other stores serve one request at a time (a connection
        is never used by two threads at once)."""
        reader = self._reader()
        if reader is not None:
            with reader.snapshot():
                yield reader
            return
        with self.lock, self.store.snapshot():
            yield self.store

    @contextmanager
    def writing(self) -> Iterator[SQLStore]:
        """The store for writing: one writer at a time, on the main connection."""
        with self.lock:
            yield self.store

    def _reader(self) -> SQLStore | None:
        from eventwire.store.duckdb_store import DuckDBStore

        if type(self.store) is not DuckDBStore:
            return None
        got = getattr(self._local, "store", None)
        if got is None:
            with self.lock:
                got = copy.copy(self.store)
                got.con = self.store.con.cursor()
                self._readers.append(got)
            self._local.store = got
        return got

    def close(self) -> None:
        """Close the per-thread cursors, and the store if this app opened it."""
        with self.lock:
            for r in self._readers:
                r.con.close()
            self._readers.clear()
            if self.owns_store:
                self.store.close()

    def extract(self, art: Article) -> list[EventRecord]:
        """The records of one article (the library's extractor unless one was given)."""
        with self.extract_lock:
            if self.extractor is not None:
                return self.extractor(art)
            from eventwire.api import extract_articles

            return next(extract_articles([art]))[1]


def get_state(request: Request) -> WebState:
    """The app's :class:`WebState`."""
    return request.app.state.eventwire


State = Annotated[WebState, Depends(get_state)]


@cache
def country_names() -> dict[str, str]:
    """ISO3 -> country name, from the basemap shipped with the page."""
    path = resources.files("eventwire.web").joinpath("static", "world-110m.json")
    doc = json.loads(path.read_text("utf-8"))
    names = {c["iso3"]: c["name"] for c in doc["countries"] if c.get("iso3")}
    names.update({"IGO": "international organisation", "NGO": "NGO", "MNC": "multinational"})
    return names


def _bounded(name: str, values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    if len(values) > MAX_VALUES:
        raise HTTPException(400, f"{name}: at most {MAX_VALUES} values")
    for v in values:
        if len(v) > MAX_VALUE_LEN:
            raise HTTPException(400, f"{name}: values are at most {MAX_VALUE_LEN} characters")
        _no_nul(name, v)
    return values


def _no_nul(name: str, value: str | None) -> str | None:
    """``value``, or 400 when it holds a NUL character (no stored value does, and PostgreSQL
    refuses them even as parameters)."""
    if value is not None and "\x00" in value:
        raise HTTPException(400, f"{name}: NUL characters are not allowed")
    return value


def valid_id(value: str) -> bool:
    """Whether a path id can name something stored (no longer than an article id may be,
    :data:`eventwire.limits.MAX_ID_CHARS`, and without NUL)."""
    from eventwire.limits import MAX_ID_CHARS

    return len(value) <= MAX_ID_CHARS and "\x00" not in value


ListParam = list[str] | None


def event_filter(
    actor: Annotated[
        ListParam, Query(description="Actor: ISO3 country (RUS) or a name; repeatable.")
    ] = None,
    recipient: Annotated[ListParam, Query(description="Recipient country or name.")] = None,
    dyad: Annotated[
        str | None,
        Query(max_length=2 * MAX_VALUE_LEN, description="Events between two parties: RUS:PRK."),
    ] = None,
    event_type: Annotated[
        ListParam, Query(alias="type", description="PLOVER type (CONSULT); repeatable.")
    ] = None,
    since: Annotated[
        str | None, Query(max_length=10, description="From this date: YYYY[-MM[-DD]].")
    ] = None,
    until: Annotated[
        str | None, Query(max_length=10, description="Up to this date (inclusive).")
    ] = None,
    country: Annotated[
        ListParam, Query(description="Country (ISO3) where the event happened.")
    ] = None,
    certainty: Annotated[
        ListParam, Query(description="certain, probable, possible, underspecified.")
    ] = None,
    factuality: Annotated[
        ListParam,
        Query(description="asserted (happened), future (planned), negated, or all (default)."),
    ] = None,
    min_articles: Annotated[
        int, Query(ge=0, le=1_000_000, description="Reported by at least N articles.")
    ] = 0,
    order: Annotated[
        Literal["date", "date_asc", "articles"], Query(description="Sort order.")
    ] = "date",
) -> EventFilter:
    """The same filters as ``eventwire events``, from query parameters."""
    try:
        return EventFilter.build(
            actor=_bounded("actor", actor),
            recipient=_bounded("recipient", recipient),
            dyad=_no_nul("dyad", dyad) or None,
            event_type=_bounded("type", event_type),
            since=_no_nul("since", since) or None,
            until=_no_nul("until", until) or None,
            country=_bounded("country", country),
            certainty=_bounded("certainty", certainty),
            factuality=_bounded("factuality", factuality),
            min_articles=min_articles,
            order=order,
        )
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from None


Filter = Annotated[EventFilter, Depends(event_filter)]


def require_token(
    state: State,
    authorization: Annotated[str | None, Header(description="Bearer <token>")] = None,
) -> None:
    """Refuse writes unless the operator set a token and the request carries it."""
    if not state.token or not state.writable:
        raise HTTPException(
            403,
            "writes are disabled on this server: start `eventwire serve` with EVENTWIRE_TOKEN "
            "set or --token-file FILE",
        )
    if not token_matches(state.token, authorization):
        raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})


def jsonable(value: Any) -> Any:
    """Dates as ISO strings (for rows read from the store)."""
    return value.isoformat() if hasattr(value, "isoformat") else value
