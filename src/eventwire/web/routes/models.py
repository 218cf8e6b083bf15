"""Request bodies of the write and extract endpoints (bounded sizes)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from eventwire.article import Article
from eventwire.web.deps import MAX_TEXT

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ShortText = Annotated[str | None, Field(default=None, max_length=1000)]


class ArticleIn(BaseModel):
    """One article: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
    language: Literal["it", "en"] | None = Field(
        default=None, description="it or en; detected when omitted."
    )
    published: Annotated[
        str | None, Field(default=None, pattern=ISO_DATE, description="YYYY[-MM[-DD]]")
    ] = None
    id: Annotated[str | None, Field(default=None, max_length=200)] = None
    title: ShortText = None
    url: ShortText = None
    source_name: Annotated[
        str | None, Field(default=None, max_length=200, description="The outlet.")
    ] = None

    def to_article(self, source: str) -> Article:
        """The library's Article."""
        meta = {"source_name": self.source_name} if self.source_name else {}
        return Article(
            text=self.text,
            id=self.id or "",
            title=self.title,
            url=self.url,
            language=self.language,
            published=self.published,
            source=source,
            meta=meta,
        )


class ArticleBatch(BaseModel):
    """Several articles in one request."""

    model_config = ConfigDict(extra="forbid")

    articles: Annotated[list[ArticleIn], Field(min_length=1, max_length=100)]
