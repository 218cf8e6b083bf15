"""Extraction without storing: text in, event records out."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from eventwire.limits import ArticleTimeout
from eventwire.web.deps import State
from eventwire.web.highlights import highlights
from eventwire.web.routes.models import ArticleIn
from eventwire.web.wording import summary

router = APIRouter(prefix="/api", tags=["extract"])


@router.post("/extract", summary="Extract events from a text (nothing is stored)")
def extract(body: ArticleIn, state: State) -> dict[str, Any]:
    """The event records of one article text, each with its status in words and the offsets
    of its trigger, actors, place, date and sources. Nothing is stored."""
    art = body.to_article("api")
    try:
        records = state.extract(art)
    except (ValueError, ArticleTimeout) as exc:
        raise HTTPException(422, str(exc)) from None
    out = []
    for r in records:
        d = r.to_dict()
        out.append(
            {"record": d, "summary": summary(d), "highlights": highlights(d, art.text)["spans"]}
        )
    return {"article": {"id": art.id, "language": art.language}, "count": len(out), "events": out}
