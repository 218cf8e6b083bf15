"""Story-level events: the list (cursor pages, JSON or CSV), one event down to its evidence,
and the timeline, network and places aggregations the page draws."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from eventwire import query
from eventwire.records import PLOVER_TYPES
from eventwire.web import queries
from eventwire.web.deps import Filter, State, country_names, jsonable, valid_id
from eventwire.web.highlights import highlights
from eventwire.web.wording import factuality_words, summary

router = APIRouter(prefix="/api", tags=["events"])


def _next_url(request: Request, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    url = request.url.include_query_params(cursor=cursor)
    return f"{url.path}?{url.query}"


@router.get("/events", summary="List story-level events (the filters of `eventwire events`)")
def list_events(
    request: Request,
    state: State,
    f: Filter,
    limit: Annotated[int, Query(ge=1, description="Events per page (at most 1000).")] = 50,
    cursor: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
    fmt: Annotated[Literal["json", "csv"], Query(alias="format")] = "json",
) -> Any:
    """One page of events, newest first by default; `next_cursor` (and a `Link: rel="next"`
    header) fetches the next page."""
    if limit > state.max_page:
        raise HTTPException(400, f"limit: at most {state.max_page} events per page")
    with state.using_store() as store:
        try:
            names, rows, nxt = queries.events_page(store, f, limit, cursor)
        except queries.CursorError as exc:
            raise HTTPException(400, str(exc)) from None
        total = query.count(store, f) if fmt == "json" else None
    nxt_url = _next_url(request, nxt)
    headers = {"Link": f'<{nxt_url}>; rel="next"'} if nxt_url else {}
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(names)
        for r in rows:
            w.writerow(["" if v is None else jsonable(v) for v in r])
        headers["Content-Disposition"] = 'attachment; filename="events.csv"'
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    events = []
    for r in rows:
        d = {k: jsonable(v) for k, v in zip(names, r, strict=True)}
        d["status"] = factuality_words(
            {"certainty": d["certainty"], "polarity": d["polarity"], "time": d["ftime"]}
        )
        events.append(d)
    body = {
        "filter": f.to_dict(),
        "total": total,
        "count": len(events),
        "events": events,
        "next_cursor": nxt,
        "next": nxt_url,
    }
    return JSONResponse(body, headers=headers)


@router.get("/events/{event_id}", summary="One event: record, mentions, evidence, articles")
def get_event(event_id: str, state: State) -> dict[str, Any]:
    """A story-level event (story id `st-...`, or the id of one of its mentions `ev-...`) with
    every mention, the sentence each comes from with its highlights, and the articles."""
    if not valid_id(event_id):
        raise HTTPException(404, "no such event")
    with state.using_store() as store:
        got = query.show(store, event_id)
    if got is None:
        raise HTTPException(404, f"no event {event_id!r} in the store")
    rec = got["event"]
    mentions = []
    articles: dict[str, dict[str, Any]] = {}
    for m in got["mentions"]:
        r = m["record"]
        art = r.get("article") or {}
        aid = art.get("id")
        meta = {
            "id": aid,
            "title": m.get("title"),
            "url": m.get("url"),
            "published": m.get("published"),
            "language": art.get("language"),
            "source_name": m.get("source_name"),
        }
        if aid and aid not in articles:
            articles[aid] = meta
        mentions.append(
            {
                "mention_id": r.get("event_id"),
                "article": meta,
                "cluster_why": m.get("cluster_why"),
                "evidence": r.get("evidence"),
                "highlights": highlights(r)["spans"],
                "summary": summary(r),
                "record": r,
            }
        )
    ev = rec.get("evidence") or {}
    rep = next(
        (
            m["mention_id"]
            for m in mentions
            if (m["evidence"] or {}) == ev
            and m["article"]["id"] == (rec.get("article") or {}).get("id")
        ),
        mentions[0]["mention_id"] if mentions else None,
    )
    return {
        "event": rec,
        "summary": summary(rec),
        "representative": rep,
        "mentions": mentions,
        "articles": list(articles.values()),
    }


@router.get("/timeline", summary="Events per period and type")
def timeline(
    state: State,
    f: Filter,
    by: Annotated[
        Literal["auto", "day", "week", "month", "year"],
        Query(description="Period; auto picks one for the filtered date span."),
    ] = "auto",
) -> dict[str, Any]:
    """Counts of story-level events (and of the articles reporting them) per period and type."""
    with state.using_store() as store:
        period = queries.auto_period(store, f) if by == "auto" else by
        rows = queries.timeline_rows(store, f, period)
    return {"by": period, "filter": f.to_dict(), "rows": rows}


@router.get("/network", summary="Actors as nodes, events between them as edges")
def network(
    state: State,
    f: Filter,
    nodes: Annotated[int, Query(ge=2, le=200, description="Most active parties kept.")] = 40,
) -> dict[str, Any]:
    """Parties (countries, or named actors without one) and the events between each pair,
    counted by type and direction."""
    with state.using_store() as store:
        got = queries.network(store, f, nodes, country_names())
    got["filter"] = f.to_dict()
    return got


@router.get("/places", summary="Events per place, for the map")
def places(
    state: State,
    f: Filter,
    limit: Annotated[int, Query(ge=1, le=5000, description="Most frequent places kept.")] = 1000,
) -> dict[str, Any]:
    """Events per GeoNames place (with coordinates) or per country where only it is known."""
    with state.using_store() as store:
        if len(state.coords) > 200_000:
            state.coords.clear()
        got = queries.places(store, f, limit, state.coords)
    got["filter"] = f.to_dict()
    return got


@router.get("/info", summary="Store size, event types, whether writes are enabled")
def info(state: State) -> dict[str, Any]:
    """What the page needs to know about this server."""
    from eventwire import __version__

    with state.using_store() as store:
        counts = queries.counts(store)
    backend = "postgresql" if type(state.store).__name__.startswith("Postgres") else "duckdb"
    return {
        "version": __version__,
        "store": {"backend": backend, **counts},
        "writes": bool(state.token and state.writable),
        "event_types": list(PLOVER_TYPES),
        "max_page": state.max_page,
    }
