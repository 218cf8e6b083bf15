"""Articles: read one (text, metadata, the events read from it, highlighted); ingest new
ones (needs the operator's token)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from eventwire import limits
from eventwire.web import queries
from eventwire.web.deps import State, jsonable, require_token, valid_id
from eventwire.web.highlights import highlights
from eventwire.web.routes.models import ArticleBatch, ArticleIn
from eventwire.web.wording import summary

router = APIRouter(prefix="/api", tags=["articles"])


@router.get("/articles/{article_id}", summary="One article: text, metadata, its events")
def get_article(article_id: str, state: State) -> dict[str, Any]:
    """The article's text and metadata, and every event mention read from it with the
    offsets of its evidence sentence, trigger, actors, place, date and sources."""
    if not valid_id(article_id):
        raise HTTPException(404, "no such article")
    with state.using_store() as store:
        art = queries.article(store, article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r} in the store")
        mentions = queries.article_mentions(store, article_id)
    text = art["text"]
    out = []
    for m in mentions:
        hl = highlights(m["record"], text)
        out.append(
            {
                "mention_id": m["mention_id"],
                "story_id": m["story_id"],
                "event_type": m["record"].get("event_type"),
                "evidence": hl["evidence"],
                "highlights": hl["spans"],
                "summary": summary(m["record"]),
            }
        )
    return {**{k: jsonable(v) for k, v in art.items()}, "mentions": out}


@router.post(
    "/articles",
    summary="Ingest articles (needs the operator's token)",
    dependencies=[Depends(require_token)],
)
def post_articles(body: ArticleIn | ArticleBatch, state: State) -> dict[str, Any]:
    """Extract the events of one article (or `{"articles": [...]}`, at most 100) and store
    them as `eventwire ingest` does: idempotent (a text already stored is a duplicate),
    clustered into story-level events. Send `Authorization: Bearer <token>`."""
    from eventwire.ingest import ingest_articles

    items = body.articles if isinstance(body, ArticleBatch) else [body]
    arts = [a.to_article(f"api:{i}") for i, a in enumerate(items, 1)]
    refused = {a.id for a in arts if limits.prepare(a).reason}  # cleaned, bounded first
    with state.using_store() as store:
        known = {a.id for a in arts if store.find_article(a.content_hash())}
    # extraction runs outside the store lock: readers are not held up by it
    ready: dict[str, Any] = {}
    for art in arts:
        if art.id in known or art.id in ready or art.id in refused:
            continue
        try:
            ready[art.id] = state.extract(art)
        except Exception as exc:  # noqa: BLE001  (recorded by ingest: timeout, failure)
            ready[art.id] = exc

    def extractor(art: Any) -> Any:
        got = ready.get(art.id)
        if isinstance(got, Exception):
            raise got
        return got if got is not None else state.extract(art)

    with state.writing() as store:
        s = ingest_articles(store, arts, inputs=["api"], extractor=extractor)
        rows = queries.run_inputs(store, s.run_id)
        for r in rows:
            r["events"] = (
                queries.stories_of_article(store, r["article_id"])
                if r["status"] == "stored" and r["article_id"]
                else []
            )
    return {"run": s.to_dict(), "articles": rows}
